import { spawnSync } from 'node:child_process';
import type { TypedDocument } from '@cdp/sdk';
import { connectAsAdmin, type Response as GraphQLResponse } from '../support/api';
import { graphql } from '../support/generated';
import { CLI_MAIN, startServer, TestServer } from '../support/server';

/**
 * HTTP caching of reads: an ETag made of the data revision, 304 for a matching If-None-Match,
 * identical reads served from the cached bytes before the GraphQL pipeline runs, and a read after
 * any write (through the API or another process) seeing the write.
 *
 * The requests are raw fetches on purpose: their headers (ETag, If-None-Match, x-cache, the
 * CSRF-preventing header) and exact bodies are the subject. Their documents are typed, and so is
 * what `body` reads from an answer.
 */
let server: TestServer;
/** Headers sending an admin key. */
let admin: Record<string, string>;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const ACTION_TEXT = graphql(`
  query CachingActionText {
    actions(first: 1) {
      nodes {
        id
        version
        text
      }
    }
  }
`);
const UPDATE_REPLAYED = graphql(`
  mutation CachingUpdateReplayed($input: UpdateActionInput!) {
    updateAction(input: $input) {
      replayed
    }
  }
`);
const UPDATE_TEXT = graphql(`
  mutation CachingUpdateText($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        text
      }
    }
  }
`);
const API_KEYS = graphql(`
  query CachingApiKeys {
    apiKeys {
      name
    }
  }
`);
const AUDIT_SIZE = graphql(`
  query CachingAuditSize {
    changes(first: 0) {
      totalCount
    }
  }
`);

function get<TData>(document: TypedDocument<TData, Record<string, never>>, headers: Record<string, string> = {}) {
  return fetch(`${server.url}?query=${encodeURIComponent(document.toString())}`, { headers: { ...PREFLIGHT, ...headers } });
}
function post<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables?: TVariables, headers: Record<string, string> = {}) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
}
/** The JSON body of an answer to `document`, typed by it. */
async function body<TData>(res: Response, document: TypedDocument<TData, never>): Promise<GraphQLResponse<TData>['body']> {
  void document;
  return (await res.json()) as GraphQLResponse<TData>['body'];
}

beforeAll(async () => {
  server = await startServer({ env: { SQL_STATEMENT_COUNT: '1' } });
  admin = connectAsAdmin(server, 'Cache tests').headers;
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
  const { data } = await body(await post(ACTION_TEXT), ACTION_TEXT);
  const action = data!.actions.nodes[0];
  const input = { id: action.id, expectedVersion: action.version, target: 'Cached?', idempotencyKey: 'cache-test' };
  const one = await post(UPDATE_REPLAYED, { input }, admin);
  const two = await post(UPDATE_REPLAYED, { input }, admin);
  expect(one.headers.get('x-cache')).toBe('miss');
  expect(two.headers.get('x-cache')).toBe('miss');
  expect((await body(two, UPDATE_REPLAYED)).data!.updateAction!.replayed).toBe(true);
});

test('a read after a write through the API sees the write, and the old ETag no longer matches', async () => {
  const before = await get(ACTION_TEXT);
  const etag = before.headers.get('etag')!;
  const action = (await body(before, ACTION_TEXT)).data!.actions.nodes[0];
  const write = await post(UPDATE_TEXT, { input: { id: action.id, expectedVersion: action.version, text: 'Changed through the API' } }, admin);
  expect((await body(write, UPDATE_TEXT)).data!.updateAction!.action.text).toBe('Changed through the API');

  const after = await get(ACTION_TEXT, { 'if-none-match': etag });
  expect(after.status).toBe(200);
  expect(after.headers.get('x-cache')).toBe('miss');
  expect(after.headers.get('etag')).not.toBe(etag);
  expect((await body(after, ACTION_TEXT)).data!.actions.nodes[0].text).toBe('Changed through the API');
});

test('a read after a write from another process (the CLI) sees the write', async () => {
  const q = API_KEYS;
  const before = await body(await get(q, admin), q);
  expect((await get(q, admin)).headers.get('x-cache')).toBe('hit');
  const cli = spawnSync(process.execPath, [CLI_MAIN, 'keys', 'create', '--role', 'reader', '--name', 'Made by the CLI'], {
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: server.databaseUrl },
    encoding: 'utf8',
  });
  expect(cli.status).toBe(0);
  const after = await get(q, admin);
  expect(after.headers.get('x-cache')).toBe('miss');
  const names = (await body(after, q)).data!.apiKeys.map((k) => k.name);
  expect(names).toEqual([...before.data!.apiKeys.map((k) => k.name), 'Made by the CLI']);
});

test('callers of different access get separate cache entries; errors are never cached', async () => {
  const q = AUDIT_SIZE;
  const anonymous = await get(q);
  expect((await body(anonymous, q)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  const withKey = await get(q, admin);
  expect((await body(withKey, q)).data!.changes.totalCount).toBeGreaterThan(0);
  const anonymousAgain = await get(q);
  expect(anonymousAgain.headers.get('x-cache')).toBe('miss');
  expect(anonymousAgain.headers.get('etag')).toBeNull();
});

test('a GET without the CSRF-preventing header is refused, and never served from the cache', async () => {
  await get(ACTION_TEXT); // cached for callers that send the header
  const bare = await fetch(`${server.url}?query=${encodeURIComponent(ACTION_TEXT.toString())}`);
  expect(bare.status).toBe(400);
  expect(bare.headers.get('x-cache')).toBeNull();
});
