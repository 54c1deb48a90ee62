import type { CdpMutations } from '@cdp/sdk';
import { connect, type Api } from './api';
import { type Db, openDb, withDb } from './db';
import { bearer, createKey, gql, type GraphQLResponse, startServer, type TestServer } from './server';

/**
 * The access matrix, shared by the GraphQL and the REST tests (e2e/access-control.test.ts,
 * e2e/access-control-rest.test.ts): every role times every mutation, on records inside and
 * outside its scope; which role may do what, as the access rules state it (written here
 * independently of the server's table); the case of each mutation (how to build its input, set-up
 * done as admin); and the database look-ups that compare every row before and after a refusal.
 *
 * Scope: the pillar lead leads pillar 1; the agency editor is RESET. "Inside" records sit in
 * pillar 1 under an objective RESET is responsible for; "outside" ones in pillar 3 under an
 * objective RESET is not listed on.
 */
export type RoleName = 'anonymous' | 'reader' | 'agency_editor' | 'pillar_lead' | 'admin';
export const ROLES: RoleName[] = ['anonymous', 'reader', 'agency_editor', 'pillar_lead', 'admin'];

const CONTENT = new Set([
  'updateObjective',
  'updateAction',
  'recordProgress',
  'correctProgressUpdate',
  'withdrawProgressUpdate',
  'createRisk',
  'updateRisk',
  'archiveRisk',
  'restoreRisk',
]);
const STRUCTURE = new Set([
  'updatePillar',
  'signOffPillar',
  'updateNationalOutcome',
  'createPriority',
  'updatePriority',
  'archivePriority',
  'restorePriority',
  'createObjective',
  'archiveObjective',
  'restoreObjective',
  'createAction',
  'archiveAction',
  'restoreAction',
  'addObjectiveAgency',
  'removeObjectiveAgency',
  'addActionAgency',
  'removeActionAgency',
  'createOutcomeMeasure',
  'updateOutcomeMeasure',
  'archiveOutcomeMeasure',
  'restoreOutcomeMeasure',
  'recordMeasureValue',
]);

/**
 * Content mutations whose case below changes wording (an objective's sub-points) of a record that
 * several agencies share: wording is the pillar lead's and the admin's, so the agency editor is
 * refused them even inside its scope (reason WORDING). updateAction's case changes a target, which
 * stays the agency's to edit.
 */
const WORDING = new Set(['updateObjective']);

/** Whether `role` may run `mutation` on a record inside (or outside) its scope. */
export function allowed(role: RoleName, mutation: string, inside: boolean): boolean {
  if (role === 'admin') return true;
  if (role === 'pillar_lead') return inside && (STRUCTURE.has(mutation) || CONTENT.has(mutation));
  if (role === 'agency_editor') return inside && CONTENT.has(mutation) && !WORDING.has(mutation);
  return false;
}

/** The reason of a refusal (FORBIDDEN) of `mutation` to `role`: ROLE when the role may never, SCOPE when not on this record, WORDING for a shared record's wording. */
export function refusalReason(role: RoleName, mutation: string, inside: boolean): 'ROLE' | 'SCOPE' | 'WORDING' {
  if (role === 'agency_editor' && WORDING.has(mutation)) return inside ? 'WORDING' : 'SCOPE';
  return allowed(role, mutation, true) ? 'SCOPE' : 'ROLE';
}

export interface Scope {
  pillarId: string;
  priorityId: string;
  objectiveId: string;
  actionId: string;
  outcomeId: string;
  measureId: string;
}

export type MutationName = keyof CdpMutations;
export type InputFor<M extends MutationName> = Parameters<CdpMutations[M]>[0];
export type Cases = { [M in MutationName]: (s: Scope) => Promise<InputFor<M>> };

/** Calls the SDK's method for mutation `name` (the one place a method is picked by name). */
export function call<M extends MutationName>(client: CdpMutations, name: M, input: InputFor<M>): Promise<unknown> {
  return (client[name] as (input: InputFor<M>) => Promise<unknown>)(input);
}

