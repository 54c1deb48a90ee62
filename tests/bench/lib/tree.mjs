// The floor of doing the work on SQLite: the whole-tree query answered with hand-written SQL on
// better-sqlite3 and JSON.stringify, no GraphQL and no ORM (the tree is built by lib/tree-shape.mjs,
// shared with the PostgreSQL floor, lib/tree-pg.mjs).
import Database from 'better-sqlite3';
import { buildTree, treeCounts } from './tree-shape.mjs';

export { treeCounts };

/** Opens the database with the API's pragmas (packages/api/src/db/data-source.ts). */
export function openDatabase(file, options = {}) {
  const db = new Database(file, options);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

const ids = (rows) => JSON.stringify(rows.map((r) => r.id));

/**
 * Returns a function that runs the SQL (7 statements, whatever the data size) and builds the tree.
 * `firsts`: the page size of each connection ({ plans, pillars, priorities, objectives, actions }).
 */
export function wholeTree(db, firsts) {
  const FIRST = Math.max(...Object.values(firsts));
  const plans = db.prepare(
    `SELECT id, title, periodLabel FROM plan WHERE archivedAt IS NULL AND kind = 'DELIVERY_PLAN'
     ORDER BY periodStart DESC, kind ASC, id ASC LIMIT ${FIRST}`,
  );
  const pillars = db.prepare(
    `SELECT id, planId, number, name FROM pillar WHERE archivedAt IS NULL AND planId IN (SELECT value FROM json_each(?))
     ORDER BY number ASC, id ASC`,
  );
  const priorities = db.prepare(
    `SELECT id, pillarId, title FROM priority WHERE archivedAt IS NULL AND pillarId IN (SELECT value FROM json_each(?))
     ORDER BY position ASC, id ASC`,
  );
  const objectives = db.prepare(
    `SELECT id, priorityId, text FROM objective WHERE archivedAt IS NULL AND priorityId IN (SELECT value FROM json_each(?))
     ORDER BY position ASC, id ASC`,
  );
  const actions = db.prepare(
    `SELECT id, objectiveId, text, status FROM action WHERE archivedAt IS NULL AND objectiveId IN (SELECT value FROM json_each(?))
     ORDER BY position ASC, id ASC`,
  );
  const objectiveAgencies = db.prepare(
    `SELECT oa.objectiveId AS ownerId, ag.id AS agencyId, ag.name AS name
     FROM objective_agency oa JOIN agency ag ON ag.id = oa.agencyId
     WHERE oa.objectiveId IN (SELECT value FROM json_each(?)) ORDER BY oa.position ASC, oa.id ASC`,
  );
  const actionAgencies = db.prepare(
    `SELECT aa.actionId AS ownerId, ag.id AS agencyId, ag.name AS name
     FROM action_agency aa JOIN agency ag ON ag.id = aa.agencyId
     WHERE aa.actionId IN (SELECT value FROM json_each(?)) ORDER BY aa.id ASC`,
  );

  return function run() {
    const planRows = plans.all();
    const pillarRows = pillars.all(ids(planRows));
    const priorityRows = priorities.all(ids(pillarRows));
    const objectiveRows = objectives.all(ids(priorityRows));
    const actionRows = actions.all(ids(objectiveRows));
    return buildTree(
      {
        plans: planRows,
        pillars: pillarRows,
        priorities: priorityRows,
        objectives: objectiveRows,
        actions: actionRows,
        objectiveAgencies: objectiveAgencies.all(ids(objectiveRows)),
        actionAgencies: actionAgencies.all(ids(actionRows)),
      },
      firsts,
    );
  };
}
