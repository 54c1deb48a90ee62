/**
 * The coordinator's year, scripted through the SDK and the CLI against a real server with the
 * Tower Hamlets 2024-25 plan: keys made with the CLI; the 2024-25 Q1 round opened, posted, signed
 * off and closed (the first board); the Q2 round: RESET and MPS post different RAGs on an action
 * they share (both kept, the roll-up as documented: the worst, until a lead agency is set, whose
 * RAG stands), the chase list per agency, a rewording, a contract moved, pillar leads' sign-offs,
 * the close; an action archived afterwards leaves Q2's snapshot as the board saw it;
 * planDiff(Q1, Q2) lists exactly the changes made; changes(round:) is what changed since the last
 * board; the board pack from the CLI; the plan agreed and rolled over to 2025-26 with its open
 * actions only, and a 2025-26 Q1 update accepted. The tests share one server and run in order.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadInputError, ConflictError, ForbiddenError, type CdpClient } from '@cdp/sdk';
import { connectAs, connectAsAdmin } from '../support/api';
import { CLI_MAIN, startServer, type TestServer } from '../support/server';

jest.setTimeout(180_000);

let server: TestServer;
let admin: CdpClient;
let reset: CdpClient;
let mps: CdpClient;
const leads = new Map<number, CdpClient>();
let dir: string;

type ActionNode = Awaited<ReturnType<CdpClient['actions']>>['nodes'][number];
const Q1 = '2024-25 Q1';
const Q2 = '2024-25 Q2';
let planId: string;
const actions: ActionNode[] = [];
let shared: ActionNode;
/** One action per pillar (not the shared one), the first in plan order: each pillar gets an update. */
const perPillar = new Map<number, ActionNode>();
let reworded: ActionNode;
let completed: ActionNode;
let archived: ActionNode;
const q1Closed: { at?: string } = {};
const q2Closed: { at?: string } = {};

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_MAIN, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        DATABASE_URL: server.databaseUrl,
        ...(process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const signOffAll = async (round: string) => {
  const { pillars } = (await admin.round(round))!;
  for (const { pillar } of pillars)
    await leads.get(pillar.number)!.signOffPillar({ roundId: round, pillarId: pillar.id, note: `Pillar ${pillar.number} reviewed at subgroup` });
};

beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'cdp-year-'));
  // Every key is made as an operator does: `pnpm cli keys create` on the server's database (connectAs).
  admin = connectAsAdmin(server, 'CDP coordinator').client;
  reset = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }).client;
  mps = connectAs(server, { role: 'agency_editor', agency: 'MPS', name: 'MPS performance team' }).client;
  for (const n of [1, 2, 3]) leads.set(n, connectAs(server, { role: 'pillar_lead', pillar: String(n), name: `Pillar ${n} subgroup lead` }).client);
  planId = (await admin.plan({ periodLabel: '2024-25' })).id;
  for await (const action of admin.paginate.actions({ filter: { planId } })) actions.push(action);
  shared = actions.find((a) => ['RESET', 'MPS'].every((s) => a.agencies.some((g) => g.shortName === s)))!;
  expect(shared).toBeDefined();
  for (const a of actions) if (a.id !== shared.id && !perPillar.has(a.pillar.number)) perPillar.set(a.pillar.number, a);
  expect([...perPillar.keys()].sort()).toEqual([1, 2, 3]);
  const others = actions.filter((a) => a.id !== shared.id && ![...perPillar.values()].some((p) => p.id === a.id));
  [reworded, completed, archived] = [others[0], others[1], others[2]];
});
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('Q1: the first board. The coordinator opens the round; RESET posts; every pillar lead signs off; the round closes', async () => {
  await admin.openRound({ quarter: Q1, deadline: '2024-07-15' });
  await reset.recordProgress({ actionId: shared.id, quarter: Q1, status: 'ON_TRACK', rag: 'GREEN', commentary: 'Q1: referrals flowing' });
  await signOffAll('2024-25Q1');
  const { reportingRound } = await admin.closeRound({ roundId: '2024-25Q1' });
  expect(reportingRound).toMatchObject({ status: 'CLOSED', key: '2024-25Q1' });
  q1Closed.at = reportingRound.closedAt!;
});

