/**
 * Quarterly progress on actions: recordProgress, Action.progress / latestProgress, progressReport
 * and actionsWithoutProgress, against a real server with the Tower Hamlets 2024-25 plan (156
 * actions). The tests share one server and run in order; every action updated in 2024-25 Q1 is
 * tracked so that the counts can be computed from what the tests recorded.
 */
import type { TypedDocument } from '@cdp/sdk';
import { connectAsAdmin, type Api, type InputOf } from '../support/api';
import { graphql } from '../support/generated';
import type { ActionFilter } from '../support/generated/graphql';
import { globalId, missingId } from '../support/ids';
import { startServer, TestServer } from '../support/server';

const KEY_NAME = 'Progress tests';

const RECORD = graphql(`
  mutation ProgressRecord($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      replayed
      progressUpdate {
        id
        financialYear
        quarter
        quarterLabel
        periodStart
        periodEnd
        status
        rag
        percentComplete
        commentary
        reportedBy
        action {
          id
          status
          version
        }
      }
    }
  }
`);

const ACTION = graphql(`
  query ProgressAction($id: ID!) {
    action(id: $id) {
      id
      status
      version
      archivedAt
      progress {
        id
        quarterLabel
        status
        rag
        percentComplete
        commentary
        reportedBy
      }
      latestProgress {
        id
        quarterLabel
        status
        rag
      }
    }
  }
`);

const ACTION_IDS = graphql(`
  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {
    actions(filter: $filter, first: $first, after: $after) {
      nodes {
        id
      }
    }
  }
`);

const SNAPSHOT = graphql(`
  query ProgressSnapshot($id: ID!) {
    action(id: $id) {
      status
      version
      progress {
        id
      }
    }
    changes(first: 0) {
      totalCount
    }
  }
`);

let server: TestServer;
/** Every request of these tests sends an admin key. */
let api: Api;
const updatedInQ1 = new Set<string>();

type RecordInput = InputOf<typeof RECORD>;

async function record(input: RecordInput) {
  const r = await api.send(RECORD, { input });
  if (!r.body.errors && input.quarter === '2024-25 Q1') updatedInQ1.add(input.actionId as string);
  return r;
}

async function recorded(input: RecordInput) {
  const r = await record(input);
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.recordProgress!;
}

async function actionIds(filter: ActionFilter, first = 100, after?: string): Promise<string[]> {
  return (await api.read(ACTION_IDS, { filter, first, after })).actions.nodes.map((n) => n.id);
}

const readAction = async (id: string) => (await api.read(ACTION, { id })).action;

beforeAll(async () => {
  server = await startServer();
  api = connectAsAdmin(server, KEY_NAME);
});
afterAll(() => server.stop());

