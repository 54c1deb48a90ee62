// The floor of doing the work on PostgreSQL: the whole-tree query answered with the SQLite floor's
// SQL (lib/tree.mjs) in PostgreSQL's spelling, on pg, with JSON.stringify; no GraphQL and no ORM.
// Same 7 statements, one per level (ids passed as an int[] parameter instead of a JSON text), as
// named prepared statements (pg prepares each once per connection), all of one request on one
// pooled connection; the tree is built by lib/tree-shape.mjs, as on SQLite.
import { buildTree } from './tree-shape.mjs';

const ids = (rows) => rows.map((r) => r.id);

/**
 * Returns an async function that runs the SQL on a connection from `pool` (a pg.Pool) and builds
 * the tree. `firsts`: the page size of each connection ({ plans, pillars, ..., actions }).
 */
export function wholeTreePg(pool, firsts) {
  const FIRST = Math.max(...Object.values(firsts));
  const statement = (name, text) => (values) => ({ name: `floor_${name}`, text, values });
  const plans = statement(
    'plans',
    `SELECT id, title, "periodLabel" FROM plan WHERE "archivedAt" IS NULL AND kind = 'DELIVERY_PLAN'
     ORDER BY "periodStart" DESC, kind ASC, id ASC LIMIT ${FIRST}`,
  );
  const pillars = statement(
    'pillars',
    `SELECT id, "planId", number, name FROM pillar WHERE "archivedAt" IS NULL AND "planId" = ANY($1::int[])
     ORDER BY number ASC, id ASC`,
  );
  const priorities = statement(
    'priorities',
    `SELECT id, "pillarId", title FROM priority WHERE "archivedAt" IS NULL AND "pillarId" = ANY($1::int[])
     ORDER BY position ASC, id ASC`,
  );
  const objectives = statement(
    'objectives',
    `SELECT id, "priorityId", text FROM objective WHERE "archivedAt" IS NULL AND "priorityId" = ANY($1::int[])
     ORDER BY position ASC, id ASC`,
  );
  const actions = statement(
    'actions',
    `SELECT id, "objectiveId", text, status FROM action WHERE "archivedAt" IS NULL AND "objectiveId" = ANY($1::int[])
     ORDER BY position ASC, id ASC`,
  );
  const objectiveAgencies = statement(
    'objective_agencies',
    `SELECT oa."objectiveId" AS "ownerId", ag.id AS "agencyId", ag.name AS name
     FROM objective_agency oa JOIN agency ag ON ag.id = oa."agencyId"
     WHERE oa."objectiveId" = ANY($1::int[]) ORDER BY oa.position ASC, oa.id ASC`,
  );
  const actionAgencies = statement(
    'action_agencies',
    `SELECT aa."actionId" AS "ownerId", ag.id AS "agencyId", ag.name AS name
     FROM action_agency aa JOIN agency ag ON ag.id = aa."agencyId"
     WHERE aa."actionId" = ANY($1::int[]) ORDER BY aa.id ASC`,
  );

  return async function run() {
    const client = await pool.connect();
    try {
      const all = async (query) => (await client.query(query)).rows;
      const planRows = await all(plans([]));
      const pillarRows = await all(pillars([ids(planRows)]));
      const priorityRows = await all(priorities([ids(pillarRows)]));
      const objectiveRows = await all(objectives([ids(priorityRows)]));
      const actionRows = await all(actions([ids(objectiveRows)]));
      const objectiveLinks = await all(objectiveAgencies([ids(objectiveRows)]));
      const actionLinks = await all(actionAgencies([ids(actionRows)]));
      return buildTree(
        {
          plans: planRows,
          pillars: pillarRows,
          priorities: priorityRows,
          objectives: objectiveRows,
          actions: actionRows,
          objectiveAgencies: objectiveLinks,
          actionAgencies: actionLinks,
        },
        firsts,
      );
    } finally {
      client.release();
    }
  };
}