test('Q2: RESET and MPS post different RAGs on the action they share; both are kept; the roll-up is the worst, then the lead agency’s', async () => {
  await admin.openRound({ quarter: Q2, deadline: '2024-10-15' });
  const a = await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'RESET: caseworker vacancy' });
  const b = await mps.recordProgress({ actionId: shared.id, quarter: Q2, status: 'OFF_TRACK', rag: 'RED', commentary: 'MPS: fewer referrals from custody' });
  expect(a.progressUpdate).toMatchObject({ agency: { shortName: 'RESET' }, rag: 'AMBER', round: { key: '2024-25Q2' } });
  expect(b.progressUpdate).toMatchObject({ agency: { shortName: 'MPS' }, rag: 'RED', round: { key: '2024-25Q2' } });

  let rag = (await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!;
  expect(rag.progress.filter((u) => u.quarterLabel === Q2).map((u) => [u.agency?.shortName, u.rag])).toEqual([
    ['RESET', 'AMBER'],
    ['MPS', 'RED'],
  ]);
  expect(rag.quarterRag).toBe('RED'); // no lead agency: the worst of the agencies' RAGs

  const current = await admin.action(shared.id);
  const resetId = current.agencies.find((g) => g.shortName === 'RESET')!.id;
  await admin.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: resetId });
  rag = (await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!;
  expect(rag.quarterRag).toBe('AMBER'); // the lead agency's RAG stands

  // An agency's key posts for its own agency only.
  await expect(
    reset.recordProgress({
      actionId: shared.id,
      agencyId: current.agencies.find((g) => g.shortName === 'MPS')!.id,
      quarter: Q2,
      status: 'ON_TRACK',
      rag: 'GREEN',
      commentary: 'x',
    }),
  ).rejects.toBeInstanceOf(ForbiddenError);
  // Other quarters are not open.
  await expect(reset.recordProgress({ actionId: shared.id, quarter: '2024-25 Q3', status: 'ON_TRACK', rag: 'GREEN', commentary: 'x' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'ROUND_NOT_OPEN' },
  });
});

test('Q2: an update per pillar, a completed action, a rewording and a contract moved (the changes planDiff must list)', async () => {
  const rags = { 1: 'RED', 2: 'AMBER', 3: 'GREEN' } as const;
  for (const [n, action] of perPillar)
    await leads.get(n)!.recordProgress({
      actionId: action.id,
      quarter: Q2,
      status: rags[n as 1 | 2 | 3] === 'GREEN' ? 'ON_TRACK' : 'AT_RISK',
      rag: rags[n as 1 | 2 | 3],
      commentary: `Pillar ${n} update`,
    });
  await admin.recordProgress({ actionId: completed.id, quarter: Q2, status: 'COMPLETED', rag: 'GREEN', percentComplete: 100, commentary: 'Delivered' });
  const before = await admin.action(reworded.id);
  await admin.updateAction({ id: reworded.id, expectedVersion: before.version, text: `${before.text} (reworded at the Q2 subgroup)` });
  const contract = (await admin.reprocurements({ first: 1 })).nodes[0];
  await admin.updateReprocurement({ id: contract.id, expectedVersion: contract.version, expiryDate: '2026-03-31' });
});

test('the chase list gives, per agency, exactly its actions with no update of its own for Q2', async () => {
  const list = await admin.chaseList('2024-25Q2');
  const expected = new Map<string, string[]>();
  for (const action of actions)
    for (const agency of action.agencies) {
      if (action.id === shared.id && ['RESET', 'MPS'].includes(agency.shortName ?? '')) continue;
      expected.set(agency.id, [...(expected.get(agency.id) ?? []), action.id]);
    }
  expect(new Map(list.agencies.map((a) => [a.agency.id, a.actions.map((x) => x.id)]))).toEqual(expected);
  expect(list.deadline).toBe('2024-10-15');
});

