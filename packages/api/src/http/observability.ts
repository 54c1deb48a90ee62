import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { logRequest, REQUEST_ID_HEADER, routeOf } from './logging';
import { Metrics, startMetricsServer } from './metrics';
import { createReadinessCheck } from './readiness';
import { DOCUMENTATION_ONLY, HEALTH_SCHEMA, METRICS_SCHEMA, READY_SCHEMA } from './route-docs';
import { errorBody, HttpErrorCode, JSON_TYPE } from './http-errors';

export { loggingOptions } from './logging';

/** What observability reads from the configuration: HOST, DATABASE_URL, METRICS and METRICS_PORT. */
export type ObservabilityConfig = Pick<Config, 'host' | 'database' | 'metrics'>;

type Observer = (request: FastifyRequest, reply: FastifyReply, durationMs: number) => void;

/** Each app's request log and metrics, for answers sent outside Fastify's hooks. */
const observers = new WeakMap<FastifyInstance, Observer>();

/**
 * For an answer sent outside Fastify's request lifecycle, where no hook runs (frameworkErrors: a
 * request target the router cannot read): the x-request-id header now and, once the answer is
 * sent, its log line and metrics, as for any other request. Call it before sending.
 */
export function observeOutsideLifecycle(request: FastifyRequest, reply: FastifyReply): void {
  reply.header(REQUEST_ID_HEADER, request.id);
  const observe = observers.get(request.server);
  if (!observe) return;
  const started = performance.now();
  reply.raw.once('finish', () => observe(request, reply, performance.now() - started));
}

/**
 * The operator's side of the HTTP front, on the root instance:
 * - x-request-id on every answer (the id Fastify's genReqId chose, see logging.ts), and one log
 *   line per request when it has been answered (logging.ts);
 * - with METRICS=true, Prometheus metrics (metrics.ts) counted at the same moment, served on
 *   /metrics, or on a listener of their own at METRICS_PORT (closed with the app);
 * - /healthz: the process answers (no database); /readyz: the database answers and has exactly
 *   the migrations this code knows (readiness.ts), else 503 {status:'unavailable', reason}.
 * Per request this costs a header, a log line and, with metrics, two counters and a histogram.
 */
export async function registerObservability(app: FastifyInstance, deps: { config: ObservabilityConfig; database: Database }): Promise<void> {
  const { config, database } = deps;
  const metrics = config.metrics.enabled ? new Metrics() : null;
  if (metrics) database.onWriteTransaction = metrics.observeWriteTransaction;
  database.onProblem = (message, error) => app.log.warn({ err: error }, message);

  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  const observe: Observer = (request, reply, durationMs) => {
    const route = routeOf(request);
    logRequest(request, reply, route, durationMs);
    metrics?.observeRequest(route, request.cdp, reply.statusCode, durationMs);
  };
  observers.set(app, observe);
  app.addHook('onResponse', (request, reply, done) => {
    observe(request, reply, reply.elapsedTime);
    done();
  });

  app.get('/healthz', { schema: HEALTH_SCHEMA, ...DOCUMENTATION_ONLY }, (_request, reply) => {
    reply.header('cache-control', 'no-store').send({ status: 'ok' });
  });

  const ready = await createReadinessCheck(database, config.database.type === 'sqlite' && config.database.file !== ':memory:' ? config.database.file : null);
  app.get('/readyz', { schema: READY_SCHEMA, ...DOCUMENTATION_ONLY }, async (_request, reply) => {
    const readiness = await ready();
    reply.header('cache-control', 'no-store');
    if (readiness.ready) return { status: 'ok' };
    return reply.code(503).send({ status: 'unavailable', reason: readiness.reason });
  });

  // /metrics is always a route, so that the API's routes (and its OpenAPI document) are the same
  // whatever the configuration: without metrics on this port it answers 404, as before.
  const here = metrics && config.metrics.port === null ? metrics : null;
  app.get('/metrics', { schema: METRICS_SCHEMA, ...DOCUMENTATION_ONLY }, async (_request, reply) => {
    if (!here) {
      const message = metrics ? 'Metrics are served on METRICS_PORT, not on this port.' : 'Metrics are off (METRICS=true serves them).';
      return reply.code(404).type(JSON_TYPE).send(errorBody(HttpErrorCode.NOT_FOUND, message));
    }
    const { contentType, body } = await here.exposition();
    return reply.header('cache-control', 'no-store').type(contentType).send(body);
  });
  if (!metrics || config.metrics.port === null) return;
  const listener = await startMetricsServer(metrics, config.host, config.metrics.port);
  // Not "listening on": the tests and scripts wait for that phrase from the main listener.
  app.log.info({ url: listener.url }, `Metrics served on ${listener.url}`);
  app.addHook('onClose', async () => {
    await listener.close();
    if (database.onWriteTransaction === metrics.observeWriteTransaction) database.onWriteTransaction = undefined;
  });
}
