// The client against a fake fetch: what it sends, how it reads answers and errors, paging and
// node(). The same behaviour against the real server is in tests/e2e/sdk.test.ts.
import {
  BadInputError,
  CdpApiError,
  collect,
  ConflictError,
  createClient,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  UnknownError,
} from '../index';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, unknown> };
}

/** A fetch that records each request and answers with the next of `replies`. */
function fakeFetch(...replies: Array<{ status?: number; body: unknown; headers?: Record<string, string> }>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string) });
    const reply = replies.shift();
    if (!reply) throw new Error('no more replies');
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status ?? 200, headers: reply.headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

const url = 'http://api.test/graphql';
const page = (ids: string[], endCursor: string | null, hasNextPage: boolean) => ({
  data: { actions: { totalCount: 3, pageInfo: { hasNextPage, endCursor }, nodes: ids.map((id) => ({ id })) } },
});

describe('requests', () => {
  it('POSTs the document and variables as JSON, with the API key as a bearer token and extra headers', async () => {
    const { fetch, sent } = fakeFetch({ body: { data: { action: { id: 'A1' } } } });
    const client = createClient({ url, apiKey: 'k-123', headers: { 'x-request-source': 'test' }, fetch });
    await expect(client.action('A1')).resolves.toEqual({ id: 'A1' });
    expect(sent[0].url).toBe(url);
    expect(sent[0].headers).toMatchObject({ authorization: 'Bearer k-123', 'content-type': 'application/json', 'x-request-source': 'test' });
    expect(sent[0].body.query).toMatch(/query Action\(\$id: ID!\)/);
    expect(sent[0].body.query).toMatch(/fragment ActionFields on Action/);
    expect(sent[0].body.variables).toEqual({ id: 'A1' });
  });

  it('sends no Authorization header without an API key', async () => {
    const { fetch, sent } = fakeFetch({ body: { data: { plan: { id: 'P' } } } });
    await createClient({ url, fetch }).plan();
    expect(Object.keys(sent[0].headers).map((h) => h.toLowerCase())).not.toContain('authorization');
  });

  it('passes filter.asOf as $asOf too, so daysUntilExpiry and overdue use the same date as the filter', async () => {
    const { fetch, sent } = fakeFetch({ body: { data: { reprocurements: { nodes: [] } } } });
    await createClient({ url, fetch }).reprocurements({ filter: { asOf: '2024-04-01', overdue: true } });
    expect(sent[0].body.variables).toEqual({ asOf: '2024-04-01', filter: { asOf: '2024-04-01', overdue: true } });
  });
});

