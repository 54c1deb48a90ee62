import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The HTTP front's own error codes (extensions.code): what went wrong before, or around, GraphQL.
 * Every answer that is not GraphQL's own has the same shape as a GraphQL error response,
 * `{ errors: [{ message, extensions: { code } }] }`, on /graphql and everywhere else.
 */
export const HttpErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_ACCEPTABLE: 'NOT_ACCEPTABLE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'RATE_LIMITED',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

export const JSON_TYPE = 'application/json; charset=utf-8';

export function errorBody(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** An error the front throws on purpose: its status, code and message are safe to send. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: HttpErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The code of a 4xx that has one of its own (else BAD_REQUEST). */
const CODE_OF_STATUS: Partial<Record<number, HttpErrorCode>> = {
  404: HttpErrorCode.NOT_FOUND,
  405: HttpErrorCode.METHOD_NOT_ALLOWED,
  406: HttpErrorCode.NOT_ACCEPTABLE,
  413: HttpErrorCode.PAYLOAD_TOO_LARGE,
  415: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: HttpErrorCode.RATE_LIMITED,
  431: HttpErrorCode.PAYLOAD_TOO_LARGE,
};

/** Fastify's own errors (FST_ERR_*) that are the client's mistake, as our code and a fixed message. */
function clientErrorOf(error: FastifyError): { status: number; code: HttpErrorCode; message: string } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: HttpErrorCode.PAYLOAD_TOO_LARGE, message: `Request body exceeds ${MAX_BODY_BYTES} bytes.` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported Content-Type: send application/json.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON.' };
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request target is not a valid URL path.' };
  }
  // A client error that carries a 4xx (e.g. a body stream that ended early): its status, no detail.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: CODE_OF_STATUS[error.statusCode] ?? HttpErrorCode.BAD_REQUEST, message: 'Bad request.' };
  }
  return null;
}

/** Largest request body accepted; a plan query is a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The last resort (Fastify's setErrorHandler): our own HttpErrors as they are, Fastify's client
 * errors as 4xx, anything else logged and answered 500 INTERNAL_SERVER_ERROR with no detail.
 */
export function handleError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.header('x-content-type-options', 'nosniff');
  if (error instanceof HttpError) {
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    return reply
      .code(error.statusCode)
      .type(JSON_TYPE)
      .send(errorBody(error.code, error.message, error.extensions));
  }
  const client = clientErrorOf(error as FastifyError);
  if (client) return reply.code(client.status).type(JSON_TYPE).send(errorBody(client.code, client.message));
  request.log.error({ err: error }, 'unhandled error in an HTTP handler');
  return reply.code(500).type(JSON_TYPE).send(errorBody(HttpErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.'));
}

/** A fixed answer for a connection whose request could not even be parsed (Fastify's clientErrorHandler). */
export function rawErrorResponse(status: 400 | 408 | 413 | 431, message: string, head = false): string {
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large' }[status];
  const code = status === 413 || status === 431 ? HttpErrorCode.PAYLOAD_TOO_LARGE : HttpErrorCode.BAD_REQUEST;
  const body = JSON.stringify(errorBody(code, message));
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${head ? '' : body}`;
}
