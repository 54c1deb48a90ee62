import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { RequestContext } from '../context';
import { DOCUMENTATION_ONLY } from '../http/route-docs';
import { graphqlExecutor } from './execute';
import { addExamples, ExampleFile, RECORDED_EXAMPLES } from './examples';
import { handleRestError, PROBLEMS, REST_PREFIX, sendProblem, problemBody } from './problem';
import { RESOURCES } from './resources';
import { registerRestRoutes, resourceTag, RestDeps } from './routes';

export const OPENAPI_PATH = `${REST_PREFIX}/openapi.json`;
export const REFERENCE_PATH = `${REST_PREFIX}/docs`;

const PROBLEM_RESPONSE = { description: 'Problem.', content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } } };

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
  // The order the reference page shows them in.
  tags: [
    { name: 'Index', description: 'What this API serves.' },
    ...RESOURCES.map((r) => ({ name: resourceTag(r.path), description: r.description })),
    { name: 'History', description: 'The audit log: every change, by whom, when, field by field (an API key is required).' },
    { name: 'Problems', description: 'The problem types errors name in `type` (RFC 9457), and this document.' },
    { name: 'GraphQL', description: 'The GraphQL API, on the same services: POST a query (or GET one, with apollo-require-preflight).' },
    { name: 'Operations', description: 'Probes and metrics for operators.' },
  ],
  components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: cdp_<prefix>_<secret>.' } } },
  security: [{}, { apiKey: [] }],
};

/** The document as served: @fastify/swagger's, with the recorded examples (rest/examples.ts). */
export function withExamples(document: Record<string, unknown>, examples: ExampleFile): Record<string, unknown> {
  // A JSON copy: @fastify/swagger shares objects between operations (the media types of one body), which each take examples of their own.
  const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  addExamples(copy, examples);
  return copy;
}

export interface RestApiOptions {
  schema: GraphQLSchema;
  apollo?: ApolloServer<RequestContext>;
  context?: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  cache?: RestDeps['cache'];
  countStatements: boolean;
  maxResponseBytes: number;
  /** The reprocurement calendar's default reminder (REPROCUREMENT_ALARM_MONTHS). */
  reprocurementAlarmMonths: number;
  /** The document's examples; default the recorded ones (rest/openapi-examples.json). */
  examples?: ExampleFile;
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
    transformObject: (documents) =>
      withExamples((documents as { openapiObject: Record<string, unknown> }).openapiObject, options.examples ?? RECORDED_EXAMPLES) as never,
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

  // The document and the problem types, with the REST API's problem+json errors (a 429 too).
  await app.register(async (scope) => {
    scope.setErrorHandler(handleRestError);
    let document: string | undefined;
    scope.get(
      OPENAPI_PATH,
      {
        ...DOCUMENTATION_ONLY,
        schema: {
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          description: 'The OpenAPI 3.1 document of this API (also committed as packages/schema/openapi.json, with TypeScript types beside it).',
          tags: ['Problems'],
          response: {
            200: {
              description: 'The OpenAPI document.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { openapi: { type: 'string' }, info: { type: 'object' }, paths: { type: 'object' } },
                    required: ['openapi', 'info', 'paths'],
                  },
                },
              },
            },
            429: PROBLEM_RESPONSE,
          },
        },
      },
      async (_request, reply) => {
        document ??= JSON.stringify(app.swagger());
        return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(document);
      },
    );
    scope.get(
      `${REST_PREFIX}/problems/:code`,
      {
        ...DOCUMENTATION_ONLY,
        schema: {
          operationId: 'getProblemType',
          summary: 'A problem type',
          description: 'What a problem’s `type` names: its code, HTTP status and title.',
          tags: ['Problems'],
          params: { type: 'object', properties: { code: { type: 'string', enum: Object.keys(PROBLEMS), description: 'A problem code.' } }, required: ['code'] },
          response: {
            200: {
              description: 'The problem type.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { code: { type: 'string' }, status: { type: 'integer' }, title: { type: 'string' } },
                    required: ['code', 'status', 'title'],
                    additionalProperties: false,
                  },
                },
              },
            },
            404: { ...PROBLEM_RESPONSE, description: 'No such problem type.' },
            429: PROBLEM_RESPONSE,
          },
        },
      },
      async (request, reply) => {
        const { code } = request.params as { code: string };
        const known = PROBLEMS[code];
        if (!known) return sendProblem(reply, problemBody('NOT_FOUND', 'No such problem type.'));
        return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify({ code, status: known.status, title: known.title }));
      },
    );
  });
  // Swagger UI from the package's own files: no CDN, and no validator badge (it would load an image
  // from validator.swagger.io). Its CSP, without what it allows off the server (https: fonts and
  // styles, the validator's images) and without upgrade-insecure-requests, which would send the
  // page's own assets to https:// on an intranet served over plain http; inline styles allowed,
  // as for the playground (Swagger UI sets some: refused, they were a console error on every load).
  await app.register(fastifySwaggerUi, {
    routePrefix: REFERENCE_PATH,
    uiConfig: { url: OPENAPI_PATH, deepLinking: true, validatorUrl: null },
    theme: { title: 'CDP Plan API — REST reference' },
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(/ https:/g, '')
        .replace(/ validator\.swagger\.io/g, '')
        .replace(/ ?upgrade-insecure-requests;?/g, '')
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .trim(),
  });
}
