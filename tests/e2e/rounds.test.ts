/**
 * Reporting rounds through the SDK against a real server with the Tower Hamlets 2024-25 plan: the
 * coordinator opens the 2024-25 Q2 round; agencies post in it (late: the deadline has passed by
 * the time the tests run), other quarters are refused once the plan uses rounds; pillar leads
 * sign off their own pillar only; the round closes only when every pillar is signed off, and then
 * holds its snapshot, which later changes (an action archived, a late correction) leave alone; the
 * late policy both ways, and its default from LATE_UPDATES; agencies' contacts and the round's
 * chase list (GraphQL, REST JSON and CSV), checked against the plan's data. The tests share one server and run in
 * order.
 */
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type CdpClient } from '@cdp/sdk';
import { parse } from 'csv-parse/sync';
import { connect, connectAs, connectAsAdmin } from '../support/api';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: CdpClient;
let reset: CdpClient;
let mps: CdpClient;
let lead1: CdpClient;
let adminKey: string;

type ActionNode = Awaited<ReturnType<CdpClient['actions']>>['nodes'][number];
type Round = NonNullable<Awaited<ReturnType<CdpClient['round']>>>;

const Q1 = '2024-25 Q1';
const Q2 = '2024-25 Q2';
const Q3 = '2024-25 Q3';
let shared: ActionNode;
let pillars: Array<{ id: string; number: number }>;
let round: Round;

const post = (client: CdpClient, actionId: string, quarter: string, rag: 'RED' | 'AMBER' | 'GREEN', commentary: string) =>
  client.recordProgress({ actionId, quarter, status: rag === 'GREEN' ? 'ON_TRACK' : 'AT_RISK', rag, commentary });

beforeAll(async () => {
  server = await startServer();
  const coordinator = connectAsAdmin(server);
  admin = coordinator.client;
  adminKey = coordinator.key!;
  reset = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }).client;
  mps = connectAs(server, { role: 'agency_editor', agency: 'MPS', name: 'MPS performance team' }).client;
  lead1 = connectAs(server, { role: 'pillar_lead', pillar: '1', name: 'Supply subgroup lead' }).client;
  for await (const action of admin.paginate.actions({ filter: { agency: 'RESET' } })) {
    if (action.agencies.some((a) => a.shortName === 'MPS')) {
      shared = action;
      break;
    }
  }
  expect(shared).toBeDefined();
  pillars = (await admin.pillars({ filter: { planId: (await admin.plan()).id } })).nodes.map((p) => ({ id: p.id, number: p.number }));
  expect(pillars.map((p) => p.number)).toEqual([1, 2, 3]);
});
afterAll(() => server?.stop());

test('a plan with no round takes progress for any of its quarters, as before (rounds are opt-in)', async () => {
  const { progressUpdate } = await post(reset, shared.id, Q1, 'GREEN', 'Before rounds');
  expect(progressUpdate).toMatchObject({ quarterLabel: Q1, round: null, late: null });
});

test('openRound: the coordinator opens 2024-25 Q2 with a deadline; one round per plan quarter; the deadline and quarter are checked', async () => {
  await expect(reset.openRound({ quarter: Q2, deadline: '2024-10-15' })).rejects.toMatchObject({ constructor: ForbiddenError });
  await expect(lead1.openRound({ quarter: Q2, deadline: '2024-10-15' })).rejects.toMatchObject({ constructor: ForbiddenError });
  await expect(admin.openRound({ quarter: Q2, deadline: '2024-06-30' })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'input.deadline', rule: 'deadlineOfQuarter' })],
  });
  await expect(admin.openRound({ quarter: Q2, deadline: '2025-01-01' })).rejects.toMatchObject({ constructor: BadInputError });
  await expect(admin.openRound({ quarter: '2025-26 Q1', deadline: '2025-07-15' })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'input.quarter', rule: 'withinPlanPeriod' })],
  });

  const opened = await admin.openRound({ quarter: Q2, deadline: '2024-10-15' });
  round = opened.reportingRound;
  expect(round).toMatchObject({
    key: '2024-25Q2',
    quarterLabel: Q2,
    financialYear: 2024,
    quarter: 2,
    status: 'OPEN',
    deadline: '2024-10-15',
    latePolicy: 'REFUSE',
    openedBy: expect.stringContaining('Test coordinator'),
    closedAt: null,
    signOffs: [],
  });
  expect(round.pillars.map((p) => p.signedOff)).toEqual([false, false, false]);
  await expect(admin.openRound({ quarter: Q2, deadline: '2024-10-20' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ROUND_EXISTS', roundId: round.id },
  });

  // By ID, by key, by key with a space; an unknown one is NOT_FOUND naming the argument.
  expect((await admin.round(round.id))!.id).toBe(round.id);
  expect((await admin.round('2024-25Q2'))!.id).toBe(round.id);
  expect((await admin.round('2024-25 Q2'))!.id).toBe(round.id);
  await expect(admin.round('2024-25Q4')).rejects.toMatchObject({ constructor: NotFoundError, extensions: { argument: 'ref' } });
  await expect(admin.round('no such round')).rejects.toMatchObject({ constructor: NotFoundError, extensions: { argument: 'ref' } });
  expect((await admin.rounds()).nodes.map((r) => r.key)).toEqual(['2024-25Q2']);
  const node = await admin.node(round.id);
  expect(node).toMatchObject({ __typename: 'ReportingRound', key: '2024-25Q2' });
});

