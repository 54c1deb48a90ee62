/**
 * The OpenAPI document (packages/schema/openapi.json) against the running server:
 * - it validates as OpenAPI 3.1 (@seriousme/openapi-schema-validator), and every example in it
 *   matches the schema it illustrates;
 * - it is what the server serves at /api/v1/openapi.json;
 * - every documented request, sent again in the order it was recorded to a fresh server (the
 *   same keys made the same way), gets the recorded status, and its answer validates against the
 *   documented schema of that status and media type (ajv, JSON Schema 2020-12), problems
 *   included, and equals the recorded example but for what changes from run to run; a GET
 *   answered 200 answers 304 to its ETag where the document says so;
 * - every route of the server is in the document, except the hidden ones (OPTIONS, HEAD, the 405
 *   answers for other methods, the playground, the reference page and its assets).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { MADE_UP_KEY, normaliseExample, SECOND_SERVER, UNKNOWN_MIGRATION } from '@cdp/api/dist/rest/examples';
import type { RecordedExample } from '@cdp/api/dist/rest/examples';
import { loadConfig } from '@cdp/api/dist/config';
import { openDb } from '../support/db';
import { RUN_STARTED_ENV } from '../support/engine';
import { createKey, startServer, tempDatabase, TestServer } from '../support/server';
import {
  Credentials,
  DOCUMENT_FILE,
  isJson,
  Json,
  mediaType,
  ndjsonLines,
  operationOf,
  readDocument,
  readExamples,
  SchemaValidator,
  sendExample,
} from '../support/openapi';

const document = readDocument();
const file = readExamples();
const schemas = new SchemaValidator(document);

/** Fields measured from today, which the server takes as the day of the request (the examples: file.today). */
const FROM_TODAY = ['overdue', 'daysUntilExpiry'];

