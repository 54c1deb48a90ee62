import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { FastifyInstance } from 'fastify';
import { IMMUTABLE_CACHE_CONTROL, PLAYGROUND_CSP, prefersHtml, registerPlayground } from '../playground';
import { DEFAULT_PLAYGROUND_QUERY } from '../playground-query';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/** A raw request (node:http, not fetch: fetch would normalise "/a/../b" before sending it). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The playground on a bare Fastify; anything it does not answer gets 418 (as the GraphQL route would take it). */
async function serve(enabled: boolean): Promise<{ server: FastifyInstance; port: number }> {
  const server = Fastify();
  const page = await registerPlayground(server, { endpoint: '/graphql', defaultQuery: DEFAULT_PLAYGROUND_QUERY, enabled });
  const other = async (_req: unknown, reply: import('fastify').FastifyReply) => reply.code(418).type('text/plain').send('not handled by the playground');
  server.get('/graphql', async (req, reply) => (req.method !== 'POST' && page?.(req, reply)) || other(req, reply));
  server.post('/graphql', other);
  server.get('/healthz', other);
  await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, port: (server.server.address() as AddressInfo).port };
}

function close(server: FastifyInstance): Promise<void> {
  return server.close();
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

const ASSETS: Array<[name: string, type: RegExp, minBytes: number]> = [
  ['graphiql.min.js', /^text\/javascript/, 500_000],
  ['graphiql.min.css', /^text\/css/, 20_000],
  ['react.production.min.js', /^text\/javascript/, 5_000],
  ['react-dom.production.min.js', /^text\/javascript/, 100_000],
  ['playground.js', /^text\/javascript/, 500],
  ['playground.css', /^text\/css/, 50],
];

describe('playground (enabled)', () => {
  let server: FastifyInstance;
  let port: number;
  let origin: string;

  beforeAll(async () => {
    ({ server, port } = await serve(true));
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(() => close(server));

  it('serves the page with a strict CSP and no external URL', async () => {
    const res = await get(port, '/playground');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(PLAYGROUND_CSP);
    expect(PLAYGROUND_CSP).toContain("script-src 'self'");
    expect(PLAYGROUND_CSP).not.toMatch(/https?:/);
    expect(res.text).toContain('<title>CDP Plan API — playground</title>');
    const urls = res.text.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
    expect(urls.filter((u) => !u.startsWith(origin))).toEqual([]);
    // No inline script: every <script> has a same-origin src.
    const scripts = [...res.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\/playground\/assets\//);
      expect(body.trim()).toBe('');
    }
    expect(res.text).not.toMatch(/<style/);
  });

  it('links every allow-listed asset it needs, and each one is served', async () => {
    const page = await get(port, '/playground');
    const linked = [...page.text.matchAll(/(?:src|href)="(\/playground\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(linked).toHaveLength(6);
    for (const url of linked) {
      // Versioned by content hash: cached for a year, immutable.
      expect(url).toMatch(/\?v=[A-Za-z0-9_-]{12}$/);
      const res = await get(port, url);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it.each(ASSETS)('serves %s with its content type, length, cache headers and ETag', async (name, type, minBytes) => {
    const res = await get(port, `/playground/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.body.length).toBeGreaterThan(minBytes);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    // Without its ?v= version the URL may change content: revalidated each time.
    expect(res.headers['cache-control']).toBe('public, no-cache');
    expect(res.headers.etag).toMatch(/^(W\/)?"[A-Za-z0-9_-]+"$/);

    const again = await get(port, `/playground/assets/${name}`, { 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(res.headers.etag);

    const stale = await get(port, `/playground/assets/${name}`, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('boot script renders GraphiQL against the endpoint with the default query', async () => {
    const res = await get(port, '/playground/assets/playground.js');
    expect(res.text).toContain('"endpoint":"/graphql"');
    expect(res.text).toContain(JSON.stringify(DEFAULT_PLAYGROUND_QUERY).slice(1, 40));
    expect(res.text).toContain('isHeadersEditorEnabled: true');
    expect(res.text).toContain("method: 'POST'");
  });

  it('answers 304 for the page too', async () => {
    const res = await get(port, '/playground');
    const again = await get(port, '/playground', { 'if-none-match': String(res.headers.etag) });
    expect(again.status).toBe(304);
  });

  it.each([
    '/playground/assets/nope.js',
    '/playground/assets/../../package.json',
    '/playground/assets/..%2F..%2Fpackage.json',
    '/playground/assets/%2e%2e/graphiql.min.js',
    '/playground/assets/../assets/graphiql.min.js',
    '/playground/assets/',
    '/playground/assets/graphiql.min.js/',
    '/playground/assets/__proto__',
    '/playground/other',
  ])('404 for %s', async (path) => {
    const res = await get(port, path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text.length).toBeLessThan(200);
  });

  it('405 for a POST to the playground', async () => {
    expect((await get(port, '/playground', {}, 'POST')).status).toBe(405);
  });

  it('serves the page on GET /graphql to a browser, and nothing else there', async () => {
    const browser = await get(port, '/graphql', { accept: BROWSER_ACCEPT });
    expect(browser.status).toBe(200);
    expect(browser.headers['content-type']).toMatch(/^text\/html/);
    expect(browser.text).toContain('<title>CDP Plan API — playground</title>');
    expect(browser.headers.vary).toBe('Accept');

    // Not the playground: GraphQL over GET, JSON clients, curl, POST.
    expect((await get(port, '/graphql?query=%7B__typename%7D', { accept: BROWSER_ACCEPT })).status).toBe(418);
    expect((await get(port, '/graphql', { accept: 'application/json' })).status).toBe(418);
    expect((await get(port, '/graphql', { accept: 'application/graphql-response+json, application/json' })).status).toBe(418);
    expect((await get(port, '/graphql', { accept: '*/*' })).status).toBe(418);
    expect((await get(port, '/graphql')).status).toBe(418);
    expect((await get(port, '/graphql', { accept: BROWSER_ACCEPT }, 'POST')).status).toBe(418);
    expect((await get(port, '/healthz', { accept: BROWSER_ACCEPT })).status).toBe(418);
  });
});

describe('playground (disabled)', () => {
  let server: FastifyInstance;
  let port: number;
  beforeAll(async () => ({ server, port } = await serve(false)));
  afterAll(() => close(server));

  it.each(['/playground', '/playground/', '/playground/assets/graphiql.min.js', '/playground/assets/playground.js'])('404 for %s', async (path) => {
    const res = await get(port, path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/disabled/);
  });

  it('never intercepts /graphql', async () => {
    expect((await get(port, '/graphql', { accept: BROWSER_ACCEPT })).status).toBe(418);
  });
});

describe('prefersHtml', () => {
  it.each<[string | undefined, boolean]>([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['text/*', true],
    ['application/json, text/html;q=0.9', false],
    ['text/html;q=0.5, application/json;q=0.9', false],
    ['text/html, application/json', false],
    ['*/*', false],
    ['text/html;q=0', false],
    [undefined, false],
  ])('%s -> %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
