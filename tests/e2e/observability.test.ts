// Logs, metrics, health and readiness, as an operator sees them: the server's own output (pino JSON
// lines on stdout), /metrics parsed as Prometheus text, /healthz and /readyz.
import { request as httpRequest } from 'node:http';
import { closeSync, openSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
//
// Requests carry their own headers (x-request-id, forged or malformed authorization), so they go
// through support/api.ts's `post` with those headers; their documents are typed, and named: the
// log lines and metrics are checked by operation name.
import { createClient } from '@cdp/sdk';
import { post } from '../support/api';
import { graphql } from '../support/generated';
import { sqliteFileOf } from '../support/db';
import { databaseOf, quoteIdentifier, withAdmin } from '../support/engine';
import { createKey, freePort, startServer, testOnPostgres, testOnSqlite, type TestServer } from '../support/server';

interface PrometheusMetric {
  value?: string;
  labels?: Record<string, string>;
  count?: string;
  sum?: string;
  buckets?: Record<string, string>;
}
interface PrometheusFamily {
  name: string;
  help: string;
  type: string;
  metrics: PrometheusMetric[];
}
// No type declarations ship with the parser.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parsePrometheusTextFormat: (text: string) => PrometheusFamily[] = require('parse-prometheus-text-format');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const PLAN_TITLE = graphql(`
  query PlanTitle {
    plan {
      title
    }
  }
`);
const PILLAR_NAMES = graphql(`
  query PillarNames {
    plan {
      pillars {
        nodes {
          name
        }
      }
    }
  }
`);
/** A plain read for the requests whose subject is their headers. */
const TITLE = graphql(`
  query ObservabilityTitle {
    plan {
      title
    }
  }
`);
const METRICS_PROBE = graphql(`
  query MetricsProbe {
    plan {
      title
    }
  }
`);
const OWN_PORT = graphql(`
  query OwnPort {
    plan {
      title
    }
  }
`);
const OVER_LIMIT = graphql(`
  query OverLimit {
    plan {
      title
    }
  }
`);

/** One pino line: the fields these tests read, and whatever else it holds. */
interface LogLine {
  reqId?: string;
  msg?: string;
  [field: string]: unknown;
}

/** The server's output lines that are JSON objects (pino), in order. */
function logLines(server: TestServer): LogLine[] {
  const lines: LogLine[] = [];
  for (const text of server.output().split('\n')) {
    if (!text.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(text));
    } catch {
      // a line cut by the pipe's chunking: the next read completes it
    }
  }
  return lines;
}

/** The request lines of one request id, once the server has written at least one (it logs after answering). */
async function requestLinesFor(server: TestServer, reqId: string): Promise<LogLine[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = logLines(server).filter((line) => line.reqId === reqId && (line.msg === 'request' || line.msg === 'request failed'));
    if (found.length || Date.now() > deadline) {
      // Give a duplicate line, if any, the time to arrive before the caller counts.
      await new Promise((r) => setTimeout(r, 100));
      return logLines(server).filter((line) => line.reqId === reqId && (line.msg === 'request' || line.msg === 'request failed'));
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

interface Scrape {
  families: PrometheusFamily[];
  text: string;
}

async function scrape(url: string): Promise<Scrape> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  return { families: parsePrometheusTextFormat(text), text };
}

function family({ families }: Scrape, name: string): PrometheusFamily {
  const found = families.find((f) => f.name === name);
  if (!found) throw new Error(`no metric ${name} in ${families.map((f) => f.name).join(', ')}`);
  return found;
}

function matching(metrics: PrometheusMetric[], labels: Record<string, string>): PrometheusMetric | undefined {
  return metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

/** The value of a counter's series (0 when it has none yet). */
function counter(scrape: Scrape, name: string, labels: Record<string, string> = {}): number {
  return Number(matching(family(scrape, name).metrics, labels)?.value ?? 0);
}

/**
 * The count of a histogram's series. The parser folds every series of a histogram into one
 * (labels other than `le` are lost), so its `_count` lines are parsed as a counter of their own.
 */
function histogramCount(scrape: Scrape, name: string, labels: Record<string, string>): number {
  expect(family(scrape, name).type).toBe('HISTOGRAM');
  const lines = scrape.text.split('\n').filter((line) => line.startsWith(`${name}_count{`));
  const counts = parsePrometheusTextFormat(`# HELP ${name}_count count\n# TYPE ${name}_count counter\n${lines.join('\n')}\n`);
  return Number(matching(counts[0]?.metrics ?? [], labels)?.value ?? 0);
}

describe('request log and metrics (METRICS=true, on the main port)', () => {
  let server: TestServer;
  let readerKey: string;
  let adminKey: string;

  beforeAll(async () => {
    server = await startServer({ env: { METRICS: 'true', LOG_LEVEL: 'info' } });
    readerKey = createKey(server.databaseUrl, { role: 'reader', name: 'Intranet reader' });
    adminKey = createKey(server.databaseUrl, { role: 'admin', name: 'CDP coordinator' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('one JSON line per request, with the request id it was sent (echoed) and the operation name', async () => {
    const res = await post(server.url, PLAN_TITLE, {}, { 'x-request-id': 'e2e-trace-0001' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('e2e-trace-0001');
    const lines = await requestLinesFor(server, 'e2e-trace-0001');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'POST', route: '/graphql', url: '/graphql', status: 200, operationName: 'PlanTitle' });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(['hit', 'miss']).toContain(lines[0].cache);
  });

  test('a generated id (UUID) when none, or an unsafe one, is sent; GET query strings stay out of the log', async () => {
    const query = encodeURIComponent(PILLAR_NAMES.toString());
    const plain = await fetch(`${server.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(plain.status).toBe(200);
    const id = plain.headers.get('x-request-id')!;
    expect(id).toMatch(UUID);
    const lines = await requestLinesFor(server, id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', url: '/graphql', status: 200, operationName: 'PillarNames' });
    expect(server.output()).not.toContain('PillarNames%20');

    const unsafe = await post(server.url, TITLE, {}, { 'x-request-id': 'has spaces and "quotes"' });
    expect(unsafe.headers.get('x-request-id')).toMatch(UUID);
    expect(await requestLinesFor(server, unsafe.headers.get('x-request-id')!)).toHaveLength(1);
    expect(server.output()).not.toContain('has spaces and');
  });

  test('an unknown route, or a target the router cannot read, is logged once too, as unmatched', async () => {
    const res = await fetch(`${server.origin}/no/such/page?secret=1`, { headers: { 'x-request-id': 'e2e-404' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('e2e-404');
    const lines = await requestLinesFor(server, 'e2e-404');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ route: 'unmatched', url: '/no/such/page', status: 404 });

    // A target the router cannot read is answered outside Fastify's hooks: still one line, and the id.
    const bad = await new Promise<{ status: number; id: unknown }>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      httpRequest({ host: hostname, port, path: '/%zz', headers: { 'x-request-id': 'e2e-bad-target' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, id: res.headers['x-request-id'] }));
      })
        .on('error', reject)
        .end();
    });
    expect(bad).toEqual({ status: 400, id: 'e2e-bad-target' });
    expect(await requestLinesFor(server, 'e2e-bad-target')).toMatchObject([{ route: 'unmatched', status: 400 }]);
  });

  test('the key prefix and name are logged, and no key secret appears anywhere in the log', async () => {
    const reader = createClient({ url: server.url, apiKey: readerKey, headers: { 'x-request-id': 'e2e-sdk-reader' } });
    await reader.plans();
    // cdp_<prefix>_<secret>: the prefix is 10 characters, the secret may itself contain '_'.
    const prefix = readerKey.slice(4, 14);
    const secretOf = (key: string) => key.slice(15);
    const lines = await requestLinesFor(server, 'e2e-sdk-reader');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ keyPrefix: prefix, keyName: 'Intranet reader', status: 200 });

    const admin = createClient({ url: server.url, apiKey: adminKey, headers: { 'x-request-id': 'e2e-sdk-admin' } });
    await admin.createAgency({ name: 'Observability test agency', kind: 'ORGANISATION' });
    expect(await requestLinesFor(server, 'e2e-sdk-admin')).toHaveLength(1);

    // A refused key of the right shape, and a malformed header.
    const forged = `cdp_${prefix}_${'x'.repeat(43)}`;
    await post(server.url, TITLE, {}, { authorization: `Bearer ${forged}`, 'x-request-id': 'e2e-forged' });
    await post(server.url, TITLE, {}, { authorization: 'Basic dXNlcjpwYXNz', 'x-request-id': 'e2e-basic' });
    expect(await requestLinesFor(server, 'e2e-forged')).toHaveLength(1);
    expect(await requestLinesFor(server, 'e2e-basic')).toHaveLength(1);

    const log = server.output();
    for (const key of [readerKey, adminKey]) {
      expect(log).not.toContain(key);
      expect(log).not.toContain(secretOf(key));
    }
    expect(log).not.toContain('x'.repeat(43));
    expect(log).not.toContain('dXNlcjpwYXNz');
    expect(log).not.toMatch(/Bearer/i);
  });

  test('/metrics parses as Prometheus text and its counters move with requests', async () => {
    const before = await scrape(`${server.origin}/metrics`);
    const series = { route: '/graphql', operation: 'MetricsProbe', status: '200' };
    for (let i = 0; i < 3; i++) expect((await post(server.url, METRICS_PROBE, {})).status).toBe(200);
    const admin = createClient({ url: server.url, apiKey: adminKey });
    await admin.createAgency({ name: 'Another observability agency', kind: 'ORGANISATION' });
    await new Promise((r) => setTimeout(r, 100));
    const after = await scrape(`${server.origin}/metrics`);

    expect(counter(after, 'http_requests_total', series) - counter(before, 'http_requests_total', series)).toBe(3);
    expect(histogramCount(after, 'http_request_duration_seconds', series) - histogramCount(before, 'http_request_duration_seconds', series)).toBe(3);
    // The same read three times: one miss, then hits.
    expect(
      counter(after, 'graphql_response_cache_results_total', { result: 'miss' }) - counter(before, 'graphql_response_cache_results_total', { result: 'miss' }),
    ).toBe(1);
    expect(
      counter(after, 'graphql_response_cache_results_total', { result: 'hit' }) - counter(before, 'graphql_response_cache_results_total', { result: 'hit' }),
    ).toBe(2);
    const committed = { outcome: 'committed' };
    expect(
      histogramCount(after, 'write_transaction_duration_seconds', committed) - histogramCount(before, 'write_transaction_duration_seconds', committed),
    ).toBeGreaterThanOrEqual(1);
    expect(family(after, 'rate_limited_total').type).toBe('COUNTER');
    expect(family(after, 'process_resident_memory_bytes').metrics[0].value).toMatch(/^\d/);
    // The scrape itself is a request.
    expect(counter(after, 'http_requests_total', { route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);
  });
});

describe('health and readiness', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.kill();
  });

  test('METRICS unset: no /metrics', async () => {
    const res = await fetch(`${server.origin}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('http_requests_total');
  });

  const ready = async () => {
    const res = await fetch(`${server.origin}/readyz`);
    return { status: res.status, body: await res.json() };
  };
  const health = async () => (await fetch(`${server.origin}/healthz`)).status;

  testOnSqlite(
    '/readyz fails while the database file is unreadable, and recovers; /healthz answers throughout',
    'the file itself is overwritten and moved',
    async () => {
      const databaseFile = sqliteFileOf(server.databaseUrl);
      expect(await ready()).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await health()).toBe(200);

      // Overwrite the header (tests run as root: chmod would not stop reads).
      const header = Buffer.alloc(100);
      const fd = openSync(databaseFile, 'r+');
      readSync(fd, header, 0, 100, 0);
      writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
      closeSync(fd);
      expect(await ready()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'the database file is not a SQLite database' } });
      expect(await ready()).toMatchObject({ status: 503 });
      expect(await health()).toBe(200);

      // Put the header back: ready again (the check reads the file each time).
      const restore = openSync(databaseFile, 'r+');
      writeSync(restore, header, 0, 100, 0);
      closeSync(restore);
      expect(await ready()).toEqual({ status: 200, body: { status: 'ok' } });

      // Move the file away and put something else in its place.
      renameSync(databaseFile, `${databaseFile}.moved`);
      writeFileSync(databaseFile, 'not a database\n'.repeat(20));
      expect(await ready()).toEqual({
        status: 503,
        body: { status: 'unavailable', reason: 'the database file was replaced or moved since the server opened it' },
      });
      expect(await health()).toBe(200);
    },
  );

  testOnPostgres(
    '/readyz fails while the database refuses connections, and recovers; /healthz answers throughout',
    'its SQLite counterpart is above',
    async () => {
      expect(await ready()).toEqual({ status: 200, body: { status: 'ok' } });
      const name = databaseOf(server.databaseUrl);
      const refuse = async (refused: boolean) =>
        withAdmin(async (admin) => {
          await admin.query(`ALTER DATABASE ${quoteIdentifier(name)} WITH ALLOW_CONNECTIONS ${refused ? 'false' : 'true'}`);
          if (refused) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        });
      await refuse(true);
      try {
        expect(await ready()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'the database does not answer' } });
        expect(await ready()).toMatchObject({ status: 503 });
        expect(await health()).toBe(200);
      } finally {
        await refuse(false);
      }
      // Ready again once the pool has new connections (the check makes one).
      const deadline = Date.now() + 10_000;
      let again = await ready();
      while (again.status !== 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        again = await ready();
      }
      expect(again).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await health()).toBe(200);
    },
  );
});

