/**
 * Per-agency progress on shared actions, through the SDK against a real server with the Tower
 * Hamlets 2024-25 plan: each responsible agency posts its own RAG on an action and every update is
 * kept; the action's quarter RAG is the worst of its agencies' latest (RED < AMBER < GREEN) unless
 * a lead agency is set and has posted; progressReport counts each action by that roll-up and each
 * agency's row by the agency's own RAG. An agency's key posts for its own agency only; the agency
 * must be one of the action's. The tests share one server and run in order.
 */
import { BadInputError, type CdpClient } from '@cdp/sdk';
import { connectAs, connectAsAdmin } from '../support/api';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: CdpClient;
let reset: CdpClient;
let mps: CdpClient;

type ActionNode = Awaited<ReturnType<CdpClient['actions']>>['nodes'][number];
type Report = Awaited<ReturnType<CdpClient['progressReport']>>;

let shared: ActionNode;
let resetId: string;
let mpsId: string;
let before: Report;

const Q2 = '2024-25 Q2';
const agencyRow = (report: Report, id: string) => report.agencies.find((a) => a.agency.id === id)!.counts;

beforeAll(async () => {
  server = await startServer();
  admin = connectAsAdmin(server).client;
  reset = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }).client;
  mps = connectAs(server, { role: 'agency_editor', agency: 'MPS', name: 'MPS performance team' }).client;
  // The first action of the plan that RESET and MPS share (with others).
  for await (const action of admin.paginate.actions({ filter: { agency: 'RESET' } })) {
    if (action.agencies.some((a) => a.shortName === 'MPS')) {
      shared = action;
      break;
    }
  }
  resetId = shared.agencies.find((a) => a.shortName === 'RESET')!.id;
  mpsId = shared.agencies.find((a) => a.shortName === 'MPS')!.id;
  before = await admin.progressReport({ quarter: Q2 });
}, 60_000);
afterAll(() => server?.stop());

test('RESET posts AMBER, then MPS GREEN on a shared action: both are kept, the roll-up is the worst (AMBER), and each agency row counts its own RAG', async () => {
  expect(shared.agencies.length).toBeGreaterThan(2);
  const first = await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'RESET: referrals behind plan' });
  expect(first.progressUpdate.agency).toMatchObject({ id: resetId, shortName: 'RESET' });
  // Naming its own agency is the same as leaving it out.
  const second = await mps.recordProgress({ actionId: shared.id, agencyId: mpsId, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'MPS: on track' });
  expect(second.progressUpdate.agency).toMatchObject({ id: mpsId, shortName: 'MPS' });

  const action = (await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!;
  expect(action.leadAgency).toBeNull();
  expect(action.progress.filter((u) => u.quarterLabel === Q2).map((u) => [u.agency?.shortName, u.rag])).toEqual([
    ['RESET', 'AMBER'],
    ['MPS', 'GREEN'],
  ]);
  expect(action.quarterRag).toBe('AMBER');
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: '2024-25 Q3' }))!.quarterRag).toBeNull();

  const after = await admin.progressReport({ quarter: Q2 });
  // The action counts once overall, by its roll-up.
  expect(after.overall.amber).toBe(before.overall.amber + 1);
  expect(after.overall.green).toBe(before.overall.green);
  expect(after.overall.noUpdate).toBe(before.overall.noUpdate - 1);
  // RESET's row counts RESET's AMBER (not MPS's later GREEN); MPS's row counts GREEN.
  expect(agencyRow(after, resetId)).toMatchObject({ amber: agencyRow(before, resetId).amber + 1, green: agencyRow(before, resetId).green });
  expect(agencyRow(after, mpsId)).toMatchObject({ green: agencyRow(before, mpsId).green + 1, amber: agencyRow(before, mpsId).amber });
  // Another agency of the action, which has not posted, counts it as no update.
  const other = shared.agencies.find((a) => a.id !== resetId && a.id !== mpsId)!;
  expect(agencyRow(after, other.id).noUpdate).toBe(agencyRow(before, other.id).noUpdate);

  // A later RED from RESET replaces RESET's AMBER in the roll-up: the worst of the latest.
  await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'OFF_TRACK', rag: 'RED', commentary: 'RESET: provider withdrew' });
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.quarterRag).toBe('RED');
  await reset.recordProgress({ actionId: shared.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'RESET: new provider found' });
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.quarterRag).toBe('AMBER');
});