export const VERSIONED = [
  'Plan',
  'Pillar',
  'NationalOutcome',
  'Priority',
  'Objective',
  'Action',
  'Agency',
  'OutcomeMeasure',
  'Reprocurement',
  'HelpService',
  'Risk',
] as const;

export interface Matrix {
  server: TestServer;
  /** Stops the server and closes the matrix's connection to its database. */
  stop(): Promise<void>;
  /** Each role's headers (none for anonymous) and connection (the SDK and typed requests with its key). */
  headers: Record<RoleName, Record<string, string>>;
  apis: Record<RoleName, Api>;
  /** Every key made, to check none is stored or shown in plain text. */
  secrets: string[];
  inside: Scope;
  outside: Scope;
  /** The version of a record, read as admin. */
  versionOf(id: string): Promise<number>;
  /** A raw GraphQL request as `role`: for documents built at run time (aliases, introspection) and raw statuses. */
  as(role: RoleName, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** Every row of every table (the data revision included) but the denial records (the audit log, the refusal counts) and the keys' last-use times. */
  snapshot(): Promise<string>;
  lastAuditId(): Promise<number>;
  auditRowsAfter(id: number): Promise<Array<{ operation: string; mutation: string }>>;
  /** `changes` is the audit entry's JSON text on both engines. */
  deniedEntriesAfter(id: number): Promise<Array<{ mutation: string; actorKind: string; changes: string }>>;
  /** The refusal counts (denial_count), summed per operation, key prefix and reason. */
  denialCounts(): Promise<Array<{ operation: string; actorKind: string; keyPrefix: string; reason: string; count: number }>>;
}

/** Waits for the counts kept in memory to be written (at most every 5 s). */
export async function untilCounted<T>(look: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await look();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Every row of every table of `db` (the data revision included) but the denial records (the audit log, the refusal counts) and the keys' last-use times, as one string to compare. */
async function snapshotIn(db: Db): Promise<string> {
  const tables = (await db.tables()).filter((t) => !['audit_entry', 'denial_count'].includes(t));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const key = (await db.primaryKey(t)).map((c) => `"${c}"`).join(', ');
    const rows = await db.all(`SELECT * FROM "${t}" ORDER BY ${key}`);
    out[t] = t === 'api_key' ? rows.map(({ lastUsedAt: _ignored, ...rest }) => rest) : rows;
  }
  return JSON.stringify(out);
}

/** snapshotIn, on a connection of its own to a server's database (DATABASE_URL). */
export function snapshotOf(databaseUrl: string): Promise<string> {
  return withDb(databaseUrl, snapshotIn);
}

/** The running matrix's admin connection, for the cases' set-up (one matrix per test file). */
let current: { admin: Api } | undefined;
const admin = () => {
  if (!current) throw new Error('startMatrix() first');
  return current.admin.client;
};

let counter = 0;
const unique = (what: string) => `${what} ${++counter}`;
export async function versionOf(id: string): Promise<number> {
  const node = await admin().node(id);
  if (!(VERSIONED as readonly string[]).includes(node.__typename) || !('version' in node))
    throw new Error(`${id} is a ${node.__typename}, which has no version`);
  return node.version as number;
}
const versioned = async (id: string) => ({ id, expectedVersion: await versionOf(id) });
/** A period no plan has: a year of its own far ahead, per call. */
const period = () => {
  const year = 2100 + ++counter;
  return { periodLabel: `${year}-${(year + 1) % 100}`, periodStart: `${year}-04-01`, periodEnd: `${year + 1}-03-31` };
};
let strategyId: Promise<string> | undefined;
/** The strategy's ID (the national outcomes belong to it). */
const strategy = () =>
  (strategyId ??= admin()
    .plans({ filter: { kind: 'STRATEGY' } })
    .then((plans) => plans.nodes[0].id));
const fresh = {
  /** A national outcome of the strategy under the scope's pillar. */
  outcome: async (s: Scope) =>
    (await admin().createNationalOutcome({ planId: await strategy(), pillarId: s.pillarId, name: unique('Outcome') })).nationalOutcome.id,
  /** An empty DRAFT delivery plan. */
  plan: async () => (await admin().createPlan({ kind: 'DELIVERY_PLAN', title: unique('Plan'), ...period() })).plan.id,
  pillar: async () => (await admin().createPillar({ planId: await fresh.plan(), number: 1, name: unique('Pillar') })).pillar.id,
  priority: async (s: Scope) => (await admin().createPriority({ pillarId: s.pillarId, title: unique('Priority') })).priority.id,
  objective: async (s: Scope) => (await admin().createObjective({ priorityId: s.priorityId, text: unique('Objective') })).objective.id,
  action: async (s: Scope) => (await admin().createAction({ objectiveId: s.objectiveId, text: unique('Action') })).action.id,
  measure: async (s: Scope) =>
    (await admin().createOutcomeMeasure({ outcomeId: s.outcomeId, name: unique('Measure'), unit: 'COUNT', direction: 'HIGHER_IS_BETTER' })).outcomeMeasure.id,
  agency: async () => {
    const { agency } = await admin().createAgency({ name: unique('Agency'), kind: 'ORGANISATION' });
    return { id: agency.id, name: agency.name };
  },
  reprocurement: async (s: Scope) =>
    (await admin().createReprocurement({ objectiveId: s.objectiveId, service: unique('Service'), expiryDate: '2025-01-31' })).reprocurement.id,
  risk: async (s: Scope) => (await admin().createRisk({ actionId: s.actionId, description: unique('Risk'), likelihood: 3, impact: 2 })).risk.id,
  /**
   * A progress update on the scope's action, as admin: for RESET (the agency editor's agency) when
   * RESET is one of the action's agencies (inside), else on the action as a whole (outside), so the
   * agency editor may correct or withdraw the inside one, which is its own agency's.
   */
  progressUpdate: async (s: Scope) => {
    const reset = (await admin().action(s.actionId)).agencies.find((a) => a.shortName === 'RESET');
    const { progressUpdate } = await admin().recordProgress({
      actionId: s.actionId,
      agencyId: reset?.id ?? null,
      quarter: '2024-25 Q1',
      status: 'ON_TRACK',
      rag: 'GREEN',
      commentary: unique('Progress to correct'),
    });
    return progressUpdate.id;
  },
  /**
   * An OPEN round of a quarter of its own on the rounds plan (the seeded plan rolled over to a long
   * period of its own, so its pillars are carried from the seeded ones: pillar 1's lead leads its
   * pillar 1), and the rounds plan's pillar numbered as the scope's. The seeded plan has no round,
   * so the other cases' progress is not gated.
   */
  round: async (s: Scope) => {
    const { plan, pillars } = await roundsPlan();
    const at = 6000 + ++roundQuarters;
    const { reportingRound } = await admin().openRound({
      planId: plan,
      quarter: `${at}-${String((at + 1) % 100).padStart(2, '0')} Q1`,
      deadline: `${at}-06-30`,
    });
    const number = (await admin().node(s.pillarId)) as { number?: number };
    return { roundId: reportingRound.id, pillarId: pillars.get(number.number!)! };
  },
  helpService: async () => (await admin().createHelpService({ name: unique('Help'), description: 'A service' })).helpService.id,
  apiKey: async () => (await admin().createApiKey({ name: unique('Key'), role: 'READER' })).apiKey.id,
};
let roundQuarters = 0;
let roundsPlanOnce: Promise<{ plan: string; pillars: Map<number, string> }> | undefined;
/** The seeded plan rolled over once to 6000-6100 (far past the periods the other cases make; a round per call, on a year's Q1 of its own), with its pillars by number. */
const roundsPlan = () =>
  (roundsPlanOnce ??= (async () => {
    const seeded = await admin().plan({ periodLabel: '2024-25' });
    const { plan } = await admin().rollOverPlan({ fromPlanId: seeded.id, periodLabel: '6000-6100', periodStart: '6000-04-01', periodEnd: '6100-03-31' });
    const pillars = await admin().pillars({ filter: { planId: plan.id } });
    return { plan: plan.id, pillars: new Map(pillars.nodes.map((p) => [p.number, p.id])) };
  })());
async function archived(kind: Exclude<(typeof VERSIONED)[number], 'Plan'>, id: string): Promise<string> {
  await call(admin(), `archive${kind}`, await versioned(id));
  return id;
}
async function linkedAgency(kind: 'Objective' | 'Action', id: string): Promise<string> {
  const agency = await fresh.agency();
  if (kind === 'Objective') await admin().addObjectiveAgency({ objectiveId: id, agency: agency.name });
  else await admin().addActionAgency({ actionId: id, agency: agency.name });
  return agency.id;
}

/**
 * Each mutation: how to build an input on a record inside or outside the scope (set-up done as
 * admin). Keyed by the SDK's mutation methods, so the compiler checks each input and that every
 * method has a case; each test file checks the schema has no mutation more.
 */
export const CASES: Cases = {
  createPlan: async () => ({ kind: 'DELIVERY_PLAN', title: unique('New plan'), ...period() }),
  updatePlan: async () => ({ ...(await versioned(await fresh.plan())), summary: unique('Summary') }),
  agreePlan: async () => ({ ...(await versioned(await fresh.plan())), agreedOn: '2025-03-20', agreedBy: 'CDP Board' }),
  rollOverPlan: async () => {
    const fromPlanId = await fresh.plan();
    const { periodLabel, periodStart, periodEnd } = period();
    return { fromPlanId, periodLabel, periodStart, periodEnd };
  },
  createNationalOutcome: async (s) => ({ planId: await strategy(), pillarId: s.pillarId, name: unique('New outcome') }),
  updateNationalOutcome: async (s) => ({ ...(await versioned(await fresh.outcome(s))), name: unique('Renamed outcome') }),
  archiveNationalOutcome: async (s) => versioned(await fresh.outcome(s)),
  restoreNationalOutcome: async (s) => versioned(await archived('NationalOutcome', await fresh.outcome(s))),
  createPillar: async () => ({ planId: await fresh.plan(), number: 1, name: unique('New pillar') }),
  updatePillar: async (s) => ({ ...(await versioned(s.pillarId)), subgroup: unique('Subgroup') }),
  archivePillar: async () => versioned(await fresh.pillar()),
  restorePillar: async () => versioned(await archived('Pillar', await fresh.pillar())),
  createPriority: async (s) => ({ pillarId: s.pillarId, title: unique('New priority') }),
  updatePriority: async (s) => ({ ...(await versioned(s.priorityId)), strategyName: unique('Renamed') }),
  archivePriority: async (s) => versioned(await fresh.priority(s)),
  restorePriority: async (s) => versioned(await archived('Priority', await fresh.priority(s))),
  createObjective: async (s) => ({ priorityId: s.priorityId, text: unique('New objective') }),
  updateObjective: async (s) => ({ ...(await versioned(s.objectiveId)), subPoints: [unique('Sub-point')] }),
  archiveObjective: async (s) => versioned(await fresh.objective(s)),
  restoreObjective: async (s) => versioned(await archived('Objective', await fresh.objective(s))),
  createAction: async (s) => ({ objectiveId: s.objectiveId, text: unique('New action') }),
  updateAction: async (s) => ({ ...(await versioned(s.actionId)), target: unique('Target') }),
  archiveAction: async (s) => versioned(await fresh.action(s)),
  restoreAction: async (s) => versioned(await archived('Action', await fresh.action(s))),
  recordProgress: async (s) => ({ actionId: s.actionId, quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: unique('Progress') }),
  correctProgressUpdate: async (s) => ({ id: await fresh.progressUpdate(s), reason: unique('Corrected'), rag: 'AMBER' }),
  withdrawProgressUpdate: async (s) => ({ id: await fresh.progressUpdate(s), reason: unique('Withdrawn') }),
  addObjectiveAgency: async (s) => ({ objectiveId: s.objectiveId, agency: (await fresh.agency()).name }),
  removeObjectiveAgency: async (s) => ({ objectiveId: s.objectiveId, agencyId: await linkedAgency('Objective', s.objectiveId) }),
  addActionAgency: async (s) => ({ actionId: s.actionId, agency: (await fresh.agency()).name }),
  removeActionAgency: async (s) => ({ actionId: s.actionId, agencyId: await linkedAgency('Action', s.actionId) }),
  createOutcomeMeasure: async (s) => ({ outcomeId: s.outcomeId, name: unique('New measure'), unit: 'COUNT', direction: 'LOWER_IS_BETTER' }),
  updateOutcomeMeasure: async (s) => ({ ...(await versioned(await fresh.measure(s))), name: unique('Renamed measure') }),
  archiveOutcomeMeasure: async (s) => versioned(await fresh.measure(s)),
  restoreOutcomeMeasure: async (s) => versioned(await archived('OutcomeMeasure', await fresh.measure(s))),
  recordMeasureValue: async (s) => ({
    measureId: s.measureId,
    kind: 'OBSERVED',
    periodLabel: unique('Period'),
    periodStart: `${2000 + counter}-04-01`,
    periodEnd: `${2001 + counter}-03-31`,
    value: 1,
  }),
  createAgency: async () => ({ name: unique('New agency'), kind: 'ORGANISATION' }),
  updateAgency: async () => ({ ...(await versioned((await fresh.agency()).id)), description: 'Changed' }),
  archiveAgency: async () => versioned((await fresh.agency()).id),
  restoreAgency: async () => versioned(await archived('Agency', (await fresh.agency()).id)),
  mergeAgencies: async () => {
    const [source, target] = [await fresh.agency(), await fresh.agency()];
    return { sourceId: source.id, targetId: target.id, expectedSourceVersion: await versionOf(source.id), expectedTargetVersion: await versionOf(target.id) };
  },
  createReprocurement: async (s) => ({ objectiveId: s.objectiveId, service: unique('Contract'), expiryDate: '2025-02-28' }),
  updateReprocurement: async (s) => ({ ...(await versioned(await fresh.reprocurement(s))), supplier: unique('Supplier') }),
  setReprocurementStatus: async (s) => ({ ...(await versioned(await fresh.reprocurement(s))), status: 'IN_PROGRESS' }),
  archiveReprocurement: async (s) => versioned(await fresh.reprocurement(s)),
  restoreReprocurement: async (s) => versioned(await archived('Reprocurement', await fresh.reprocurement(s))),
  createRisk: async (s) => ({ actionId: s.actionId, description: unique('New risk'), likelihood: 2, impact: 4, ownerAgency: 'RESET' }),
  updateRisk: async (s) => ({ ...(await versioned(await fresh.risk(s))), likelihood: 5, mitigation: unique('Mitigation') }),
  archiveRisk: async (s) => versioned(await fresh.risk(s)),
  restoreRisk: async (s) => versioned(await archived('Risk', await fresh.risk(s))),
  openRound: async () => {
    const planId = await fresh.plan();
    const { periodStart } = (await admin().node(planId)) as { periodStart: string };
    const year = Number(periodStart.slice(0, 4));
    return { planId, quarter: `${year}-${String((year + 1) % 100).padStart(2, '0')} Q1`, deadline: `${year}-07-15` };
  },
  signOffPillar: async (s) => ({ ...(await fresh.round(s)), note: unique('Signed off') }),
  closeRound: async () => {
    // A plan with no pillars: nothing to sign off, so the round may close at once.
    const planId = await fresh.plan();
    const { periodStart } = (await admin().node(planId)) as { periodStart: string };
    const year = Number(periodStart.slice(0, 4));
    const { reportingRound } = await admin().openRound({
      planId,
      quarter: `${year}-${String((year + 1) % 100).padStart(2, '0')} Q1`,
      deadline: `${year}-06-30`,
    });
    return { roundId: reportingRound.id };
  },
  createHelpService: async () => ({ name: unique('New help'), description: 'Help' }),
  updateHelpService: async () => ({ ...(await versioned(await fresh.helpService())), phone: '020 0000 0000' }),
  archiveHelpService: async () => versioned(await fresh.helpService()),
  restoreHelpService: async () => versioned(await archived('HelpService', await fresh.helpService())),
  createApiKey: async () => ({ name: unique('Made in the matrix'), role: 'READER' }),
  revokeApiKey: async () => ({ id: await fresh.apiKey() }),
  rotateApiKey: async () => ({ id: await fresh.apiKey() }),
};

export const MUTATIONS = Object.keys(CASES) as MutationName[];

/** Starts a server with a key per role, finds the inside and outside scopes, and builds the cases. */
export async function startMatrix(): Promise<Matrix> {
  const server = await startServer();
  const keys = {
    admin: createKey(server.databaseUrl, { role: 'admin', name: 'Coordinator' }),
    pillar_lead: createKey(server.databaseUrl, { role: 'pillar_lead', pillar: '1', name: 'Supply subgroup lead' }),
    agency_editor: createKey(server.databaseUrl, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }),
    reader: createKey(server.databaseUrl, { role: 'reader', name: 'Council intranet' }),
  };
  const headers = { anonymous: {} } as Record<RoleName, Record<string, string>>;
  const apis = { anonymous: connect(server) } as Record<RoleName, Api>;
  for (const [role, key] of Object.entries(keys)) {
    headers[role as RoleName] = bearer(key);
    apis[role as RoleName] = connect(server, key);
  }
  const as = (role: RoleName, query: string, variables?: Record<string, unknown>) => gql(server.url, query, variables, headers[role]);

