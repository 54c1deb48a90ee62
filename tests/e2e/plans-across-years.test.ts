/**
 * Plans across years, through the SDK against a real server with the Tower Hamlets 2024-25 plan:
 * agreePlan, rollOverPlan to 2025-26 (the pillars, priorities and objectives, the open actions
 * only, each with carriedFrom, statuses reset, agencies kept, every record a CREATE of
 * rollOverPlan, the old plan untouched), quarters following the plan of the action, the agreed
 * plan's wording locked for a pillar lead and amended (audited as AMEND) by an admin, and the
 * source SUPERSEDED once its successor is agreed. The tests share one server and run in order.
 */
import { BadInputError, ConflictError, type CdpClient } from '@cdp/sdk';
import { connectAs, connectAsAdmin } from '../support/api';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: CdpClient;

type PlanTree = Awaited<ReturnType<CdpClient['plan']>>;
type ActionNode = PlanTree['pillars']['nodes'][number]['priorities']['nodes'][number]['objectives']['nodes'][number]['actions']['nodes'][number];

const objectivesOf = (plan: PlanTree) => plan.pillars.nodes.flatMap((p) => p.priorities.nodes.flatMap((pr) => pr.objectives.nodes));
const actionsOf = (plan: PlanTree): ActionNode[] => objectivesOf(plan).flatMap((o) => o.actions.nodes);

let old: PlanTree;
let next: PlanTree;
let open: ActionNode;
let rolledAt: string;

