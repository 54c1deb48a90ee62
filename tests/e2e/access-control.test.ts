import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CdpApiError, ForbiddenError, type CdpMutations } from '@cdp/sdk';
import { connect, type Api } from '../support/api';
import { bearer, createKey, gql, startServer, TestServer } from '../support/server';

/**
 * The access matrix: every role times every mutation, on records inside and outside its scope.
 * Allowed calls succeed; others get FORBIDDEN (UNAUTHENTICATED without a key) and leave every
 * table as it was, compared row by row, the data revision included (a refusal changes no data).
 * The refusal is recorded boundedly: a key's refusal is one DENIED entry in the audit log (with the
 * input's size and hash, never its values); a refusal without a key is counted in denial_count
 * (written from memory every few seconds), not logged row by row.
 *
 * Scope: the pillar lead leads pillar 1; the agency editor is RESET. "Inside" records sit in
 * pillar 1 under an objective RESET is responsible for; "outside" ones in pillar 3 under an
 * objective RESET is not listed on.
 */
type RoleName = 'anonymous' | 'reader' | 'agency_editor' | 'pillar_lead' | 'admin';
const ROLES: RoleName[] = ['anonymous', 'reader', 'agency_editor', 'pillar_lead', 'admin'];

/** What each role may do, as the access rules state it (written here independently of the server's table). */
const CONTENT = new Set(['updateObjective', 'updateAction', 'recordProgress', 'createRisk', 'updateRisk', 'archiveRisk', 'restoreRisk']);
const STRUCTURE = new Set([
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
function allowed(role: RoleName, mutation: string, inside: boolean): boolean {
  if (role === 'admin') return true;
  if (role === 'pillar_lead') return inside && (STRUCTURE.has(mutation) || CONTENT.has(mutation));
  if (role === 'agency_editor') return inside && CONTENT.has(mutation);
  return false;
}

interface Scope {
  pillarId: string;
  priorityId: string;
  objectiveId: string;
  actionId: string;
  outcomeId: string;
  measureId: string;
}

let server: TestServer;
const headers: Record<RoleName, Record<string, string>> = {} as never;
/** Each role's connection (the SDK and typed requests with its key; none for anonymous). */
const apis: Record<RoleName, Api> = {} as never;
const secrets: string[] = [];
let inside: Scope;
let outside: Scope;
let counter = 0;
const unique = (what: string) => `${what} ${++counter}`;

/** A raw request as `role`: for documents built at run time (aliases, introspection) and raw statuses. */
async function as(role: RoleName, query: string, variables?: Record<string, unknown>) {
  return gql(server.url, query, variables, headers[role]);
}

type MutationName = keyof CdpMutations;
type InputFor<M extends MutationName> = Parameters<CdpMutations[M]>[0];
/** Calls the SDK's method for mutation `name` (the one place a method is picked by name). */
function call<M extends MutationName>(client: CdpMutations, name: M, input: InputFor<M>): Promise<unknown> {
  return (client[name] as (input: InputFor<M>) => Promise<unknown>)(input);
}
/** The SDK as admin, for set-up. */
const admin = () => apis.admin.client;

const VERSIONED = ['Priority', 'Objective', 'Action', 'Agency', 'OutcomeMeasure', 'Reprocurement', 'HelpService', 'Risk'] as const;
async function versionOf(id: string): Promise<number> {
  const node = await admin().node(id);
  if (!(VERSIONED as readonly string[]).includes(node.__typename) || !('version' in node))
    throw new Error(`${id} is a ${node.__typename}, which has no version`);
  return node.version as number;
}
const versioned = async (id: string) => ({ id, expectedVersion: await versionOf(id) });

const fresh = {
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
  helpService: async () => (await admin().createHelpService({ name: unique('Help'), description: 'A service' })).helpService.id,
  apiKey: async () => (await admin().createApiKey({ name: unique('Key'), role: 'READER' })).apiKey.id,
};
async function archived(kind: (typeof VERSIONED)[number], id: string): Promise<string> {
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
 * method has a case; the first test checks the schema has no mutation more.
 */
const CASES: { [M in MutationName]: (s: Scope) => Promise<InputFor<M>> } = {
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
  createHelpService: async () => ({ name: unique('New help'), description: 'Help' }),
  updateHelpService: async () => ({ ...(await versioned(await fresh.helpService())), phone: '020 0000 0000' }),
  archiveHelpService: async () => versioned(await fresh.helpService()),
  restoreHelpService: async () => versioned(await archived('HelpService', await fresh.helpService())),
  createApiKey: async () => ({ name: unique('Made in the matrix'), role: 'READER' }),
  revokeApiKey: async () => ({ id: await fresh.apiKey() }),
  rotateApiKey: async () => ({ id: await fresh.apiKey() }),
};
const MUTATIONS = Object.keys(CASES) as MutationName[];

/** Every row of every table (the data revision included) but the denial records (the audit log, the refusal counts) and the keys' last-use times. */
function snapshot(): string {
  const db = new Database(server.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_entry', 'denial_count', 'sqlite_sequence') ORDER BY name`)
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Array<Record<string, unknown>>;
      out[t] = t === 'api_key' ? rows.map(({ lastUsedAt: _ignored, ...rest }) => rest) : rows;
    }
    return JSON.stringify(out);
  } finally {
    db.close();
  }
}
function auditRowsAfter(id: number): Array<{ operation: string; mutation: string }> {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return db.prepare('SELECT operation, mutation FROM audit_entry WHERE id > ? ORDER BY id').all(id) as never;
  } finally {
    db.close();
  }
}
function deniedEntriesAfter(id: number): Array<{ mutation: string; actorKind: string; changes: string }> {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return db.prepare(`SELECT mutation, actorKind, changes FROM audit_entry WHERE id > ? AND operation = 'DENIED' ORDER BY id`).all(id) as never;
  } finally {
    db.close();
  }
}
/** The refusal counts (denial_count), summed per operation, key prefix and reason. */
function denialCounts(): Array<{ operation: string; actorKind: string; keyPrefix: string; reason: string; count: number }> {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT operation, actorKind, keyPrefix, reason, SUM(count) AS count FROM denial_count GROUP BY operation, actorKind, keyPrefix, reason ORDER BY operation, keyPrefix, reason',
      )
      .all() as never;
  } finally {
    db.close();
  }
}
/** Waits for the counts kept in memory to be written (at most every 5 s). */
async function untilCounted<T>(look: () => T, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = look();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}
let anonymousRefusals = 0;
function lastAuditId(): number {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    return (db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM audit_entry').get() as { id: number }).id;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  server = await startServer();
  const keys = {
    admin: createKey(server.databaseFile, { role: 'admin', name: 'Coordinator' }),
    pillar_lead: createKey(server.databaseFile, { role: 'pillar_lead', pillar: '1', name: 'Supply subgroup lead' }),
    agency_editor: createKey(server.databaseFile, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }),
    reader: createKey(server.databaseFile, { role: 'reader', name: 'Council intranet' }),
  };
  secrets.push(...Object.values(keys));
  headers.anonymous = {};
  apis.anonymous = connect(server);
  for (const [role, key] of Object.entries(keys)) {
    headers[role as RoleName] = bearer(key);
    apis[role as RoleName] = connect(server, key);
  }

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
  inside = scopeIn(pillars[0], 'Identify and intervene with victims of exploitation');
  outside = scopeIn(pillars[2], 'Tackling NOx use in the borough');
  const resetOn = (objectiveText: string) =>
    pillars
      .flatMap((p: any) => p.priorities.nodes.flatMap((pr: any) => pr.objectives.nodes))
      .find((o: any) => o.text === objectiveText)
      .agencies.some((a: any) => a.shortName === 'RESET');
  expect(resetOn('Identify and intervene with victims of exploitation')).toBe(true);
  expect(resetOn('Tackling NOx use in the borough')).toBe(false);
});
afterAll(() => server.stop());

