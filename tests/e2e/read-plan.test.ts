import { gql, startServer, TestServer } from '../support/server';
import { actionTextsFromSeed, agencyStringsFromSeed } from '../support/seed-text';

const WHOLE_TREE = /* GraphQL */ `
  query WholeTree {
    plan {
      id title periodLabel periodStart periodEnd kind
      strategy { title periodLabel }
      partnership { name }
      pillars {
        totalCount
        nodes {
          id number name vision
          priorities(first: 100) {
            totalCount
            nodes {
              id title strategyName
              objectives(first: 100) {
                totalCount
                nodes {
                  id text subPoints
                  actions(first: 100) {
                    totalCount
                    nodes { id text status fundingCondition target durationMonths agencies { id name } responsibilities { asWritten agency { name } } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

function flatActions(plan: any): any[] {
  return plan.pillars.nodes.flatMap((p: any) => p.priorities.nodes.flatMap((pr: any) => pr.objectives.nodes.flatMap((o: any) => o.actions.nodes)));
}

describe('the default data set', () => {
  test('one query returns the whole tree: 3 pillars, 11 priorities, 40 objectives, 156 actions', async () => {
    const { body } = await gql(server.url, WHOLE_TREE);
    expect(body.errors).toBeUndefined();
    const plan = body.data.plan;
    expect(plan).toMatchObject({ title: 'Annual Delivery Plan 2024-2025', periodLabel: '2024-25', periodStart: '2024-04-01', periodEnd: '2025-03-31', kind: 'DELIVERY_PLAN' });
    expect(plan.strategy.periodLabel).toBe('2024-2027');
    expect(plan.pillars.totalCount).toBe(3);
    expect(plan.pillars.nodes.map((p: any) => p.priorities.totalCount)).toEqual([4, 4, 3]);
    const objectives = plan.pillars.nodes.flatMap((p: any) => p.priorities.nodes.flatMap((pr: any) => pr.objectives.nodes));
    expect(objectives).toHaveLength(40);
    const actions = flatActions(plan);
    expect(actions).toHaveLength(156);
    for (const a of actions) expect(a.agencies.length).toBeGreaterThan(0);
  });

  test('every action text is verbatim from the plan, in plan order', async () => {
    const { body } = await gql(server.url, WHOLE_TREE);
    const texts = flatActions(body.data.plan).map((a: any) => a.text);
    expect(texts).toEqual(actionTextsFromSeed());
    expect(texts).toContain('Develop Workforce Recruitment & Retention Plan for treatment system');
    expect(texts).toContain('Reprocure prostitution support (MOPAC funding dependent)');
  });

  test('every agency string of the plan is kept as written on a responsibility link, and maps to a canonical agency', async () => {
    const { body } = await gql(server.url, WHOLE_TREE);
    const written = new Set<string>();
    for (const a of flatActions(body.data.plan)) for (const r of a.responsibilities) written.add(r.asWritten);
    expect([...written].sort()).toEqual(agencyStringsFromSeed().sort());
    const { body: agencies } = await gql(server.url, '{ agencies(first: 100) { totalCount nodes { name aliases } } }');
    expect(agencies.data.agencies.totalCount).toBeLessThan(72);
    expect(agencies.data.agencies.totalCount).toBeGreaterThan(20);
  });

  test('structured fields are drawn from the action text', async () => {
    const { body } = await gql(server.url, WHOLE_TREE);
    const byText = new Map(flatActions(body.data.plan).map((a: any) => [a.text, a]));
    expect(byText.get('Reprocure prostitution support (MOPAC funding dependent)')!.fundingCondition).toMatch(/MOPAC funding dependent/);
    expect(byText.get('Increase number of placements on offer to 50')!.target).toMatch(/50/);
    const chemsex = [...byText.keys()].find((t) => t.startsWith("Deliver 'Chemsex' pathway"))!;
    expect(byText.get(chemsex)!.durationMonths).toBe(12);
    for (const a of byText.values()) expect(a.status).toBe('NOT_STARTED');
  });

  test('the objective with sub-points keeps them', async () => {
    const { body } = await gql(server.url, WHOLE_TREE);
    const objectives = body.data.plan.pillars.nodes.flatMap((p: any) => p.priorities.nodes.flatMap((pr: any) => pr.objectives.nodes));
    const withSubPoints = objectives.filter((o: any) => o.subPoints.length > 0);
    expect(withSubPoints).toHaveLength(1);
    expect(withSubPoints[0].subPoints).toEqual(['Primary Education', 'Secondary Education', 'Community settings']);
  });

  test('outcomes framework: 6 national outcomes, 21 local measures, baselines from the strategy', async () => {
    const { body } = await gql(
      server.url,
      `{ nationalOutcomes { totalCount nodes { name pillar { number } measures { name } } }
         outcomeMeasures(first: 100) { totalCount nodes { name unit direction baseline { value periodLabel } latest { value periodLabel } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.nationalOutcomes.totalCount).toBe(6);
    expect(body.data.nationalOutcomes.nodes.map((o: any) => o.measures.length)).toEqual([2, 3, 6, 4, 2, 4]);
    expect(body.data.nationalOutcomes.nodes.map((o: any) => o.pillar.number)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(body.data.outcomeMeasures.totalCount).toBe(21);
    const inTreatment = body.data.outcomeMeasures.nodes.find((m: any) => m.name === 'No. in treatment');
    expect(inTreatment.baseline).toEqual({ value: 1945, periodLabel: '2020-21' });
    const prison = body.data.outcomeMeasures.nodes.find((m: any) => /prison release/.test(m.name));
    expect(prison.baseline.value).toBe(15.3);
    expect(prison.latest.value).toBe(53);
    expect(prison.unit).toBe('PERCENT');
  });

  test('reprocurement deadlines: 5, with real dates and suppliers; three overdue before the plan year starts', async () => {
    const { body } = await gql(server.url, `{ reprocurements { totalCount nodes { service supplier expiryDate status overdue(asOf: "2024-04-01") agency { shortName name } objective { text } action { text } } } }`);
    expect(body.errors).toBeUndefined();
    const rows = body.data.reprocurements.nodes;
    expect(rows).toHaveLength(5);
    expect(rows.map((r: any) => [r.service, r.supplier, r.expiryDate])).toEqual([
      ['Pharmacy Needle Exchange', null, '2024-03-31'],
      ['Drink Coach', null, '2024-03-31'],
      ['Specialist midwife', null, '2024-03-31'],
      ['Clinical waste collections', 'PHS group', '2024-05-21'],
      ['Needle exchange supplies', 'Orion', '2024-11-14'],
    ]);
    expect(rows.map((r: any) => r.overdue)).toEqual([true, true, true, false, false]);
    expect(rows[4].action.text).toBe('Needle exchange supplies (Orion) - 14/11/24');
    expect(rows[0].objective.text).toBe('Reprocure services expiring in the next 12 months');
  });

  test('help services from the plan', async () => {
    const { body } = await gql(server.url, '{ helpServices { totalCount nodes { name phone email website minAge maxAge } } }');
    expect(body.data.helpServices.totalCount).toBe(3);
    const phones = body.data.helpServices.nodes.map((h: any) => h.phone);
    expect(phones).toEqual(['020 3889 9510', '020 3954 0091', '020 7422 6752']);
  });
});

