import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { RequestContext } from '../context';
import { graphqlExecutor } from './execute';
import { PROBLEMS, REST_PREFIX, sendProblem, problemBody } from './problem';
import { registerRestRoutes, RestDeps } from './routes';

export const OPENAPI_PATH = `${REST_PREFIX}/openapi.json`;
export const REFERENCE_PATH = `${REST_PREFIX}/docs`;

/** The OpenAPI document's fixed part; the paths and schemas come from the routes (@fastify/swagger). */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'CDP Plan API (REST)',
    version: '1',
    description:
      'The REST half of the CDP Plan API: the delivery plan of a Combating Drugs Partnership as resources. Every route runs on the same services as the GraphQL API ' +
      '(/graphql), with the same global IDs, filters, API keys, roles, validation, audit and rate limits. Errors are RFC 9457 problem+json with the GraphQL code. ' +
      'Send an API key as `Authorization: Bearer cdp_…`.',
  },
  components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: cdp_<prefix>_<secret>.' } } },
  security: [{}, { apiKey: [] }],
} as const;

export interface RestApiOptions {
  schema: GraphQLSchema;
  apollo?: ApolloServer<RequestContext>;
  context?: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  cache?: RestDeps['cache'];
  countStatements: boolean;
  maxResponseBytes: number;
  /** The reprocurement calendar's default reminder (REPROCUREMENT_ALARM_MONTHS). */
  reprocurementAlarmMonths: number;
}

/**
 * The REST API on the HTTP front: @fastify/swagger (registered first, so that it sees every route;
 * only tagged routes are documented), the routes (rest/routes.ts), the OpenAPI document at
 * /api/v1/openapi.json, a reference page (Swagger UI served from the package: no CDN, works
 * offline) at /api/v1/docs, and a description of each problem type at /api/v1/problems/{code}.
 *
 * Without Apollo (printing the OpenAPI document, cli/emit-schema.ts) the routes are registered but
 * answer 503.
 */
export async function registerRestApi(app: FastifyInstance, options: RestApiOptions): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: OPENAPI_INFO as never,
    hideUntagged: true,
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String((json as { $id?: string }).$id ?? `def-${i}`) },
  });
  const { apollo, context } = options;
  const execute: RestDeps['execute'] =
    apollo && context
      ? graphqlExecutor({ apollo, context, countStatements: options.countStatements })
      : async () => ({ errors: [{ message: 'Not serving.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  await registerRestRoutes(app, {
    schema: options.schema,
    execute,
    cache: options.cache,
    maxResponseBytes: options.maxResponseBytes,
    reprocurementAlarmMonths: options.reprocurementAlarmMonths,
  });

  let document: string | undefined;
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async (_request, reply) => {
    document ??= JSON.stringify(app.swagger());
    return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(document);
  });
  app.get(`${REST_PREFIX}/problems/:code`, { schema: { hide: true } }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const known = PROBLEMS[code];
    if (!known) return sendProblem(reply, problemBody('NOT_FOUND', 'No such problem type.'));
    return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify({ code, status: known.status, title: known.title }));
  });
  await app.register(fastifySwaggerUi, { routePrefix: REFERENCE_PATH, uiConfig: { url: OPENAPI_PATH, deepLinking: true }, staticCSP: true });
}
