import { spawnSync } from 'node:child_process';
import { bearer, CLI_MAIN, createKey, startServer, TestServer } from '../support/server';

/**
 * HTTP caching of reads: an ETag made of the data revision, 304 for a matching If-None-Match,
 * identical reads served from the cached bytes before the GraphQL pipeline runs, and a read after
 * any write (through the API or another process) seeing the write.
 */
let server: TestServer;
let admin: Record<string, string>;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const ACTION_TEXT = '{ actions(first: 1) { nodes { id version text } } }';

function get(query: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers: { ...PREFLIGHT, ...headers } });
}
function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  return fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
}

beforeAll(async () => {
  server = await startServer({ env: { SQL_STATEMENT_COUNT: '1' } });
  admin = bearer(createKey(server.databaseFile, { role: 'admin', name: 'Cache tests' }));
});
afterAll(() => server.stop());

test('a GET read has an ETag and Cache-Control; the same read is then served from cache, running no SQL', async () => {
  const first = await get(ACTION_TEXT);
  expect(first.status).toBe(200);
  expect(first.headers.get('etag')).toMatch(/^"r\d+-[A-Za-z0-9_-]+"$/);
  expect(first.headers.get('cache-control')).toBe('private, no-cache');
  expect(first.headers.get('x-cache')).toBe('miss');
  expect(Number(first.headers.get('x-sql-statements'))).toBeGreaterThan(0);
  const body = await first.text();

  const second = await get(ACTION_TEXT);
  expect(second.headers.get('x-cache')).toBe('hit');
  expect(second.headers.get('x-sql-statements')).toBeNull(); // answered before the pipeline ran
  expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
  expect(await second.text()).toBe(body);
});

test('a matching If-None-Match gets 304 with no body; another ETag gets the full answer', async () => {
  const first = await get(ACTION_TEXT);
  const etag = first.headers.get('etag')!;
  const notModified = await get(ACTION_TEXT, { 'if-none-match': etag });
  expect(notModified.status).toBe(304);
  expect(await notModified.text()).toBe('');
  expect(notModified.headers.get('etag')).toBe(etag);
  const other = await get(ACTION_TEXT, { 'if-none-match': '"r0-something-else"' });
  expect(other.status).toBe(200);
});

test('identical POST reads are cached too; mutations never are', async () => {
  await post(ACTION_TEXT);
  const again = await post(ACTION_TEXT);
  expect(again.headers.get('x-cache')).toBe('hit');
  const { data } = (await (await post(ACTION_TEXT)).json()) as any;
  const action = data.actions.nodes[0];
  const mutation = 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { replayed } }';
  const input = { id: action.id, expectedVersion: action.version, target: 'Cached?', idempotencyKey: 'cache-test' };
  const one = await post(mutation, { input }, admin);
  const two = await post(mutation, { input }, admin);
  expect(one.headers.get('x-cache')).toBe('miss');
  expect(two.headers.get('x-cache')).toBe('miss');
  expect(((await two.json()) as any).data.updateAction.replayed).toBe(true);
});

test('a read after a write through the API sees the write, and the old ETag no longer matches', async () => {
  const before = await get(ACTION_TEXT);
  const etag = before.headers.get('etag')!;
  const action = ((await before.json()) as any).data.actions.nodes[0];
  const write = await post('mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { text } } }', { input: { id: action.id, expectedVersion: action.version, text: 'Changed through the API' } }, admin);
  expect(((await write.json()) as any).data.updateAction.action.text).toBe('Changed through the API');

  const after = await get(ACTION_TEXT, { 'if-none-match': etag });
  expect(after.status).toBe(200);
  expect(after.headers.get('x-cache')).toBe('miss');
  expect(after.headers.get('etag')).not.toBe(etag);
  expect(((await after.json()) as any).data.actions.nodes[0].text).toBe('Changed through the API');
});

test('a read after a write from another process (the CLI) sees the write', async () => {
  const q = '{ apiKeys { name } }';
  const before = (await (await get(q, admin)).json()) as any;
  expect((await get(q, admin)).headers.get('x-cache')).toBe('hit');
  const cli = spawnSync(process.execPath, [CLI_MAIN, 'keys', 'create', '--role', 'reader', '--name', 'Made by the CLI'], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${server.databaseFile}` },
    encoding: 'utf8',
  });
  expect(cli.status).toBe(0);
  const after = await get(q, admin);
  expect(after.headers.get('x-cache')).toBe('miss');
  const names = ((await after.json()) as any).data.apiKeys.map((k: any) => k.name);
  expect(names).toEqual([...before.data.apiKeys.map((k: any) => k.name), 'Made by the CLI']);
});

test('callers of different access get separate cache entries; errors are never cached', async () => {
  const q = '{ changes(first: 0) { totalCount } }';
  const anonymous = await get(q);
  expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const withKey = await get(q, admin);
  expect(((await withKey.json()) as any).data.changes.totalCount).toBeGreaterThan(0);
  const anonymousAgain = await get(q);
  expect(anonymousAgain.headers.get('x-cache')).toBe('miss');
  expect(anonymousAgain.headers.get('etag')).toBeNull();
});

test('a GET without the CSRF-preventing header is refused, and never served from the cache', async () => {
  await get(ACTION_TEXT); // cached for callers that send the header
  const bare = await fetch(`${server.url}?query=${encodeURIComponent(ACTION_TEXT)}`);
  expect(bare.status).toBe(400);
  expect(bare.headers.get('x-cache')).toBeNull();
});
