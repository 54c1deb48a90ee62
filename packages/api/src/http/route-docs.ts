import type { FastifyInstance } from 'fastify';

/**
 * Route schemas of the routes outside the REST API (/graphql, the probes, /metrics): what
 * @fastify/swagger prints into the OpenAPI document (rest/register.ts). They document only:
 * DOCUMENTATION_ONLY turns validation and serialization off for the route, which reads and
 * answers as it did without a schema (the GraphQL route judges its own requests; GraphQL itself
 * validates documents).
 */
export const DOCUMENTATION_ONLY = {
  validatorCompiler: () => () => true,
  serializerCompiler: () => (data: unknown) => JSON.stringify(data),
} as const;

/** An error of the GraphQL shape, which every answer outside the REST API uses (http-errors.ts). */
const GRAPHQL_ERROR = {
  $id: 'GraphQLError',
  title: 'GraphQLError',
  type: 'object',
  properties: {
    message: { type: 'string' },
    locations: {
      type: 'array',
      items: { type: 'object', properties: { line: { type: 'integer' }, column: { type: 'integer' } }, required: ['line', 'column'] },
    },
    path: { type: 'array', items: { type: ['string', 'integer'] } },
    extensions: {
      type: 'object',
      properties: {
        code: { type: 'string', description: 'The stable code (README: "Error codes").' },
        reason: { type: 'string', description: 'The specific failure, when one applies.' },
      },
    },
  },
  required: ['message'],
};

const GRAPHQL_RESPONSE = {
  $id: 'GraphQLResponse',
  title: 'GraphQLResponse',
  description: 'A GraphQL answer (GraphQL over HTTP): data, errors, or both. The front’s own refusals have the same shape, with errors only.',
  type: 'object',
  properties: {
    data: { type: ['object', 'null'] },
    errors: { type: 'array', items: { $ref: 'GraphQLError#' } },
    extensions: { type: 'object' },
  },
};

const errorsResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: 'GraphQLResponse#' } } },
});

const answer = (description: string) => ({
  description,
  content: {
    'application/json': { schema: { $ref: 'GraphQLResponse#' } },
    'application/graphql-response+json': { schema: { $ref: 'GraphQLResponse#' } },
  },
});

const GRAPHQL_DESCRIPTION =
  'The GraphQL API (the schema is packages/schema/schema.graphql, explorable in the playground at /playground). Reads are cached per caller and data revision; a GET answer carries an ETag.';

/** GET /graphql: a query in the query string. */
export const GRAPHQL_GET_SCHEMA = {
  operationId: 'graphqlGet',
  summary: 'Run a GraphQL query (GET)',
  description: `${GRAPHQL_DESCRIPTION} A GET runs queries only, and needs apollo-require-preflight (or x-apollo-operation-name): Apollo's CSRF protection refuses a GET a browser could send cross-site.`,
  tags: ['GraphQL'],
  querystring: {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'The GraphQL document.' },
      variables: { type: 'string', description: 'The variables, as a JSON object.' },
      operationName: { type: 'string', description: 'Which operation of the document to run.' },
      extensions: { type: 'string', description: 'Request extensions, as a JSON object.' },
    },
    required: ['query'],
  },
  headers: {
    type: 'object',
    properties: {
      'apollo-require-preflight': { type: 'string', description: 'Any non-empty value: this is not a cross-site request a browser sent on its own.' },
    },
    required: ['apollo-require-preflight'],
  },
  response: {
    200: answer('The answer. A query with errors still answers 200 when it ran (data and errors).'),
    304: { description: 'Not modified: If-None-Match named the current ETag.', type: 'null' },
    400: errorsResponse(
      'The request or the document is not valid (BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, query limits).',
    ),
    401: errorsResponse('The API key is not valid (UNAUTHENTICATED).'),
    429: errorsResponse('Too many requests (RATE_LIMITED); Retry-After says when to try again.'),
  },
};

/** POST /graphql: the request as JSON. */
export const GRAPHQL_POST_SCHEMA = {
  operationId: 'graphqlPost',
  summary: 'Run a GraphQL operation (POST)',
  description: `${GRAPHQL_DESCRIPTION} Mutations are POSTed. Errors of a mutation (refused, invalid input, a conflict) are in errors, with their code in extensions.code.`,
  tags: ['GraphQL'],
  body: {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'The GraphQL document.' },
      variables: { type: 'object', description: 'The variables.' },
      operationName: { type: 'string', description: 'Which operation of the document to run.' },
      extensions: { type: 'object' },
    },
    required: ['query'],
  },
  response: {
    200: answer('The answer: data, and errors when any field failed (a refused mutation too).'),
    400: errorsResponse(
      'The request or the document is not valid (BAD_REQUEST: a body that is not JSON too; GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, query limits).',
    ),
    401: errorsResponse('The API key is not valid (UNAUTHENTICATED).'),
    413: errorsResponse('The body is over 256 KiB (PAYLOAD_TOO_LARGE).'),
    429: errorsResponse('Too many requests (RATE_LIMITED); Retry-After says when to try again.'),
  },
};

const STATUS = { type: 'object', properties: { status: { type: 'string', enum: ['ok'] } }, required: ['status'], additionalProperties: false };

export const HEALTH_SCHEMA = {
  operationId: 'healthz',
  summary: 'Liveness',
  description: 'The process answers (the database is not asked). Never rate limited.',
  tags: ['Operations'],
  response: { 200: { description: 'Alive.', content: { 'application/json': { schema: STATUS } } } },
};

export const READY_SCHEMA = {
  operationId: 'readyz',
  summary: 'Readiness',
  description: 'The database answers and has exactly the migrations this version knows. Never rate limited.',
  tags: ['Operations'],
  response: {
    200: { description: 'Ready to serve.', content: { 'application/json': { schema: STATUS } } },
    503: {
      description: 'Not ready: why.',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: { status: { type: 'string', enum: ['unavailable'] }, reason: { type: 'string' } },
            required: ['status', 'reason'],
            additionalProperties: false,
          },
        },
      },
    },
  },
};

export const METRICS_SCHEMA = {
  operationId: 'metrics',
  summary: 'Prometheus metrics',
  description:
    'The metrics in the Prometheus text format, with METRICS=true; with METRICS_PORT they are served on that port only, and this one answers 404. Never rate limited.',
  tags: ['Operations'],
  response: {
    200: { description: 'The metrics.', content: { 'text/plain': { schema: { type: 'string' } } } },
    404: errorsResponse('Metrics are not served here (METRICS is off, or METRICS_PORT serves them).'),
  },
};

/** The shared schemas the documented routes refer to. */
export function addRouteDocSchemas(app: FastifyInstance): void {
  app.addSchema(GRAPHQL_ERROR);
  app.addSchema(GRAPHQL_RESPONSE);
}
