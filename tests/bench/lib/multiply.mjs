// A synthetic plan ten times larger: in a copy of the seeded database, every priority is copied
// factor - 1 times with its objectives, their agency links, their actions and the actions' own
// agency links, all with plain SQL. Foreign keys stay valid (checked).
import Database from 'better-sqlite3';

export function multiplyPlan(file, factor) {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    const columnsOf = (table) =>
      db
        .prepare(`SELECT name FROM pragma_table_info(?)`)
        .all(table)
        .map((c) => c.name)
        .filter((c) => c !== 'id');
    const insertCopy = (table, overrides) => {
      const columns = columnsOf(table);
      const values = columns.map((c) => (c in overrides ? overrides[c] : `"${c}"`));
      return (where) => `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT ${values.join(', ')} FROM "${table}" WHERE ${where}`;
    };
    const priorities = db.prepare('SELECT id FROM priority ORDER BY id').all();
    const objectivesOf = db.prepare('SELECT id FROM objective WHERE priorityId = ? ORDER BY id');
    const actionsOf = db.prepare('SELECT id FROM action WHERE objectiveId = ? ORDER BY id');
    const copyPriority = db.prepare(insertCopy('priority', { title: `"title" || ' (copy ' || @k || ')'`, position: '"position" + 100 * @k' })('id = @id'));
    const copyObjective = db.prepare(insertCopy('objective', { priorityId: '@parent' })('id = @id'));
    const copyObjectiveLinks = db.prepare(insertCopy('objective_agency', { objectiveId: '@parent' })('objectiveId = @id ORDER BY id'));
    const copyAction = db.prepare(insertCopy('action', { objectiveId: '@parent' })('id = @id'));
    const copyActionLinks = db.prepare(insertCopy('action_agency', { actionId: '@parent' })('actionId = @id ORDER BY id'));
    db.transaction(() => {
      for (let k = 1; k < factor; k++) {
        for (const p of priorities) {
          const priorityId = Number(copyPriority.run({ id: p.id, k }).lastInsertRowid);
          for (const o of objectivesOf.all(p.id)) {
            const objectiveId = Number(copyObjective.run({ id: o.id, parent: priorityId }).lastInsertRowid);
            copyObjectiveLinks.run({ id: o.id, parent: objectiveId });
            for (const a of actionsOf.all(o.id)) {
              const actionId = Number(copyAction.run({ id: a.id, parent: objectiveId }).lastInsertRowid);
              copyActionLinks.run({ id: a.id, parent: actionId });
            }
          }
        }
      }
      db.prepare('UPDATE data_revision SET revision = revision + 1 WHERE id = 1').run();
    })();
    const violations = db.prepare('PRAGMA foreign_key_check').all();
    if (violations.length) throw new Error(`multiplyPlan left ${violations.length} foreign key violations`);
    return Object.fromEntries(
      ['priority', 'objective', 'action', 'objective_agency', 'action_agency'].map((t) => [t, db.prepare(`SELECT count(*) AS n FROM "${t}"`).get().n]),
    );
  } finally {
    db.close();
  }
}