test('updates form a series: two for Q1 then one for Q2; progress has 3, latestProgress is the Q2 one, the status follows', async () => {
  const NODE = graphql(`
    query ProgressUpdateNode($id: ID!) {
      node(id: $id) {
        ... on ProgressUpdate {
          quarterLabel
          action {
            id
          }
        }
      }
    }
  `);
  const STATUS_HISTORY = graphql(`
    query ProgressStatusHistory($id: ID!) {
      history(id: $id) {
        nodes {
          operation
          mutation
          actorName
          changes {
            field
            before
            after
          }
        }
      }
    }
  `);
  const CREATED_HISTORY = graphql(`
    query ProgressCreatedHistory($id: ID!) {
      history(id: $id) {
        nodes {
          operation
          mutation
          changes {
            field
            after
          }
        }
      }
    }
  `);
  const [id] = await actionIds({}, 1);
  const start = await readAction(id);
  expect(start).toMatchObject({ status: 'NOT_STARTED', progress: [], latestProgress: null });

  const first = await recorded({
    actionId: id,
    quarter: '2024-25 Q1',
    status: 'ON_TRACK',
    rag: 'GREEN',
    percentComplete: 20,
    commentary: 'Started as planned.',
  });
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
    action: { id, status: 'ON_TRACK', version: start.version + 1 },
  });
  expect(first.progressUpdate.reportedBy).toMatch(new RegExp(`^${KEY_NAME}`)); // the actor's name

  const second = await recorded({
    actionId: id,
    quarter: '2024-25 Q1',
    status: 'AT_RISK',
    rag: 'AMBER',
    percentComplete: 30,
    commentary: 'Recruitment is slower than hoped.',
  });
  expect(second.progressUpdate.action.status).toBe('AT_RISK');
  const third = await recorded({
    actionId: id,
    quarter: '2024-25 Q2',
    status: 'ON_TRACK',
    rag: 'GREEN',
    commentary: 'Back on track.',
    expectedVersion: second.progressUpdate.action.version,
  });
  expect(third.progressUpdate).toMatchObject({ quarterLabel: '2024-25 Q2', periodStart: '2024-07-01', periodEnd: '2024-09-30', percentComplete: null });

  const action = await readAction(id);
  expect(action.progress.map((p) => [p.quarterLabel, p.status, p.rag])).toEqual([
    ['2024-25 Q1', 'ON_TRACK', 'GREEN'],
    ['2024-25 Q1', 'AT_RISK', 'AMBER'],
    ['2024-25 Q2', 'ON_TRACK', 'GREEN'],
  ]);
  expect(action.progress.map((p) => p.id)).toEqual([first.progressUpdate.id, second.progressUpdate.id, third.progressUpdate.id]);
  expect(action.latestProgress).toEqual({ id: third.progressUpdate.id, quarterLabel: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN' });
  expect(action.status).toBe('ON_TRACK');
  expect(action.version).toBe(start.version + 3);

  // The update is a node too, and leads back to its action.
  const { node } = await api.read(NODE, { id: second.progressUpdate.id });
  expect(node).toEqual({ quarterLabel: '2024-25 Q1', action: { id } });

  // history(id) of the action shows each status change with its actor; the updates have their own CREATE entries.
  const { history } = await api.read(STATUS_HISTORY, { id });
  expect(history.nodes).toEqual([
    {
      operation: 'UPDATE',
      mutation: 'recordProgress',
      actorName: first.progressUpdate.reportedBy,
      changes: [{ field: 'status', before: 'NOT_STARTED', after: 'ON_TRACK' }],
    },
    {
      operation: 'UPDATE',
      mutation: 'recordProgress',
      actorName: first.progressUpdate.reportedBy,
      changes: [{ field: 'status', before: 'ON_TRACK', after: 'AT_RISK' }],
    },
    {
      operation: 'UPDATE',
      mutation: 'recordProgress',
      actorName: first.progressUpdate.reportedBy,
      changes: [{ field: 'status', before: 'AT_RISK', after: 'ON_TRACK' }],
    },
  ]);
  const { history: created } = await api.read(CREATED_HISTORY, { id: first.progressUpdate.id });
  expect(created.nodes).toHaveLength(1);
  expect(created.nodes[0].operation).toBe('CREATE');
  expect(created.nodes[0].changes).toEqual(
    expect.arrayContaining([
      { field: 'rag', after: 'GREEN' },
      { field: 'quarterLabel', after: '2024-25 Q1' },
    ]),
  );
});

