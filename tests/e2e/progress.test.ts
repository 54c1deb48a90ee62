/**
 * Quarterly progress on actions: recordProgress, Action.progress / latestProgress, progressReport
 * and actionsWithoutProgress, against a real server with the Tower Hamlets 2024-25 plan (156
 * actions). The tests share one server and run in order; every action updated in 2024-25 Q1 is
 * tracked so that the counts can be computed from what the tests recorded.
 */
import { bearer, createKey, gql as rawGql, startServer, TestServer } from '../support/server';

const KEY_NAME = 'Progress tests';

const RECORD = `mutation($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    replayed
    progressUpdate { id financialYear quarter quarterLabel periodStart periodEnd status rag percentComplete commentary reportedBy action { id status version } }
  }
}`;

const ACTION = `query($id: ID!) {
  action(id: $id) {
    id status version archivedAt
    progress { id quarterLabel status rag percentComplete commentary reportedBy }
    latestProgress { id quarterLabel status rag }
  }
}`;

let server: TestServer;
/** The admin key every request of these tests sends. */
let writeHeaders: Record<string, string> = {};
const updatedInQ1 = new Set<string>();

const gql = (query: string, variables?: Record<string, unknown>) => rawGql(server.url, query, variables, writeHeaders);

async function record(input: Record<string, unknown>) {
  const r = await gql(RECORD, { input });
  if (!r.body.errors && input.quarter === '2024-25 Q1') updatedInQ1.add(input.actionId as string);
  return r;
}

async function recorded(input: Record<string, unknown>) {
  const r = await record(input);
  expect(r.body.errors).toBeUndefined();
  return r.body.data.recordProgress;
}

async function actionIds(filter: Record<string, unknown>, first = 100): Promise<string[]> {
  const { body } = await gql('query($filter: ActionFilter, $first: Int) { actions(filter: $filter, first: $first) { nodes { id } } }', { filter, first });
  return body.data.actions.nodes.map((n: { id: string }) => n.id);
}

async function countActions(filter: Record<string, unknown>): Promise<number> {
  const { body } = await gql('query($filter: ActionFilter) { actions(filter: $filter, first: 0) { totalCount } }', { filter });
  return body.data.actions.totalCount;
}

beforeAll(async () => {
  server = await startServer();
  writeHeaders = bearer(createKey(server.databaseFile, { role: 'admin', name: KEY_NAME }));
});
afterAll(() => server.stop());