describe('navigation', () => {
  test('action -> objective -> priority -> pillar -> plan, and back down', async () => {
    const { body } = await gql(server.url, `{ actions(first: 1, filter: { search: "Cuckooing" }) { nodes { id text objective { text priority { title pillar { number plan { periodLabel } } } } priority { title } pillar { name } } } }`);
    expect(body.errors).toBeUndefined();
    const a = body.data.actions.nodes[0];
    expect(a.text).toBe('Establish Cuckooing pathway to support vulnerable residents');
    expect(a.objective.text).toBe('Identify and intervene with victims of exploitation');
    expect(a.objective.priority.title).toBe('Break the Cycle of Exploitation');
    expect(a.priority.title).toBe('Break the Cycle of Exploitation');
    expect(a.objective.priority.pillar).toEqual({ number: 1, plan: { periodLabel: '2024-25' } });
    expect(a.pillar.name).toBe('Break drug supply chains');

    const { body: node } = await gql(server.url, `query($id: ID!) { node(id: $id) { id ... on Action { text } } }`, { id: a.id });
    expect(node.data.node).toEqual({ id: a.id, text: a.text });
  });

  test('agency -> its objectives and actions, found by any alias', async () => {
    const { body } = await gql(server.url, `{ agency(name: "metropolitan police service (mps)") { id name shortName aliases objectives(first: 100) { totalCount nodes { text } } actions(first: 100) { totalCount nodes { text } } } }`);
    expect(body.errors).toBeUndefined();
    const mps = body.data.agency;
    expect(mps.shortName).toBe('MPS');
    expect(mps.aliases).toEqual(expect.arrayContaining(['MPS', 'Metropolitan Police Service (MPS)']));
    expect(mps.objectives.totalCount).toBeGreaterThanOrEqual(7);
    const { body: viaFilter } = await gql(server.url, `query($id: String!) { actions(first: 100, filter: { agency: $id }) { totalCount } }`, { id: mps.id });
    expect(viaFilter.data.actions.totalCount).toBe(mps.actions.totalCount);
  });

  test('nodes(ids) returns each in order and null for ones that do not exist', async () => {
    const { body } = await gql(server.url, '{ pillars { nodes { id } } }');
    const ids = body.data.pillars.nodes.map((p: any) => p.id);
    const missing = Buffer.from('Pillar:99999').toString('base64');
    const { body: nodes } = await gql(server.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [ids[2], missing, ids[0]] });
    expect(nodes.data.nodes).toEqual([{ id: ids[2] }, null, { id: ids[0] }]);
  });
});

