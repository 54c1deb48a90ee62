import 'reflect-metadata';
import { createServer as createNetServer } from 'node:net';
import { mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import Fastify, { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from '../../db/database';
import { createDatabase } from '../../db/data-source';
import { SQLITE_MIGRATIONS } from '../../db/migrations';
import { loggingOptions, loggedPath, requestIdFor } from '../logging';
import { Metrics, MAX_OPERATION_LABELS } from '../metrics';
import { ObservabilityConfig, observeOutsideLifecycle, registerObservability } from '../observability';
import type { RequestInfo } from '../request-info';

const SECRET_KEY = `cdp_abcdefghij_${'S'.repeat(43)}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Harness {
  app: FastifyInstance;
  origin: string;
  database: Database;
  file: string;
  /** Raw log output, and its lines parsed. */
  raw(): string;
  lines(): Array<Record<string, any>>;
}

let dir: string;
const harnesses: Harness[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdp-observability-'));
});
afterEach(async () => {
  for (const h of harnesses.splice(0)) {
    await h.app.close();
    await h.database.destroy();
  }
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A bare Fastify instance as the front builds one (logging options, request.cdp), with a stand-in
 * /graphql that fills request.cdp the way the front does, and a write route.
 */
async function harness(config: Partial<ObservabilityConfig> = {}, logLevel = 'info'): Promise<Harness> {
  const file = join(dir, `cdp-${harnesses.length}.sqlite`);
  const database = createDatabase({ database: { type: 'sqlite', file } });
  await database.initialize();
  let raw = '';
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      raw += String(chunk);
      callback();
    },
  });
  const app = Fastify({
    ...loggingOptions({ nodeEnv: 'test', logLevel }, destination),
    // As the front answers a target the router cannot read: outside Fastify's hooks.
    frameworkErrors: (_error, request, reply) => {
      const answer = reply as unknown as FastifyReply;
      observeOutsideLifecycle(request, answer);
      void answer.code(400).send({ errors: [{ message: 'bad target', extensions: { code: 'BAD_REQUEST' } }] });
    },
  });
  app.decorateRequest('cdp', null as unknown as RequestInfo);
  app.addHook('onRequest', (request, _reply, done) => {
    request.cdp = {};
    done();
  });
  await registerObservability(app, {
    config: { host: '127.0.0.1', database: { type: 'sqlite', file }, metrics: { enabled: false, port: null }, ...config },
    database,
  });
  app.post('/graphql', async (request) => {
    const body = request.body as { operationName?: string };
    request.cdp.operationName = body.operationName;
    request.cdp.operationType = 'query';
    request.cdp.cache = 'miss';
    request.cdp.sqlStatements = 3;
    if (request.headers.authorization) {
      request.cdp.keyPrefix = 'abcdefghij';
      request.cdp.keyName = 'RESET case system';
      // Something that logs the request's headers must not write the key either.
      request.log.warn({ req: { headers: request.headers }, headers: request.headers }, 'headers seen');
    }
    return { data: { ok: true } };
  });
  app.post('/write', async () => {
    await database.writeTransaction(async () => undefined);
    return { ok: true };
  });
  app.post('/write-fails', async () => {
    await database.writeTransaction(async () => {
      throw new Error('refused');
    });
  });
  app.get('/boom', async () => {
    throw new Error('boom');
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const h: Harness = {
    app,
    origin,
    database,
    file,
    raw: () => raw,
    lines: () =>
      raw
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
  harnesses.push(h);
  return h;
}

interface Answer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  json(): any;
}

/**
 * One request over HTTP (Fastify's inject needs light-my-request, whose cookie dependency is an
 * ES module jest cannot load).
 */
async function call(h: Harness, options: { method: string; url: string; headers?: Record<string, string>; payload?: unknown }): Promise<Answer> {
  const res = await fetch(h.origin + options.url, {
    method: options.method,
    headers: { ...(options.payload === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: options.payload === undefined ? undefined : JSON.stringify(options.payload),
  });
  const body = await res.text();
  return { statusCode: res.status, headers: Object.fromEntries(res.headers), body, json: () => JSON.parse(body) };
}

/** The log lines of finished requests (onResponse runs after the answer is sent: wait for it). */
async function requestLines(h: Harness) {
  await new Promise((resolve) => setTimeout(resolve, 30));
  return h.lines().filter((line) => line.msg === 'request' || line.msg === 'request failed');
}

describe('request ids', () => {
  test('a safe caller id is kept; anything else gets a new UUID', () => {
    expect(requestIdFor('abc-123_X.y:z')).toBe('abc-123_X.y:z');
    expect(requestIdFor('a'.repeat(128))).toBe('a'.repeat(128));
    for (const bad of ['a'.repeat(129), '', 'has space', 'quote"', 'new\nline', '{"json":1}', 'ünïcode']) expect(requestIdFor(bad)).toMatch(UUID);
    expect(requestIdFor(['a', 'b'])).toMatch(UUID);
    expect(requestIdFor(undefined)).toMatch(UUID);
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });

  test('logged paths lose the query string, long tails and keys', () => {
    expect(loggedPath('/graphql?query=%7Bplan%7D&variables=secret')).toBe('/graphql');
    expect(loggedPath(`/${'x'.repeat(500)}`)).toHaveLength(201);
    expect(loggedPath(`/keys/${SECRET_KEY}/x`)).toBe('/keys/cdp_[redacted]/x');
  });
});

describe('logger options', () => {
  test('JSON everywhere but NODE_ENV=development, which reads through pino-pretty', () => {
    const logger = (nodeEnv: 'development' | 'production' | 'test') =>
      loggingOptions({ nodeEnv, logLevel: 'debug' }).logger as { level: string; transport?: { target: string } };
    expect(logger('production')).toMatchObject({ level: 'debug' });
    expect(logger('production').transport).toBeUndefined();
    expect(logger('test').transport).toBeUndefined();
    expect(logger('development').transport?.target).toBe(require.resolve('pino-pretty'));
  });
});

describe('the request log', () => {
  test('one JSON line per request, with the request id (sent or generated), echoed in x-request-id', async () => {
    const h = await harness();
    const sent = await call(h, {
      method: 'POST',
      url: '/graphql?x=1',
      headers: { 'x-request-id': 'trace-42' },
      payload: { query: '{ plan { title } }', operationName: 'PlanTitle' },
    });
    expect(sent.headers['x-request-id']).toBe('trace-42');
    const generated = await call(h, { method: 'POST', url: '/graphql', payload: { query: '{ a }' } });
    expect(String(generated.headers['x-request-id'])).toMatch(UUID);
    const refused = await call(h, { method: 'POST', url: '/graphql', headers: { 'x-request-id': 'not safe!' }, payload: { query: '{ a }' } });
    expect(String(refused.headers['x-request-id'])).toMatch(UUID);

    const lines = await requestLines(h);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      level: 30,
      reqId: 'trace-42',
      method: 'POST',
      route: '/graphql',
      url: '/graphql',
      status: 200,
      operationName: 'PlanTitle',
      operationType: 'query',
      cache: 'miss',
      sqlStatements: 3,
    });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(typeof lines[0].time).toBe('number');
    expect(lines[1].reqId).toBe(generated.headers['x-request-id']);
    expect(lines[1].operationName).toBeUndefined();
    expect(lines[2].reqId).toBe(refused.headers['x-request-id']);
    expect(h.raw()).not.toContain('not safe!');
  });

  test('unmatched routes and failures are logged, with the id echoed on their answers too', async () => {
    const h = await harness();
    const missing = await call(h, { method: 'GET', url: '/nowhere?token=abc', headers: { 'x-request-id': 'r-404' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-request-id']).toBe('r-404');
    const failed = await call(h, { method: 'GET', url: '/boom', headers: { 'x-request-id': 'r-500' } });
    expect(failed.statusCode).toBe(500);
    expect(failed.headers['x-request-id']).toBe('r-500');
    const lines = await requestLines(h);
    expect(lines.find((l) => l.reqId === 'r-404')).toMatchObject({ route: 'unmatched', url: '/nowhere', status: 404, level: 30 });
    expect(lines.find((l) => l.reqId === 'r-500')).toMatchObject({ route: '/boom', status: 500, level: 50 });
    expect(h.raw()).not.toContain('token=abc');
  });

  test('a request target the router cannot read is logged and counted too', async () => {
    const h = await harness({ metrics: { enabled: true, port: null } });
    const answer = await new Promise<{ status: number; id: unknown }>((resolve, reject) => {
      const { port } = h.app.server.address() as AddressInfo;
      request({ host: '127.0.0.1', port, path: '/%zz?token=abc', headers: { 'x-request-id': 'r-bad-target' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, id: res.headers['x-request-id'] }));
      })
        .on('error', reject)
        .end();
    });
    expect(answer).toEqual({ status: 400, id: 'r-bad-target' });
    const lines = (await requestLines(h)).filter((l) => l.reqId === 'r-bad-target');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ route: 'unmatched', url: '/%zz', status: 400, method: 'GET' });
    expect((await call(h, { method: 'GET', url: '/metrics' })).body).toContain('http_requests_total{route="unmatched",operation="none",status="400"} 1');
  });

  test('the key prefix and name are logged, never the key itself', async () => {
    const h = await harness();
    for (let i = 0; i < 3; i++) {
      const res = await call(h, {
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${SECRET_KEY}` },
        payload: { query: '{ a }', operationName: 'Mine' },
      });
      expect([res.statusCode, res.body]).toEqual([200, '{"data":{"ok":true}}']);
    }
    const lines = await requestLines(h);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ keyPrefix: 'abcdefghij', keyName: 'RESET case system', operationName: 'Mine' });
    expect(h.raw()).toContain('headers seen');
    expect(h.raw()).toContain('[redacted]');
    expect(h.raw()).not.toContain('S'.repeat(43));
    expect(h.raw()).not.toContain('Bearer');
  });

  test('probes are logged at debug level; LOG_LEVEL=warn keeps only warnings and errors', async () => {
    const h = await harness({}, 'debug');
    await call(h, { method: 'GET', url: '/healthz' });
    expect((await requestLines(h))[0]).toMatchObject({ route: '/healthz', level: 20 });

    const quiet = await harness({}, 'warn');
    await call(quiet, { method: 'GET', url: '/healthz' });
    await call(quiet, { method: 'POST', url: '/graphql', payload: { query: '{ a }' } });
    await call(quiet, { method: 'GET', url: '/boom' });
    expect((await requestLines(quiet)).map((l) => l.status)).toEqual([500]);
  });
});

