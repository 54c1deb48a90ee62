/**
 * planDiff and changes(round:) through the SDK (and REST) against a real server with the Tower
 * Hamlets 2024-25 plan: the coordinator runs 2024-25 Q1 (a few updates, every pillar signed off,
 * closed), then Q2 with a known set of changes (RESET and MPS on a shared action, a RAG and status
 * moved through progress, an action reworded, one added, one archived, a measure's new value, a
 * reprocurement's expiry moved); planDiff(Q1, Q2) lists exactly those; changes(round: Q2) holds
 * exactly the audit entries between the two closes, and an open round's runs to now (its planDiff
 * end is its draft); who may read each; REST's /rounds/{id}/diff and /changes?round=; planDiff
 * between the 2024-25 plan and its roll-over matches each action with the one it was carried
 * from. The tests share one server and run in order.
 */
import { BadInputError, NotFoundError, UnauthenticatedError, type CdpClient } from '@cdp/sdk';
import { connect, connectAs, connectAsAdmin } from '../support/api';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: CdpClient;
let reset: CdpClient;
let mps: CdpClient;
let adminKey: string;

type ActionNode = Awaited<ReturnType<CdpClient['actions']>>['nodes'][number];
type Snapshot = NonNullable<NonNullable<Awaited<ReturnType<CdpClient['roundSnapshot']>>>['snapshot']>;
type Diff = Awaited<ReturnType<CdpClient['planDiff']>>;

const Q1 = '2024-25 Q1';
const Q2 = '2024-25 Q2';
let pillarIds: string[];
/** shared: RESET's and MPS's; moved: its RAG and status move in Q2; quiet: rated in Q1 only; reworded, archived, completed. */
let shared: ActionNode, moved: ActionNode, quiet: ActionNode, reworded: ActionNode, archived: ActionNode, completed: ActionNode;
let added: { id: string; text: string };
let contract: { id: string; service: string; before: string; after: string };
let measureValue: { measureId: string; measureName: string };
let q1: { id: string; closedAt: string; snapshot: Snapshot };
let q2: { id: string; closedAt: string; snapshot: Snapshot };

const REWORDED = 'Review the referral pathway with every partner (reworded in Q2)';

const auth = () => ({ headers: { authorization: `Bearer ${adminKey}` } });
const signOffAll = async (roundId: string) => {
  for (const pillarId of pillarIds) await admin.signOffPillar({ roundId, pillarId });
};
const close = async (roundId: string) => {
  await signOffAll(roundId);
  const { reportingRound } = await admin.closeRound({ roundId });
  return { id: reportingRound.id, closedAt: reportingRound.closedAt!, snapshot: reportingRound.snapshot! };
};
const refOf = (snapshot: Snapshot, id: string) => {
  const a = snapshot.actions.find((x) => x.id === id)!;
  return { id, ref: a.ref, text: a.text };
};
const plus1ms = (iso: string) => new Date(Date.parse(iso) + 1).toISOString();
const sortBy = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

beforeAll(async () => {
  server = await startServer();
  const coordinator = connectAsAdmin(server);
  admin = coordinator.client;
  adminKey = coordinator.key!;
  reset = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }).client;
  mps = connectAs(server, { role: 'agency_editor', agency: 'MPS', name: 'MPS performance team' }).client;
  const plan = await admin.plan({ periodLabel: '2024-25' });
  pillarIds = (await admin.pillars({ filter: { planId: plan.id } })).nodes.map((p) => p.id);
  const actions: ActionNode[] = [];
  for await (const action of admin.paginate.actions({ filter: { planId: plan.id } })) actions.push(action);
  shared = actions.find((a) => ['RESET', 'MPS'].every((s) => a.agencies.some((x) => x.shortName === s)))!;
  expect(shared).toBeDefined();
  const others = actions.filter((a) => a.id !== shared.id && a.status !== 'COMPLETED' && a.status !== 'CANCELLED');
  [moved, quiet, reworded, archived, completed] = others.slice(3, 8);
  expect(completed).toBeDefined();
});
afterAll(() => server?.stop());