/** Every audit entry of `entityType` since the roll-over, page by page. */
async function allChanges(entityType: string) {
  const out: Awaited<ReturnType<CdpClient['changes']>>['nodes'] = [];
  let after: string | null | undefined;
  do {
    const page = await admin.changes({ since: rolledAt, entityType, first: 100, after });
    out.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return out;
}

beforeAll(async () => {
  server = await startServer();
  admin = connectAsAdmin(server).client;
}, 60_000);
afterAll(() => server?.stop());

test('the seeded 2024-25 plan is a DRAFT; agreePlan records who agreed it and when', async () => {
  const plan = await admin.plan({ periodLabel: '2024-25' });
  expect(plan).toMatchObject({ status: 'DRAFT', agreedOn: null, agreedBy: null, carriedFrom: null });
  const { plan: agreed } = await admin.agreePlan({ id: plan.id, expectedVersion: plan.version, agreedOn: '2024-03-21', agreedBy: 'CDP Board' });
  expect(agreed).toMatchObject({ status: 'AGREED', agreedOn: '2024-03-21', agreedBy: 'CDP Board', version: plan.version + 1 });
  await expect(admin.agreePlan({ id: plan.id, expectedVersion: agreed.version, agreedOn: '2024-03-22', agreedBy: 'CDP Board' })).rejects.toMatchObject({
    constructor: BadInputError,
    extensions: { reason: 'NOT_DRAFT' },
  });
  expect((await admin.plans({ filter: { status: 'AGREED' } })).nodes.map((p) => p.id)).toEqual([plan.id]);
});

test('rollOverPlan carries the pillars, priorities, objectives and only the open actions, each with carriedFrom, in one transaction', async () => {
  const before = await admin.plan({ periodLabel: '2024-25' });
  const actions = actionsOf(before);
  // One action completed, one cancelled, one with a progress update (it stays open).
  const [done, dropped, progressed] = actions;
  await admin.updateAction({ id: done.id, expectedVersion: done.version, status: 'COMPLETED' });
  await admin.updateAction({ id: dropped.id, expectedVersion: dropped.version, status: 'CANCELLED' });
  await admin.recordProgress({ actionId: progressed.id, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Under way' });
  old = await admin.plan({ id: before.id });

  rolledAt = new Date().toISOString();
  const { plan } = await admin.rollOverPlan({ fromPlanId: old.id, periodLabel: '2025-26', periodStart: '2025-04-01', periodEnd: '2026-03-31' });
  expect(plan).toMatchObject({
    kind: 'DELIVERY_PLAN',
    status: 'DRAFT',
    title: 'Annual Delivery Plan 2025-26',
    periodStart: '2025-04-01',
    periodEnd: '2026-03-31',
    carriedFrom: { id: old.id, status: 'AGREED' },
    strategy: { id: old.strategy!.id },
  });
  next = await admin.plan({ id: plan.id });

  // The same pillars, priorities and objectives, each pointing at its source.
  expect(next.pillars.nodes.map((p) => [p.number, p.name, p.carriedFrom?.id])).toEqual(old.pillars.nodes.map((p) => [p.number, p.name, p.id]));
  const priorities = (t: PlanTree) => t.pillars.nodes.flatMap((p) => p.priorities.nodes);
  expect(priorities(next).map((p) => [p.title, p.carriedFrom?.id])).toEqual(priorities(old).map((p) => [p.title, p.id]));
  expect(objectivesOf(next).map((o) => [o.text, o.carriedFrom?.id])).toEqual(objectivesOf(old).map((o) => [o.text, o.id]));

  // Only the open actions, reset, due at the new year's end, with their agencies.
  const openOld = actionsOf(old).filter((a) => !['COMPLETED', 'CANCELLED'].includes(a.status));
  expect(openOld.length).toBe(actionsOf(old).length - 2);
  const carried = actionsOf(next);
  expect(carried.map((a) => a.carriedFrom?.id)).toEqual(openOld.map((a) => a.id));
  expect(carried.map((a) => a.text)).toEqual(openOld.map((a) => a.text));
  for (const a of carried) expect(a).toMatchObject({ status: 'NOT_STARTED', dueDate: '2026-03-31', version: 1 });
  expect(carried.map((a) => a.carriedFrom?.id)).not.toContain(done.id);
  expect(carried.map((a) => a.carriedFrom?.id)).not.toContain(dropped.id);
  const agencyNames = (t: PlanTree) => objectivesOf(t).map((o) => o.agencies.map((a) => a.name));
  expect(agencyNames(next)).toEqual(agencyNames(old));
  open = carried.find((a) => a.carriedFrom?.id === progressed.id)!;
  expect(open).toBeDefined();
});

test('the old plan is untouched and keeps its history; every new record is a CREATE of rollOverPlan', async () => {
  expect(await admin.plan({ id: old.id })).toEqual(old);
  const history = await admin.history({ id: open.carriedFrom!.id });
  expect(history.nodes.every((e) => e.mutation !== 'rollOverPlan')).toBe(true);

  const counts = { Plan: 1, Pillar: next.pillars.nodes.length, Priority: 0, Objective: objectivesOf(next).length, Action: actionsOf(next).length };
  counts.Priority = next.pillars.nodes.reduce((n, p) => n + p.priorities.nodes.length, 0);
  for (const [entityType, count] of Object.entries(counts)) {
    const creates = (await allChanges(entityType)).filter((e) => e.operation === 'CREATE');
    expect({ entityType, creates: creates.length }).toEqual({ entityType, creates: count });
    for (const e of creates) expect(e).toMatchObject({ mutation: 'rollOverPlan' });
  }
  const carriedHistory = await admin.history({ id: open.id });
  expect(carriedHistory.nodes.map((e) => [e.operation, e.mutation])).toEqual([
    ['CREATE', 'rollOverPlan'],
    ...carriedHistory.nodes.slice(1).map(() => ['LINK', 'rollOverPlan']),
  ]);
  // The action's own progress stays with the 2024-25 action (the series is reached through carriedFrom).
  const oldAction = await admin.action(open.carriedFrom!.id);
  expect(oldAction.progress.map((u) => u.quarterLabel)).toEqual(['2024-25 Q1']);
  expect((await admin.action(open.id)).progress).toEqual([]);
});

test("outcome measures belong to the strategy: nothing is copied, the new pillars read the strategy's outcomes", async () => {
  const outcomes = await admin.nationalOutcomes();
  expect(outcomes.nodes.length).toBeGreaterThan(0);
  const oldPillar = await admin.pillar(old.pillars.nodes[0].id);
  const newPillar = await admin.pillar(next.pillars.nodes[0].id);
  expect(newPillar.nationalOutcomes).toEqual(oldPillar.nationalOutcomes);
  expect(newPillar.nationalOutcomes.length).toBeGreaterThan(0);
});

test('progress on a carried action follows its plan: 2025-26 Q1 is accepted, 2024-25 quarters are refused', async () => {
  const { progressUpdate } = await admin.recordProgress({
    actionId: open.id,
    quarter: '2025-26 Q1',
    status: 'ON_TRACK',
    rag: 'GREEN',
    commentary: 'Carried on',
  });
  expect(progressUpdate).toMatchObject({ quarterLabel: '2025-26 Q1', periodStart: '2025-04-01', periodEnd: '2025-06-30' });
  for (const quarter of ['2024-25 Q4', '2024-25 Q1', '2026-27 Q1']) {
    await expect(admin.recordProgress({ actionId: open.id, quarter, status: 'ON_TRACK', rag: 'GREEN', commentary: 'Wrong year' })).rejects.toMatchObject({
      constructor: BadInputError,
      fields: [expect.objectContaining({ path: 'input.quarter', rule: 'withinPlanPeriod' })],
    });
  }
  // And the other way round on the 2024-25 action.
  await expect(
    admin.recordProgress({ actionId: open.carriedFrom!.id, quarter: '2025-26 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Wrong year' }),
  ).rejects.toMatchObject({ constructor: BadInputError, fields: [expect.objectContaining({ path: 'input.quarter', rule: 'withinPlanPeriod' })] });
  // Without a plan, the quarter picks it: the delivery plan whose period holds the quarter.
  expect((await admin.progressReport({ quarter: '2025-26 Q1' })).plan.id).toBe(next.id);
  expect((await admin.progressReport({ quarter: '2024-25 Q1' })).plan.id).toBe(old.id);
  const report = await admin.progressReport({ quarter: '2025-26 Q1' });
  expect(report.overall.total).toBe(actionsOf(next).length);
  expect(report.overall.green).toBe(1);
  const missing = await admin.actionsWithoutProgress({ quarter: '2025-26 Q1', first: 1 });
  expect(missing.totalCount).toBe(actionsOf(next).length - 1);
  // A due date follows the new plan too.
  await expect(admin.updateAction({ id: open.id, expectedVersion: (await admin.action(open.id)).version, dueDate: '2025-03-31' })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'input.dueDate', rule: 'withinPlanPeriod' })],
  });
});

