import type { IncomingHttpHeaders } from 'node:http';
import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { ApolloServer } from '@apollo/server';
import type { Config } from '../config';
import type { RequestContext } from '../context';
import type { Database } from '../db/database';
import { COMPRESS_THRESHOLD } from './encoding';
import { GRAPHQL_PATH, GraphQLRouteOptions, registerGraphQLRoute } from './graphql-route';
import { errorBody, handleError, HttpErrorCode, JSON_TYPE, MAX_BODY_BYTES, rawErrorResponse } from './http-errors';
import { lazyQuery } from './lazy-query';
import { registerPlayground } from './playground';
import { registerRateLimit } from './rate-limit';
import { loggingOptions, observeOutsideLifecycle, registerObservability } from './observability';
import type { ResponseCache } from './response-cache';
import type { GraphQLSchema } from 'graphql';
import { registerRestApi } from '../rest/register';
import { PROBLEM_TYPE, problemBody, REST_PREFIX } from '../rest/problem';
import type { ExampleFile } from '../rest/examples';
import { addRouteDocSchemas } from './route-docs';

export { GRAPHQL_PATH } from './graphql-route';
export { MAX_BODY_BYTES } from './http-errors';

/** Request headers a browser page on an allowed origin may send (CORS preflight). */
export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  'Idempotency-Key',
  'If-None-Match',
  'If-Match',
];
/** Response headers such a page may read. */
export const CORS_EXPOSED_HEADERS = ['ETag', 'Retry-After', 'x-request-id', 'x-cache', 'Link', 'Location', 'X-Total-Count', 'Idempotent-Replayed'];

export interface HttpOptions {
  config: Config;
  database: Database;
  apollo: ApolloServer<RequestContext>;
  context: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  keyInfo: GraphQLRouteOptions['keyInfo'];
  /** Response caching and ETags for reads; omit to turn them off. */
  cache?: {
    store: ResponseCache;
    revision: () => number;
    accessClass: (headers: IncomingHttpHeaders) => string | null | Promise<string | null>;
  };
  playground: { endpoint: string; defaultQuery: string; enabled: boolean };
  /** The executable GraphQL schema: the REST API (rest/) is read off it. */
  schema: GraphQLSchema;
  /** The OpenAPI document's examples (default: the recorded ones, rest/openapi-examples.json). */
  openapiExamples?: ExampleFile;
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/**
 * The HTTP front, on Fastify: GraphQL on /graphql (graphql-route.ts: response cache, ETags,
 * compression of its own), the playground, health and metrics (observability.ts), and around them
 * CORS (@fastify/cors, the CORS_ORIGINS allow-list), compression of everything else
 * (@fastify/compress), rate limits (rate-limit.ts), a 256 KiB body limit, JSON errors of one shape
 * for every refusal (http-errors.ts), and `X-Content-Type-Options: nosniff` on every answer.
 *
 * No request target, header or body ends the process: requests Node cannot parse are answered
 * 400 on the socket (clientErrorHandler), targets the router cannot read 400 (frameworkErrors),
 * and anything a handler throws 500 with no detail (setErrorHandler).
 */
export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    // pino JSON at LOG_LEVEL, credentials redacted, x-request-id checked; Fastify's own per-request
    // lines are off: observability.ts writes one line per request (http/logging.ts).
    ...loggingOptions(config),
    bodyLimit: MAX_BODY_BYTES,
    // A hop count n: trust the n closest proxies (proxy-addr's meaning of a number).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // While closing, a request on a kept-alive connection gets 503 and Connection: close.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { querystringParser: lazyQuery },
    // A request Node's HTTP parser refuses (a malformed request line or header): a fixed 400 on the socket.
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return socket.destroy();
      const code = (error as NodeJS.ErrnoException).code;
      const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      // An answer to HEAD has no body (the client would read it as the start of another answer).
      const head = (error as unknown as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
      socket.end(
        rawErrorResponse(status, status === 431 ? 'Request headers too large.' : status === 408 ? 'Request timeout.' : 'Malformed HTTP request.', head),
      );
    },
    // A target the router cannot read (bad percent-encoding, ...): 400, never echoed back.
    frameworkErrors: (_error, request, reply) => {
      // Answered before the onRequest hooks: request.cdp is set here too, for the request log.
      (request as unknown as FastifyRequest).cdp ??= {};
      observeOutsideLifecycle(request as unknown as FastifyRequest, reply as unknown as FastifyReply);
      const answer = (reply as unknown as FastifyReply).header('x-content-type-options', 'nosniff').code(400);
      // Under /api/v1 in the REST API's shape (problem+json), as every other REST refusal.
      if (request.url === REST_PREFIX || request.url.startsWith(`${REST_PREFIX}/`)) {
        void answer.type(PROBLEM_TYPE).send(JSON.stringify(problemBody('BAD_REQUEST', 'The request target is not a valid URL path.')));
        return;
      }
      void answer.type(JSON_TYPE).send(errorBody(HttpErrorCode.BAD_REQUEST, 'The request target is not a valid URL path.'));
    },
  });

  app.decorateRequest('cdp', null as never);
  app.addHook('onRequest', (request, reply, done) => {
    request.cdp = {};
    reply.header('x-content-type-options', 'nosniff');
    done();
  });
  // Once closing, every answer ends its connection, so a drained server exits as soon as its last
  // request is answered rather than when the kept-alive connection times out.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    // The path is not echoed: a fixed message names the endpoint instead.
    void reply
      .code(404)
      .header('x-content-type-options', 'nosniff')
      .type(JSON_TYPE)
      .send(errorBody(HttpErrorCode.NOT_FOUND, `No such route. The GraphQL endpoint is ${GRAPHQL_PATH}.`));
  });

  if (config.corsOrigins.length > 0) {
    await app.register(fastifyCors, {
      origin: config.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
      strictPreflight: false,
    });
  } else {
    // No origin may call from a browser page (CORS_ORIGINS empty): no CORS work on any request, and a
    // preflight gets 204 with no Access-Control-Allow-Origin, which the browser takes as a refusal.
    app.options('*', (_request, reply) => {
      void reply.code(204).header('vary', 'Origin').send();
    });
  }
  if (config.rateLimit.enabled) await registerRateLimit(app, config.rateLimit, options.keyInfo);
  await app.register(fastifyCompress, { global: true, threshold: COMPRESS_THRESHOLD, encodings: ['br', 'gzip'] });

  // The REST API and its OpenAPI document (rest/register.ts): @fastify/swagger must see every route.
  addRouteDocSchemas(app);
  await registerRestApi(app, {
    examples: options.openapiExamples,
    schema: options.schema,
    apollo: options.apollo,
    context: options.context,
    cache: options.cache,
    countStatements: config.sqlStatementCount,
    maxResponseBytes: config.maxResponseBytes,
    reprocurementAlarmMonths: config.reprocurementAlarmMonths,
  });
  const browserPage = await registerPlayground(app, options.playground);
  await registerGraphQLRoute(app, {
    apollo: options.apollo,
    context: options.context,
    cache: options.cache,
    keyInfo: options.keyInfo,
    countStatements: config.sqlStatementCount,
    maxResponseBytes: config.maxResponseBytes,
    browserPage,
  });
  await registerObservability(app, { config, database: options.database });
  if (options.playground.enabled) app.get('/', async (_request, reply) => reply.redirect('/playground', 302));
  return app;
}