test('pillar leads sign off their own pillar only; the round closes once all have', async () => {
  const { pillars } = (await admin.round('2024-25Q2'))!;
  const p2 = pillars.find((p) => p.pillar.number === 2)!.pillar;
  await expect(leads.get(1)!.signOffPillar({ roundId: '2024-25Q2', pillarId: p2.id })).rejects.toBeInstanceOf(ForbiddenError);
  await leads.get(1)!.signOffPillar({ roundId: '2024-25Q2', pillarId: pillars.find((p) => p.pillar.number === 1)!.pillar.id });
  await expect(admin.closeRound({ roundId: '2024-25Q2' })).rejects.toMatchObject({
    constructor: ConflictError,
    extensions: { reason: 'PILLARS_NOT_SIGNED_OFF' },
  });
  for (const n of [2, 3]) await leads.get(n)!.signOffPillar({ roundId: '2024-25Q2', pillarId: pillars.find((p) => p.pillar.number === n)!.pillar.id });
  const { reportingRound } = await admin.closeRound({ roundId: '2024-25Q2' });
  q2Closed.at = reportingRound.closedAt!;
  expect(reportingRound.status).toBe('CLOSED');
});

test("archiving an action after the close leaves Q2's snapshot totals as the board saw them", async () => {
  const saw = (await admin.roundSnapshot('2024-25Q2'))!.snapshot!;
  const live = await admin.progressReport({ quarter: Q2 });
  expect(saw.overall).toEqual({
    red: live.overall.red,
    amber: live.overall.amber,
    green: live.overall.green,
    noUpdate: live.overall.noUpdate,
    total: live.overall.total,
  });
  expect(saw.overall).toMatchObject({ red: 1, amber: 2, green: 2, total: actions.length });

  const target = await admin.action(archived.id);
  await admin.archiveAction({ id: archived.id, expectedVersion: target.version });
  expect((await admin.progressReport({ quarter: Q2 })).overall.total).toBe(actions.length - 1);
  const after = (await admin.roundSnapshot('2024-25Q2'))!.snapshot!;
  expect(after).toEqual(saw);
  // A late update is refused: the round is closed (LATE_UPDATES defaults to refuse).
  await expect(reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'late' })).rejects.toMatchObject({
    extensions: { reason: 'ROUND_CLOSED' },
  });
});

test('planDiff(Q1, Q2) lists exactly the changes made between the two boards', async () => {
  const diff = await admin.planDiff({ from: '2024-25Q1', to: '2024-25Q2' });
  expect(diff.actionsAdded).toEqual([]);
  expect(diff.actionsRemoved).toEqual([]);
  expect(diff.actionsReworded.map((r) => [r.action.id, r.after.endsWith('(reworded at the Q2 subgroup)')])).toEqual([[reworded.id, true]]);
  expect(diff.ragMovements.map((m) => [m.action.id, m.from, m.to]).sort()).toEqual(
    [
      [shared.id, 'GREEN', 'AMBER'],
      [perPillar.get(1)!.id, null, 'RED'],
      [perPillar.get(2)!.id, null, 'AMBER'],
      [perPillar.get(3)!.id, null, 'GREEN'],
      [completed.id, null, 'GREEN'],
    ].sort(),
  );
  expect(diff.notUpdated).toEqual([]);
  const statusOf = new Map(actions.map((a) => [a.id, a.status]));
  expect(diff.statusMovements.map((m) => [m.action.id, m.from, m.to]).sort()).toEqual(
    [
      [shared.id, 'ON_TRACK', 'OFF_TRACK'], // MPS posted last: the action takes its status
      [perPillar.get(1)!.id, statusOf.get(perPillar.get(1)!.id), 'AT_RISK'],
      [perPillar.get(2)!.id, statusOf.get(perPillar.get(2)!.id), 'AT_RISK'],
      [perPillar.get(3)!.id, statusOf.get(perPillar.get(3)!.id), 'ON_TRACK'],
      [completed.id, statusOf.get(completed.id), 'COMPLETED'],
    ]
      .filter(([, from, to]) => from !== to)
      .sort(),
  );
  expect(diff.contractsMoved).toHaveLength(1);
  expect(diff.contractsMoved[0].fields).toEqual([expect.objectContaining({ field: 'expiryDate', after: '2026-03-31' })]);
  expect(diff.contractsAdded).toEqual([]);
  expect(diff.contractsRemoved).toEqual([]);
  // Measure values: those whose period starts within Q2 are new in Q2's snapshot, and only those.
  const inQ2: string[] = [];
  for await (const m of admin.paginate.outcomeMeasures({}))
    for (const v of m.values) if (v.periodStart > '2024-06-30' && v.periodStart <= '2024-09-30') inQ2.push(`${m.id}|${v.kind}|${v.periodStart}`);
  expect(diff.newMeasureValues.map((v) => `${v.measureId}|${v.kind}|${v.periodStart}`).sort()).toEqual(inQ2.sort());
});