test('the matrix covers every mutation in the schema', async () => {
  const { body } = await as('admin', '{ __schema { mutationType { fields { name } } } }');
  expect(body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort()).toEqual([...MUTATIONS].sort());
});

describe.each(MUTATIONS)('%s', (mutation) => {
  const build = CASES[mutation] as (s: Scope) => Promise<InputFor<typeof mutation>>;
  test.each(
    ROLES.flatMap(
      (role) =>
        [
          [role, 'inside'],
          [role, 'outside'],
        ] as Array<[RoleName, 'inside' | 'outside']>,
    ),
  )('%s, %s its scope', async (role, where) => {
    const input = await build(where === 'inside' ? inside : outside);
    const before = snapshot();
    const auditBefore = lastAuditId();
    const outcome = await call(apis[role].client, mutation, input).then(
      (payload) => ({ payload, error: undefined }),
      (error: unknown) => ({ payload: undefined, error }),
    );
    if (allowed(role, mutation, where === 'inside')) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.payload ?? null).not.toBeNull();
    } else {
      const error = outcome.error as CdpApiError;
      expect(error).toBeInstanceOf(CdpApiError);
      expect(error.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect((error.data as Record<string, unknown> | null | undefined)?.[mutation] ?? null).toBeNull();
      expect(snapshot()).toEqual(before);
      if (role === 'anonymous') {
        anonymousRefusals++;
        expect(auditRowsAfter(auditBefore)).toEqual([]); // counted, not logged row by row
      } else {
        expect(auditRowsAfter(auditBefore)).toEqual([{ operation: 'DENIED', mutation }]);
        // What the entry keeps: the code, the reason, our message, the input's size and hash; no input value.
        const changes = JSON.parse(deniedEntriesAfter(auditBefore)[0].changes) as Array<{ field: string; after: unknown }>;
        expect(changes.map((c) => c.field)).toEqual(['code', 'reason', 'message', 'inputBytes', 'inputSha256']);
        expect(changes[0].after).toBe('FORBIDDEN');
        expect(changes[2].after).toBe(error.errors[0].message);
        expect(changes[3].after).toBeGreaterThan(JSON.stringify(input).length / 2);
        expect(changes[4].after).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });
});

test('20 forbidden mutations sent as aliases in one document are all refused, and nothing changes', async () => {
  const version = await versionOf(outside.actionId);
  const aliases = Array.from(
    { length: 20 },
    (_, i) => `m${i}: updateAction(input: { id: "${outside.actionId}", expectedVersion: ${version}, text: "Alias ${i}" }) { action { id } }`,
  );
  for (const role of ['reader', 'agency_editor', 'pillar_lead'] as RoleName[]) {
    const before = snapshot();
    const auditBefore = lastAuditId();
    const { body } = await as(role, `mutation { ${aliases.join('\n')} }`);
    expect(body.errors).toHaveLength(20);
    for (const e of body.errors!) expect(e.extensions!.code).toBe('FORBIDDEN');
    expect(Object.values(body.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(auditRowsAfter(auditBefore)).toHaveLength(20);
  }
});

test('anonymous refusals of the matrix are all counted, per mutation, with no input values', async () => {
  expect(anonymousRefusals).toBe(2 * MUTATIONS.length);
  const anonymous = () => denialCounts().filter((c) => c.actorKind === 'ANONYMOUS');
  const counts = await untilCounted(anonymous, (rows) => rows.reduce((n, r) => n + r.count, 0) >= anonymousRefusals);
  expect(counts.reduce((n, r) => n + r.count, 0)).toBe(anonymousRefusals);
  for (const c of counts) expect(c).toMatchObject({ keyPrefix: '', reason: 'NO_KEY', count: 2 });
  expect(counts.map((c) => c.operation).sort()).toEqual([...MUTATIONS].sort());
});

test('history and the change log need a key; apiKeys needs an admin', async () => {
  const anonymous = await as('anonymous', `query($id: ID!) { history(id: $id) { totalCount } }`, { id: inside.actionId });
  expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  const reader = await as('reader', `query($id: ID!) { history(id: $id) { totalCount } changes(first: 0) { totalCount } }`, { id: inside.actionId });
  expect(reader.body.errors).toBeUndefined();
  const keysAsReader = await as('reader', '{ apiKeys { id } }');
  expect(keysAsReader.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  const denied = await as(
    'admin',
    '{ changes(first: 1, entityType: "Denied") { totalCount nodes { operation actorName } } keys: changes(first: 0, entityType: "ApiKey") { totalCount } }',
  );
  expect(denied.body.errors).toBeUndefined();
  expect(denied.body.data.changes.totalCount).toBeGreaterThan(0);
  expect(denied.body.data.changes.nodes[0].operation).toBe('DENIED');
  expect(denied.body.data.keys.totalCount).toBeGreaterThan(0);
});

test('revoked and expired keys are refused with UNAUTHENTICATED, for reads too', async () => {
  const expiresAt = new Date(Date.now() + 1500).toISOString();
  const created = await admin().createApiKey({ name: 'Short-lived', role: 'READER', expiresAt });
  secrets.push(created.secret);
  const asKey = (q: string) => gql(server.url, q, undefined, bearer(created.secret));
  expect((await asKey('{ plan { title } }')).body.errors).toBeUndefined();
  await new Promise((r) => setTimeout(r, Date.parse(expiresAt) - Date.now() + 100));
  const expired = await asKey('{ plan { title } }');
  expect(expired.status).toBe(401);
  expect(expired.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/expired/) });

  const other = await admin().createApiKey({ name: 'To revoke', role: 'READER' });
  secrets.push(other.secret);
  await admin().revokeApiKey({ id: other.apiKey.id });
  const revoked = await gql(server.url, '{ plan { title } }', undefined, bearer(other.secret));
  expect(revoked.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/revoked/) });

  const wrong = await gql(server.url, '{ plan { title } }', undefined, bearer(`${other.secret.slice(0, -4)}AAAA`));
  expect(wrong.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  const garbage = await gql(server.url, '{ plan { title } }', undefined, { authorization: 'Bearer nonsense' });
  expect(garbage.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

  // Each refusal is counted, under the prefix when the key is ours; 100 random keys share one row.
  for (let i = 0; i < 100; i++) {
    const random = `cdp_${Math.random().toString(36).slice(2, 12).padEnd(10, 'a')}_${'A'.repeat(43)}`;
    expect((await gql(server.url, '{ plan { title } }', undefined, bearer(random))).status).toBe(401);
  }
  const prefixOf = (secret: string) => secret.slice('cdp_'.length, 'cdp_'.length + 10);
  const authentication = () => denialCounts().filter((c) => c.operation === 'authentication');
  const counts = await untilCounted(authentication, (rows) => rows.some((r) => r.keyPrefix === '' && r.count >= 101));
  expect(counts).toEqual(
    expect.arrayContaining([
      { operation: 'authentication', actorKind: 'API_KEY', keyPrefix: created.apiKey.prefix, reason: 'KEY_EXPIRED', count: 1 },
      { operation: 'authentication', actorKind: 'API_KEY', keyPrefix: prefixOf(other.secret), reason: 'KEY_REVOKED', count: 1 },
      { operation: 'authentication', actorKind: 'API_KEY', keyPrefix: prefixOf(other.secret), reason: 'KEY_UNKNOWN', count: 1 },
      { operation: 'authentication', actorKind: 'API_KEY', keyPrefix: '', reason: 'KEY_UNKNOWN', count: 101 },
    ]),
  );
  expect(counts).toHaveLength(4);
});

test('a principal holds at most two live keys; rotation makes a second, revoking frees a place', async () => {
  const first = await admin().createApiKey({ name: 'Rotating system', role: 'READER' });
  const second = await admin().rotateApiKey({ id: first.apiKey.id });
  secrets.push(first.secret, second.secret);
  expect(second.apiKey.principal).toBe('Rotating system');
  const third = await as('admin', 'mutation($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }', { input: { id: first.apiKey.id } });
  expect(third.body.errors![0].extensions!.code).toBe('CONFLICT');
  await admin().revokeApiKey({ id: first.apiKey.id });
  expect((await gql(server.url, '{ plan { title } }', undefined, bearer(second.secret))).body.errors).toBeUndefined();
});

test('no key appears in plain text in the database, the logs, or any response after creation', async () => {
  const { body } = await as(
    'admin',
    '{ apiKeys(includeRevoked: true) { id name prefix } changes(first: 100, entityType: null) { nodes { changes { after } } } }',
  );
  const responses = JSON.stringify(body);
  const files = ['', '-wal'].map((suffix) => {
    try {
      return readFileSync(server.databaseFile + suffix).toString('latin1');
    } catch {
      return '';
    }
  });
  expect(secrets.length).toBeGreaterThan(5);
  for (const secret of secrets) {
    const secretPart = secret.slice('cdp_'.length + 11); // the random part after cdp_<prefix>_
    for (const file of files) expect(file.includes(secretPart)).toBe(false);
    expect(server.output().includes(secretPart)).toBe(false);
    expect(responses.includes(secretPart)).toBe(false);
  }
});

test("an agency editor's key, through the SDK, updates its own action and is refused on another agency's", async () => {
  const editor = apis.agency_editor.client;
  const own = await editor.action(inside.actionId);
  const updated = await editor.updateAction({ id: inside.actionId, expectedVersion: own.version, text: `${own.text} (updated by RESET)` });
  expect(updated.action.text).toMatch(/\(updated by RESET\)$/);
  const theirs = await editor.action(outside.actionId);
  await expect(editor.updateAction({ id: outside.actionId, expectedVersion: theirs.version, text: 'Not ours' })).rejects.toBeInstanceOf(ForbiddenError);
  expect((await editor.action(outside.actionId)).text).toBe(theirs.text);
});