describe('metrics', () => {
  async function scrape(h: Harness, url = '/metrics'): Promise<string> {
    const res = await call(h, { method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.body;
  }

  test('requests, durations, cache results, rate limits and write transactions are counted', async () => {
    const h = await harness({ metrics: { enabled: true, port: null } });
    for (let i = 0; i < 3; i++) await call(h, { method: 'POST', url: '/graphql', payload: { query: '{ a }', operationName: 'PlanTitle' } });
    await call(h, { method: 'GET', url: '/nowhere' });
    await call(h, { method: 'POST', url: '/write' });
    await call(h, { method: 'POST', url: '/write-fails' });
    const text = await scrape(h);
    expect(text).toContain('http_requests_total{route="/graphql",operation="PlanTitle",status="200"} 3');
    expect(text).toContain('http_requests_total{route="unmatched",operation="none",status="404"} 1');
    expect(text).toContain('http_request_duration_seconds_count{route="/graphql",operation="PlanTitle",status="200"} 3');
    expect(text).toContain('graphql_response_cache_results_total{result="miss"} 3');
    expect(text).toContain('graphql_response_cache_results_total{result="hit"} 0');
    expect(text).toContain('write_transaction_duration_seconds_count{outcome="committed"} 1');
    expect(text).toContain('write_transaction_duration_seconds_count{outcome="rolled_back"} 1');
    expect(text).toContain('http_requests_total{route="/write-fails",operation="none",status="500"} 1');
    expect(text).toContain('rate_limited_total 0');
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  test('operation labels are bounded in length, syntax and number', () => {
    const metrics = new Metrics();
    const label = (operationName?: string, operationType?: string) => metrics.operationLabel({ operationName, operationType } as RequestInfo);
    expect(label(undefined, 'query')).toBe('anonymous');
    expect(label()).toBe('none');
    expect(label('x'.repeat(65))).toBe('other');
    expect(label('has space')).toBe('other');
    expect(label('quote"')).toBe('other');
    for (let i = 0; i < MAX_OPERATION_LABELS; i++) expect(label(`Op${i}`)).toBe(`Op${i}`);
    expect(label('OneTooMany')).toBe('other');
    expect(label('Op0')).toBe('Op0');
  });

  test('METRICS=false: no /metrics, and write transactions are not timed', async () => {
    const h = await harness({ metrics: { enabled: false, port: null } });
    expect((await call(h, { method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    expect(h.database.onWriteTransaction).toBeUndefined();
  });

  test('METRICS_PORT: /metrics on that port only, closed with the app', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createNetServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as import('node:net').AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const h = await harness({ metrics: { enabled: true, port } });
    await call(h, { method: 'POST', url: '/graphql', payload: { query: '{ a }', operationName: 'Elsewhere' } });
    expect((await call(h, { method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('http_requests_total{route="/graphql",operation="Elsewhere",status="200"} 1');
    expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    expect(h.lines().some((l) => typeof l.msg === 'string' && l.msg.startsWith('Metrics served on http://127.0.0.1:'))).toBe(true);
    await h.app.close();
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});

describe('health and readiness', () => {
  test('/readyz is 200 on a fresh database and 503 once its header is overwritten; /healthz stays 200', async () => {
    const h = await harness();
    expect((await call(h, { method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
    const fd = openSync(h.file, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    // The server's own connection still answers from its cache and the WAL: the check must not rely on it.
    await expect(h.database.read.query('SELECT count(*) AS n FROM migrations')).resolves.toEqual([{ n: SQLITE_MIGRATIONS.length }]);
    const res = await call(h, { method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', reason: 'the database file is not a SQLite database' });
    const health = await call(h, { method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
  });

  test('/readyz is 503 when the file is moved away and replaced, or removed', async () => {
    const h = await harness();
    renameSync(h.file, `${h.file}.moved`);
    expect((await call(h, { method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'unavailable', reason: 'the database file cannot be read (ENOENT)' });
    writeFileSync(h.file, 'not a database\n'.repeat(10));
    expect((await call(h, { method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'unavailable',
      reason: 'the database file was replaced or moved since the server opened it',
    });
  });

  test('/readyz is 503 with a pending migration, or one this code does not know', async () => {
    const h = await harness();
    await h.database.write.query(`DELETE FROM migrations WHERE name = 'DataRevision1795423510175'`);
    const pending = await call(h, { method: 'GET', url: '/readyz' });
    expect(pending.statusCode).toBe(503);
    expect(pending.json().reason).toBe('migrations pending: DataRevision1795423510175');
    await h.database.write.query(
      `INSERT INTO migrations (timestamp, name) VALUES (1795423510175, 'DataRevision1795423510175'), (1895423510175, 'FromTheFuture1895423510175')`,
    );
    expect((await call(h, { method: 'GET', url: '/readyz' })).json().reason).toBe(
      'the database has migrations this version does not know: FromTheFuture1895423510175',
    );
  });

  test('/readyz is 503 when the database connection is gone', async () => {
    const h = await harness();
    await h.database.read.destroy();
    expect((await call(h, { method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'unavailable', reason: 'the database does not answer' });
  });
});