function withoutToday(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutToday);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, FROM_TODAY.includes(k) ? '(from today)' : withoutToday(v)]));
  }
  return value;
}

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 with @seriousme/openapi-schema-validator', () => {
    const run = spawnSync(process.execPath, [resolve(__dirname, '../scripts/validate-openapi.mjs'), DOCUMENT_FILE], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { valid: boolean; version: string; errors: unknown[] };
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ valid: true, version: '3.1' });
    expect(document.openapi).toBe('3.1.0');
  });

  it('has an example for every answer it lists, and each matches the schema it illustrates', () => {
    const missing: string[] = [];
    const wrong: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths as Json)) {
      for (const [method, operation] of Object.entries(operations as Json)) {
        const media: [string, Json][] = [];
        for (const [status, response] of Object.entries((operation as Json).responses as Json)) {
          if (status !== '304' && !response.content) missing.push(`${method} ${path} ${status}: no content`);
          for (const [type, m] of Object.entries((response.content ?? {}) as Json)) media.push([`${status} ${type}`, m as Json]);
        }
        for (const [type, m] of Object.entries(((operation as Json).requestBody?.content ?? {}) as Json)) media.push([`body ${type}`, m as Json]);
        for (const [where, m] of media) {
          if (!m.examples && !where.startsWith('body')) {
            // The document itself and the metrics are not recorded (recorded as omitted).
            const omitted = file.examples.some((e) => e.path === path && e.request.method.toLowerCase() === method && e.response.omitted);
            if (!omitted) missing.push(`${method} ${path} ${where}`);
            continue;
          }
          for (const [name, example] of Object.entries((m.examples ?? {}) as Json)) {
            const value = example.$ref ? document.components.examples[String(example.$ref).split('/').pop()!].value : example.value;
            checked++;
            // NDJSON and text examples are the body as text: each NDJSON line is one record of the schema.
            const values = typeof value === 'string' && where.includes('ndjson') ? ndjsonLines(value) : [value];
            if (typeof value === 'string' && !where.includes('ndjson') && m.schema?.type !== 'string') continue;
            for (const v of values) {
              const errors = schemas.errors(m.schema, v);
              if (errors.length) wrong.push(`${method} ${path} ${where} ${name}: ${errors.join('; ')}`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});

describe('the running server', () => {
  let server: TestServer;
  /** METRICS=true, the default rate limits, no plan: the `metrics on` and `rate limit spent` examples. */
  let second: TestServer;
  let noChromium: TestServer | undefined;
  const credentials: Credentials = { 'made-up key': MADE_UP_KEY };
  const prefixes: Record<string, string> = {};
  // Times written during this run are masked: on PostgreSQL the seeded records were written when
  // the template was made at the start of the run (support/global-setup.ts), not by this file's server.
  const since = Number(process.env[RUN_STARTED_ENV] ?? Date.now()) - 60_000;
  const defaults = loadConfig({ DATABASE_URL: 'sqlite::memory:' }).rateLimit;

  beforeAll(async () => {
    [server, second] = await Promise.all([
      startServer(),
      startServer({ env: { ...SECOND_SERVER, RATE_LIMIT_MAX: String(defaults.max), RATE_LIMIT_ANONYMOUS_MAX: String(defaults.anonymousMax) } }),
    ]);
    // The keys the examples were recorded with, made the same way and in the same order.
    for (const key of file.keys) {
      const secret = createKey(server.databaseUrl, { role: key.role, name: key.name });
      credentials[key.role] = secret;
      prefixes[/^cdp_([a-z0-9]+)_/.exec(secret)![1]] = key.prefix;
    }
  }, 90_000);

  afterAll(async () => {
    await Promise.all([server?.stop(), second?.stop(), noChromium?.stop()]);
  });

  it('serves the committed document at /api/v1/openapi.json', async () => {
    const res = await fetch(`${server.origin}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(document);
  });

  /** Sends an example (its setup first) and returns the answer. */
  async function send(example: RecordedExample): Promise<Response> {
    const { request } = example;
    if (request.setup === 'metrics on') return sendExample(second.origin, request, credentials);
    if (request.setup === 'rate limit spent') {
      for (let i = 0; i < defaults.anonymousMax; i++) await (await fetch(`${second.origin}/api/v1/plans?fields=id`)).arrayBuffer();
      return sendExample(second.origin, request, credentials);
    }
    if (request.setup === 'no chromium') {
      // A server of its own on the same database, its CHROMIUM_PATH naming no file.
      noChromium ??= await startServer({ databaseUrl: server.databaseUrl, env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
      return sendExample(noChromium.origin, request, credentials);
    }
    if (request.setup === 'unknown migration') {
      const db = await openDb(server.databaseUrl);
      try {
        await db.run('INSERT INTO "migrations" ("timestamp", "name") VALUES (?, ?)', [UNKNOWN_MIGRATION.timestamp, UNKNOWN_MIGRATION.name]);
        return await sendExample(server.origin, request, credentials);
      } finally {
        await db.run('DELETE FROM "migrations" WHERE "name" = ?', [UNKNOWN_MIGRATION.name]);
        await db.close();
      }
    }
    return sendExample(server.origin, request, credentials);
  }

  const cases = file.examples.map(
    (example, i) => [`${String(i + 1).padStart(3, '0')} ${example.operationId} ${example.response.status} ${example.name}`, example] as const,
  );

  it.each(cases)('%s: answers as documented and as recorded', async (_title, example) => {
    const operation = operationOf(document, example);
    const res = await send(example);
    // Decoded keeping a byte-order mark (res.text() drops it): the CSV feeds start with one, and the example shows it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect({ status: res.status, text: res.status === example.response.status ? '' : text.slice(0, 500) }).toEqual({
      status: example.response.status,
      text: '',
    });

    const response = operation.responses[String(res.status)] as Json | undefined;
    expect(response).toBeDefined();
    const type = mediaType(res.headers.get('content-type'));
    if (!text) {
      expect(response!.content).toBeUndefined();
      return;
    }
    const media = response!.content?.[type!] as Json | undefined;
    if (!media) throw new Error(`${example.operationId} answered ${res.status} as ${type}, which the document does not list`);

    // The body against the documented schema.
    const body: unknown = isJson(type) ? JSON.parse(text) : text;
    const records = type === 'application/x-ndjson' ? ndjsonLines(text) : [body];
    for (const record of records) expect(schemas.errors(media.schema as object, record)).toEqual([]);

    // The documented headers of a success.
    if (res.status < 300 && response!.headers?.etag && isJson(type)) expect(res.headers.get('etag')).toMatch(/^(W\/)?"/);
    if (res.status === 201) expect(res.headers.get('location')).toMatch(/^\/api\/v1\//);

    // The same answer as recorded, but for what changes from run to run.
    if (!example.response.omitted && example.request.setup !== 'rate limit spent') {
      const n = { since, instant: file.instant, replace: prefixes };
      const actual = type === 'application/x-ndjson' ? ndjsonLines(text).map((line) => normaliseExample(line, n)) : normaliseExample(body, n);
      const recorded = type === 'application/x-ndjson' ? ndjsonLines(example.response.body as string) : example.response.body;
      expect(withoutToday(actual)).toEqual(withoutToday(recorded));
    }

    // A GET's ETag gets 304 where the document says so.
    if (example.request.method === 'GET' && res.status === 200 && isJson(type) && operation.responses['304']) {
      const etag = res.headers.get('etag');
      expect(etag).toBeTruthy();
      const again = await sendExample(server.origin, example.request, credentials, { 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
  });

  it('sent every example the document has', () => {
    expect(cases.length).toBe(file.examples.length);
    expect(new Set(file.examples.map((e) => e.operationId)).size).toBe(
      Object.values(document.paths as Json).reduce((n: number, ops) => n + Object.keys(ops as Json).length, 0),
    );
  });
});

describe('the routes of the server', () => {
  /** Paths the document leaves out on purpose: the playground, the reference page and their assets, the redirect from /, CORS preflight. */
  const HIDDEN = [/^\/$/, /^\/playground(\/|$)/, /^\/api\/v1\/docs(\/|$)/, /^\*$/];
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ env: { PLAYGROUND: 'true' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The routes of printRoutes()' tree, as [path, methods]. */
  function routesOf(tree: string): [string, string[]][] {
    const out: [string, string[]][] = [];
    const stack: string[] = [];
    for (const line of tree.split('\n')) {
      const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
      if (!m) continue;
      const depth = m[1].length / 4;
      stack.length = depth;
      stack.push(m[2]);
      if (m[3]) out.push([stack.join(''), m[3].split(', ')]);
    }
    return out;
  }

  it('are in the document, or hidden, or answer 405 for the methods a documented path does not have', async () => {
    // The same server, in a process of its own (tests/scripts/print-routes.cjs), on a fresh database.
    const run = spawnSync(process.execPath, [resolve(__dirname, '../scripts/print-routes.cjs'), await tempDatabase('empty')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const routes = routesOf(run.stdout);
    // The tree read right: a few routes every server has.
    const flat = routes.flatMap(([path, methods]) => methods.map((m) => `${m} ${path}`));
    expect(flat).toEqual(expect.arrayContaining(['GET /graphql', 'POST /graphql', 'PATCH /api/v1/actions/:id', 'GET /healthz', 'GET /metrics', 'GET /api/v1']));

    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(document.paths as Json)) {
      for (const method of Object.keys(operations as Json)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const undocumented: string[] = [];
    const others: [string, string][] = [];
    for (const [path, methods] of routes) {
      if (HIDDEN.some((h) => h.test(path))) continue;
      const known = methods.some((m) => documented.has(`${m} ${path}`));
      for (const method of methods) {
        if (documented.has(`${method} ${path}`)) continue;
        if (method === 'OPTIONS') continue; // CORS preflight and Allow
        if (method === 'HEAD' && documented.has(`GET ${path}`)) continue; // the GET without its body
        if (known) others.push([method, path]);
        else undocumented.push(`${method} ${path}`);
      }
    }
    expect(undocumented).toEqual([]);
    // Every other method on a documented path is refused: 405 with Allow.
    const refused = await Promise.all(
      others.map(async ([method, path]) => {
        const body = method === 'GET' || method === 'HEAD' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' };
        const res = await fetch(`${server.origin}${path.replace(/:(\w+)/g, 'x')}`, { method, ...body });
        await res.arrayBuffer();
        return { route: `${method} ${path}`, status: res.status, allow: res.headers.has('allow') };
      }),
    );
    expect(refused.filter((r) => r.status !== 405 || !r.allow)).toEqual([]);
    expect(others.length).toBeGreaterThan(100);
    // And every documented operation is a route of the server.
    const served = new Set(flat);
    expect([...documented].filter((d) => !served.has(d))).toEqual([]);
  }, 60_000);
});
