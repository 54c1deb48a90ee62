/**
 * Corrections and withdrawals of progress updates, through the SDK (and REST) against a real
 * server with the Tower Hamlets 2024-25 plan: a correction is a new update in the original's
 * place (correctionOf), the original keeps its values and becomes CORRECTED (correctedBy); a
 * withdrawal keeps the update's values and marks it WITHDRAWN with a reason. Neither a corrected
 * nor a withdrawn update counts for the quarter RAG, the report, actionsWithoutProgress,
 * latestProgress or the action's status; both stay in Action.progress; each change is audited. An
 * agency's key corrects and withdraws its own agency's updates only. The tests share one server
 * and run in order.
 */
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type CdpClient } from '@cdp/sdk';
import { connectAs, connectAsAdmin, type Api } from '../support/api';
import { missingId } from '../support/ids';
import { expectProblem, restClient } from '../support/rest';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let adminApi: Api;
let admin: CdpClient;
let reset: CdpClient;
let resetApi: Api;
let mps: CdpClient;

type ActionNode = Awaited<ReturnType<CdpClient['actions']>>['nodes'][number];
type Report = Awaited<ReturnType<CdpClient['progressReport']>>;

let shared: ActionNode;
let resetId: string;
let mpsId: string;
let before: Report;
/** RESET's first update (AMBER), then corrected; its correction (RED); MPS's update (GREEN). */
let resetAmber: string;
let resetRed: string;
let mpsGreen: string;

const Q2 = '2024-25 Q2';
const agencyRow = (report: Report, id: string) => report.agencies.find((a) => a.agency.id === id)!.counts;
const quarterOf = async (id: string) => (await admin.actionQuarterRag({ id, quarter: Q2 }))!;
const statusOf = async (id: string) => (await admin.action(id)).status;

beforeAll(async () => {
  server = await startServer();
  adminApi = connectAsAdmin(server);
  admin = adminApi.client;
  resetApi = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' });
  reset = resetApi.client;
  mps = connectAs(server, { role: 'agency_editor', agency: 'MPS', name: 'MPS performance team' }).client;
  for await (const action of admin.paginate.actions({ filter: { agency: 'RESET' } })) {
    if (action.agencies.some((a) => a.shortName === 'MPS')) {
      shared = action;
      break;
    }
  }
  resetId = shared.agencies.find((a) => a.shortName === 'RESET')!.id;
  mpsId = shared.agencies.find((a) => a.shortName === 'MPS')!.id;
  before = await admin.progressReport({ quarter: Q2 });
  resetAmber = (await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'RESET: referrals behind plan' }))
    .progressUpdate.id;
  mpsGreen = (await mps.recordProgress({ actionId: shared.id, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'MPS: on track' })).progressUpdate.id;
}, 60_000);
afterAll(() => server?.stop());