test('Q1: a round with a few updates, every pillar signed off, closed', async () => {
  await admin.openRound({ quarter: Q1, deadline: '2024-07-15' });
  await reset.recordProgress({ actionId: shared.id, quarter: Q1, status: 'ON_TRACK', rag: 'GREEN', commentary: 'RESET: Q1 on track' });
  await admin.recordProgress({ actionId: moved.id, quarter: Q1, status: 'ON_TRACK', rag: 'GREEN', commentary: 'Q1: on track' });
  await admin.recordProgress({ actionId: quiet.id, quarter: Q1, status: 'ON_TRACK', rag: 'AMBER', commentary: 'Q1: some delay' });
  q1 = await close('2024-25Q1');
  expect(q1.snapshot.actions.find((a) => a.id === shared.id)!.quarterRag).toBe('GREEN');
});

test('Q2: a known set of changes, then signed off and closed', async () => {
  await admin.openRound({ quarter: Q2, deadline: '2024-10-15' });
  await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'RESET: referrals slower' });
  await mps.recordProgress({ actionId: shared.id, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'MPS: on track' });
  await admin.recordProgress({ actionId: moved.id, quarter: Q2, status: 'OFF_TRACK', rag: 'RED', commentary: 'Q2: funding withdrawn' });
  const before = await admin.action(reworded.id);
  await admin.updateAction({ id: reworded.id, expectedVersion: before.version, text: REWORDED });
  const gone = await admin.action(archived.id);
  await admin.archiveAction({ id: archived.id, expectedVersion: gone.version });
  const { action } = await admin.createAction({ objectiveId: moved.objective.id, text: 'A new action for Q2' });
  added = { id: action.id, text: action.text };

  const measure = (await admin.outcomeMeasures({ first: 1 })).nodes[0];
  measureValue = { measureId: measure.id, measureName: measure.name };
  await admin.recordMeasureValue({
    measureId: measure.id,
    kind: 'OBSERVED',
    periodLabel: 'July to September 2024 (planDiff test)',
    periodStart: '2024-07-02',
    periodEnd: '2024-09-29',
    value: 42,
  });
  const r = (await admin.reprocurements({ first: 1 })).nodes[0];
  const after = r.expiryDate < '2030-01-01' ? '2030-06-30' : '2030-01-31';
  await admin.updateReprocurement({ id: r.id, expectedVersion: r.version, expiryDate: after });
  contract = { id: r.id, service: r.service, before: r.expiryDate, after };
  q2 = await close('2024-25Q2');
});

test('planDiff(2024-25Q1, 2024-25Q2) lists exactly the changes made', async () => {
  const diff = await admin.planDiff({ from: '2024-25Q1', to: '2024-25Q2' });
  const s1 = q1.snapshot;
  const s2 = q2.snapshot;
  expect(diff.from).toEqual({ plan: s1.plan.id, quarter: Q1, round: q1.id, takenAt: q1.closedAt });
  expect(diff.to).toEqual({ plan: s2.plan.id, quarter: Q2, round: q2.id, takenAt: q2.closedAt });
  expect(diff.actionsAdded).toEqual([refOf(s2, added.id)]);
  expect(diff.actionsRemoved).toEqual([refOf(s1, archived.id)]);
  expect(diff.actionsReworded).toEqual([{ action: refOf(s2, reworded.id), before: reworded.text, after: REWORDED }]);
  // In plan order (the later end's): compare as sets keyed by action.
  expect(sortBy(diff.ragMovements, (m) => m.action.id)).toEqual(
    sortBy(
      [
        { action: refOf(s2, shared.id), from: 'GREEN', to: 'AMBER' }, // the worst of RESET's AMBER and MPS's GREEN
        { action: refOf(s2, moved.id), from: 'GREEN', to: 'RED' },
      ],
      (m) => m.action.id,
    ),
  );
  expect(diff.notUpdated).toEqual([refOf(s2, quiet.id)]);
  // shared's status: its latest update's (MPS, ON_TRACK), as in Q1; moved's went ON_TRACK to OFF_TRACK.
  expect(diff.statusMovements).toEqual([{ action: refOf(s2, moved.id), from: 'ON_TRACK', to: 'OFF_TRACK' }]);
  expect(diff.contractsMoved).toEqual([
    { contractId: contract.id, service: contract.service, fields: [{ field: 'expiryDate', before: contract.before, after: contract.after }] },
  ]);
  expect(diff.contractsAdded).toEqual([]);
  expect(diff.contractsRemoved).toEqual([]);

  // New values: ours, and any of the seed whose period starts within Q2 (Q1's snapshot stops at June).
  const expected: Diff['newMeasureValues'] = [
    {
      ...measureValue,
      kind: 'OBSERVED',
      periodLabel: 'July to September 2024 (planDiff test)',
      periodStart: '2024-07-02',
      periodEnd: '2024-09-29',
      value: 42,
    },
  ];
  for (const m of s2.measures)
    for (const v of m.values)
      if (v.periodStart > '2024-06-30' && v.periodLabel !== 'July to September 2024 (planDiff test)')
        expected.push({
          measureId: m.id,
          measureName: m.name,
          kind: v.kind,
          periodLabel: v.periodLabel,
          periodStart: v.periodStart,
          periodEnd: v.periodEnd,
          value: v.value,
        });
  const key = (v: Diff['newMeasureValues'][number]) => `${v.measureId}|${v.kind}|${v.periodStart}|${v.periodLabel}`;
  expect(sortBy(diff.newMeasureValues, key)).toEqual(sortBy(expected, key));

  // The same diff by the rounds' IDs; a round against itself differs in nothing.
  expect(await admin.planDiff({ from: q1.id, to: q2.id })).toEqual(diff);
  const none = await admin.planDiff({ from: q2.id, to: '2024-25 Q2' });
  for (const list of [none.actionsAdded, none.actionsRemoved, none.ragMovements, none.statusMovements, none.newMeasureValues, none.contractsMoved])
    expect(list).toEqual([]);
});

