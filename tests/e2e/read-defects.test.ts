// Read-side defects of issue 9, against the real server with the Tower Hamlets plan: agency(name:)
// with a long run of commas, string lengths bounded before anything runs, subscriptions and
// persisted-query mismatches answered as client errors, reportedBy hidden from anonymous readers
// (cached answers included), changes(since, until), nodes(ids) with a malformed ID, and asOf on
// reprocurements driving overdue and daysUntilExpiry.
import { createHash } from 'node:crypto';
import { BadInputError, createClient } from '@cdp/sdk';
import { bearer, createKey, gql, startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: Record<string, string>;
let adminKey: string;

beforeAll(async () => {
  server = await startServer({ env: { SQL_STATEMENT_COUNT: '1' } });
  adminKey = createKey(server.databaseFile, { role: 'admin', name: 'Read defects' });
  admin = bearer(adminKey);
});
afterAll(async () => {
  await server?.stop();
});

/** No stack frame, no absolute path, no "Unexpected error" in the server's log since `from`. */
function expectQuietLog(from: number) {
  const log = server.output().slice(from);
  expect(log).not.toMatch(/Unexpected error|\n\s+at |INTERNAL_SERVER_ERROR/);
}

describe('agency(name:) and string lengths', () => {
  test('"a" + 120,000 commas + "b" is refused at once: BAD_USER_INPUT naming the argument and its 200-character bound, nothing run', async () => {
    const name = `a${','.repeat(120_000)}b`;
    const started = Date.now();
    const literal = await gql(server.url, `{ agency(name: "${name}") { id } }`);
    const variable = await gql(server.url, 'query($name: String) { agency(name: $name) { id } }', { name });
    const elapsed = Date.now() - started;
    for (const r of [literal, variable]) {
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors).toEqual([
        {
          message: 'Invalid argument: Argument "name" must be at most 200 characters long, got 120002.',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'name', rule: 'maxLength', message: 'Argument "name" must be at most 200 characters long, got 120002.' }] },
        },
      ]);
      expect(r.headers.get('x-sql-statements')).toBe('0');
    }
    // Generous: the quadratic trim took 6.6 s for one of these requests.
    expect(elapsed).toBeLessThan(3000);
  });

  test('a name of 200 characters is looked up (NOT_FOUND), and a real alias with trailing commas still finds its agency', async () => {
    const long = await gql(server.url, 'query($name: String) { agency(name: $name) { id } }', { name: `a${','.repeat(198)}b` });
    expect(long.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const reset = await gql(server.url, '{ agency(name: "  reset,, ") { shortName } }');
    expect(reset.body).toEqual({ data: { agency: { shortName: 'RESET' } } });
  });

  test('every string is bounded, in inputs and lists too, literal or variable; each over-long value is named by its path', async () => {
    const search = await gql(server.url, 'query($f: ActionFilter) { actions(filter: $f) { totalCount } }', { f: { search: 'x'.repeat(10_001) } });
    expect(search.status).toBe(400);
    expect(search.body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.search', rule: 'maxLength', message: 'Argument "filter.search" must be at most 10000 characters long, got 10001.' }] });

    const ids = await gql(server.url, `{ nodes(ids: ["x", "${'y'.repeat(101)}"]) { id } }`);
    expect(ids.body.errors![0].extensions!.fields).toEqual([{ path: 'ids.1', rule: 'maxLength', message: 'Argument "ids.1" must be at most 100 characters long, got 101.' }]);

    // A mutation is refused before it runs (and before the denial log): nothing is written.
    const before = (await gql(server.url, '{ changes(first: 0) { totalCount } }', undefined, admin)).body.data.changes.totalCount;
    const commentary = await gql(server.url, 'mutation($input: RecordProgressInput!) { recordProgress(input: $input) { replayed } }', {
      input: { actionId: 'x', quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'c'.repeat(20_000) },
    });
    expect(commentary.status).toBe(400);
    expect(commentary.body.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: 'input.commentary', rule: 'maxLength' })]);
    expect((await gql(server.url, '{ changes(first: 0) { totalCount } }', undefined, admin)).body.data.changes.totalCount).toBe(before);
  });
});