test('updates form a series: two for Q1 then one for Q2; progress has 3, latestProgress is the Q2 one, the status follows', async () => {
  const [id] = await actionIds({}, 1);
  const { body: start } = await gql(ACTION, { id });
  expect(start.data.action).toMatchObject({ status: 'NOT_STARTED', progress: [], latestProgress: null });

  const first = await recorded({ actionId: id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', percentComplete: 20, commentary: 'Started as planned.' });
  expect(first.replayed).toBe(false);
  expect(first.progressUpdate).toMatchObject({
    financialYear: 2024,
    quarter: 1,
    quarterLabel: '2024-25 Q1',
    periodStart: '2024-04-01',
    periodEnd: '2024-06-30',
    status: 'ON_TRACK',
    rag: 'GREEN',
    percentComplete: 20,
    commentary: 'Started as planned.',
    action: { id, status: 'ON_TRACK', version: start.data.action.version + 1 },
  });
  expect(first.progressUpdate.reportedBy).toMatch(new RegExp(`^${KEY_NAME}`)); // the actor's name

  const second = await recorded({ actionId: id, quarter: '2024-25 Q1', status: 'AT_RISK', rag: 'AMBER', percentComplete: 30, commentary: 'Recruitment is slower than hoped.' });
  expect(second.progressUpdate.action.status).toBe('AT_RISK');
  const third = await recorded({ actionId: id, quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Back on track.', expectedVersion: second.progressUpdate.action.version });
  expect(third.progressUpdate).toMatchObject({ quarterLabel: '2024-25 Q2', periodStart: '2024-07-01', periodEnd: '2024-09-30', percentComplete: null });

  const { body } = await gql(ACTION, { id });
  const action = body.data.action;
  expect(action.progress.map((p: any) => [p.quarterLabel, p.status, p.rag])).toEqual([
    ['2024-25 Q1', 'ON_TRACK', 'GREEN'],
    ['2024-25 Q1', 'AT_RISK', 'AMBER'],
    ['2024-25 Q2', 'ON_TRACK', 'GREEN'],
  ]);
  expect(action.progress.map((p: any) => p.id)).toEqual([first.progressUpdate.id, second.progressUpdate.id, third.progressUpdate.id]);
  expect(action.latestProgress).toEqual({ id: third.progressUpdate.id, quarterLabel: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN' });
  expect(action.status).toBe('ON_TRACK');
  expect(action.version).toBe(start.data.action.version + 3);

  // The update is a node too, and leads back to its action.
  const { body: node } = await gql('query($id: ID!) { node(id: $id) { ... on ProgressUpdate { quarterLabel action { id } } } }', { id: second.progressUpdate.id });
  expect(node.data.node).toEqual({ quarterLabel: '2024-25 Q1', action: { id } });

  // history(id) of the action shows each status change with its actor; the updates have their own CREATE entries.
  const { body: history } = await gql('query($id: ID!) { history(id: $id) { nodes { operation mutation actorName changes { field before after } } } }', { id });
  expect(history.data.history.nodes).toEqual([
    { operation: 'UPDATE', mutation: 'recordProgress', actorName: first.progressUpdate.reportedBy, changes: [{ field: 'status', before: 'NOT_STARTED', after: 'ON_TRACK' }] },
    { operation: 'UPDATE', mutation: 'recordProgress', actorName: first.progressUpdate.reportedBy, changes: [{ field: 'status', before: 'ON_TRACK', after: 'AT_RISK' }] },
    { operation: 'UPDATE', mutation: 'recordProgress', actorName: first.progressUpdate.reportedBy, changes: [{ field: 'status', before: 'AT_RISK', after: 'ON_TRACK' }] },
  ]);
  const { body: created } = await gql('query($id: ID!) { history(id: $id) { nodes { operation mutation changes { field after } } } }', { id: first.progressUpdate.id });
  expect(created.data.history.nodes).toHaveLength(1);
  expect(created.data.history.nodes[0].operation).toBe('CREATE');
  expect(created.data.history.nodes[0].changes).toEqual(expect.arrayContaining([{ field: 'rag', after: 'GREEN' }, { field: 'quarterLabel', after: '2024-25 Q1' }]));
});

test('a late update for an earlier quarter joins the series but leaves the status of the latest quarter', async () => {
  const [, id] = await actionIds({}, 2);
  const q2 = await recorded({ actionId: id, quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Q2 report.' });
  const q1 = await recorded({ actionId: id, quarter: '2024-25 Q1', status: 'OFF_TRACK', rag: 'RED', commentary: 'Q1 report, sent late.' });
  expect(q1.progressUpdate.action).toEqual(q2.progressUpdate.action);
  const { body } = await gql(ACTION, { id });
  expect(body.data.action.status).toBe('ON_TRACK');
  expect(body.data.action.progress.map((p: any) => p.quarterLabel)).toEqual(['2024-25 Q1', '2024-25 Q2']);
  expect(body.data.action.latestProgress.id).toBe(q2.progressUpdate.id);
});

test('progress on many actions in one query: each action gets its own series', async () => {
  const { body } = await gql('{ actions(first: 100) { nodes { id progress { id } latestProgress { quarterLabel } } } }');
  const nodes = body.data.actions.nodes;
  expect(nodes).toHaveLength(100);
  expect(nodes[0].progress).toHaveLength(3);
  expect(nodes[0].latestProgress).toEqual({ quarterLabel: '2024-25 Q2' });
  expect(nodes[1].progress).toHaveLength(2);
  expect(nodes.slice(2).every((n: any) => n.progress.length === 0 && n.latestProgress === null)).toBe(true);
});

test('progressReport counts each action by the RAG of its latest update in the quarter, overall, per pillar, priority and agency', async () => {
  const { body: plan } = await gql('{ plan { id pillars { nodes { id number priorities { nodes { id } } } } } }');
  const pillar1 = plan.data.plan.pillars.nodes.find((p: any) => p.number === 1);
  const [a, b, c, d] = await actionIds({ pillarId: pillar1.id }, 4);
  const Q3 = '2024-25 Q3';
  await recorded({ actionId: a, quarter: Q3, status: 'ON_TRACK', rag: 'GREEN', commentary: 'First Q3 report.' });
  await recorded({ actionId: a, quarter: Q3, status: 'OFF_TRACK', rag: 'RED', commentary: 'Corrected: off track.' }); // the latest in Q3 wins
  await recorded({ actionId: b, quarter: Q3, status: 'AT_RISK', rag: 'AMBER', commentary: 'At risk.' });
  await recorded({ actionId: c, quarter: Q3, status: 'ON_TRACK', rag: 'GREEN', commentary: 'On track.' });
  await recorded({ actionId: d, quarter: '2024-25 Q4', status: 'ON_TRACK', rag: 'GREEN', commentary: 'A Q4 update does not count for Q3.' });
  const ragOf: Record<string, 'red' | 'amber' | 'green'> = { [a]: 'red', [b]: 'amber', [c]: 'green' };

  /** Expected counts for a set of actions: ours by their RAG, the rest no update. */
  const expected = (ids: string[]) => {
    const counts = { red: 0, amber: 0, green: 0, noUpdate: 0, total: ids.length };
    for (const id of ids) counts[ragOf[id] ?? 'noUpdate']++;
    return counts;
  };

  const { body: ctx } = await gql('query($id: ID!) { action(id: $id) { priority { id } agencies { id name } } }', { id: a });
  const priorityId = ctx.data.action.priority.id;
  const agency = ctx.data.action.agencies[0];
  const [pillarIds, priorityIds, agencyIds] = await Promise.all([
    actionIds({ pillarId: pillar1.id }),
    actionIds({ priorityId }),
    actionIds({ agency: agency.id }),
  ]);

  const COUNTS = 'red amber green noUpdate total';
  const { body } = await gql(
    `query($quarter: String!) { progressReport(quarter: $quarter) {
      plan { id } quarter periodStart periodEnd
      overall { ${COUNTS} }
      pillars { pillar { id } counts { ${COUNTS} } }
      priorities { priority { id } counts { ${COUNTS} } }
      agencies { agency { id name } counts { ${COUNTS} } }
    } }`,
    { quarter: Q3 },
  );
  expect(body.errors).toBeUndefined();
  const report = body.data.progressReport;
  expect(report).toMatchObject({ plan: { id: plan.data.plan.id }, quarter: Q3, periodStart: '2024-10-01', periodEnd: '2024-12-31' });
  expect(report.overall).toEqual({ red: 1, amber: 1, green: 1, noUpdate: 153, total: 156 });
  expect(report.pillars.map((p: any) => p.pillar.id)).toEqual(plan.data.plan.pillars.nodes.map((p: any) => p.id));
  expect(report.pillars.find((p: any) => p.pillar.id === pillar1.id).counts).toEqual(expected(pillarIds));
  expect(report.pillars.reduce((sum: number, p: any) => sum + p.counts.total, 0)).toBe(156);
  expect(report.priorities.map((p: any) => p.priority.id)).toEqual(plan.data.plan.pillars.nodes.flatMap((p: any) => p.priorities.nodes.map((pr: any) => pr.id)));
  expect(report.priorities).toHaveLength(11);
  expect(report.priorities.find((p: any) => p.priority.id === priorityId).counts).toEqual(expected(priorityIds));
  expect(report.agencies.find((g: any) => g.agency.id === agency.id).counts).toEqual(expected(agencyIds));
  const names = report.agencies.map((g: any) => g.agency.name);
  expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y, 'en', { sensitivity: 'base' })));
  expect(report.agencies.every((g: any) => g.counts.total > 0)).toBe(true);

  // Q4: only d's update; Q2 (from the first tests): two GREEN.
  const q4 = await gql('{ progressReport(quarter: "2024-25 Q4") { overall { green noUpdate total } } }');
  expect(q4.body.data.progressReport.overall).toEqual({ green: 1, noUpdate: 155, total: 156 });
  const q2 = await gql('{ progressReport(quarter: "2024-25 Q2") { overall { green noUpdate } } }');
  expect(q2.body.data.progressReport.overall).toEqual({ green: 2, noUpdate: 154 });
});

test('an idempotencyKey retried returns replayed: true and writes once; reused with another input it is a CONFLICT', async () => {
  const id = (await actionIds({}, 5))[4];
  const snapshot = async () => (await gql('query($id: ID!) { action(id: $id) { status version progress { id } } changes(first: 0) { totalCount } }', { id })).body.data;
  const before = await snapshot();
  const input = { actionId: id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', percentComplete: 10, commentary: 'Sent twice by a partner system.', idempotencyKey: 'progress-retry-1' };
  const first = await recorded(input);
  const again = await recorded({ ...input });
  expect(first.replayed).toBe(false);
  expect(again.replayed).toBe(true);
  expect(again.progressUpdate.id).toBe(first.progressUpdate.id);
  const after = await snapshot();
  expect(after.action.progress).toEqual([{ id: first.progressUpdate.id }]);
  expect(after.action.version).toBe(before.action.version + 1);
  expect(after.changes.totalCount).toBe(before.changes.totalCount + 2); // the status change and the update

  const reused = await record({ ...input, commentary: 'Something else' });
  expect(reused.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  expect(await snapshot()).toEqual(after);
});

test('each bad input fails cleanly: a typed error naming the field, and nothing changed', async () => {
  const id = (await actionIds({}, 6))[5];
  const snapshot = async () => (await gql('query($id: ID!) { action(id: $id) { status version progress { id } } changes(first: 0) { totalCount } }', { id })).body.data;
  const before = await snapshot();
  const valid = { actionId: id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', percentComplete: 40, commentary: 'Fine.' };
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ quarter: '2024 Q1' }, 'BAD_USER_INPUT', /input\.quarter.*"2024-25 Q1"/],
    [{ quarter: '2024-25 Q5' }, 'BAD_USER_INPUT', /input\.quarter/],
    [{ quarter: '2024-26 Q1' }, 'BAD_USER_INPUT', /input\.quarter.*consecutive/],
    [{ quarter: '2025-26 Q1' }, 'BAD_USER_INPUT', /input\.quarter.*2024-25 Q1, 2024-25 Q2, 2024-25 Q3, 2024-25 Q4.*"2025-26 Q1"/],
    [{ quarter: '2023-24 Q4' }, 'BAD_USER_INPUT', /input\.quarter/],
    [{ percentComplete: 101 }, 'BAD_USER_INPUT', /percentComplete/],
    [{ percentComplete: -1 }, 'BAD_USER_INPUT', /percentComplete/],
    [{ commentary: '   ' }, 'BAD_USER_INPUT', /commentary/],
    [{ commentary: '' }, 'BAD_USER_INPUT', /commentary/],
    [{ commentary: 'x'.repeat(4001) }, 'BAD_USER_INPUT', /commentary/],
    [{ status: 'COMPLETED', percentComplete: 50 }, 'BAD_USER_INPUT', /input\.percentComplete/],
    [{ expectedVersion: before.action.version + 1 }, 'CONFLICT', /version/],
    [{ expectedVersion: 99 }, 'CONFLICT', /version/],
    [{ actionId: Buffer.from('Action:99999').toString('base64') }, 'NOT_FOUND', /input\.actionId/],
    [{ actionId: 'not-an-id' }, 'BAD_USER_INPUT', /input\.actionId/],
    [{ actionId: Buffer.from('Objective:1').toString('base64') }, 'BAD_USER_INPUT', /input\.actionId/],
  ];
  for (const [patch, code, field] of cases) {
    const r = await record({ ...valid, ...patch });
    expect({ patch, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ patch, code });
    expect(r.body.errors![0].message).toMatch(field);
    expect(r.body.data?.recordProgress ?? null).toBeNull();
  }
  // Conflicts carry the argument; every validation error (class-validator's or a business rule) the fields.
  const conflict = await record({ ...valid, expectedVersion: before.action.version + 1 });
  expect(conflict.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.expectedVersion', currentVersion: before.action.version });
  const completed = await record({ ...valid, status: 'COMPLETED', percentComplete: 50 });
  expect(completed.body.errors![0].extensions).toMatchObject({ fields: [{ path: 'input.percentComplete', rule: 'completeIs100', message: expect.stringMatching(/100/) }] });
  const over = await record({ ...valid, percentComplete: 101 });
  expect(over.body.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: 'input.percentComplete', rule: 'max' })]);
  // A value outside the enums never reaches the resolver.
  expect((await record({ ...valid, rag: 'BLUE' })).body.errors![0].extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);

  expect(await snapshot()).toEqual(before);

  // COMPLETED at 100%, or with no percentage, is fine; so is a matching expectedVersion.
  const done = await recorded({ ...valid, status: 'COMPLETED', percentComplete: 100, expectedVersion: before.action.version });
  expect(done.progressUpdate.action).toMatchObject({ status: 'COMPLETED', version: before.action.version + 1 });
});

test('an archived action cannot get progress', async () => {
  const id = (await actionIds({}, 7))[6];
  const { body: start } = await gql(ACTION, { id });
  const archived = await gql('mutation($input: RecordVersionInput!) { archiveAction(input: $input) { action { version } } }', { input: { id, expectedVersion: start.data.action.version } });
  expect(archived.body.errors).toBeUndefined();
  const { body: mid } = await gql(ACTION, { id });
  const { body: changesBefore } = await gql('{ changes(first: 0) { totalCount } }');
  const r = await record({ actionId: id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Too late.' });
  expect(r.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.actionId', rule: 'notArchived', message: expect.any(String) }] });
  expect(r.body.errors![0].message).toMatch(/input\.actionId.*archived/);
  expect((await gql(ACTION, { id })).body.data).toEqual(mid.data);
  expect((await gql('{ changes(first: 0) { totalCount } }')).body.data).toEqual(changesBefore.data);
  const restored = await gql('mutation($input: RecordVersionInput!) { restoreAction(input: $input) { action { archivedAt } } }', { input: { id, expectedVersion: archived.body.data.archiveAction.action.version } });
  expect(restored.body.errors).toBeUndefined();
});

test('actionsWithoutProgress for Q1: the live actions with no Q1 update, in plan order, paged', async () => {
  expect(updatedInQ1.size).toBeGreaterThanOrEqual(3);
  const all = [...(await actionIds({}, 100)), ...(await gql('{ actions(first: 100, after: "b2Zmc2V0Ojk5") { nodes { id } } }')).body.data.actions.nodes.map((n: any) => n.id)];
  expect(all).toHaveLength(156);
  const expectedIds = all.filter((id) => !updatedInQ1.has(id));

  const PAGE = 'query($after: String) { actionsWithoutProgress(quarter: "2024-25 Q1", first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';
  const page1 = (await gql(PAGE)).body.data.actionsWithoutProgress;
  expect(page1.totalCount).toBe(156 - updatedInQ1.size);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const page2 = (await gql(PAGE, { after: page1.pageInfo.endCursor })).body.data.actionsWithoutProgress;
  expect(page2.pageInfo.hasNextPage).toBe(false);
  expect([...page1.nodes, ...page2.nodes].map((n: any) => n.id)).toEqual(expectedIds);

  // It agrees with the report's noUpdate, and with an explicit planId.
  const { body } = await gql('query($planId: ID!) { plan { id } progressReport(quarter: "2024-25 Q1", planId: $planId) { overall { noUpdate total } } actionsWithoutProgress(quarter: "2024-25 Q1", planId: $planId, first: 0) { totalCount } }', {
    planId: (await gql('{ plan { id } }')).body.data.plan.id,
  });
  expect(body.data.progressReport.overall).toEqual({ noUpdate: 156 - updatedInQ1.size, total: 156 });
  expect(body.data.actionsWithoutProgress.totalCount).toBe(156 - updatedInQ1.size);
});

test('the queries reject a bad quarter or plan, naming the argument', async () => {
  const cases: Array<[string, string, RegExp]> = [
    ['{ progressReport(quarter: "Q1 2024") { quarter } }', 'BAD_USER_INPUT', /"quarter"/],
    ['{ progressReport(quarter: "2025-26 Q1") { quarter } }', 'BAD_USER_INPUT', /"quarter".*2024-25 Q4/],
    ['{ actionsWithoutProgress(quarter: "2024-25 Q9") { totalCount } }', 'BAD_USER_INPUT', /"quarter"/],
    ['{ actionsWithoutProgress(quarter: "2024-25 Q1", first: 101) { totalCount } }', 'BAD_USER_INPUT', /first/],
    ['{ progressReport(quarter: "2024-25 Q1", planId: "nope") { quarter } }', 'BAD_USER_INPUT', /"planId"/],
    [`{ progressReport(quarter: "2024-25 Q1", planId: "${Buffer.from('Plan:999').toString('base64')}") { quarter } }`, 'NOT_FOUND', /"planId"/],
  ];
  for (const [query, code, message] of cases) {
    const { body } = await gql(query);
    expect({ query, code: body.errors?.[0]?.extensions?.code }).toEqual({ query, code });
    expect(body.errors![0].message).toMatch(message);
  }
});