test("changes(round:) holds exactly the audit entries from the previous close to the round's close; an open round's runs to now", async () => {
  const all = async (args: Parameters<CdpClient['changes']>[0]) => {
    const out = [];
    for await (const e of admin.paginate.changes(args)) out.push(e);
    return out;
  };
  const byRound = await all({ round: '2024-25Q2' });
  const byDates = await all({ since: plus1ms(q1.closedAt), until: plus1ms(q2.closedAt) });
  expect(byRound).toEqual(byDates);
  expect(byRound[0]).toMatchObject({ mutation: 'openRound', entityType: 'ReportingRound' });
  expect(byRound.at(-1)).toMatchObject({ mutation: 'closeRound', recordId: q2.id });
  expect(new Set(byRound.map((e) => e.mutation))).toEqual(
    new Set([
      'openRound',
      'recordProgress',
      'updateAction',
      'archiveAction',
      'createAction',
      'recordMeasureValue',
      'updateReprocurement',
      'signOffPillar',
      'closeRound',
    ]),
  );
  for (const e of byRound) expect(e.at > q1.closedAt && e.at <= q2.closedAt).toBe(true);
  // Q1 has no board before it: its window starts at its opening.
  const q1Changes = await all({ round: '2024-25Q1' });
  expect(q1Changes[0]).toMatchObject({ mutation: 'openRound' });
  expect(q1Changes.at(-1)).toMatchObject({ mutation: 'closeRound', recordId: q1.id });

  // An open round: from Q2's close to now, so a change made afterwards is in it.
  const { reportingRound: q3 } = await admin.openRound({ quarter: '2024-25 Q3', deadline: '2025-01-15' });
  const first = await all({ round: '2024-25Q3' });
  expect(first.map((e) => e.mutation)).toEqual(['openRound']);
  await admin.recordProgress({ actionId: moved.id, quarter: '2024-25 Q3', status: 'OFF_TRACK', rag: 'RED', commentary: 'Q3: still no funding' });
  const later = await all({ round: q3.id });
  expect(later[0]).toEqual(first[0]);
  expect(later.length).toBeGreaterThan(1);

  // An OPEN round's end is its draft, from live data: moved stays RED (no movement); shared has no Q3 update yet.
  const draft = await admin.planDiff({ from: '2024-25Q2', to: '2024-25Q3' });
  expect(draft.to).toMatchObject({ round: q3.id, quarter: '2024-25 Q3' });
  expect(draft.to.takenAt > q2.closedAt).toBe(true);
  expect(draft.ragMovements).toEqual([]);
  expect(draft.notUpdated).toEqual([refOf(q2.snapshot, shared.id)]);
  expect(draft.statusMovements).toEqual([]);
  expect(draft.actionsAdded.concat(draft.actionsRemoved)).toEqual([]);
  expect(later.slice(1).every((e) => e.mutation === 'recordProgress')).toBe(true);

  // With entityType, the round's window narrowed to one type.
  expect(await all({ round: '2024-25Q2', entityType: 'Action' })).toEqual(byRound.filter((e) => e.entityType === 'Action'));
});

