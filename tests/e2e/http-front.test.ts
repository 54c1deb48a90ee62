// The HTTP front (Fastify): CORS, compression and the response cache's codings, nosniff on every
// answer, request targets that used to end the process, the JSON shape of 400/404/405/413,
// rate limits seen through the SDK, the response-size cap, and NODE_ENV unset being safe.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createClient, RateLimitedError } from '@cdp/sdk';
import { bearer, createKey, startServer, TestServer } from '../support/server';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request through node:http, which (unlike fetch) neither decodes the body nor normalises the path. */
function raw(origin: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Writes a request line and headers on a raw socket and returns everything the server sent back. */
function rawSocket(port: number, requestText: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(requestText));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(requestText.split('\r\n')[0])}`)));
  });
}

const PLAN = '{ plan { title } actions(first: 100) { nodes { id text status objective { text } } } }';
const ALLOWED_ORIGIN = 'https://intranet.example.org';

describe('HTTP front', () => {
  let server: TestServer;
  let port: number;

  beforeAll(async () => {
    server = await startServer({ env: { CORS_ORIGINS: `${ALLOWED_ORIGIN}, http://localhost:8080` } });
    port = Number(new URL(server.origin).port);
  });
  afterAll(() => server.stop());

  test('CORS: a preflight from an allowed origin gets 204 with the allow and expose headers', async () => {
    const res = await raw(server.origin, '/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
    const allowed = String(res.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    for (const h of [
      'authorization',
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
      'idempotency-key',
      'if-none-match',
    ])
      expect(allowed).toContain(h);
    expect(String(res.headers.vary)).toMatch(/Origin/);

    const post = await raw(server.origin, '/graphql', {
      method: 'POST',
      headers: { origin: ALLOWED_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plan { title } }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const exposed = String(post.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
    for (const h of ['etag', 'retry-after', 'x-request-id', 'x-cache']) expect(exposed).toContain(h);
    expect(String(post.headers.vary)).toMatch(/Origin/);
  });

  test('CORS: another origin gets no Access-Control-Allow-Origin, on the preflight or the request', async () => {
    const pre = await raw(server.origin, '/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const post = await raw(server.origin, '/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plan { title } }' }),
    });
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('gzip and brotli answers decode to the identity bytes, fresh and from the cache (stored, not compressed again)', async () => {
    const path = `/graphql?query=${encodeURIComponent(PLAN)}`;
    const get = (encoding: string | null) =>
      raw(server.origin, path, { headers: { 'apollo-require-preflight': 'true', ...(encoding ? { 'accept-encoding': encoding } : {}) } });
    const identity = await get(null);
    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBeGreaterThan(4096);
    JSON.parse(identity.body.toString('utf8'));

    const gzipped = await get('gzip, deflate');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(identity.body)).toBe(true);
    expect(gzipped.body.length).toBeLessThan(identity.body.length / 3);

    const brotli = await get('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(identity.body)).toBe(true);

    // From the cache: the very bytes stored the first time.
    const brAgain = await get('br');
    expect(brAgain.headers['x-cache']).toBe('hit');
    expect(brAgain.body.equals(brotli.body)).toBe(true);
    const gzAgain = await get('gzip');
    expect(gzAgain.headers['x-cache']).toBe('hit');
    expect(gzAgain.body.equals(gzipped.body)).toBe(true);

    // Each coding is its own representation: its own ETag, and a Vary that says so.
    expect(new Set([identity.headers.etag, gzipped.headers.etag, brotli.headers.etag]).size).toBe(3);
    expect(String(identity.headers.vary)).toMatch(/Authorization, Accept, Accept-Encoding/);
    const revalidated = await raw(server.origin, path, {
      headers: { 'apollo-require-preflight': 'true', 'accept-encoding': 'br', 'if-none-match': String(brotli.headers.etag) },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);

    // A POST too, and small answers are not compressed.
    const small = await raw(server.origin, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: JSON.stringify({ query: '{ plan { title } }' }),
    });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  test('the response cache keys on Accept: each caller gets the content type it asked for', async () => {
    const body = JSON.stringify({ query: '{ plan { title periodLabel } }' });
    const ask = (accept: string) => raw(server.origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
    const json = await ask('application/json');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const graphqlJson = await ask('application/graphql-response+json');
    expect(graphqlJson.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    const jsonAgain = await ask('application/json');
    expect(jsonAgain.headers['x-cache']).toBe('hit');
    expect(jsonAgain.headers['content-type']).toMatch(/^application\/json/);
    const graphqlAgain = await ask('application/graphql-response+json');
    expect(graphqlAgain.headers['x-cache']).toBe('hit');
    expect(graphqlAgain.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
  });

  test('X-Content-Type-Options: nosniff on every answer', async () => {
    const preflight = { 'apollo-require-preflight': 'true' };
    const q = `/graphql?query=${encodeURIComponent('{ plan { title } }')}`;
    const first = await raw(server.origin, q, { headers: preflight });
    const answers: Array<[string, Raw]> = [
      [
        'GraphQL POST',
        await raw(server.origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ plan { title } }"}' }),
      ],
      ['GraphQL GET (miss or hit)', first],
      ['cache hit', await raw(server.origin, q, { headers: preflight })],
      ['304', await raw(server.origin, q, { headers: { ...preflight, 'if-none-match': String(first.headers.etag) } })],
      [
        'GraphQL error',
        await raw(server.origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ nope }"}' }),
      ],
      ['CSRF 400', await raw(server.origin, q)],
      ['404', await raw(server.origin, '/nope?<script>')],
      ['405', await raw(server.origin, '/graphql', { method: 'DELETE' })],
      ['413', await raw(server.origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(300_000) })],
      ['bad JSON', await raw(server.origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
      ['playground page', await raw(server.origin, '/playground')],
      ['playground asset', await raw(server.origin, '/playground/assets/playground.css')],
      ['playground 404', await raw(server.origin, '/playground/assets/nope')],
      ['healthz', await raw(server.origin, '/healthz')],
      ['preflight', await raw(server.origin, '/graphql', { method: 'OPTIONS', headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' } })],
    ];
    expect(answers.find(([, r]) => r.status === 304)).toBeDefined();
    for (const [name, res] of answers) expect([name, res.headers['x-content-type-options']]).toEqual([name, 'nosniff']);
  });

  test('404, 405, 413 and bad JSON: one JSON error shape, and the 404 does not echo the request', async () => {
    const shape = (res: Raw) => {
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(res.body.toString('utf8'));
      expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: expect.any(String) } }] });
      return body.errors[0];
    };
    const missing = await raw(server.origin, '/%3Cimg%20src=x%20onerror=alert(1)%3E?q=<script>'.replace('<script>', '%3Cscript%3E'));
    expect(missing.status).toBe(404);
    const notFound = shape(missing);
    expect(notFound.extensions.code).toBe('NOT_FOUND');
    expect(missing.body.toString()).not.toMatch(/img|onerror|script/i);

    const wrong = await raw(server.origin, '/graphql', { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET, POST');
    expect(shape(wrong).extensions.code).toBe('METHOD_NOT_ALLOWED');

    const huge = await raw(server.origin, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ plan { title } } #${'x'.repeat(300_000)}` }),
    });
    expect(huge.status).toBe(413);
    expect(shape(huge).extensions.code).toBe('PAYLOAD_TOO_LARGE');

    const broken = await raw(server.origin, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(shape(broken).extensions.code).toBe('BAD_REQUEST');
  });

  // Each of these ended the old node:http front (ERR_INVALID_URL outside the handler's try).
  test.each(['//', '///', '//%', '//[', '/\\', '//a:99999/', '//@/', 'http://[/graphql', '/%', '/graphql?%'])(
    'request target %j: a clean 4xx, and the server stays up',
    async (target) => {
      const answer = await rawSocket(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(answer).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
      const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
      expect(JSON.parse(body).errors[0].extensions.code).toMatch(/^(BAD_REQUEST|NOT_FOUND)$/);
      expect(body).not.toMatch(/\n\s+at |\/work\/|node_modules/);
      const health = await fetch(`${server.origin}/healthz`);
      expect(health.status).toBe(200);
    },
  );

  test('a request line or header Node cannot parse gets a 400, and the server stays up', async () => {
    for (const text of ['GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', 'GARBAGE\r\n\r\n', 'GET /\0 HTTP/1.1\r\n\r\n']) {
      const answer = await rawSocket(port, text);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toMatch(/x-content-type-options: nosniff/i);
    }
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });
});

describe('rate limits', () => {
  let server: TestServer;
  let key: string;

  beforeAll(async () => {
    server = await startServer({ env: { RATE_LIMIT_MAX: '5', RATE_LIMIT_ANONYMOUS_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' } });
    key = createKey(server.databaseUrl, { role: 'reader', name: 'Rate limit test' });
  });
  afterAll(() => server.stop());

  test('an anonymous caller past its limit gets 429, Retry-After and RATE_LIMITED, seen by the SDK as RateLimitedError', async () => {
    const cdp = createClient({ url: server.url });
    for (let i = 0; i < 3; i++) await cdp.request('{ plan { title } }' as never);
    const error = await cdp.request('{ plan { title } }' as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBeGreaterThan(0);
    expect((error as RateLimitedError).retryAfter).toBeLessThanOrEqual(60);

    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ plan { title } }"}' });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: Number(res.headers.get('retry-after')) });
    // Probes are never limited.
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });

  test('a caller with a valid key has its own allowance, counted by the key (a made-up key counts as its IP)', async () => {
    const cdp = createClient({ url: server.url, apiKey: key });
    for (let i = 0; i < 5; i++) await cdp.request('{ plan { title } }' as never);
    const error = await cdp.request('{ plan { title } }' as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);

    const fake = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer('cdp_abcdefghij_' + 'x'.repeat(43)) },
      body: '{"query":"{ plan { title } }"}',
    });
    expect(fake.status).toBe(429); // the anonymous allowance of this IP is spent
  });
});

describe('TRUST_PROXY and the anonymous limit', () => {
  const ask = (server: TestServer, forwardedFor: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: '{"query":"{ plan { title } }"}',
    });

  test('unset: X-Forwarded-For is ignored, so a made-up address buys no fresh allowance', async () => {
    const server = await startServer({ env: { RATE_LIMIT_ANONYMOUS_MAX: '2' } });
    try {
      const statuses = [];
      for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) statuses.push((await ask(server, ip)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await server.stop();
    }
  });

  test('TRUST_PROXY=127.0.0.1: the address the proxy forwards is the one counted', async () => {
    const server = await startServer({ env: { RATE_LIMIT_ANONYMOUS_MAX: '2', TRUST_PROXY: '127.0.0.1' } });
    try {
      const statuses = [];
      for (const ip of ['10.0.0.1', '10.0.0.1', '10.0.0.1', '10.0.0.2']) statuses.push((await ask(server, ip)).status);
      expect(statuses).toEqual([200, 200, 429, 200]);
    } finally {
      await server.stop();
    }
  });
});

describe('limits and defaults', () => {
  test('an answer over MAX_RESPONSE_BYTES is replaced by RESPONSE_TOO_LARGE (200, data null), and not cached', async () => {
    const server = await startServer({ env: { MAX_RESPONSE_BYTES: '2000' } });
    try {
      const body = JSON.stringify({ query: PLAN });
      const post = () => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const res = await post();
      expect(res.status).toBe(200);
      const json = (await res.json()) as any;
      expect(json.data).toBeNull();
      expect(json.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
      expect((await post()).headers.get('x-cache')).toBe('miss');
      const small = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ plan { title } }"}' });
      expect(((await small.json()) as any).data.plan.title).toBeTruthy();
    } finally {
      await server.stop();
    }
  });

  test('NODE_ENV unset: a bare curl GET gets the CSRF 400 with no stack trace or path', async () => {
    const server = await startServer({ env: { NODE_ENV: '' } });
    try {
      const res = await fetch(`${server.url}?query=${encodeURIComponent('{plan{title}}')}`, { headers: { 'user-agent': 'curl/8.5.0', accept: '*/*' } });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.stacktrace).toBeUndefined();
      expect(text).not.toMatch(/\bat \w|\/work\/|node_modules|\.js:\d/);
      // Unset is production-safe: no introspection, no playground.
      const intro = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __schema { queryType { name } } }"}',
      });
      expect(((await intro.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await fetch(`${server.origin}/playground`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
