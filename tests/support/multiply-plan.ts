import { withDb } from './db';

/**
 * Makes a plan `factor` times larger, in place: every priority of the database's plans is copied
 * factor - 1 times with its objectives, their agency links and their actions. Foreign keys stay
 * valid. For tests that compare behaviour on the real data and on a larger synthetic plan. On either
 * engine (support/db.ts), with no server running on the database.
 */
export async function multiplyPlan(databaseUrl: string, factor: number): Promise<void> {
  await withDb(databaseUrl, async (db) => {
    type Row = Record<string, unknown>;
    const priorities = await db.all<Row>('SELECT * FROM priority ORDER BY "id"');
    const copy = async (table: string, row: Row, changes: Row): Promise<number> => {
      const { id: _id, ...rest } = { ...row, ...changes };
      const columns = Object.keys(rest);
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING "id"`;
      return (await db.get<{ id: number }>(
        sql,
        columns.map((c) => rest[c]),
      ))!.id;
    };
    await db.transaction(async () => {
      for (let k = 1; k < factor; k++) {
        for (const priority of priorities) {
          const priorityId = await copy('priority', priority, { title: `${priority.title} (copy ${k})`, position: Number(priority.position) + 100 * k });
          for (const objective of await db.all<Row>('SELECT * FROM objective WHERE "priorityId" = ? ORDER BY "id"', [priority.id])) {
            const objectiveId = await copy('objective', objective, { priorityId });
            for (const link of await db.all<Row>('SELECT * FROM objective_agency WHERE "objectiveId" = ? ORDER BY "id"', [objective.id]))
              await copy('objective_agency', link, { objectiveId });
            for (const action of await db.all<Row>('SELECT * FROM action WHERE "objectiveId" = ? ORDER BY "id"', [objective.id]))
              await copy('action', action, { objectiveId });
          }
        }
      }
      await db.run('UPDATE data_revision SET revision = revision + 1 WHERE "id" = 1');
    });
  });
}