describe('client mistakes are client errors', () => {
  test('a subscription is OPERATION_NOT_SUPPORTED, HTTP 400, and logs nothing', async () => {
    const from = server.output().length;
    const r = await gql(server.url, 'subscription { plan { title } }');
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([{ message: expect.stringMatching(/^Subscriptions are not supported/), locations: [{ line: 1, column: 1 }], extensions: { code: 'OPERATION_NOT_SUPPORTED' } }]);
    expectQuietLog(from);
  });

  test('a persisted-query hash that does not match its query is BAD_REQUEST, HTTP 400, and logs nothing; the right hash runs', async () => {
    const from = server.output().length;
    const query = '{ plan { title } }';
    const send = (sha256Hash: string) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
    const wrong = await send('0'.repeat(64));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
    const right = await send(createHash('sha256').update(query).digest('hex'));
    expect(right.status).toBe(200);
    expect(((await right.json()) as any).data.plan.title).toBe('Annual Delivery Plan 2024-2025');
    expectQuietLog(from);
  });
});

describe('ProgressUpdate.reportedBy', () => {
  const QUERY = 'query($id: ID!) { action(id: $id) { progress { quarterLabel reportedBy } } }';

  test("shows the key's name to callers with a key, null to anonymous readers, cached answers included", async () => {
    const key = createKey(server.databaseFile, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' });
    const client = createClient({ url: server.url, apiKey: key });
    const [action] = (await client.actions({ filter: { agency: 'RESET' }, first: 1 })).nodes;
    await client.recordProgress({ actionId: action.id, quarter: '2024-25 Q3', status: 'ON_TRACK', rag: 'GREEN', commentary: 'On track' });

    // GET, so that the response cache serves the second request of each caller class.
    const get = async (headers: Record<string, string>) => {
      const res = await fetch(`${server.url}?query=${encodeURIComponent(QUERY)}&variables=${encodeURIComponent(JSON.stringify({ id: action.id }))}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });
      return { cache: res.headers.get('x-cache'), body: (await res.json()) as any };
    };
    const anonymous = [await get({}), await get({})];
    const keyed = [await get(bearer(key)), await get(bearer(key))];
    const anonymousAfter = await get({});
    expect(anonymous.map((a) => a.cache)).toEqual(['miss', 'hit']);
    expect(keyed.map((a) => a.cache)).toEqual(['miss', 'hit']);
    expect(anonymousAfter.cache).toBe('hit');
    for (const a of [...anonymous, anonymousAfter]) expect(a.body).toEqual({ data: { action: { progress: [{ quarterLabel: '2024-25 Q3', reportedBy: null }] } } });
    for (const k of keyed) expect(k.body.data.action.progress).toEqual([{ quarterLabel: '2024-25 Q3', reportedBy: expect.stringMatching(/^RESET case system \(key [a-z0-9]{10}\)$/) }]);
    // A reader key sees it too; the anonymous SDK client does not.
    expect((await createClient({ url: server.url, apiKey: adminKey }).action(action.id)).progress[0].reportedBy).toMatch(/^RESET case system/);
    expect((await createClient({ url: server.url }).action(action.id)).progress[0].reportedBy).toBeNull();
  });
});

describe('changes(since, until)', () => {
  test('through the SDK and raw GraphQL, literal and variable: the window holds exactly the changes made in it', async () => {
    const client = createClient({ url: server.url, apiKey: adminKey });
    const since = new Date(Date.now() - 1000).toISOString();
    const [action] = (await client.actions({ first: 1 })).nodes;
    await client.updateAction({ id: action.id, expectedVersion: action.version, target: 'Changed within the window' });
    const until = new Date(Date.now() + 1000).toISOString();

    const windowed = await client.changes({ since, until, first: 100 });
    expect(windowed.nodes.some((e) => e.mutation === 'updateAction')).toBe(true);
    for (const entry of windowed.nodes) expect(entry.at >= since && entry.at < until).toBe(true);
    // The window and what came before it are the whole log: since is inclusive, until exclusive.
    const before = await client.changes({ until: since, first: 0 });
    const total = await client.changes({ first: 0 });
    expect(before.totalCount + windowed.totalCount).toBe(total.totalCount);
    expect((await client.changes({ until: '2000-01-01T00:00:00Z' })).totalCount).toBe(0);

    const literal = await gql(server.url, `{ changes(since: "${since}", until: "${until}") { totalCount } }`, undefined, admin);
    expect(literal.body).toEqual({ data: { changes: { totalCount: windowed.totalCount } } });
    const variables = await gql(server.url, 'query($s: DateTimeISO, $u: DateTimeISO) { changes(since: $s, until: $u) { totalCount } }', { s: since, u: until }, admin);
    expect(variables.body).toEqual({ data: { changes: { totalCount: windowed.totalCount } } });

    // since after until is a clear error naming until; a malformed instant is refused by the scalar.
    const backwards = await gql(server.url, `{ changes(since: "${until}", until: "${since}") { totalCount } }`, undefined, admin);
    expect(backwards.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await expect(client.changes({ since: 'yesterday' })).rejects.toBeInstanceOf(BadInputError);
  });
});

describe('nodes(ids:)', () => {
  test('a malformed ID is null with its own BAD_USER_INPUT error at ["nodes", i]; the other IDs are answered', async () => {
    const { nodes } = (await gql(server.url, '{ actions(first: 2) { nodes { id } } }')).body.data.actions;
    const unknown = Buffer.from('Action:999999').toString('base64');
    const r = await gql(server.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }', { ids: [nodes[0].id, 'not-an-id', unknown, nodes[1].id] });
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ nodes: [{ id: nodes[0].id, __typename: 'Action' }, null, null, { id: nodes[1].id, __typename: 'Action' }] });
    expect(r.body.errors).toEqual([
      { message: 'Argument "ids.1" is not a valid ID: "not-an-id".', locations: [{ line: 1, column: 23 }], path: ['nodes', 1], extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'ids.1', rule: 'isGlobalId', message: 'Argument "ids.1" is not a valid ID: "not-an-id".' }] } },
    ]);
  });
});

describe('reprocurements(filter: { asOf })', () => {
  test('asOf 2024-04-01 sets overdue and daysUntilExpiry: the three contracts of 31/03/24 are overdue by one day', async () => {
    const { body } = await gql(server.url, '{ reprocurements(filter: { asOf: "2024-04-01" }) { nodes { service expiryDate overdue daysUntilExpiry } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.reprocurements.nodes).toEqual([
      { service: 'Pharmacy Needle Exchange', expiryDate: '2024-03-31', overdue: true, daysUntilExpiry: -1 },
      { service: 'Drink Coach', expiryDate: '2024-03-31', overdue: true, daysUntilExpiry: -1 },
      { service: 'Specialist midwife', expiryDate: '2024-03-31', overdue: true, daysUntilExpiry: -1 },
      { service: 'Clinical waste collections', expiryDate: '2024-05-21', overdue: false, daysUntilExpiry: 50 },
      { service: 'Needle exchange supplies', expiryDate: '2024-11-14', overdue: false, daysUntilExpiry: 227 },
    ]);
    // A field's own asOf still wins; without any asOf the fields measure from today (all expired by now).
    const own = await gql(server.url, '{ reprocurements(filter: { asOf: "2024-04-01" }) { nodes { overdue(asOf: "2024-03-01") } } }');
    expect(own.body.data.reprocurements.nodes.map((n: any) => n.overdue)).toEqual([false, false, false, false, false]);
    const today = await gql(server.url, '{ reprocurements { nodes { overdue } } }');
    expect(today.body.data.reprocurements.nodes.map((n: any) => n.overdue)).toEqual([true, true, true, true, true]);
    // Through the SDK, as the deadlines example reads them.
    const sdk = await createClient({ url: server.url }).reprocurements({ filter: { asOf: '2024-04-01', overdue: true } });
    expect(sdk.nodes.map((n) => n.overdue)).toEqual([true, true, true]);
  });
});