test('changes(round: Q2) is what changed since the last board: between Q1’s close and Q2’s', async () => {
  const all = [];
  for await (const entry of admin.paginate.changes({ round: '2024-25Q2' })) all.push(entry);
  const window = [];
  for await (const entry of admin.paginate.changes({
    since: new Date(Date.parse(q1Closed.at!) + 1).toISOString(),
    until: new Date(Date.parse(q2Closed.at!) + 1).toISOString(),
  }))
    window.push(entry);
  expect(all.map((e) => e.id)).toEqual(window.map((e) => e.id));
  expect(all.some((e) => e.recordId === reworded.id)).toBe(true);
  expect(all.every((e) => e.at > q1Closed.at! && e.at <= q2Closed.at!)).toBe(true);
  expect(all.some((e) => e.recordId === archived.id)).toBe(false); // archived after the close
});

test('the board pack for Q2 from the CLI: a PDF of the closed round with its RED action; an unknown round fails with a message', async () => {
  const out = join(dir, 'board.pdf');
  const made = await cli(['report', '--round', '2024-25Q2', '--format', 'pdf', '--out', out]);
  expect({ status: made.status, stderr: made.stderr }).toMatchObject({ status: 0 });
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const snapshot = (await admin.roundSnapshot('2024-25Q2'))!.snapshot!;
  for (const action of snapshot.actions.filter((a) => a.quarterRag === 'RED')) expect(text).toContain(action.ref);
  expect(snapshot.actions.filter((a) => a.quarterRag === 'RED')).toHaveLength(1);
  expect(text).toContain('2024-25 Q2');
  expect(text).not.toContain('DRAFT');
  const unknown = await cli(['report', '--round', '2023-24Q1', '--format', 'pdf', '--out', join(dir, 'none.pdf')]);
  expect(unknown.status).not.toBe(0);
  expect(unknown.stderr).toMatch(/2023-24Q1/);
});

test('the plan is agreed and rolled over to 2025-26 with its open actions only; a 2025-26 Q1 update is accepted', async () => {
  const plan = await admin.plan({ periodLabel: '2024-25' });
  await admin.agreePlan({ id: plan.id, expectedVersion: plan.version, agreedOn: '2024-03-21', agreedBy: 'CDP Board' });
  const { plan: next } = await admin.rollOverPlan({ fromPlanId: plan.id, periodLabel: '2025-26', periodStart: '2025-04-01', periodEnd: '2026-03-31' });
  const carried: ActionNode[] = [];
  for await (const action of admin.paginate.actions({ filter: { planId: next.id } })) carried.push(action);
  const open = actions.filter((a) => a.id !== completed.id && a.id !== archived.id);
  expect(carried.map((a) => a.carriedFrom?.id).sort()).toEqual(open.map((a) => a.id).sort());
  expect(carried.every((a) => a.status === 'NOT_STARTED')).toBe(true);

  const sharedNext = carried.find((a) => a.carriedFrom?.id === shared.id)!;
  await admin.openRound({ quarter: '2025-26 Q1', planId: next.id, deadline: '2025-07-15' });
  const { progressUpdate } = await reset.recordProgress({
    actionId: sharedNext.id,
    quarter: '2025-26 Q1',
    status: 'ON_TRACK',
    rag: 'GREEN',
    commentary: 'New year, vacancy filled',
  });
  expect(progressUpdate).toMatchObject({ quarterLabel: '2025-26 Q1', round: { key: '2025-26Q1' }, agency: { shortName: 'RESET' } });
  await expect(reset.recordProgress({ actionId: sharedNext.id, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'x' })).rejects.toBeInstanceOf(
    BadInputError,
  );

  // planDiff between the two plans matches each carried action to the one it came from.
  const diff = await admin.planDiff({ from: '2024-25Q2', to: next.id });
  expect(diff.actionsRemoved.map((a) => a.id).sort()).toEqual([completed.id, archived.id].sort()); // finished, and archived after the board
  expect(diff.actionsAdded).toEqual([]);
});
