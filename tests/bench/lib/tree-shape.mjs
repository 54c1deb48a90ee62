// The whole tree as the API answers the bench's whole-tree query, built from the rows of the
// floor's SQL (the same rows on SQLite and on PostgreSQL: lib/tree.mjs, lib/tree-pg.mjs). The
// shape is the API's answer to DEFAULT_PLAYGROUND_QUERY with the page sizes the bench chose for
// each connection (50 or 100): same fields, same order, same ordering rules (live rows only; plans
// by periodStart DESC, kind, id; pillars by number, id; priorities, objectives and actions by
// position, id; an action's agencies are its objective row's (by position, id) then its own (by
// id), distinct, in order of first appearance). The SQL orders the rows; this only groups them.

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
 * rows: { plans, pillars, priorities, objectives, actions, objectiveAgencies, actionAgencies },
 * each in the SQL's order, with the columns the floor selects (agency links as ownerId, agencyId,
 * name). firsts: the page size of each connection.
 */
export function buildTree(rows, firsts) {
  const objectiveLinks = groupBy(rows.objectiveAgencies, 'ownerId');
  const actionLinks = groupBy(rows.actionAgencies, 'ownerId');
  const pillarsOf = groupBy(rows.pillars, 'planId');
  const prioritiesOf = groupBy(rows.priorities, 'pillarId');
  const objectivesOf = groupBy(rows.objectives, 'priorityId');
  const actionsOf = groupBy(rows.actions, 'objectiveId');
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
        nodes: rows.plans.slice(0, firsts.plans).map((plan) => ({
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