describe('errors', () => {
  const cases: Array<[string, new (...args: never[]) => CdpApiError]> = [
    ['NOT_FOUND', NotFoundError],
    ['BAD_USER_INPUT', BadInputError],
    ['GRAPHQL_VALIDATION_FAILED', BadInputError],
    ['GRAPHQL_PARSE_FAILED', BadInputError],
    ['QUERY_TOO_DEEP', BadInputError],
    ['TOO_MANY_ALIASES', BadInputError],
    ['QUERY_TOO_COMPLEX', BadInputError],
    ['UNAUTHENTICATED', UnauthenticatedError],
    ['FORBIDDEN', ForbiddenError],
    ['CONFLICT', ConflictError],
    ['RATE_LIMITED', RateLimitedError],
    ['INTERNAL_SERVER_ERROR', UnknownError],
    ['SOMETHING_NEW', UnknownError],
  ];
  it.each(cases)('%s becomes %p, with the server message, path, extensions and every error', async (code, ErrorClass) => {
    const errors = [
      { message: `first: ${code}`, path: ['action'], extensions: { code, argumentName: 'id' } },
      { message: 'second', path: ['other'], extensions: { code: 'NOT_FOUND' } },
    ];
    const { fetch } = fakeFetch({ body: { data: null, errors } });
    const error = await createClient({ url, fetch })
      .action('A1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(CdpApiError);
    expect(error).toMatchObject({ code, message: `first: ${code}`, path: ['action'], extensions: { code, argumentName: 'id' }, errors });
    expect((error as Error).name).toBe(ErrorClass.name);
  });

  it('reads Retry-After (seconds or an HTTP date) into RateLimitedError.retryAfter', async () => {
    const limited = { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] };
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const { fetch } = fakeFetch(
      { status: 429, body: limited, headers: { 'retry-after': '17' } },
      { status: 429, body: limited, headers: { 'retry-after': inAMinute } },
      { status: 429, body: limited },
    );
    const client = createClient({ url, fetch });
    await expect(client.plan()).rejects.toMatchObject({ retryAfter: 17, status: 429 });
    const byDate = (await client.plan().catch((e: unknown) => e)) as RateLimitedError;
    expect(byDate.retryAfter).toBeGreaterThanOrEqual(58);
    expect(byDate.retryAfter).toBeLessThanOrEqual(60);
    await expect(client.plan()).rejects.toMatchObject({ retryAfter: undefined });
  });

  it('maps an error status without GraphQL errors (a proxy in front) by the status', async () => {
    const { fetch } = fakeFetch({ status: 401, body: {} }, { status: 429, body: {}, headers: { 'retry-after': '5' } }, { status: 418, body: {} });
    const client = createClient({ url, fetch });
    await expect(client.plan()).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(client.plan()).rejects.toMatchObject({ constructor: RateLimitedError, retryAfter: 5 });
    await expect(client.plan()).rejects.toBeInstanceOf(UnknownError);
  });

  it('a body that is not JSON, or a 5xx, is a NetworkError', async () => {
    const { fetch } = fakeFetch(
      { status: 502, body: '<html>Bad Gateway</html>' },
      { status: 200, body: 'not json' },
      { status: 503, body: { errors: [{ message: 'down for maintenance' }] } },
    );
    const client = createClient({ url, fetch });
    await expect(client.plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'server-error', status: 502, code: 'NETWORK_ERROR' });
    await expect(client.plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'non-json', status: 200 });
    await expect(client.plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'server-error', message: 'down for maintenance' });
  });

  it('a failed fetch is a NetworkError carrying the cause', async () => {
    const cause = new TypeError('fetch failed');
    const fetch = (async () => {
      throw cause;
    }) as unknown as typeof globalThis.fetch;
    await expect(createClient({ url, fetch }).plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'fetch-failed', cause });
  });

  it('aborts after timeoutMs and reports a timeout', async () => {
    const fetch = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof globalThis.fetch;
    const started = Date.now();
    await expect(createClient({ url, fetch, timeoutMs: 50 }).plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('data without errors but null is an UnknownError', async () => {
    const { fetch } = fakeFetch({ body: { data: null } });
    await expect(createClient({ url, fetch }).plan()).rejects.toBeInstanceOf(UnknownError);
  });
});

describe('paging', () => {
  it('client.paginate walks every page, 100 at a time unless told, and passes the filter on', async () => {
    const { fetch, sent } = fakeFetch({ body: page(['a', 'b'], 'c2', true) }, { body: page(['c'], 'c3', false) });
    const client = createClient({ url, fetch });
    const ids = (await collect(client.paginate.actions({ filter: { agency: 'RESET' } }))).map((a) => a.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(sent.map((s) => s.body.variables)).toEqual([
      { first: 100, filter: { agency: 'RESET' } },
      { first: 100, filter: { agency: 'RESET' }, after: 'c2' },
    ]);
  });

  it('stops when the server repeats a cursor rather than looping', async () => {
    const { fetch, sent } = fakeFetch({ body: page(['a'], 'c1', true) }, { body: page(['b'], 'c1', true) });
    const ids = (await collect(createClient({ url, fetch }).paginate.actions({ first: 1 }))).map((a) => a.id);
    expect(ids).toEqual(['a', 'b']);
    expect(sent).toHaveLength(2);
  });
});

describe('node', () => {
  it('returns the fields under the alias of the object type, with __typename', async () => {
    const { fetch } = fakeFetch({
      body: { data: { node: { __typename: 'Agency', id: 'G1' }, action: {}, agency: { id: 'G1', name: 'RESET' }, plan: {} } },
    });
    const node = await createClient({ url, fetch }).node('G1');
    expect(node).toEqual({ __typename: 'Agency', id: 'G1', name: 'RESET' });
    if (node.__typename === 'Agency') expect(node.name).toBe('RESET');
  });

  it('nodes keeps the order asked and null where nothing exists', async () => {
    const { fetch } = fakeFetch({
      body: {
        data: {
          nodes: [{ __typename: 'Plan', id: 'P1' }, null, { __typename: 'Action', id: 'A1' }],
          plan: [{ id: 'P1', title: 'Plan' }, null, {}],
          action: [{}, null, { id: 'A1', text: 'Do it' }],
        },
      },
    });
    await expect(createClient({ url, fetch }).nodes(['P1', 'X', 'A1'])).resolves.toEqual([
      { __typename: 'Plan', id: 'P1', title: 'Plan' },
      null,
      { __typename: 'Action', id: 'A1', text: 'Do it' },
    ]);
  });
});