describe('pagination', () => {
  const PAGE = 'query($first: Int, $after: String) { actions(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';

  test('default page size is 50, and walking the pages visits all 156 actions once', async () => {
    const first = await gql(server.url, PAGE);
    expect(first.body.data.actions.edges).toHaveLength(50);
    expect(first.body.data.actions.totalCount).toBe(156);
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body }: any = await gql(server.url, PAGE, { first: 40, after });
      const conn = body.data.actions;
      conn.edges.forEach((e: any) => seen.add(e.node.id));
      pages++;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen.size).toBe(156);
  });

  test('first: 0 gives only the count; first: 100 is allowed; the last page is short', async () => {
    const zero = await gql(server.url, PAGE, { first: 0 });
    expect(zero.body.data.actions).toMatchObject({ totalCount: 156, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    const hundred = await gql(server.url, PAGE, { first: 100 });
    expect(hundred.body.data.actions.edges).toHaveLength(100);
    const rest = await gql(server.url, PAGE, { first: 100, after: hundred.body.data.actions.pageInfo.endCursor });
    expect(rest.body.data.actions.edges).toHaveLength(56);
    expect(rest.body.data.actions.pageInfo.hasNextPage).toBe(false);
    const beyond = await gql(server.url, PAGE, { first: 10, after: rest.body.data.actions.pageInfo.endCursor });
    expect(beyond.body.data.actions.edges).toHaveLength(0);
  });

  test('nested connections page too', async () => {
    const { body } = await gql(server.url, '{ pillars(first: 1) { nodes { priorities(first: 2) { totalCount nodes { title } pageInfo { hasNextPage } } } } }');
    expect(body.data.pillars.nodes[0].priorities).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(body.data.pillars.nodes[0].priorities.nodes).toHaveLength(2);
  });
});