test('a late update for an earlier quarter joins the series but leaves the status of the latest quarter', async () => {
  const [, id] = await actionIds({}, 2);
  const q2 = await recorded({ actionId: id, quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Q2 report.' });
  const q1 = await recorded({ actionId: id, quarter: '2024-25 Q1', status: 'OFF_TRACK', rag: 'RED', commentary: 'Q1 report, sent late.' });
  expect(q1.progressUpdate.action).toEqual(q2.progressUpdate.action);
  const action = await readAction(id);
  expect(action.status).toBe('ON_TRACK');
  expect(action.progress.map((p) => p.quarterLabel)).toEqual(['2024-25 Q1', '2024-25 Q2']);
  expect(action.latestProgress!.id).toBe(q2.progressUpdate.id);
});

test('progress on many actions in one query: each action gets its own series', async () => {
  const SERIES = graphql(`
    query ProgressSeries {
      actions(first: 100) {
        nodes {
          id
          progress {
            id
          }
          latestProgress {
            quarterLabel
          }
        }
      }
    }
  `);
  const nodes = (await api.read(SERIES)).actions.nodes;
  expect(nodes).toHaveLength(100);
  expect(nodes[0].progress).toHaveLength(3);
  expect(nodes[0].latestProgress).toEqual({ quarterLabel: '2024-25 Q2' });
  expect(nodes[1].progress).toHaveLength(2);
  expect(nodes.slice(2).every((n) => n.progress.length === 0 && n.latestProgress === null)).toBe(true);
});

test('progressReport counts each action by the RAG of its latest update in the quarter, overall, per pillar, priority and agency', async () => {
  const PLAN = graphql(`
    query ProgressPlanShape {
      plan {
        id
        pillars {
          nodes {
            id
            number
            priorities {
              nodes {
                id
              }
            }
          }
        }
      }
    }
  `);
  const CONTEXT = graphql(`
    query ProgressActionContext($id: ID!) {
      action(id: $id) {
        priority {
          id
        }
        agencies {
          id
          name
        }
      }
    }
  `);
  const REPORT = graphql(`
    query ProgressReportCounts($quarter: String!) {
      progressReport(quarter: $quarter) {
        plan {
          id
        }
        quarter
        periodStart
        periodEnd
        overall {
          ...ProgressCounts
        }
        pillars {
          pillar {
            id
          }
          counts {
            ...ProgressCounts
          }
        }
        priorities {
          priority {
            id
          }
          counts {
            ...ProgressCounts
          }
        }
        agencies {
          agency {
            id
            name
          }
          counts {
            ...ProgressCounts
          }
        }
      }
    }
    fragment ProgressCounts on RagCounts {
      red
      amber
      green
      noUpdate
      total
    }
  `);
  const Q4_OVERALL = graphql(`
    query ProgressQ4Overall {
      progressReport(quarter: "2024-25 Q4") {
        overall {
          green
          noUpdate
          total
        }
      }
    }
  `);
  const Q2_OVERALL = graphql(`
    query ProgressQ2Overall {
      progressReport(quarter: "2024-25 Q2") {
        overall {
          green
          noUpdate
        }
      }
    }
  `);
  const { plan } = await api.read(PLAN);
  const pillar1 = plan.pillars.nodes.find((p) => p.number === 1)!;
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

  const context = (await api.read(CONTEXT, { id: a })).action;
  const priorityId = context.priority.id;
  const agency = context.agencies[0];
  const [pillarIds, priorityIds, agencyIds] = await Promise.all([
    actionIds({ pillarId: pillar1.id }),
    actionIds({ priorityId }),
    actionIds({ agency: agency.id }),
  ]);

  const report = (await api.read(REPORT, { quarter: Q3 })).progressReport;
  expect(report).toMatchObject({ plan: { id: plan.id }, quarter: Q3, periodStart: '2024-10-01', periodEnd: '2024-12-31' });
  expect(report.overall).toEqual({ red: 1, amber: 1, green: 1, noUpdate: 153, total: 156 });
  expect(report.pillars.map((p) => p.pillar.id)).toEqual(plan.pillars.nodes.map((p) => p.id));
  expect(report.pillars.find((p) => p.pillar.id === pillar1.id)!.counts).toEqual(expected(pillarIds));
  expect(report.pillars.reduce((sum, p) => sum + p.counts.total, 0)).toBe(156);
  expect(report.priorities.map((p) => p.priority.id)).toEqual(plan.pillars.nodes.flatMap((p) => p.priorities.nodes.map((pr) => pr.id)));
  expect(report.priorities).toHaveLength(11);
  expect(report.priorities.find((p) => p.priority.id === priorityId)!.counts).toEqual(expected(priorityIds));
  expect(report.agencies.find((g) => g.agency.id === agency.id)!.counts).toEqual(expected(agencyIds));
  const names = report.agencies.map((g) => g.agency.name);
  expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base' })));
  expect(report.agencies.every((g) => g.counts.total > 0)).toBe(true);

  // Q4: only d's update; Q2 (from the first tests): two GREEN.
  expect((await api.read(Q4_OVERALL)).progressReport.overall).toEqual({ green: 1, noUpdate: 155, total: 156 });
  expect((await api.read(Q2_OVERALL)).progressReport.overall).toEqual({ green: 2, noUpdate: 154 });
});

test('an idempotencyKey retried returns replayed: true and writes once; reused with another input it is a CONFLICT', async () => {
  const id = (await actionIds({}, 5))[4];
  const snapshot = () => api.read(SNAPSHOT, { id });
  const before = await snapshot();
  const input: RecordInput = {
    actionId: id,
    quarter: '2024-25 Q1',
    status: 'ON_TRACK',
    rag: 'GREEN',
    percentComplete: 10,
    commentary: 'Sent twice by a partner system.',
    idempotencyKey: 'progress-retry-1',
  };
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
  const snapshot = () => api.read(SNAPSHOT, { id });
  const before = await snapshot();
  const valid: RecordInput = { actionId: id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', percentComplete: 40, commentary: 'Fine.' };
  const cases: Array<[Partial<RecordInput>, string, RegExp]> = [
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
    [{ actionId: missingId('Action') }, 'NOT_FOUND', /input\.actionId/],
    [{ actionId: 'not-an-id' }, 'BAD_USER_INPUT', /input\.actionId/],
    [{ actionId: globalId('Objective', 1) }, 'BAD_USER_INPUT', /input\.actionId/],
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
  expect(completed.body.errors![0].extensions).toMatchObject({
    fields: [{ path: 'input.percentComplete', rule: 'completeIs100', message: expect.stringMatching(/100/) }],
  });
  const over = await record({ ...valid, percentComplete: 101 });
  expect(over.body.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: 'input.percentComplete', rule: 'max' })]);
  // A value outside the enums never reaches the resolver (sent unchecked: the type would refuse it).
  expect((await api.sendInvalid(RECORD, { input: { ...valid, rag: 'BLUE' } })).body.errors![0].extensions!.code).toMatch(
    /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
  );

  expect(await snapshot()).toEqual(before);

  // COMPLETED at 100%, or with no percentage, is fine; so is a matching expectedVersion.
  const done = await recorded({ ...valid, status: 'COMPLETED', percentComplete: 100, expectedVersion: before.action.version });
  expect(done.progressUpdate.action).toMatchObject({ status: 'COMPLETED', version: before.action.version + 1 });
});

test('an archived action cannot get progress', async () => {
  const ARCHIVE = graphql(`
    mutation ProgressArchiveAction($input: RecordVersionInput!) {
      archiveAction(input: $input) {
        action {
          version
        }
      }
    }
  `);
  const RESTORE = graphql(`
    mutation ProgressRestoreAction($input: RecordVersionInput!) {
      restoreAction(input: $input) {
        action {
          archivedAt
        }
      }
    }
  `);
  const CHANGE_COUNT = graphql(`
    query ProgressChangeCount {
      changes(first: 0) {
        totalCount
      }
    }
  `);
  const id = (await actionIds({}, 7))[6];
  const start = await readAction(id);
  const archived = await api.send(ARCHIVE, { input: { id, expectedVersion: start.version } });
  expect(archived.body.errors).toBeUndefined();
  const mid = await api.read(ACTION, { id });
  const changesBefore = await api.read(CHANGE_COUNT);
  const r = await record({ actionId: id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Too late.' });
  expect(r.body.errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ path: 'input.actionId', rule: 'notArchived', message: expect.any(String) }],
  });
  expect(r.body.errors![0].message).toMatch(/input\.actionId.*archived/);
  expect(await api.read(ACTION, { id })).toEqual(mid);
  expect(await api.read(CHANGE_COUNT)).toEqual(changesBefore);
  const restored = await api.send(RESTORE, { input: { id, expectedVersion: archived.body.data!.archiveAction!.action.version } });
  expect(restored.body.errors).toBeUndefined();
});