test('RESET corrects its AMBER to RED: a new update in the series, the original kept as it was and CORRECTED; the roll-up and the report counts move; both changes audited', async () => {
  expect((await quarterOf(shared.id)).quarterRag).toBe('AMBER');
  const original = (await quarterOf(shared.id)).progress.find((u) => u.id === resetAmber)!;
  expect(original).toMatchObject({ state: 'CURRENT', correctedBy: null, correctionOf: null });

  const { progressUpdate: correction, replayed } = await reset.correctProgressUpdate({
    id: resetAmber,
    expectedVersion: original.version,
    reason: 'The referral figures were last quarter’s',
    rag: 'RED',
    status: 'OFF_TRACK',
    idempotencyKey: 'reset-q2-correction',
  });
  resetRed = correction.id;
  expect(replayed).toBe(false);
  expect(correction).toMatchObject({
    state: 'CURRENT',
    rag: 'RED',
    status: 'OFF_TRACK',
    commentary: 'RESET: referrals behind plan', // not given: the original's
    quarterLabel: Q2,
    agency: { id: resetId },
    correctionOf: { id: resetAmber },
    correctionReason: 'The referral figures were last quarter’s',
    reportedBy: expect.stringContaining('RESET case system'),
  });
  // The same key again: the first answer, nothing written twice.
  const again = await reset.correctProgressUpdate({
    id: resetAmber,
    expectedVersion: original.version,
    reason: 'The referral figures were last quarter’s',
    rag: 'RED',
    status: 'OFF_TRACK',
    idempotencyKey: 'reset-q2-correction',
  });
  expect(again).toMatchObject({ replayed: true, progressUpdate: { id: resetRed } });

  const action = await quarterOf(shared.id);
  expect(action.progress.filter((u) => u.quarterLabel === Q2).map((u) => [u.id, u.agency?.shortName, u.rag, u.state])).toEqual([
    [resetAmber, 'RESET', 'AMBER', 'CORRECTED'],
    [mpsGreen, 'MPS', 'GREEN', 'CURRENT'],
    [resetRed, 'RESET', 'RED', 'CURRENT'],
  ]);
  expect(action.progress.find((u) => u.id === resetAmber)).toMatchObject({
    rag: 'AMBER',
    status: 'AT_RISK',
    correctedBy: { id: resetRed },
    correctedAt: expect.any(String),
    version: original.version + 1,
  });
  expect(action.quarterRag).toBe('RED');
  // MPS's update is still the action's latest (a correction takes its original's place): the status stays MPS's.
  expect(await statusOf(shared.id)).toBe('ON_TRACK');
  expect((await admin.action(shared.id)).latestProgress).toMatchObject({ id: mpsGreen });

  const report = await admin.progressReport({ quarter: Q2 });
  expect(report.overall).toMatchObject({ red: before.overall.red + 1, amber: before.overall.amber, noUpdate: before.overall.noUpdate - 1 });
  expect(agencyRow(report, resetId)).toMatchObject({ red: agencyRow(before, resetId).red + 1, amber: agencyRow(before, resetId).amber });
  expect(agencyRow(report, mpsId)).toMatchObject({ green: agencyRow(before, mpsId).green + 1 });

  // Audited: the correction's creation and the original's update, by the same mutation and key.
  const created = (await admin.history({ id: resetRed })).nodes;
  expect(created).toEqual([
    expect.objectContaining({
      operation: 'CREATE',
      mutation: 'correctProgressUpdate',
      actorName: expect.stringContaining('RESET case system'),
      changes: expect.arrayContaining([
        { field: 'rag', before: null, after: 'RED' },
        { field: 'correctionReason', before: null, after: 'The referral figures were last quarter’s' },
      ]),
    }),
  ]);
  const marked = (await admin.history({ id: resetAmber })).nodes;
  expect(marked.map((e) => [e.operation, e.mutation])).toEqual([
    ['CREATE', 'recordProgress'],
    ['UPDATE', 'correctProgressUpdate'],
  ]);
  expect(marked[1].changes.map((c) => c.field).sort()).toEqual(['correctedAt', 'correctedById']);
  expect(marked[1].changes.find((c) => c.field === 'rag')).toBeUndefined(); // the values are never rewritten
});

test("MPS withdraws its updates: kept in the series, WITHDRAWN with its reason; the roll-up, MPS's row and the action's status fall back", async () => {
  // MPS as the lead agency: its RAG stands while it has one that counts.
  const current = await admin.action(shared.id);
  await admin.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: mpsId });
  const mistake = (await mps.recordProgress({ actionId: shared.id, quarter: Q2, status: 'OFF_TRACK', rag: 'RED', commentary: 'MPS: wrong action' }))
    .progressUpdate;
  expect((await quarterOf(shared.id)).quarterRag).toBe('RED');
  expect(await statusOf(shared.id)).toBe('OFF_TRACK');

  const { progressUpdate: withdrawn } = await mps.withdrawProgressUpdate({
    id: mistake.id,
    expectedVersion: mistake.version,
    reason: 'Posted on the wrong action',
  });
  expect(withdrawn).toMatchObject({
    id: mistake.id,
    state: 'WITHDRAWN',
    rag: 'RED',
    status: 'OFF_TRACK',
    commentary: 'MPS: wrong action',
    withdrawnReason: 'Posted on the wrong action',
    withdrawnBy: expect.stringContaining('MPS performance team'),
    withdrawnAt: expect.any(String),
  });
  // The lead's RAG falls back to its earlier GREEN, and so does the action's status (the latest that counts is MPS's GREEN).
  expect((await quarterOf(shared.id)).quarterRag).toBe('GREEN');
  expect(await statusOf(shared.id)).toBe('ON_TRACK');
  expect((await admin.action(shared.id)).latestProgress).toMatchObject({ id: mpsGreen });

  // MPS's GREEN withdrawn too: the lead has nothing that counts, so the worst stands (RESET's corrected RED).
  await mps.withdrawProgressUpdate({ id: mpsGreen, reason: 'Superseded by the joint return' });
  const action = await quarterOf(shared.id);
  expect(action.quarterRag).toBe('RED');
  expect(action.progress.filter((u) => u.quarterLabel === Q2).map((u) => [u.id, u.state])).toEqual([
    [resetAmber, 'CORRECTED'],
    [mpsGreen, 'WITHDRAWN'],
    [resetRed, 'CURRENT'],
    [mistake.id, 'WITHDRAWN'],
  ]);
  expect(await statusOf(shared.id)).toBe('OFF_TRACK'); // RESET's correction is now the latest that counts
  expect((await admin.action(shared.id)).latestProgress).toMatchObject({ id: resetRed });
  const report = await admin.progressReport({ quarter: Q2 });
  expect(agencyRow(report, mpsId)).toEqual(agencyRow(before, mpsId)); // as before MPS posted
  expect(report.overall).toMatchObject({ red: before.overall.red + 1, green: before.overall.green });

  const history = (await admin.history({ id: mpsGreen })).nodes;
  expect(history.at(-1)).toMatchObject({
    operation: 'UPDATE',
    mutation: 'withdrawProgressUpdate',
    changes: expect.arrayContaining([{ field: 'withdrawnReason', before: null, after: 'Superseded by the joint return' }]),
  });
});