test("a lead agency's RAG stands once it has posted; until then the worst stands; only pillar leads and admins set it", async () => {
  const other = shared.agencies.find((a) => a.id !== resetId && a.id !== mpsId)!;
  let current: { version: number } = await admin.action(shared.id);
  // An agency's key may not set the lead agency.
  await expect(reset.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: resetId })).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'ROLE' },
  });
  // The lead must be one of the action's agencies.
  const outsider = (await admin.agencies({ first: 100 })).nodes.find((a) => !shared.agencies.some((s) => s.id === a.id))!;
  await expect(admin.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: outsider.id })).rejects.toMatchObject({
    constructor: BadInputError,
    extensions: { reason: 'AGENCY_NOT_RESPONSIBLE' },
  });

  // A lead that has not posted: the worst still stands.
  const lead = connectAs(server, { role: 'pillar_lead', name: 'Pillar lead', pillar: shared.pillar.id }).client;
  current = (await lead.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: other.id })).action;
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.leadAgency).toMatchObject({ id: other.id });
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.quarterRag).toBe('AMBER');

  // MPS as lead: its GREEN stands, in the roll-up and in the report's overall count.
  current = (await admin.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: mpsId })).action;
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!).toMatchObject({ leadAgency: { id: mpsId }, quarterRag: 'GREEN' });
  const report = await admin.progressReport({ quarter: Q2 });
  expect(report.overall).toMatchObject({ green: before.overall.green + 1, amber: before.overall.amber, noUpdate: before.overall.noUpdate - 1 });
  // RESET's row still counts RESET's own AMBER.
  expect(agencyRow(report, resetId).amber).toBe(agencyRow(before, resetId).amber + 1);

  // Cleared: the worst again.
  await admin.updateAction({ id: shared.id, expectedVersion: current.version, leadAgencyId: null });
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!).toMatchObject({ leadAgency: null, quarterRag: 'AMBER' });
});

test("an agency's key is refused posting for another agency (FORBIDDEN); an agency that is not the action's is BAD_USER_INPUT; nothing is written", async () => {
  const series = (await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.progress.length;
  await expect(
    reset.recordProgress({ actionId: shared.id, agencyId: mpsId, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'Posing as MPS' }),
  ).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'SCOPE' },
  });
  const outsider = (await admin.agencies({ first: 100 })).nodes.find((a) => !shared.agencies.some((s) => s.id === a.id))!;
  await expect(
    admin.recordProgress({ actionId: shared.id, agencyId: outsider.id, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'Not theirs' }),
  ).rejects.toMatchObject({
    constructor: BadInputError,
    extensions: { reason: 'AGENCY_NOT_RESPONSIBLE', fields: [expect.objectContaining({ path: 'input.agencyId' })] },
  });
  expect((await admin.actionQuarterRag({ id: shared.id, quarter: Q2 }))!.progress).toHaveLength(series);
});

test("an update without an agency (an admin's, or a seeded one) counts for the action as a whole: in the roll-up as one more RAG, and in the rows of agencies that have not posted", async () => {
  const action = (await admin.actions({ filter: { agency: 'RESET' }, first: 100 })).nodes.find(
    (a) => a.id !== shared.id && a.agencies.length > 1 && a.agencies.some((g) => g.shortName === 'RESET'),
  )!;
  const resetHere = action.agencies.find((a) => a.shortName === 'RESET')!.id;
  const otherHere = action.agencies.find((a) => a.shortName !== 'RESET')!.id;
  const start = await admin.progressReport({ quarter: Q2 });
  const whole = await admin.recordProgress({ actionId: action.id, quarter: Q2, status: 'AT_RISK', rag: 'AMBER', commentary: 'Coordinator: whole action' });
  expect(whole.progressUpdate.agency).toBeNull();
  await reset.recordProgress({ actionId: action.id, quarter: Q2, status: 'ON_TRACK', rag: 'GREEN', commentary: 'RESET: fine' });
  expect((await admin.actionQuarterRag({ id: action.id, quarter: Q2 }))!.quarterRag).toBe('AMBER');
  const report = await admin.progressReport({ quarter: Q2 });
  expect(agencyRow(report, resetHere).green).toBe(agencyRow(start, resetHere).green + 1);
  expect(agencyRow(report, otherHere).amber).toBe(agencyRow(start, otherHere).amber + 1);
  expect(report.overall.amber).toBe(start.overall.amber + 1);
});

test("an agency's key is refused rewording a shared objective or action (FORBIDDEN, WORDING); its other fields stay its own; the pillar lead rewords", async () => {
  const objective = await admin.objective(shared.objective.id);
  await expect(reset.updateObjective({ id: objective.id, expectedVersion: objective.version, text: 'RESET rewording' })).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'WORDING' },
  });
  await expect(reset.updateObjective({ id: objective.id, expectedVersion: objective.version, subPoints: ['RESET sub-point'] })).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'WORDING' },
  });
  let action: { id: string; version: number; text: string; target: string | null } = await admin.action(shared.id);
  await expect(reset.updateAction({ id: action.id, expectedVersion: action.version, text: 'RESET rewording' })).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'WORDING' },
  });
  expect(await admin.objective(objective.id)).toMatchObject({ text: objective.text, version: objective.version });
  expect(await admin.action(shared.id)).toMatchObject({ text: action.text, version: action.version });
  // The same text is no rewording; a target is not wording.
  action = (await reset.updateAction({ id: action.id, expectedVersion: action.version, text: action.text, target: 'RESET target' })).action;
  expect(action.target).toBe('RESET target');
  // The pillar lead rewords it.
  const lead = connectAs(server, { role: 'pillar_lead', name: 'Pillar lead 2', pillar: shared.pillar.id }).client;
  const reworded = await lead.updateObjective({ id: objective.id, expectedVersion: objective.version, text: `${objective.text} (reworded)` });
  expect(reworded.objective.text).toBe(`${objective.text} (reworded)`);
});