test('actionsWithoutProgress for Q1: the live actions with no Q1 update, in plan order, paged', async () => {
  const PAGE = graphql(`
    query ProgressWithoutQ1($after: String) {
      actionsWithoutProgress(quarter: "2024-25 Q1", first: 100, after: $after) {
        totalCount
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `);
  const PLAN_ID = graphql(`
    query ProgressPlanId {
      plan {
        id
      }
    }
  `);
  const AGREE = graphql(`
    query ProgressWithoutQ1ForPlan($planId: ID!) {
      plan {
        id
      }
      progressReport(quarter: "2024-25 Q1", planId: $planId) {
        overall {
          noUpdate
          total
        }
      }
      actionsWithoutProgress(quarter: "2024-25 Q1", planId: $planId, first: 0) {
        totalCount
      }
    }
  `);
  expect(updatedInQ1.size).toBeGreaterThanOrEqual(3);
  const all = [...(await actionIds({}, 100)), ...(await actionIds({}, 100, 'b2Zmc2V0Ojk5'))];
  expect(all).toHaveLength(156);
  const expectedIds = all.filter((id) => !updatedInQ1.has(id));

  const page1 = (await api.read(PAGE)).actionsWithoutProgress;
  expect(page1.totalCount).toBe(156 - updatedInQ1.size);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const page2 = (await api.read(PAGE, { after: page1.pageInfo.endCursor })).actionsWithoutProgress;
  expect(page2.pageInfo.hasNextPage).toBe(false);
  expect([...page1.nodes, ...page2.nodes].map((n) => n.id)).toEqual(expectedIds);

  // It agrees with the report's noUpdate, and with an explicit planId.
  const data = await api.read(AGREE, { planId: (await api.read(PLAN_ID)).plan.id });
  expect(data.progressReport.overall).toEqual({ noUpdate: 156 - updatedInQ1.size, total: 156 });
  expect(data.actionsWithoutProgress.totalCount).toBe(156 - updatedInQ1.size);
});