test('an action whose only update in the quarter is withdrawn is without progress again, and its status goes back to NOT_STARTED', async () => {
  const without = await admin.actionsWithoutProgress({ quarter: Q2, first: 100 });
  let target: string | undefined;
  for (const a of without.nodes) {
    if ((await quarterOf(a.id)).progress.length === 0) {
      target = a.id;
      break;
    }
  }
  expect(target).toBeDefined();
  const { progressUpdate } = await admin.recordProgress({ actionId: target!, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'Sent by mistake' });
  expect((await admin.actionsWithoutProgress({ quarter: Q2, first: 0 })).totalCount).toBe(without.totalCount - 1);
  expect(await statusOf(target!)).toBe('AT_RISK');

  await admin.withdrawProgressUpdate({ id: progressUpdate.id, reason: 'Sent by mistake' });
  expect((await admin.actionsWithoutProgress({ quarter: Q2, first: 0 })).totalCount).toBe(without.totalCount);
  expect(await statusOf(target!)).toBe('NOT_STARTED');
  expect((await admin.action(target!)).latestProgress).toBeNull();
  expect((await quarterOf(target!)).progress.map((u) => u.state)).toEqual(['WITHDRAWN']);
});

test("refusals: another agency's update (SCOPE), a corrected or withdrawn one (CONFLICT), a bad reason, a stale version, an unknown ID; nothing is written", async () => {
  const series = async () => JSON.stringify((await quarterOf(shared.id)).progress);
  const start = await series();
  const whole = (await admin.recordProgress({ actionId: shared.id, quarter: Q2, status: 'OFF_TRACK', rag: 'RED', commentary: 'Coordinator: whole action' }))
    .progressUpdate;
  const withWhole = await series();

  // RESET's key may not correct or withdraw MPS's update, nor one on the action as a whole.
  const mine = (await mps.recordProgress({ actionId: shared.id, quarter: Q2, status: 'OFF_TRACK', rag: 'RED', commentary: 'MPS: revised' })).progressUpdate;
  const withMine = await series();
  for (const attempt of [
    () => reset.correctProgressUpdate({ id: mine.id, reason: 'Not ours', rag: 'GREEN' }),
    () => reset.withdrawProgressUpdate({ id: mine.id, reason: 'Not ours' }),
    () => reset.withdrawProgressUpdate({ id: whole.id, reason: 'Not ours' }),
  ])
    await expect(attempt()).rejects.toMatchObject({ constructor: ForbiddenError, code: 'FORBIDDEN', extensions: { reason: 'SCOPE' } });
  expect(await series()).toBe(withMine);
  expect(withWhole).not.toBe(start); // the series shows every update

  // Twice: a corrected update, a withdrawn one.
  await expect(reset.correctProgressUpdate({ id: resetAmber, reason: 'Again', rag: 'GREEN' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ALREADY_CORRECTED' },
  });
  await expect(reset.withdrawProgressUpdate({ id: resetAmber, reason: 'Again' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ALREADY_CORRECTED' },
  });
  await expect(mps.withdrawProgressUpdate({ id: mpsGreen, reason: 'Again' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'WITHDRAWN' },
  });
  await expect(mps.correctProgressUpdate({ id: mpsGreen, reason: 'Again', rag: 'AMBER' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'WITHDRAWN' },
  });
  // A stale version.
  await expect(mps.correctProgressUpdate({ id: mine.id, expectedVersion: mine.version + 1, reason: 'Stale', rag: 'AMBER' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'VERSION_CONFLICT', currentVersion: mine.version },
  });
  // A bad reason (empty, blank, too long), and the values' own rule (COMPLETED is 100).
  for (const reason of ['', '   ', 'x'.repeat(2001)]) {
    const refused = await mps.withdrawProgressUpdate({ id: mine.id, reason }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BadInputError);
    expect(new Set((refused as BadInputError).fields.map((f) => f.path))).toEqual(new Set(['input.reason']));
  }
  await expect(mps.correctProgressUpdate({ id: mine.id, reason: 'Done', status: 'COMPLETED', percentComplete: 90 })).rejects.toMatchObject({
    constructor: BadInputError,
    extensions: { fields: [expect.objectContaining({ path: 'input.percentComplete' })] },
  });
  // An unknown update.
  await expect(admin.correctProgressUpdate({ id: missingId('ProgressUpdate'), reason: 'Gone', rag: 'RED' })).rejects.toMatchObject({
    constructor: NotFoundError,
  });
  await expect(admin.withdrawProgressUpdate({ id: missingId('ProgressUpdate'), reason: 'Gone' })).rejects.toMatchObject({ constructor: NotFoundError });
  expect(await series()).toBe(withMine);
  // An admin may withdraw any agency's update.
  await admin.withdrawProgressUpdate({ id: mine.id, reason: 'Coordinator: duplicate of the joint return' });
});

test('REST: POST /progress-updates/{id}/correct and /withdraw, with If-Match; problems for a second withdrawal and for another agency', async () => {
  const rest = restClient(server.origin, adminApi.key);
  const asReset = restClient(server.origin, resetApi.key);
  const { progressUpdate } = await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'RESET: via REST' });

  const corrected = await asReset('POST', `/progress-updates/${progressUpdate.id}/correct`, {
    json: { reason: 'Percent missing', percentComplete: 60 },
    headers: { 'if-match': `"v${progressUpdate.version}"` },
  });
  expect(corrected.status).toBe(200);
  expect(corrected.body).toMatchObject({
    state: 'CURRENT',
    percentComplete: 60,
    rag: 'AMBER',
    correctionOfId: progressUpdate.id,
    correctionReason: 'Percent missing',
  });
  const original = await rest('GET', `/progress-updates/${progressUpdate.id}`);
  expect(original.body).toMatchObject({ state: 'CORRECTED', percentComplete: null, correctedById: corrected.body.id });

  // The stale If-Match: 412.
  const stale = await asReset('POST', `/progress-updates/${progressUpdate.id}/withdraw`, {
    json: { reason: 'x' },
    headers: { 'if-match': `"v${progressUpdate.version}"` },
  });
  expect(expectProblem(stale, 412, 'CONFLICT').reason).toBe('VERSION_CONFLICT');

  const withdrawn = await rest('POST', `/progress-updates/${corrected.body.id as string}/withdraw`, { json: { reason: 'Entered twice' } });
  expect(withdrawn.status).toBe(200);
  expect(withdrawn.body).toMatchObject({ id: corrected.body.id, state: 'WITHDRAWN', withdrawnReason: 'Entered twice' });
  expect(
    expectProblem(await rest('POST', `/progress-updates/${corrected.body.id as string}/withdraw`, { json: { reason: 'Again' } }), 409, 'CONFLICT').reason,
  ).toBe('WITHDRAWN');
  const { progressUpdate: theirs } = await mps.recordProgress({
    actionId: shared.id,
    quarter: Q2,
    status: 'ON_TRACK',
    rag: 'GREEN',
    commentary: 'MPS: via REST',
  });
  expect(expectProblem(await asReset('POST', `/progress-updates/${theirs.id}/withdraw`, { json: { reason: 'Not ours' } }), 403, 'FORBIDDEN').reason).toBe(
    'SCOPE',
  );
});