test('rollOverPlan refuses a period that is taken or not after the source, and a strategy as source', async () => {
  const auditBefore = (await admin.changes({ since: rolledAt, first: 1 })).totalCount;
  await expect(admin.rollOverPlan({ fromPlanId: old.id, periodLabel: '2025-26', periodStart: '2025-04-01', periodEnd: '2026-03-31' })).rejects.toMatchObject({
    constructor: BadInputError,
    extensions: { reason: 'PERIOD_TAKEN' },
  });
  await expect(admin.rollOverPlan({ fromPlanId: old.id, periodLabel: '2024-25b', periodStart: '2025-01-01', periodEnd: '2025-12-31' })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'input.periodStart', rule: 'afterSource' })],
  });
  await expect(
    admin.rollOverPlan({ fromPlanId: old.strategy!.id, periodLabel: '2030-31', periodStart: '2030-04-01', periodEnd: '2031-03-31' }),
  ).rejects.toMatchObject({ constructor: BadInputError, extensions: { reason: 'NOT_A_DELIVERY_PLAN' } });
  expect((await admin.plans({ filter: { kind: 'DELIVERY_PLAN' } })).totalCount).toBe(2);
  expect((await admin.changes({ since: rolledAt, first: 1 })).totalCount).toBe(auditBefore);
});

