import { connect, type Api, type ResultOf } from '../support/api';
import { graphql } from '../support/generated';
import type { ActionFilter, ReprocurementFilter } from '../support/generated/graphql';
import { globalId, missingId } from '../support/ids';
import { gql, startServer, tempDatabase, TestServer } from '../support/server';
import { actionTextsFromSeed, agencyStringsFromSeed } from '../support/seed-text';

/** Reads of the seeded plan, without a key (reading needs none). */

const WHOLE_TREE = graphql(`
  query ReadPlanWholeTree {
    plan {
      id
      title
      periodLabel
      periodStart
      periodEnd
      kind
      strategy {
        title
        periodLabel
      }
      partnership {
        name
      }
      pillars {
        totalCount
        nodes {
          id
          number
          name
          vision
          priorities(first: 100) {
            totalCount
            nodes {
              id
              title
              strategyName
              objectives(first: 100) {
                totalCount
                nodes {
                  id
                  text
                  subPoints
                  actions(first: 100) {
                    totalCount
                    nodes {
                      id
                      text
                      status
                      fundingCondition
                      target
                      durationMonths
                      agencies {
                        id
                        name
                      }
                      responsibilities {
                        asWritten
                        agency {
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
type Tree = ResultOf<typeof WHOLE_TREE>['plan'];

let server: TestServer;
let api: Api;
beforeAll(async () => {
  server = await startServer();
  api = connect(server);
});
afterAll(async () => {
  await server?.stop();
});

const flatObjectives = (plan: Tree) => plan.pillars.nodes.flatMap((p) => p.priorities.nodes.flatMap((pr) => pr.objectives.nodes));
const flatActions = (plan: Tree) => flatObjectives(plan).flatMap((o) => o.actions.nodes);

describe('the default data set', () => {
  test('one query returns the whole tree: 3 pillars, 11 priorities, 40 objectives, 156 actions', async () => {
    const { plan } = await api.read(WHOLE_TREE);
    expect(plan).toMatchObject({
      title: 'Annual Delivery Plan 2024-2025',
      periodLabel: '2024-25',
      periodStart: '2024-04-01',
      periodEnd: '2025-03-31',
      kind: 'DELIVERY_PLAN',
    });
    expect(plan.strategy!.periodLabel).toBe('2024-2027');
    expect(plan.pillars.totalCount).toBe(3);
    expect(plan.pillars.nodes.map((p) => p.priorities.totalCount)).toEqual([4, 4, 3]);
    const objectives = flatObjectives(plan);
    expect(objectives).toHaveLength(40);
    const actions = flatActions(plan);
    expect(actions).toHaveLength(156);
    for (const a of actions) expect(a.agencies.length).toBeGreaterThan(0);
  });

  test('every action text is verbatim from the plan, in plan order', async () => {
    const { plan } = await api.read(WHOLE_TREE);
    const texts = flatActions(plan).map((a) => a.text);
    expect(texts).toEqual(actionTextsFromSeed());
    expect(texts).toContain('Develop Workforce Recruitment & Retention Plan for treatment system');
    expect(texts).toContain('Reprocure prostitution support (MOPAC funding dependent)');
  });

  test('every agency string of the plan is kept as written on a responsibility link, and maps to a canonical agency', async () => {
    const AGENCIES = graphql(`
      query ReadPlanAgencies {
        agencies(first: 100) {
          totalCount
          nodes {
            name
            aliases
          }
        }
      }
    `);
    const { plan } = await api.read(WHOLE_TREE);
    const written = new Set<string | null>();
    for (const a of flatActions(plan)) for (const r of a.responsibilities) written.add(r.asWritten);
    expect([...written].sort()).toEqual(agencyStringsFromSeed().sort());
    const { agencies } = await api.read(AGENCIES);
    expect(agencies.totalCount).toBeLessThan(72);
    expect(agencies.totalCount).toBeGreaterThan(20);
  });

  test('structured fields are drawn from the action text', async () => {
    const { plan } = await api.read(WHOLE_TREE);
    const byText = new Map(flatActions(plan).map((a) => [a.text, a]));
    expect(byText.get('Reprocure prostitution support (MOPAC funding dependent)')!.fundingCondition).toMatch(/MOPAC funding dependent/);
    expect(byText.get('Increase number of placements on offer to 50')!.target).toMatch(/50/);
    const chemsex = [...byText.keys()].find((t) => t.startsWith("Deliver 'Chemsex' pathway"))!;
    expect(byText.get(chemsex)!.durationMonths).toBe(12);
    for (const a of byText.values()) expect(a.status).toBe('NOT_STARTED');
  });

  test('the objective with sub-points keeps them', async () => {
    const { plan } = await api.read(WHOLE_TREE);
    const withSubPoints = flatObjectives(plan).filter((o) => o.subPoints.length > 0);
    expect(withSubPoints).toHaveLength(1);
    expect(withSubPoints[0].subPoints).toEqual(['Primary Education', 'Secondary Education', 'Community settings']);
  });

  test('outcomes framework: 6 national outcomes, 21 local measures, baselines from the strategy', async () => {
    const OUTCOMES = graphql(`
      query ReadPlanOutcomes {
        nationalOutcomes {
          totalCount
          nodes {
            name
            pillar {
              number
            }
            measures {
              name
            }
          }
        }
        outcomeMeasures(first: 100) {
          totalCount
          nodes {
            name
            unit
            direction
            baseline {
              value
              periodLabel
            }
            latest {
              value
              periodLabel
            }
          }
        }
      }
    `);
    const data = await api.read(OUTCOMES);
    expect(data.nationalOutcomes.totalCount).toBe(6);
    expect(data.nationalOutcomes.nodes.map((o) => o.measures.length)).toEqual([2, 3, 6, 4, 2, 4]);
    expect(data.nationalOutcomes.nodes.map((o) => o.pillar!.number)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(data.outcomeMeasures.totalCount).toBe(21);
    const inTreatment = data.outcomeMeasures.nodes.find((m) => m.name === 'No. in treatment')!;
    expect(inTreatment.baseline).toEqual({ value: 1945, periodLabel: '2020-21' });
    const prison = data.outcomeMeasures.nodes.find((m) => /prison release/.test(m.name))!;
    expect(prison.baseline!.value).toBe(15.3);
    expect(prison.latest!.value).toBe(53);
    expect(prison.unit).toBe('PERCENT');
  });

  test('reprocurement deadlines: 5, with real dates and suppliers; three overdue before the plan year starts', async () => {
    const REPROCUREMENTS = graphql(`
      query ReadPlanReprocurements {
        reprocurements {
          totalCount
          nodes {
            service
            supplier
            expiryDate
            status
            overdue(asOf: "2024-04-01")
            agency {
              shortName
              name
            }
            objective {
              text
            }
            action {
              text
            }
          }
        }
      }
    `);
    const rows = (await api.read(REPROCUREMENTS)).reprocurements.nodes;
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => [r.service, r.supplier, r.expiryDate])).toEqual([
      ['Pharmacy Needle Exchange', null, '2024-03-31'],
      ['Drink Coach', null, '2024-03-31'],
      ['Specialist midwife', null, '2024-03-31'],
      ['Clinical waste collections', 'PHS group', '2024-05-21'],
      ['Needle exchange supplies', 'Orion', '2024-11-14'],
    ]);
    expect(rows.map((r) => r.overdue)).toEqual([true, true, true, false, false]);
    expect(rows[4].action!.text).toBe('Needle exchange supplies (Orion) - 14/11/24');
    expect(rows[0].objective.text).toBe('Reprocure services expiring in the next 12 months');
  });

  test('help services from the plan', async () => {
    const HELP_SERVICES = graphql(`
      query ReadPlanHelpServices {
        helpServices {
          totalCount
          nodes {
            name
            phone
            email
            website
            minAge
            maxAge
          }
        }
      }
    `);
    const { helpServices } = await api.read(HELP_SERVICES);
    expect(helpServices.totalCount).toBe(3);
    const phones = helpServices.nodes.map((h) => h.phone);
    expect(phones).toEqual(['020 3889 9510', '020 3954 0091', '020 7422 6752']);
  });
});

describe('navigation', () => {
  test('action -> objective -> priority -> pillar -> plan, and back down', async () => {
    const CUCKOOING = graphql(`
      query ReadPlanCuckooing {
        actions(first: 1, filter: { search: "Cuckooing" }) {
          nodes {
            id
            text
            objective {
              text
              priority {
                title
                pillar {
                  number
                  plan {
                    periodLabel
                  }
                }
              }
            }
            priority {
              title
            }
            pillar {
              name
            }
          }
        }
      }
    `);
    const NODE = graphql(`
      query ReadPlanActionNode($id: ID!) {
        node(id: $id) {
          id
          ... on Action {
            text
          }
        }
      }
    `);
    const a = (await api.read(CUCKOOING)).actions.nodes[0];
    expect(a.text).toBe('Establish Cuckooing pathway to support vulnerable residents');
    expect(a.objective.text).toBe('Identify and intervene with victims of exploitation');
    expect(a.objective.priority.title).toBe('Break the Cycle of Exploitation');
    expect(a.priority.title).toBe('Break the Cycle of Exploitation');
    expect(a.objective.priority.pillar).toEqual({ number: 1, plan: { periodLabel: '2024-25' } });
    expect(a.pillar.name).toBe('Break drug supply chains');

    expect((await api.read(NODE, { id: a.id })).node).toEqual({ id: a.id, text: a.text });
  });

  test('agency -> its objectives and actions, found by any alias', async () => {
    const MPS = graphql(`
      query ReadPlanMps {
        agency(name: "metropolitan police service (mps)") {
          id
          name
          shortName
          aliases
          objectives(first: 100) {
            totalCount
            nodes {
              text
            }
          }
          actions(first: 100) {
            totalCount
            nodes {
              text
            }
          }
        }
      }
    `);
    const ACTIONS_OF = graphql(`
      query ReadPlanActionsOfAgency($id: String!) {
        actions(first: 100, filter: { agency: $id }) {
          totalCount
        }
      }
    `);
    const mps = (await api.read(MPS)).agency;
    expect(mps.shortName).toBe('MPS');
    expect(mps.aliases).toEqual(expect.arrayContaining(['MPS', 'Metropolitan Police Service (MPS)']));
    expect(mps.objectives.totalCount).toBeGreaterThanOrEqual(7);
    const viaFilter = await api.read(ACTIONS_OF, { id: mps.id });
    expect(viaFilter.actions.totalCount).toBe(mps.actions.totalCount);
  });

  test('nodes(ids) returns each in order and null for ones that do not exist', async () => {
    const PILLARS = graphql(`
      query ReadPlanPillarIds {
        pillars {
          nodes {
            id
          }
        }
      }
    `);
    const NODES = graphql(`
      query ReadPlanNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          id
        }
      }
    `);
    const ids = (await api.read(PILLARS)).pillars.nodes.map((p) => p.id);
    const missing = missingId('Pillar');
    const { nodes } = await api.read(NODES, { ids: [ids[2], missing, ids[0]] });
    expect(nodes).toEqual([{ id: ids[2] }, null, { id: ids[0] }]);
  });
});

describe('pagination', () => {
  const PAGE = graphql(`
    query ReadPlanPage($first: Int, $after: String) {
      actions(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  `);

  test('default page size is 50, and walking the pages visits all 156 actions once', async () => {
    const first = await api.read(PAGE);
    expect(first.actions.edges).toHaveLength(50);
    expect(first.actions.totalCount).toBe(156);
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const conn: ResultOf<typeof PAGE>['actions'] = (await api.read(PAGE, { first: 40, after })).actions;
      conn.edges.forEach((e) => seen.add(e.node.id));
      pages++;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen.size).toBe(156);
  });

  test('first: 0 gives only the count; first: 100 is allowed; the last page is short', async () => {
    const zero = await api.read(PAGE, { first: 0 });
    expect(zero.actions).toMatchObject({ totalCount: 156, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    const hundred = await api.read(PAGE, { first: 100 });
    expect(hundred.actions.edges).toHaveLength(100);
    const rest = await api.read(PAGE, { first: 100, after: hundred.actions.pageInfo.endCursor });
    expect(rest.actions.edges).toHaveLength(56);
    expect(rest.actions.pageInfo.hasNextPage).toBe(false);
    const beyond = await api.read(PAGE, { first: 10, after: rest.actions.pageInfo.endCursor });
    expect(beyond.actions.edges).toHaveLength(0);
  });

  test('nested connections page too', async () => {
    const NESTED = graphql(`
      query ReadPlanNestedPage {
        pillars(first: 1) {
          nodes {
            priorities(first: 2) {
              totalCount
              nodes {
                title
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        }
      }
    `);
    const { pillars } = await api.read(NESTED);
    expect(pillars.nodes[0].priorities).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(pillars.nodes[0].priorities.nodes).toHaveLength(2);
  });
});

describe('filters', () => {
  const COUNT = graphql(`
    query ReadPlanActionCount($f: ActionFilter) {
      actions(first: 0, filter: $f) {
        totalCount
      }
    }
  `);
  async function count(filter: ActionFilter): Promise<number> {
    return (await api.read(COUNT, { f: filter })).actions.totalCount;
  }

  test('by pillar, priority and objective', async () => {
    const COUNTS = graphql(`
      query ReadPlanActionCounts {
        pillars {
          nodes {
            id
            priorities(first: 100) {
              nodes {
                id
                objectives(first: 100) {
                  nodes {
                    id
                    actions(first: 0) {
                      totalCount
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const pillars = (await api.read(COUNTS)).pillars.nodes;
    let sum = 0;
    for (const p of pillars) {
      const expected = p.priorities.nodes.flatMap((pr) => pr.objectives.nodes).reduce((n, o) => n + o.actions.totalCount, 0);
      expect(await count({ pillarId: p.id })).toBe(expected);
      sum += expected;
    }
    expect(sum).toBe(156);
    const pr = pillars[1].priorities.nodes[0];
    expect(await count({ priorityId: pr.id })).toBe(pr.objectives.nodes.reduce((n, o) => n + o.actions.totalCount, 0));
    const o = pr.objectives.nodes[0];
    expect(await count({ objectiveId: o.id })).toBe(o.actions.totalCount);
    expect(await count({ pillarId: pillars[0].id, priorityId: pr.id })).toBe(0);
  });

  test('by agency: id, name or alias, case-insensitive, trailing comma ignored', async () => {
    const reset = await count({ agency: 'RESET' });
    expect(reset).toBeGreaterThan(0);
    expect(await count({ agency: 'reset recovery service' })).toBe(reset);
    expect(await count({ agency: '  Reset  ' })).toBe(reset);
    const asc = await count({ agency: 'LBTH ASC,' });
    expect(asc).toBeGreaterThan(0);
    expect(await count({ agency: 'adult social care (asc) services' })).toBe(asc);
  });

  test('by status and by text search', async () => {
    expect(await count({ status: ['NOT_STARTED'] })).toBe(156);
    expect(await count({ status: ['COMPLETED', 'AT_RISK'] })).toBe(0);
    expect(await count({ search: 'naloxone' })).toBeGreaterThanOrEqual(3);
    expect(await count({ search: 'NALOXONE' })).toBe(await count({ search: 'naloxone' }));
    expect(await count({ search: '100%_' })).toBe(0);
    expect(await count({ search: 'naloxone', pillarId: null })).toBeGreaterThan(0);
  });

  test('reprocurements due within N days and overdue, relative to asOf', async () => {
    const SERVICES = graphql(`
      query ReadPlanReprocurementServices($f: ReprocurementFilter) {
        reprocurements(filter: $f) {
          nodes {
            service
          }
        }
      }
    `);
    const names = async (f: ReprocurementFilter) => (await api.read(SERVICES, { f })).reprocurements.nodes.map((n) => n.service);
    expect(await names({ asOf: '2024-04-01', overdue: true })).toEqual(['Pharmacy Needle Exchange', 'Drink Coach', 'Specialist midwife']);
    expect(await names({ asOf: '2024-04-01', dueWithinDays: 60 })).toEqual(['Clinical waste collections']);
    expect(await names({ asOf: '2024-04-01', dueWithinDays: 365 })).toEqual(['Clinical waste collections', 'Needle exchange supplies']);
    expect(await names({ asOf: '2024-04-01', overdue: false })).toEqual(['Clinical waste collections', 'Needle exchange supplies']);
    // Without asOf the filter is relative to today; every deadline in the plan has passed by now.
    expect(await names({ overdue: true })).toHaveLength(5);
  });
});

describe('errors', () => {
  const ACTION = graphql(`
    query ReadPlanAction($id: ID!) {
      action(id: $id) {
        id
      }
    }
  `);
  const ACTIONS = graphql(`
    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {
      actions(first: $first, after: $after, filter: $f) {
        totalCount
      }
    }
  `);

  test('unknown id: NOT_FOUND naming the argument', async () => {
    const missing = missingId('Action', 999999);
    const { body } = await api.send(ACTION, { id: missing });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(body.errors![0].message).toMatch(/"id"/);
  });

  test('malformed id, or an id of another type: BAD_USER_INPUT naming the argument', async () => {
    for (const id of ['nonsense', globalId('Pillar', 1)]) {
      const { body } = await api.send(ACTION, { id });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/"id"/);
    }
    const PILLAR_FILTER = graphql(`
      query ReadPlanPillarFilter {
        actions(filter: { pillarId: "xyz" }) {
          totalCount
        }
      }
    `);
    const { body } = await api.send(PILLAR_FILTER);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/filter\.pillarId/);
  });

  test('bad cursor: BAD_USER_INPUT naming "after"', async () => {
    const { body } = await api.send(ACTIONS, { after: 'not-a-cursor' });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/"after"/);
  });

  test.each([101, -1, 1000])('first: %i is BAD_USER_INPUT naming "first"', async (first) => {
    const { body } = await api.send(ACTIONS, { first });
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/first/);
  });

  test('nested first out of range is rejected too', async () => {
    const NESTED_FIRST = graphql(`
      query ReadPlanNestedFirst {
        pillars {
          nodes {
            priorities(first: 500) {
              totalCount
            }
          }
        }
      }
    `);
    const { body } = await api.send(NESTED_FIRST);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/first/);
  });

  test('unknown agency in a filter: NOT_FOUND naming filter.agency', async () => {
    const { body } = await api.send(ACTIONS, { f: { agency: 'Ministry of Magic' } });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(body.errors![0].message).toMatch(/filter\.agency/);
  });

  test('unknown enum value in a filter: a validation error naming the value', async () => {
    // A document the schema refuses cannot be typed: it goes raw.
    const { body } = await gql(server.url, '{ actions(filter: { status: [DONE] }) { totalCount } }');
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toMatch(/DONE/);
    const viaVariable = await api.sendInvalid(ACTIONS, { f: { status: ['DONE'] } });
    expect(viaVariable.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(viaVariable.body.errors![0].message).toMatch(/status/);
  });

  test('no error carries a stack trace outside development', async () => {
    const TWO_ERRORS = graphql(`
      query ReadPlanTwoErrors {
        actions(after: "x") {
          totalCount
        }
        action(id: "y") {
          id
        }
      }
    `);
    const { body } = await api.send(TWO_ERRORS);
    for (const e of body.errors!) expect(e.extensions!.stacktrace).toBeUndefined();
  });
});

describe('restart', () => {
  test('a restart keeps the data and does not load the plan again', async () => {
    // A database with nothing in it: the first start migrates it and loads the plan, on both engines.
    const first = await startServer({ databaseUrl: await tempDatabase('new') });
    const COUNTS = graphql(`
      query ReadPlanCounts {
        actions(first: 0) {
          totalCount
        }
        agencies(first: 0) {
          totalCount
        }
        reprocurements {
          totalCount
        }
      }
    `);
    const before = await connect(first).read(COUNTS);
    expect(first.output()).toMatch(/loaded the Tower Hamlets 2024-25 plan/);
    await first.stop();
    const second = await startServer({ databaseUrl: first.databaseUrl });
    try {
      expect(second.output()).not.toMatch(/loaded the Tower Hamlets/);
      expect(await connect(second).read(COUNTS)).toEqual(before);
    } finally {
      await second.stop();
    }
  });
});
