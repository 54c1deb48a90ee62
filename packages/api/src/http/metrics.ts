import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { RequestInfo } from './request-info';

/** Longest operation name kept as a label value, and how many distinct ones; the rest are 'other'. */
export const MAX_OPERATION_LABEL_LENGTH = 64;
export const MAX_OPERATION_LABELS = 50;

/** A GraphQL name (the spec's Name production): anything else a caller sends is not a label. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const WRITE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The server's Prometheus metrics, in a registry of their own (never prom-client's global one, so
 * two apps in one process, as in the tests, do not share counters): requests and their durations
 * by route, operation and status, response cache results, write transaction durations, answers
 * refused by the rate limiter, and prom-client's default process metrics.
 *
 * Label values are bounded: routes are the registered patterns (or 'unmatched'), statuses are HTTP
 * codes, and operation names are cut to the first MAX_OPERATION_LABELS distinct GraphQL names seen
 * (each at most MAX_OPERATION_LABEL_LENGTH long); every other name counts as 'other'.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route pattern, GraphQL operation name and status code.',
    labelNames: ['route', 'operation', 'status'] as const,
    registers: [this.registry],
  });

  private readonly durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its answer, by route pattern, GraphQL operation name and status code.',
    labelNames: ['route', 'operation', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  private readonly cache = new Counter({
    name: 'graphql_response_cache_results_total',
    help: 'GraphQL reads looked up in the response cache: hit (cached bytes sent), miss (executed), revalidated (304).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  private readonly writes = new Histogram({
    name: 'write_transaction_duration_seconds',
    help: 'Duration of database write transactions, from BEGIN IMMEDIATE to commit or rollback.',
    labelNames: ['outcome'] as const,
    buckets: WRITE_BUCKETS,
    registers: [this.registry],
  });

  private readonly rateLimited = new Counter({
    name: 'rate_limited_total',
    help: 'Requests refused by the rate limiter (429).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    for (const result of ['hit', 'miss', 'revalidated'] as const) this.cache.inc({ result }, 0);
    this.rateLimited.inc(0);
  }

  /** The operation label of a request: its name if it may be one, 'anonymous', 'none' (not GraphQL) or 'other'. */
  operationLabel(info: RequestInfo | undefined): string {
    const name = info?.operationName;
    if (!name) return info?.operationType ? 'anonymous' : 'none';
    if (this.operations.has(name)) return name;
    if (name.length > MAX_OPERATION_LABEL_LENGTH || !GRAPHQL_NAME.test(name) || this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Counts one finished request; durationMs as Fastify measured it. */
  observeRequest(route: string, info: RequestInfo | undefined, status: number, durationMs: number): void {
    const labels = { route, operation: this.operationLabel(info), status: String(status) };
    this.requests.inc(labels);
    this.durations.observe(labels, durationMs / 1000);
    // Every POST is looked up before it is parsed; a mutation's miss says nothing about the cache.
    const cache = info?.cache;
    if ((cache === 'hit' || cache === 'miss' || cache === 'revalidated') && info?.operationType !== 'mutation') this.cache.inc({ result: cache });
    if (info?.rateLimited || status === 429) this.rateLimited.inc();
  }

  /** Database.onWriteTransaction: one write transaction ended. */
  readonly observeWriteTransaction = (durationMs: number, committed: boolean): void => {
    this.writes.observe({ outcome: committed ? 'committed' : 'rolled_back' }, durationMs / 1000);
  };

  /** The exposition text and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/**
 * A listener of its own for /metrics (METRICS_PORT), so that the main port, which may face the
 * network, does not serve it. It answers GET /metrics and nothing else.
 */
export async function startMetricsServer(metrics: Metrics, host: string, port: number): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?', 1)[0];
    const common = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      const known = path === '/metrics';
      const body = JSON.stringify({
        errors: [
          {
            message: known ? 'Use GET on /metrics.' : 'Only /metrics is served on this port.',
            extensions: { code: known ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND' },
          },
        ],
      });
      res.writeHead(known ? 405 : 404, { ...common, 'content-type': 'application/json; charset=utf-8', ...(known ? { allow: 'GET, HEAD' } : {}) });
      return void res.end(body);
    }
    metrics.exposition().then(
      ({ contentType, body }) => {
        res.writeHead(200, { ...common, 'content-type': contentType });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(500, { ...common, 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: 'Metrics could not be collected.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      },
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