test('rollOverPlan with an idempotency key: the repeat returns the first plan and writes nothing', async () => {
  const input = { fromPlanId: next.id, periodLabel: '2026-27', periodStart: '2026-04-01', periodEnd: '2027-03-31', idempotencyKey: 'roll-2026-27' };
  const first = await admin.rollOverPlan(input);
  const audit = (await admin.changes({ since: rolledAt, first: 1 })).totalCount;
  const again = await admin.rollOverPlan(input);
  expect(again).toMatchObject({ replayed: true, plan: { id: first.plan.id, carriedFrom: { id: next.id } } });
  expect((await admin.changes({ since: rolledAt, first: 1 })).totalCount).toBe(audit);
  expect((await admin.plans({ filter: { kind: 'DELIVERY_PLAN' } })).totalCount).toBe(3);
});

test("an agreed plan's wording is locked for a pillar lead (CONFLICT, PLAN_AGREED); an admin's change is an AMEND; the source is SUPERSEDED", async () => {
  const pillar1 = next.pillars.nodes.find((p) => p.number === 1)!;
  const lead = connectAs(server, { role: 'pillar_lead', name: 'Supply subgroup lead', pillar: pillar1.id }).client;
  const action = await admin.action(pillar1.priorities.nodes[0].objectives.nodes[0].actions.nodes[0].id);

  // A lead's key for the 2024-25 pillar covers the pillar carried from it; a key for the new pillar does not reach back.
  const oldLead = connectAs(server, { role: 'pillar_lead', name: 'Supply subgroup lead 2024-25', pillar: pillar1.carriedFrom!.id }).client;
  const subgroup = await oldLead.updatePillar({ id: pillar1.id, expectedVersion: (await admin.pillar(pillar1.id)).version, subgroup: 'Supply subgroup' });
  expect(subgroup.pillar.subgroup).toBe('Supply subgroup');
  const oldPillar = await admin.pillar(pillar1.carriedFrom!.id);
  await expect(lead.updatePillar({ id: oldPillar.id, expectedVersion: oldPillar.version, lead: 'Someone' })).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'SCOPE' },
  });

  // While the plan is a DRAFT, the lead may reword.
  const { action: reworded } = await lead.updateAction({ id: action.id, expectedVersion: action.version, text: `${action.text} (draft wording)` });

  const plan = await admin.plan({ id: next.id });
  const { plan: agreed } = await admin.agreePlan({ id: plan.id, expectedVersion: plan.version, agreedOn: '2025-03-20', agreedBy: 'CDP Board' });
  expect(agreed).toMatchObject({ status: 'AGREED', agreedBy: 'CDP Board', carriedFrom: { id: old.id, status: 'SUPERSEDED' } });
  expect((await admin.plan({ id: old.id })).status).toBe('SUPERSEDED');

  const locked = lead.updateAction({ id: reworded.id, expectedVersion: reworded.version, text: 'Reworded after the board' });
  await expect(locked).rejects.toMatchObject({ constructor: ConflictError, code: 'CONFLICT', extensions: { reason: 'PLAN_AGREED', argument: 'input.text' } });
  await expect(lead.updatePillar({ id: pillar1.id, expectedVersion: (await admin.pillar(pillar1.id)).version, vision: 'A new vision' })).rejects.toMatchObject({
    code: 'CONFLICT',
    extensions: { reason: 'PLAN_AGREED' },
  });
  expect((await admin.action(reworded.id)).text).toBe(reworded.text);
  // The wording of priorities and objectives is locked the same way; their positions are not.
  const priority = await admin.priority(pillar1.priorities.nodes[0].id);
  await expect(lead.updatePriority({ id: priority.id, expectedVersion: priority.version, title: 'Retitled' })).rejects.toMatchObject({
    code: 'CONFLICT',
    extensions: { reason: 'PLAN_AGREED', argument: 'input.title' },
  });
  const objective = await admin.objective(pillar1.priorities.nodes[0].objectives.nodes[0].id);
  await expect(lead.updateObjective({ id: objective.id, expectedVersion: objective.version, subPoints: ['A new point'] })).rejects.toMatchObject({
    code: 'CONFLICT',
    extensions: { reason: 'PLAN_AGREED', argument: 'input.subPoints' },
  });
  await lead.updateObjective({ id: objective.id, expectedVersion: objective.version, position: objective.position + 1 });
  // An agency editor on an action its agency is responsible for is refused the same way.
  const shared = actionsOf(next).find((a) => a.agencies.some((g) => g.shortName === 'RESET'))!;
  const reset = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }).client;
  const current = await admin.action(shared.id);
  await expect(reset.updateAction({ id: current.id, expectedVersion: current.version, text: 'RESET rewording' })).rejects.toMatchObject({
    code: 'CONFLICT',
    extensions: { reason: 'PLAN_AGREED' },
  });
  expect((await admin.action(shared.id)).version).toBe(current.version);
  // What is not wording stays open to the lead.
  const { action: targeted } = await lead.updateAction({ id: reworded.id, expectedVersion: reworded.version, target: 'Twelve referrals a quarter' });

  const { action: amended } = await admin.updateAction({
    id: targeted.id,
    expectedVersion: targeted.version,
    text: 'Reworded by the coordinator after the board',
  });
  expect(amended.text).toBe('Reworded by the coordinator after the board');
  const history = await admin.history({ id: amended.id, first: 50 });
  const last = history.nodes[history.nodes.length - 1];
  expect(last).toMatchObject({
    operation: 'AMEND',
    mutation: 'updateAction',
    changes: [{ field: 'text', before: reworded.text, after: 'Reworded by the coordinator after the board' }],
  });
  expect(history.nodes[history.nodes.length - 2]).toMatchObject({ operation: 'UPDATE', changes: [{ field: 'target' }] });
});