describe('filters', () => {
  async function count(filter: Record<string, unknown>): Promise<number> {
    const { body } = await gql(server.url, 'query($f: ActionFilter) { actions(first: 0, filter: $f) { totalCount } }', { f: filter });
    expect(body.errors).toBeUndefined();
    return body.data.actions.totalCount;
  }

  test('by pillar, priority and objective', async () => {
    const { body } = await gql(server.url, '{ pillars { nodes { id priorities(first: 100) { nodes { id objectives(first: 100) { nodes { id actions(first: 0) { totalCount } } } } } } } }');
    const pillars = body.data.pillars.nodes;
    let sum = 0;
    for (const p of pillars) {
      const expected = p.priorities.nodes.flatMap((pr: any) => pr.objectives.nodes).reduce((n: number, o: any) => n + o.actions.totalCount, 0);
      expect(await count({ pillarId: p.id })).toBe(expected);
      sum += expected;
    }
    expect(sum).toBe(156);
    const pr = pillars[1].priorities.nodes[0];
    expect(await count({ priorityId: pr.id })).toBe(pr.objectives.nodes.reduce((n: number, o: any) => n + o.actions.totalCount, 0));
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
    const q = 'query($f: ReprocurementFilter) { reprocurements(filter: $f) { nodes { service } } }';
    const names = async (f: Record<string, unknown>) => {
      const { body } = await gql(server.url, q, { f });
      expect(body.errors).toBeUndefined();
      return body.data.reprocurements.nodes.map((n: any) => n.service);
    };
    expect(await names({ asOf: '2024-04-01', overdue: true })).toEqual(['Pharmacy Needle Exchange', 'Drink Coach', 'Specialist midwife']);
    expect(await names({ asOf: '2024-04-01', dueWithinDays: 60 })).toEqual(['Clinical waste collections']);
    expect(await names({ asOf: '2024-04-01', dueWithinDays: 365 })).toEqual(['Clinical waste collections', 'Needle exchange supplies']);
    expect(await names({ asOf: '2024-04-01', overdue: false })).toEqual(['Clinical waste collections', 'Needle exchange supplies']);
    // Without asOf the filter is relative to today; every deadline in the plan has passed by now.
    expect(await names({ overdue: true })).toHaveLength(5);
  });
});

describe('errors', () => {
  test('unknown id: NOT_FOUND naming the argument', async () => {
    const missing = Buffer.from('Action:999999').toString('base64');
    const { body } = await gql(server.url, 'query($id: ID!) { action(id: $id) { id } }', { id: missing });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(body.errors![0].message).toMatch(/"id"/);
  });

  test('malformed id, or an id of another type: BAD_USER_INPUT naming the argument', async () => {
    for (const id of ['nonsense', Buffer.from('Pillar:1').toString('base64')]) {
      const { body } = await gql(server.url, 'query($id: ID!) { action(id: $id) { id } }', { id });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/"id"/);
    }
    const { body } = await gql(server.url, '{ actions(filter: { pillarId: "xyz" }) { totalCount } }');
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/filter\.pillarId/);
  });

  test('bad cursor: BAD_USER_INPUT naming "after"', async () => {
    const { body } = await gql(server.url, '{ actions(after: "not-a-cursor") { totalCount } }');
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/"after"/);
  });

  test.each([101, -1, 1000])('first: %i is BAD_USER_INPUT naming "first"', async (first) => {
    const { body } = await gql(server.url, 'query($first: Int) { actions(first: $first) { totalCount } }', { first });
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/first/);
  });

  test('nested first out of range is rejected too', async () => {
    const { body } = await gql(server.url, '{ pillars { nodes { priorities(first: 500) { totalCount } } } }');
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/first/);
  });

  test('unknown agency in a filter: NOT_FOUND naming filter.agency', async () => {
    const { body } = await gql(server.url, '{ actions(filter: { agency: "Ministry of Magic" }) { totalCount } }');
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(body.errors![0].message).toMatch(/filter\.agency/);
  });

  test('unknown enum value in a filter: a validation error naming the value', async () => {
    const { body } = await gql(server.url, '{ actions(filter: { status: [DONE] }) { totalCount } }');
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toMatch(/DONE/);
    const viaVariable = await gql(server.url, 'query($f: ActionFilter) { actions(filter: $f) { totalCount } }', { f: { status: ['DONE'] } });
    expect(viaVariable.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(viaVariable.body.errors![0].message).toMatch(/status/);
  });

  test('no error carries a stack trace outside development', async () => {
    const { body } = await gql(server.url, '{ actions(after: "x") { totalCount } action(id: "y") { id } }');
    for (const e of body.errors!) expect(e.extensions!.stacktrace).toBeUndefined();
  });
});

describe('restart', () => {
  test('a restart keeps the data and does not load the plan again', async () => {
    const first = await startServer();
    const q = '{ actions(first: 0) { totalCount } agencies(first: 0) { totalCount } reprocurements { totalCount } }';
    const before = (await gql(first.url, q)).body.data;
    expect(first.output()).toMatch(/loaded the Tower Hamlets 2024-25 plan/);
    await first.stop();
    const second = await startServer({ databaseFile: first.databaseFile });
    try {
      expect(second.output()).not.toMatch(/loaded the Tower Hamlets/);
      expect((await gql(second.url, q)).body.data).toEqual(before);
    } finally {
      await second.stop();
    }
  });
});