test('REST: /rounds/{id}/diff?from= is planDiff; the changes collection takes round=', async () => {
  const diff = await admin.planDiff({ from: '2024-25Q1', to: '2024-25Q2' });
  const res = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/diff?from=2024-25Q1`, auth());
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual(diff);

  const changes = await fetch(`${server.origin}/api/v1/changes?round=2024-25Q2&first=100`, auth());
  expect(changes.status).toBe(200);
  const body = (await changes.json()) as { items: Array<{ id: string }>; totalCount: number };
  const ids = body.items.map((e) => e.id);
  expect(body.totalCount).toBe(ids.length);
  const expected: string[] = [];
  for await (const e of admin.paginate.changes({ round: '2024-25Q2' })) expected.push(e.id);
  expect(ids).toEqual(expected);

  for (const [url, status, argument] of [
    ['/api/v1/rounds/2024-25Q4/diff?from=2024-25Q1', 404, 'path.id'],
    ['/api/v1/rounds/2024-25Q2/diff?from=2024-25Q4', 404, 'query.from'],
    ['/api/v1/changes?round=2024-25Q4', 404, 'query.round'],
  ] as const) {
    const r = await fetch(`${server.origin}${url}`, auth());
    expect({ url, status: r.status }).toEqual({ url, status });
    expect(await r.json()).toMatchObject({ code: 'NOT_FOUND', argument });
  }
  const both = await fetch(`${server.origin}/api/v1/changes?round=2024-25Q2&since=2024-01-01T00:00:00Z`, auth());
  expect(both.status).toBe(400);
  expect(await both.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'query.round', rule: 'roundOrDates' })] });
  const noFrom = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/diff`, auth());
  expect(noFrom.status).toBe(400);
  expect(await noFrom.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'query.from', rule: 'required' })] });
  const wrongType = await fetch(`${server.origin}/api/v1/rounds/2024-25Q2/diff?from=${encodeURIComponent(shared.id)}`, auth());
  expect(wrongType.status).toBe(400);
  expect(await wrongType.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'query.from', rule: 'idType' })] });
});

test('refusals: an unknown round or plan is NOT_FOUND naming from or to; another type of ID is BAD_USER_INPUT; round with dates is refused', async () => {
  await expect(admin.planDiff({ from: '2024-25Q4', to: '2024-25Q2' })).rejects.toMatchObject({ constructor: NotFoundError, extensions: { argument: 'from' } });
  await expect(admin.planDiff({ from: '2024-25Q1', to: 'no such round' })).rejects.toMatchObject({
    constructor: NotFoundError,
    extensions: { argument: 'to' },
  });
  const missingPlan = Buffer.from('Plan:99999', 'utf8').toString('base64');
  await expect(admin.planDiff({ from: missingPlan, to: '2024-25Q2' })).rejects.toMatchObject({ constructor: NotFoundError, extensions: { argument: 'from' } });
  await expect(admin.planDiff({ from: '2024-25Q1', to: shared.id })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'to', rule: 'idType' })],
  });
  await expect(admin.changes({ round: '2024-25Q2', since: '2024-01-01T00:00:00Z' })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'round', rule: 'roundOrDates' })],
  });
  await expect(admin.changes({ round: '2024-25Q4' })).rejects.toMatchObject({ constructor: NotFoundError, extensions: { argument: 'round' } });

  // Who may read: planDiff as rounds are read (without a key too); changes(round:) as the change log, with a key.
  const anonymous = connect(server).client;
  expect(await anonymous.planDiff({ from: '2024-25Q1', to: '2024-25Q2' })).toEqual(await admin.planDiff({ from: '2024-25Q1', to: '2024-25Q2' }));
  await expect(anonymous.changes({ round: '2024-25Q2' })).rejects.toMatchObject({ constructor: UnauthenticatedError });
  const reader = connectAs(server, { role: 'reader', name: 'Intranet' }).client;
  expect((await reader.changes({ round: '2024-25Q2', first: 0 })).totalCount).toBeGreaterThan(0);
});