test('posts in the open round are accepted, in the round; late after the deadline; a quarter with no round is refused', async () => {
  const first = await post(reset, shared.id, Q2, 'AMBER', 'RESET: referrals slower');
  const second = await post(mps, shared.id, Q2, 'GREEN', 'MPS: on track');
  for (const { progressUpdate } of [first, second]) {
    // The deadline (2024-10-15) has passed by the time the tests run: accepted, marked late.
    expect(progressUpdate).toMatchObject({ quarterLabel: Q2, round: { id: round.id, key: '2024-25Q2', status: 'OPEN' }, late: 'AFTER_DEADLINE' });
  }
  for (const quarter of [Q1, Q3]) {
    await expect(post(reset, shared.id, quarter, 'GREEN', 'No round')).rejects.toMatchObject({
      constructor: ConflictError,
      extensions: { reason: 'ROUND_NOT_OPEN', argument: 'input.quarter' },
    });
  }
});

test("agencies' contacts: set through updateAgency (admins), checked, shown on Agency", async () => {
  const agency = await admin.agency({ name: 'RESET' });
  await expect(reset.updateAgency({ id: agency.id, expectedVersion: agency.version, contactName: 'A. Keeper' })).rejects.toMatchObject({
    constructor: ForbiddenError,
  });
  await expect(
    admin.updateAgency({ id: agency.id, expectedVersion: agency.version, contactEmail: 'not an address', contactPhone: '12' }),
  ).rejects.toMatchObject({
    constructor: BadInputError,
    fields: expect.arrayContaining([
      expect.objectContaining({ path: 'input.contactEmail', rule: 'isEmail' }),
      expect.objectContaining({ path: 'input.contactPhone', rule: 'isUkPhone' }),
    ]),
  });
  const { agency: updated } = await admin.updateAgency({
    id: agency.id,
    expectedVersion: agency.version,
    contactName: 'Sam Reed',
    contactEmail: 'reset.team@example.org',
    contactPhone: '020 7364 5000',
  });
  expect(updated).toMatchObject({ contactName: 'Sam Reed', contactEmail: 'reset.team@example.org', contactPhone: '020 7364 5000' });
  expect(await admin.agency({ name: 'RESET' })).toMatchObject({ contactName: 'Sam Reed' });
});