describe('METRICS_PORT', () => {
  test('/metrics is served on that port only, and counts rate-limited requests', async () => {
    const metricsPort = await freePort();
    const server = await startServer({ env: { METRICS: 'true', METRICS_PORT: String(metricsPort), RATE_LIMIT_ANONYMOUS_MAX: '4' } });
    try {
      expect((await post(server.url, OWN_PORT, {})).status).toBe(200);
      expect((await fetch(`${server.origin}/metrics`)).status).toBe(404);
      // Past the anonymous limit: 429s, counted and logged (the metrics port is not limited).
      let refused = 0;
      for (let i = 0; i < 6; i++) {
        const res = await post(server.url, OVER_LIMIT, {}, { 'x-request-id': `e2e-limit-${i}` });
        if (res.status === 429) refused++;
      }
      expect(refused).toBeGreaterThanOrEqual(2);
      expect((await requestLinesFor(server, 'e2e-limit-5'))[0]).toMatchObject({ status: 429, rateLimited: true });
      const scraped = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(counter(scraped, 'http_requests_total', { route: '/graphql', operation: 'OwnPort', status: '200' })).toBe(1);
      expect(counter(scraped, 'rate_limited_total')).toBe(refused);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
    } finally {
      await server.stop();
    }
    await expect(fetch(`http://127.0.0.1:${metricsPort}/metrics`)).rejects.toThrow();
  });
});
