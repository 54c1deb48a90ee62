import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/http-errors';

/** RFC 9457 problem details, the body of every REST error. */
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
export const REST_PREFIX = '/api/v1';

/**
 * Every code a REST error can carry, with its HTTP status and a fixed title. The codes are the
 * GraphQL API's `extensions.code` (the same error is one code on both), plus the HTTP ones.
 */
export const PROBLEMS: Readonly<Record<string, { status: number; title: string }>> = {
  BAD_USER_INPUT: { status: 400, title: 'The request is not valid' },
  BAD_REQUEST: { status: 400, title: 'Bad request' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  FORBIDDEN: { status: 403, title: 'Not allowed' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'No acceptable representation' },
  CONFLICT: { status: 409, title: 'Conflict' },
  PRECONDITION_FAILED: { status: 412, title: 'The record has changed' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Request too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported body type' },
  PRECONDITION_REQUIRED: { status: 428, title: 'If-Match required' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  RESPONSE_TOO_LARGE: { status: 400, title: 'The answer is too large' },
  QUERY_TOO_COMPLEX: { status: 400, title: 'The request asks for too much' },
  INTERNAL_SERVER_ERROR: { status: 500, title: 'Internal server error' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
  REQUEST_TIMEOUT: { status: 503, title: 'The request ran out of time' },
};

/** The `type` of a code's problems: a page of this API that describes it (GET it for the description). */
export function problemType(code: string): string {
  return `${REST_PREFIX}/problems/${code}`;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [member: string]: unknown;
}

export function problemBody(code: string, detail: string, members: Record<string, unknown> = {}, status?: number): ProblemBody {
  const known = PROBLEMS[code] ?? PROBLEMS.BAD_REQUEST;
  const { code: _code, ...rest } = members;
  // A code answered with another status (CONFLICT as 412 when If-Match gave the version) takes that status's title.
  const title =
    status !== undefined && status !== known.status ? (Object.values(PROBLEMS).find((p) => p.status === status)?.title ?? known.title) : known.title;
  return { type: problemType(code), title, status: status ?? known.status, detail, code, ...rest };
}

/** An error a REST handler raises on purpose: its status, code, detail and members are safe to send. */
export class ProblemError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly members: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    readonly status: number = (PROBLEMS[code] ?? PROBLEMS.BAD_REQUEST).status,
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

export function sendProblem(reply: FastifyReply, problem: ProblemBody, headers: Record<string, string> = {}): FastifyReply {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply.code(problem.status).header('x-content-type-options', 'nosniff').header('content-type', PROBLEM_TYPE).send(JSON.stringify(problem));
}

/** Fastify's own client errors (FST_ERR_*) as problems. */
function fastifyProblem(error: FastifyError): ProblemBody | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemBody('PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemBody('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json (or application/merge-patch+json for PATCH).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problemBody('BAD_REQUEST', 'The request body is not valid JSON.');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return problemBody('BAD_REQUEST', 'The request target is not a valid URL path.');
  }
  if (error instanceof SyntaxError) return problemBody('BAD_REQUEST', 'The request body is not valid JSON.');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return problemBody('BAD_REQUEST', 'Bad request.', {}, error.statusCode);
  return null;
}

/** The REST routes' error handler: every refusal as problem+json, anything unexpected a 500 with no detail. */
export function handleRestError(error: FastifyError | HttpError | ProblemError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ProblemError) return sendProblem(reply, problemBody(error.code, error.detail, error.members, error.status), error.headers);
  if (error instanceof HttpError) return sendProblem(reply, problemBody(error.code, error.message, error.extensions, error.statusCode), error.headers);
  const client = fastifyProblem(error as FastifyError);
  if (client) return sendProblem(reply, client);
  request.log.error({ err: error }, 'unhandled error in a REST handler');
  return sendProblem(reply, problemBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
}