  const { body } = await as(
    'admin',
    `{ plan { pillars { nodes { id number nationalOutcomes { id measures { id } }
      priorities(first: 100) { nodes { id objectives(first: 100) { nodes { id text agencies { shortName name } actions(first: 1) { nodes { id } } } } } } } } } }`,
  );
  const pillars = body.data.plan.pillars.nodes;
  const scopeIn = (pillar: any, objectiveText: string): Scope => {
    const priority = pillar.priorities.nodes.find((p: any) => p.objectives.nodes.some((o: any) => o.text === objectiveText));
    const objective = priority.objectives.nodes.find((o: any) => o.text === objectiveText);
    return {
      pillarId: pillar.id,
      priorityId: priority.id,
      objectiveId: objective.id,
      actionId: objective.actions.nodes[0].id,
      outcomeId: pillar.nationalOutcomes[0].id,
      measureId: pillar.nationalOutcomes[0].measures[0].id,
    };
  };
  const inside = scopeIn(pillars[0], 'Identify and intervene with victims of exploitation');
  const outside = scopeIn(pillars[2], 'Tackling NOx use in the borough');
  const resetOn = (objectiveText: string) =>
    pillars
      .flatMap((p: any) => p.priorities.nodes.flatMap((pr: any) => pr.objectives.nodes))
      .find((o: any) => o.text === objectiveText)
      .agencies.some((a: any) => a.shortName === 'RESET');
  expect(resetOn('Identify and intervene with victims of exploitation')).toBe(true);
  expect(resetOn('Tackling NOx use in the borough')).toBe(false);

  current = { admin: apis.admin };

  // One connection for the matrix's look-ups (each case reads the database five times).
  const db = await openDb(server.databaseUrl);
  return {
    server,
    async stop() {
      await db.close();
      await server.stop();
    },
    headers,
    apis,
    secrets: Object.values(keys),
    inside,
    outside,
    versionOf,
    as,
    snapshot: () => snapshotIn(db),
    lastAuditId: async () => (await db.get<{ id: number }>('SELECT COALESCE(MAX("id"), 0) AS "id" FROM audit_entry'))!.id,
    auditRowsAfter: (id) => db.all('SELECT operation, mutation FROM audit_entry WHERE "id" > ? ORDER BY "id"', [id]),
    deniedEntriesAfter: (id) =>
      db.all(`SELECT mutation, "actorKind", CAST("changes" AS TEXT) AS "changes" FROM audit_entry WHERE "id" > ? AND operation = 'DENIED' ORDER BY "id"`, [id]),
    denialCounts: () =>
      db.all(
        'SELECT operation, "actorKind", "keyPrefix", reason, SUM("count") AS "count" FROM denial_count GROUP BY operation, "actorKind", "keyPrefix", reason ORDER BY operation, "keyPrefix", reason',
      ),
  };
}
