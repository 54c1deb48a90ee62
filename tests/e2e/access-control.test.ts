import { CdpApiError, ForbiddenError } from '@cdp/sdk';
import {
  allowed,
  call,
  CASES,
  type InputFor,
  type Matrix,
  MUTATIONS,
  ROLES,
  type RoleName,
  type Scope,
  startMatrix,
  untilCounted,
} from '../support/access-matrix';
import { withDb } from '../support/db';
import { bearer, gql, TestServer } from '../support/server';

/**
 * The access matrix over GraphQL: every role times every mutation, on records inside and outside
 * its scope (support/access-matrix.ts: the roles' rights, the scopes, each mutation's case).
 * Allowed calls succeed; others get FORBIDDEN (UNAUTHENTICATED without a key) and leave every
 * table as it was, compared row by row, the data revision included (a refusal changes no data).
 * The refusal is recorded boundedly: a key's refusal is one DENIED entry in the audit log (with the
 * input's size and hash, never its values); a refusal without a key is counted in denial_count
 * (written from memory every few seconds), not logged row by row. The same matrix runs over REST
 * in access-control-rest.test.ts.
 */
let matrix: Matrix;
let server: TestServer;
const admin = () => matrix.apis.admin.client;
const as = (role: RoleName, query: string, variables?: Record<string, unknown>) => matrix.as(role, query, variables);
let anonymousRefusals = 0;

beforeAll(async () => {
  matrix = await startMatrix();
  server = matrix.server;
});
afterAll(() => matrix?.stop());

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
    const input = await build(where === 'inside' ? matrix.inside : matrix.outside);
    const before = await matrix.snapshot();
    const auditBefore = await matrix.lastAuditId();
    const outcome = await call(matrix.apis[role].client, mutation, input).then(
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
      expect(await matrix.snapshot()).toEqual(before);
      if (role === 'anonymous') {
        anonymousRefusals++;
        expect(await matrix.auditRowsAfter(auditBefore)).toEqual([]); // counted, not logged row by row
      } else {
        expect(await matrix.auditRowsAfter(auditBefore)).toEqual([{ operation: 'DENIED', mutation }]);
        // What the entry keeps: the code, the reason, our message, the input's size and hash; no input value.
        const changes = JSON.parse((await matrix.deniedEntriesAfter(auditBefore))[0].changes) as Array<{ field: string; after: unknown }>;
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
  const version = await matrix.versionOf(matrix.outside.actionId);
  const aliases = Array.from(
    { length: 20 },
    (_, i) => `m${i}: updateAction(input: { id: "${matrix.outside.actionId}", expectedVersion: ${version}, text: "Alias ${i}" }) { action { id } }`,
  );
  for (const role of ['reader', 'agency_editor', 'pillar_lead'] as RoleName[]) {
    const before = await matrix.snapshot();
    const auditBefore = await matrix.lastAuditId();
    const { body } = await as(role, `mutation { ${aliases.join('\n')} }`);
    expect(body.errors).toHaveLength(20);
    for (const e of body.errors!) expect(e.extensions!.code).toBe('FORBIDDEN');
    expect(Object.values(body.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect(await matrix.snapshot()).toEqual(before);
    expect(await matrix.auditRowsAfter(auditBefore)).toHaveLength(20);
  }
});

test('anonymous refusals of the matrix are all counted, per mutation, with no input values', async () => {
  expect(anonymousRefusals).toBe(2 * MUTATIONS.length);
  const anonymous = async () => (await matrix.denialCounts()).filter((c) => c.actorKind === 'ANONYMOUS');
  const counts = await untilCounted(anonymous, (rows) => rows.reduce((n, r) => n + r.count, 0) >= anonymousRefusals);
  expect(counts.reduce((n, r) => n + r.count, 0)).toBe(anonymousRefusals);
  for (const c of counts) expect(c).toMatchObject({ keyPrefix: '', reason: 'NO_KEY', count: 2 });
  expect(counts.map((c) => c.operation).sort()).toEqual([...MUTATIONS].sort());
});

test('history and the change log need a key; apiKeys needs an admin', async () => {
  const anonymous = await as('anonymous', `query($id: ID!) { history(id: $id) { totalCount } }`, { id: matrix.inside.actionId });
  expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  const reader = await as('reader', `query($id: ID!) { history(id: $id) { totalCount } changes(first: 0) { totalCount } }`, { id: matrix.inside.actionId });
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
  matrix.secrets.push(created.secret);
  const asKey = (q: string) => gql(server.url, q, undefined, bearer(created.secret));
  expect((await asKey('{ plan { title } }')).body.errors).toBeUndefined();
  await new Promise((r) => setTimeout(r, Date.parse(expiresAt) - Date.now() + 100));
  const expired = await asKey('{ plan { title } }');
  expect(expired.status).toBe(401);
  expect(expired.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/expired/) });

  const other = await admin().createApiKey({ name: 'To revoke', role: 'READER' });
  matrix.secrets.push(other.secret);
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
  const authentication = async () => (await matrix.denialCounts()).filter((c) => c.operation === 'authentication');
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
  matrix.secrets.push(first.secret, second.secret);
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
  // SQLite: the file's and the WAL's raw bytes; PostgreSQL: every row as text (support/db.ts storedText).
  const stored = await withDb(server.databaseUrl, (db) => db.storedText());
  expect(stored.length).toBeGreaterThan(10_000);
  expect(matrix.secrets.length).toBeGreaterThan(5);
  for (const secret of matrix.secrets) {
    const secretPart = secret.slice('cdp_'.length + 11); // the random part after cdp_<prefix>_
    expect(stored.includes(secretPart)).toBe(false);
    expect(server.output().includes(secretPart)).toBe(false);
    expect(responses.includes(secretPart)).toBe(false);
  }
});

test("an agency editor's key, through the SDK, updates its own action (not the wording it shares) and is refused on another agency's", async () => {
  const editor = matrix.apis.agency_editor.client;
  const own = await editor.action(matrix.inside.actionId);
  expect(own.agencies.length).toBeGreaterThan(1);
  const updated = await editor.updateAction({ id: matrix.inside.actionId, expectedVersion: own.version, target: 'Updated by RESET' });
  expect(updated.action.target).toBe('Updated by RESET');
  // Its wording is shared with the other agencies: the pillar lead's and the coordinator's.
  await expect(
    editor.updateAction({ id: matrix.inside.actionId, expectedVersion: updated.action.version, text: `${own.text} (updated by RESET)` }),
  ).rejects.toMatchObject({
    code: 'FORBIDDEN',
    extensions: { reason: 'WORDING' },
  });
  expect((await editor.action(matrix.inside.actionId)).text).toBe(own.text);
  const theirs = await editor.action(matrix.outside.actionId);
  await expect(editor.updateAction({ id: matrix.outside.actionId, expectedVersion: theirs.version, text: 'Not ours' })).rejects.toBeInstanceOf(ForbiddenError);
  expect((await editor.action(matrix.outside.actionId)).text).toBe(theirs.text);
});