test("the chase list: per agency, the plan's live actions with no update of its own for the quarter, its contact and the days to the deadline; as JSON and CSV over REST", async () => {
  // Expected from the plan itself: every (action, agency) pair but those that posted for Q2 (RESET and MPS on the shared action).
  const expected = new Map<string, string[]>();
  for await (const action of admin.paginate.actions({ filter: { planId: (await admin.plan({ periodLabel: '2024-25' })).id } })) {
    for (const agency of action.agencies) {
      if (action.id === shared.id && ['RESET', 'MPS'].includes(agency.shortName ?? '')) continue;
      expected.set(agency.id, [...(expected.get(agency.id) ?? []), action.id]);
    }
  }
  const list = await admin.chaseList('2024-25Q2');
  const today = new Date().toISOString().slice(0, 10);
  const days = Math.round((Date.parse('2024-10-15T00:00:00Z') - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  expect(list).toMatchObject({ round: { id: round.id }, quarter: Q2, deadline: '2024-10-15', daysToDeadline: days });
  expect(days).toBeLessThan(0);
  expect(new Map(list.agencies.map((a) => [a.agency.id, a.actions.map((x) => x.id)]))).toEqual(expected);
  const names = list.agencies.map((a) => a.agency.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  for (const a of list.agencies) expect(a.missing).toBe(a.actions.length);
  const resetRow = list.agencies.find((a) => a.agency.shortName === 'RESET')!;
  expect(resetRow).toMatchObject({ contactName: 'Sam Reed', contactEmail: 'reset.team@example.org', contactPhone: '020 7364 5000' });
  expect(resetRow.actions.some((a) => a.id === shared.id)).toBe(false);
  expect(list.agencies.find((a) => a.agency.shortName === 'MPS')!.actions.some((a) => a.id === shared.id)).toBe(false);

  // REST: the same list as JSON, and as CSV read back by csv-parse: a row per agency and action.
  const auth = { headers: { authorization: `Bearer ${adminKey}` } };
  const json = await fetch(`${server.origin}/api/v1/rounds/${encodeURIComponent(round.id)}/chase-list`, auth);
  expect(json.status).toBe(200);
  const rest = (await json.json()) as { quarter: string; daysToDeadline: number; agencies: Array<{ agency: { id: string }; actions: Array<{ id: string }> }> };
  expect(rest).toMatchObject({ quarter: Q2, deadline: '2024-10-15', daysToDeadline: days });
  expect(new Map(rest.agencies.map((a) => [a.agency.id, a.actions.map((x) => x.id)]))).toEqual(expected);
  const csv = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/chase-list.csv`, auth);
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-disposition')).toBe('attachment; filename="chase-list-2024-25Q2.csv"');
  const rows: Array<Record<string, string>> = parse(Buffer.from(await csv.arrayBuffer()), { columns: true, bom: true });
  expect(rows).toHaveLength([...expected.values()].reduce((n, ids) => n + ids.length, 0));
  expect(Number(csv.headers.get('x-total-count'))).toBe(rows.length);
  const fromCsv = new Map<string, string[]>();
  for (const row of rows) fromCsv.set(row['Agency API ID'], [...(fromCsv.get(row['Agency API ID']) ?? []), row['Action API ID']]);
  expect(fromCsv).toEqual(expected);
  const resetCsv = rows.find((row) => row['Short name'] === 'RESET')!;
  expect(resetCsv).toMatchObject({
    Contact: 'Sam Reed',
    Email: 'reset.team@example.org',
    Phone: '020 7364 5000',
    Quarter: Q2,
    Deadline: '2024-10-15',
    'Days to deadline': String(days),
  });
  expect(resetCsv.Ref).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

  // Contacts are for callers with a key: without one they are null (the list itself is public, as the plan is).
  const anonymous = connect(server).client;
  expect((await anonymous.chaseList('2024-25Q2')).agencies.find((a) => a.agency.shortName === 'RESET')).toMatchObject({
    contactName: null,
    contactEmail: null,
  });
  expect(await anonymous.agency({ name: 'RESET' })).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null });

  const missing = await fetch(`${server.origin}/api/v1/rounds/2024-25Q4/chase-list`);
  expect(missing.status).toBe(404);
  expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND', argument: 'path.id' });
});

test('the draft snapshot of an open round is the live progress report; the stored snapshot is null until close', async () => {
  const [{ snapshot, draftSnapshot }, report] = [(await admin.roundSnapshot('2024-25Q2'))!, await admin.progressReport({ quarter: Q2 })];
  expect(snapshot).toBeNull();
  expect(draftSnapshot).not.toBeNull();
  const { red, amber, green, noUpdate, total } = report.overall;
  expect(draftSnapshot!.overall).toEqual({ red, amber, green, noUpdate, total });
  expect(draftSnapshot!.round).toMatchObject({ id: round.id, closedAt: null });
  const action = draftSnapshot!.actions.find((a) => a.id === shared.id)!;
  expect(action.quarterRag).toBe('AMBER'); // the worst of RESET's AMBER and MPS's GREEN
  expect(action.updates.map((u) => u.rag).sort()).toEqual(['AMBER', 'GREEN']);
});

test('sign-offs: a pillar lead signs off its own pillar only; a pillar signed off takes no more updates; once each', async () => {
  const [p1, p2] = pillars;
  await expect(lead1.signOffPillar({ roundId: '2024-25Q2', pillarId: p2.id })).rejects.toMatchObject({
    constructor: ForbiddenError,
    extensions: { reason: 'SCOPE' },
  });
  await expect(reset.signOffPillar({ roundId: '2024-25Q2', pillarId: p1.id })).rejects.toMatchObject({ constructor: ForbiddenError });
  const { roundSignOff } = await lead1.signOffPillar({ roundId: '2024-25Q2', pillarId: p1.id, note: 'Supply: reviewed at the subgroup' });
  expect(roundSignOff).toMatchObject({ pillar: { id: p1.id }, note: 'Supply: reviewed at the subgroup', round: { id: round.id, status: 'OPEN' } });
  await expect(lead1.signOffPillar({ roundId: round.id, pillarId: p1.id })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'PILLAR_SIGNED_OFF' },
  });
  const { pillars: statuses, signOffs } = (await admin.round(round.id))!;
  expect(statuses.map((p) => p.signedOff)).toEqual([true, false, false]);
  expect(signOffs).toHaveLength(1);

  // An action of pillar 1 takes no more updates for the quarter.
  const inPillar1 = (await admin.actions({ filter: { pillarId: p1.id, agency: 'RESET' }, first: 1 })).nodes[0];
  await expect(post(reset, inPillar1.id, Q2, 'RED', 'After the sign-off')).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'PILLAR_SIGNED_OFF', pillarId: p1.id },
  });
});

let closedSnapshot: NonNullable<NonNullable<Awaited<ReturnType<CdpClient['roundSnapshot']>>>['snapshot']>;

test('closeRound is refused while a pillar is not signed off, naming them; then closes with its snapshot', async () => {
  const [, p2, p3] = pillars;
  await expect(admin.closeRound({ roundId: round.id })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'PILLARS_NOT_SIGNED_OFF', pillars: [p2.id, p3.id] },
  });
  await expect(lead1.closeRound({ roundId: round.id })).rejects.toMatchObject({ constructor: ForbiddenError });
  await admin.signOffPillar({ roundId: round.id, pillarId: p2.id });
  await admin.signOffPillar({ roundId: round.id, pillarId: p3.id });
  const before = await admin.progressReport({ quarter: Q2 });
  const stale = (await admin.round(round.id))!.version;
  const { reportingRound } = await admin.closeRound({ roundId: '2024-25 Q2', expectedVersion: stale });
  expect(reportingRound).toMatchObject({ status: 'CLOSED', closedBy: expect.stringContaining('Test coordinator') });
  expect(reportingRound.closedAt).not.toBeNull();
  const snapshot = reportingRound.snapshot!;
  const { red, amber, green, noUpdate, total } = before.overall;
  expect(snapshot.overall).toEqual({ red, amber, green, noUpdate, total });
  expect(snapshot.pillars.map((p) => p.counts.total)).toEqual(before.pillars.map((p) => p.counts.total));
  expect(snapshot.round).toMatchObject({ id: round.id, deadline: '2024-10-15', closedAt: reportingRound.closedAt });
  expect(snapshot.quarter).toEqual({ label: Q2, financialYear: 2024, quarter: 2, periodStart: '2024-07-01', periodEnd: '2024-09-30' });
  expect(snapshot.actions).toHaveLength(total);
  expect(
    snapshot.actions
      .find((a) => a.id === shared.id)!
      .updates.map((u) => u.commentary)
      .sort(),
  ).toEqual(['MPS: on track', 'RESET: referrals slower']);
  expect(snapshot.agencies.some((a) => a.shortName === 'RESET')).toBe(true);
  expect(snapshot.measures.length).toBeGreaterThan(0);
  for (const m of snapshot.measures) for (const v of m.values) expect(v.periodStart <= '2024-09-30').toBe(true);
  for (const a of snapshot.actions) if (a.dueDate !== null) expect(a.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(snapshot.contracts.map((c) => c.expiryDate)).toEqual([...snapshot.contracts.map((c) => c.expiryDate)].sort());
  await expect(admin.closeRound({ roundId: round.id })).rejects.toMatchObject({ constructor: ConflictError, extensions: { reason: 'ROUND_CLOSED' } });
  const read = (await admin.roundSnapshot(round.id))!;
  expect(read.draftSnapshot).toBeNull();
  expect(read.snapshot).toEqual(snapshot);
  closedSnapshot = snapshot;
});

test('after close: updates are refused (REFUSE); archiving an action changes the live report, never the snapshot', async () => {
  await expect(post(mps, shared.id, Q2, 'RED', 'Too late')).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ROUND_CLOSED', roundId: round.id },
  });
  // Correcting or withdrawing an update of the closed quarter is refused alike: the gate guards every progress write.
  const q2Update = (await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.progress.find(
    (u) => u.quarterLabel === Q2 && u.agency?.shortName === 'RESET',
  )!;
  await expect(reset.correctProgressUpdate({ id: q2Update.id, reason: 'Wrong RAG sent', rag: 'RED' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ROUND_CLOSED' },
  });
  await expect(reset.withdrawProgressUpdate({ id: q2Update.id, reason: 'Sent twice' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ROUND_CLOSED' },
  });
  expect((await admin.roundSnapshot(round.id))!.snapshot).toEqual(closedSnapshot);
  const before = await admin.progressReport({ quarter: Q2 });
  const action = await admin.action(shared.id);
  await admin.archiveAction({ id: shared.id, expectedVersion: action.version });
  const after = await admin.progressReport({ quarter: Q2 });
  expect(after.overall.total).toBe(before.overall.total - 1);
  const { snapshot } = (await admin.roundSnapshot(round.id))!;
  expect(snapshot).toEqual(closedSnapshot);
  expect(snapshot!.overall.total).toBe(before.overall.total);
  await admin.restoreAction({ id: shared.id, expectedVersion: action.version + 1 });
});

test('RECORD_LATE: an update after close is kept as a late correction (AFTER_CLOSE) and the snapshot stays as it was', async () => {
  const { reportingRound: q3 } = await admin.openRound({ quarter: Q3, deadline: '2025-01-15', latePolicy: 'RECORD_LATE' });
  expect(q3.latePolicy).toBe('RECORD_LATE');
  await post(reset, shared.id, Q3, 'GREEN', 'Q3 in time for the board');
  for (const p of pillars) await admin.signOffPillar({ roundId: q3.id, pillarId: p.id });
  // Closed over REST, the round named by its key in the URL; its snapshot read back over REST is GraphQL's.
  const closed = await fetch(`${server.origin}/api/v1/rounds/2024-25Q3/close`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(closed.status).toBe(200);
  expect(await closed.json()).toMatchObject({ id: q3.id, status: 'CLOSED', key: '2024-25Q3' });
  const { snapshot } = (await admin.roundSnapshot(q3.id))!;
  const overRest = await fetch(`${server.origin}/api/v1/rounds/2024-25Q3/snapshot`, { headers: { authorization: `Bearer ${adminKey}` } });
  expect(await overRest.json()).toEqual(snapshot);
  const { progressUpdate } = await post(mps, shared.id, Q3, 'RED', 'MPS: a correction after the board');
  expect(progressUpdate).toMatchObject({ late: 'AFTER_CLOSE', round: { id: q3.id, status: 'CLOSED' } });
  expect((await admin.roundSnapshot(q3.id))!.snapshot).toEqual(snapshot);
  expect(snapshot!.actions.find((a) => a.id === shared.id)!.quarterRag).toBe('GREEN');
  // A correction after close is a late correction too, in the closed round.
  const q3Reset = (await admin.actionQuarterRag({ id: shared.id, quarter: Q3 }))!.progress.find(
    (u) => u.quarterLabel === Q3 && u.agency?.shortName === 'RESET',
  )!;
  const { progressUpdate: corrected } = await reset.correctProgressUpdate({
    id: q3Reset.id,
    reason: 'Commentary sent for the wrong action',
    commentary: 'Q3: corrected',
  });
  expect(corrected).toMatchObject({ late: 'AFTER_CLOSE', round: { id: q3.id }, correctionOf: { id: q3Reset.id } });
  expect((await admin.roundSnapshot(q3.id))!.snapshot).toEqual(snapshot);
  // The live quarter RAG takes the correction.
  const live = (await admin.progressReport({ quarter: Q3 })).overall;
  expect(live.red).toBe(snapshot!.overall.red + 1);
  expect((await admin.rounds()).nodes.map((r) => r.key)).toEqual(['2024-25Q3', '2024-25Q2']);
});

test('LATE_UPDATES=record makes RECORD_LATE the default late policy of a new round', async () => {
  const other = await startServer({ env: { LATE_UPDATES: 'record' } });
  try {
    const coordinator = connectAsAdmin(other).client;
    const { reportingRound } = await coordinator.openRound({ quarter: Q2, deadline: '2024-10-15' });
    expect(reportingRound.latePolicy).toBe('RECORD_LATE');
  } finally {
    await other.stop();
  }
});
