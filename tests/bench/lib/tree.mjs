// The floor of doing the work: the whole-tree query answered with hand-written SQL on
// better-sqlite3 and JSON.stringify, no GraphQL and no ORM. The shape is the API's answer to the
// bench's whole-tree query (DEFAULT_PLAYGROUND_QUERY, with the page sizes the bench chose for each
// connection, 50 or 100): same fields, same order,
// same ordering rules (live rows only; plans by periodStart DESC, kind, id; pillars by number, id;
// priorities, objectives and actions by position, id; an action's agencies are its objective row's
// (by position, id) then its own (by id), distinct, in order of first appearance).
import Database from 'better-sqlite3';

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

function groupBy(rows, key) {
  const groups = new Map();
  for (const row of rows) {
    let list = groups.get(row[key]);
    if (!list) groups.set(row[key], (list = []));
    list.push(row);
  }
  return groups;
}

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
    const objectiveLinks = groupBy(objectiveAgencies.all(ids(objectiveRows)), 'ownerId');
    const actionLinks = groupBy(actionAgencies.all(ids(actionRows)), 'ownerId');
    const pillarsOf = groupBy(pillarRows, 'planId');
    const prioritiesOf = groupBy(priorityRows, 'pillarId');
    const objectivesOf = groupBy(objectiveRows, 'priorityId');
    const actionsOf = groupBy(actionRows, 'objectiveId');
    const none = [];

    const agenciesOf = (action) => {
      const out = [];
      const seen = new Set();
      for (const list of [objectiveLinks.get(action.objectiveId) ?? none, actionLinks.get(action.id) ?? none]) {
        for (const link of list) {
          if (seen.has(link.agencyId)) continue;
          seen.add(link.agencyId);
          out.push({ name: link.name });
        }
      }
      return out;
    };
    const page = (list, level) => (list ?? none).slice(0, firsts[level]);

    return {
      data: {
        plans: {
          nodes: planRows.slice(0, firsts.plans).map((plan) => ({
            title: plan.title,
            periodLabel: plan.periodLabel,
            pillars: {
              nodes: page(pillarsOf.get(plan.id), 'pillars').map((pillar) => ({
                number: pillar.number,
                name: pillar.name,
                priorities: {
                  nodes: page(prioritiesOf.get(pillar.id), 'priorities').map((priority) => ({
                    title: priority.title,
                    objectives: {
                      nodes: page(objectivesOf.get(priority.id), 'objectives').map((objective) => ({
                        text: objective.text,
                        actions: {
                          nodes: page(actionsOf.get(objective.id), 'actions').map((action) => ({
                            text: action.text,
                            status: action.status,
                            agencies: agenciesOf(action),
                          })),
                        },
                      })),
                    },
                  })),
                },
              })),
            },
          })),
        },
      },
    };
  };
}

/** Counts of a whole-tree answer, for the shape check. */
export function treeCounts(body) {
  const counts = { plans: 0, pillars: 0, priorities: 0, objectives: 0, actions: 0, agencyLinks: 0 };
  for (const plan of body.data.plans.nodes) {
    counts.plans++;
    for (const pillar of plan.pillars.nodes) {
      counts.pillars++;
      for (const priority of pillar.priorities.nodes) {
        counts.priorities++;
        for (const objective of priority.objectives.nodes) {
          counts.objectives++;
          for (const action of objective.actions.nodes) {
            counts.actions++;
            counts.agencyLinks += action.agencies.length;
          }
        }
      }
    }
  }
  return counts;
}
