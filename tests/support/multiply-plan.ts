import Database from 'better-sqlite3';

/**
 * Makes a plan `factor` times larger, in place: every priority of the database's plans is copied
 * factor - 1 times with its objectives, their agency links and their actions. Foreign keys stay
 * valid. For tests that compare behaviour on the real data and on a larger synthetic plan.
 */
export function multiplyPlan(databaseFile: string, factor: number): void {
  const db = new Database(databaseFile);
  try {
    db.pragma('foreign_keys = ON');
    const priorities = db.prepare('SELECT * FROM priority ORDER BY id').all() as Array<Record<string, unknown>>;
    const objectivesOf = db.prepare('SELECT * FROM objective WHERE priorityId = ? ORDER BY id');
    const actionsOf = db.prepare('SELECT * FROM action WHERE objectiveId = ? ORDER BY id');
    const linksOf = db.prepare('SELECT * FROM objective_agency WHERE objectiveId = ? ORDER BY id');
    const copy = (table: string, row: Record<string, unknown>, changes: Record<string, unknown>): number => {
      const { id: _id, ...rest } = { ...row, ...changes };
      const columns = Object.keys(rest);
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      return Number(db.prepare(sql).run(...columns.map((c) => rest[c] as never)).lastInsertRowid);
    };
    db.transaction(() => {
      for (let k = 1; k < factor; k++) {
        for (const priority of priorities) {
          const priorityId = copy('priority', priority, { title: `${priority.title} (copy ${k})`, position: Number(priority.position) + 100 * k });
          for (const objective of objectivesOf.all(priority.id) as Array<Record<string, unknown>>) {
            const objectiveId = copy('objective', objective, { priorityId });
            for (const link of linksOf.all(objective.id) as Array<Record<string, unknown>>) copy('objective_agency', link, { objectiveId });
            for (const action of actionsOf.all(objective.id) as Array<Record<string, unknown>>) copy('action', action, { objectiveId });
          }
        }
      }
      db.prepare('UPDATE data_revision SET revision = revision + 1 WHERE id = 1').run();
    })();
  } finally {
    db.close();
  }
}