test('the queries reject a bad quarter or plan, naming the argument', async () => {
  // Literal arguments, as a hand-written query has them (the ID is the global ID of plan 999).
  const cases: Array<[TypedDocument<unknown, Record<string, never>>, string, RegExp]> = [
    [
      graphql(`
        query ProgressReportBadQuarter {
          progressReport(quarter: "Q1 2024") {
            quarter
          }
        }
      `),
      'BAD_USER_INPUT',
      /"quarter"/,
    ],
    [
      graphql(`
        query ProgressReportLaterYear {
          progressReport(quarter: "2025-26 Q1") {
            quarter
          }
        }
      `),
      'BAD_USER_INPUT',
      /"quarter".*2024-25 Q4/,
    ],
    [
      graphql(`
        query ProgressWithoutBadQuarter {
          actionsWithoutProgress(quarter: "2024-25 Q9") {
            totalCount
          }
        }
      `),
      'BAD_USER_INPUT',
      /"quarter"/,
    ],
    [
      graphql(`
        query ProgressWithoutPageTooLarge {
          actionsWithoutProgress(quarter: "2024-25 Q1", first: 101) {
            totalCount
          }
        }
      `),
      'BAD_USER_INPUT',
      /first/,
    ],
    [
      graphql(`
        query ProgressReportBadPlanId {
          progressReport(quarter: "2024-25 Q1", planId: "nope") {
            quarter
          }
        }
      `),
      'BAD_USER_INPUT',
      /"planId"/,
    ],
    [
      graphql(`
        query ProgressReportMissingPlan {
          progressReport(quarter: "2024-25 Q1", planId: "UGxhbjo5OTk=") {
            quarter
          }
        }
      `),
      'NOT_FOUND',
      /"planId"/,
    ],
  ];
  expect(globalId('Plan', 999)).toBe('UGxhbjo5OTk=');
  for (const [query, code, message] of cases) {
    const { body } = await api.send(query);
    expect({ query: query.toString(), code: body.errors?.[0]?.extensions?.code }).toEqual({ query: query.toString(), code });
    expect(body.errors![0].message).toMatch(message);
  }
});