test('planDiff between the 2024-25 plan and its roll-over: each action matched with the one it was carried from', async () => {
  const c = await admin.action(completed.id);
  await admin.updateAction({ id: completed.id, expectedVersion: c.version, status: 'COMPLETED' });
  const old = await admin.plan({ periodLabel: '2024-25' });

  // A round against its plan read live (for the quarter of its latest closed round, Q2): only what changed since the close.
  const mixed = await admin.planDiff({ from: '2024-25Q2', to: old.id });
  expect(mixed.from).toEqual({ plan: old.id, quarter: Q2, round: q2.id, takenAt: q2.closedAt });
  expect(mixed.to).toMatchObject({ plan: old.id, quarter: Q2, round: null });
  expect(mixed.statusMovements).toEqual([{ action: refOf(q2.snapshot, completed.id), from: c.status, to: 'COMPLETED' }]);
  for (const list of [
    mixed.actionsAdded,
    mixed.actionsRemoved,
    mixed.actionsReworded,
    mixed.ragMovements,
    mixed.notUpdated,
    mixed.newMeasureValues,
    mixed.contractsMoved,
  ])
    expect(list).toEqual([]);
  const { plan: next } = await admin.rollOverPlan({ fromPlanId: old.id, periodLabel: '2025-26', periodStart: '2025-04-01', periodEnd: '2026-03-31' });

  const oldActions: ActionNode[] = [];
  for await (const a of admin.paginate.actions({ filter: { planId: old.id } })) oldActions.push(a);
  const newActions: ActionNode[] = [];
  for await (const a of admin.paginate.actions({ filter: { planId: next.id } })) newActions.push(a);
  const carried = new Map(newActions.map((a) => [a.carriedFrom!.id, a]));

  const diff = await admin.planDiff({ from: old.id, to: next.id });
  // The old plan read live for its latest closed round's quarter; the new one (no round) for the quarter holding today within its period.
  expect(diff.from).toMatchObject({ plan: old.id, quarter: Q2, round: null });
  const today = new Date().toISOString().slice(0, 10);
  expect(diff.to).toMatchObject({ plan: next.id, round: null, quarter: today > '2026-03-31' ? '2025-26 Q4' : expect.stringMatching(/^2025-26 Q[1-4]$/) });
  expect(diff.actionsAdded).toEqual([]);
  expect(diff.actionsReworded).toEqual([]);
  expect(sortBy(diff.actionsRemoved, (a) => a.id).map((a) => a.id)).toEqual(
    sortBy(
      oldActions.filter((a) => a.status === 'COMPLETED' || a.status === 'CANCELLED'),
      (a) => a.id,
    ).map((a) => a.id),
  );
  expect(diff.actionsRemoved.map((a) => a.id)).toContain(completed.id);
  // Statuses reset: every carried action that had one moves to NOT_STARTED, under its new ID.
  const expectedMoves = oldActions
    .filter((a) => carried.has(a.id) && a.status !== 'NOT_STARTED')
    .map((a) => ({ id: carried.get(a.id)!.id, from: a.status, to: 'NOT_STARTED' }));
  expect(
    sortBy(
      diff.statusMovements.map((m) => ({ id: m.action.id, from: m.from, to: m.to })),
      (m) => m.id,
    ),
  ).toEqual(sortBy(expectedMoves, (m) => m.id));
  expect(diff.statusMovements.some((m) => m.action.id === carried.get(moved.id)!.id && m.from === 'OFF_TRACK')).toBe(true);
  // Nothing is rated yet in the new plan: no movement; what was rated in Q2 (and carried) is not updated.
  expect(diff.ragMovements).toEqual([]);
  const ratedInQ2 = q2.snapshot.actions.filter((a) => a.quarterRag !== null && carried.has(a.id)).map((a) => carried.get(a.id)!.id);
  expect(
    sortBy(
      diff.notUpdated.map((a) => a.id),
      (id) => id,
    ),
  ).toEqual(sortBy(ratedInQ2, (id) => id));
});