test('national outcomes: added to the strategy (never a delivery plan), renamed, archived and restored, each audited', async () => {
  const strategyId = old.strategy!.id;
  const pillar = next.pillars.nodes[1];
  await expect(admin.createNationalOutcome({ planId: next.id, name: 'Not here' })).rejects.toMatchObject({
    constructor: BadInputError,
    fields: [expect.objectContaining({ path: 'input.planId', rule: 'strategy' })],
  });
  const { nationalOutcome: created } = await admin.createNationalOutcome({ planId: strategyId, pillarId: pillar.id, name: 'Reduce alcohol-related harm' });
  expect(created).toMatchObject({ name: 'Reduce alcohol-related harm', pillar: { id: pillar.id }, plan: { id: strategyId }, version: 1 });
  const { nationalOutcome: renamed } = await admin.updateNationalOutcome({ id: created.id, expectedVersion: 1, name: 'Reduce alcohol harm' });
  const { nationalOutcome: archived } = await admin.archiveNationalOutcome({ id: renamed.id, expectedVersion: renamed.version });
  expect(archived.archivedAt).not.toBeNull();
  expect((await admin.nationalOutcomes({ filter: { pillarId: pillar.id } })).nodes.map((o) => o.id)).not.toContain(created.id);
  const { nationalOutcome: restored } = await admin.restoreNationalOutcome({ id: archived.id, expectedVersion: archived.version });
  expect(restored.archivedAt).toBeNull();
  expect((await admin.history({ id: created.id })).nodes.map((e) => e.operation)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE']);
  // The new pillar lists it after the outcomes of the pillar it was carried from.
  const outcomes = (await admin.pillar(pillar.id)).nationalOutcomes.map((o) => o.id);
  const inherited = (await admin.pillar(pillar.carriedFrom!.id)).nationalOutcomes.map((o) => o.id);
  expect(outcomes).toEqual([...inherited, created.id]);
});
