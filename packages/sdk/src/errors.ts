/** One entry of a GraphQL response's `errors`, as the server sent it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export interface CdpApiErrorDetails {
  /** extensions.code of the first error, or the SDK's own code (NETWORK_ERROR, UNKNOWN). */
  code: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
  /** Every error of the response, in the order the server sent them. */
  errors?: ReadonlyArray<GraphQLErrorEntry>;
  /** HTTP status of the response, where there was one. */
  status?: number;
  /** Partial data the response carried beside its errors, if any. */
  data?: unknown;
  cause?: unknown;
}

/**
 * Base of every error the SDK throws. `message` is the server's message (the first error's), or
 * the SDK's own for network failures.
 */
export class CdpApiError extends Error {
  readonly code: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions: Record<string, unknown>;
  readonly errors: ReadonlyArray<GraphQLErrorEntry>;
  readonly status?: number;
  readonly data?: unknown;

  constructor(message: string, details: CdpApiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = details.code;
    this.path = details.path;
    this.extensions = details.extensions ?? {};
    this.errors = details.errors ?? [];
    this.status = details.status;
    this.data = details.data;
  }
}

/** NOT_FOUND: no object with that ID, no agency by that name. */
export class NotFoundError extends CdpApiError {}

/**
 * One problem with one field of an invalid argument or input, as BAD_USER_INPUT lists them in
 * `extensions.fields`: `path` names the field ("input.dueDate", "first"), `rule` the rule it breaks
 * (a stable lower-camel name: isDate, maxLength, withinPlanPeriod, isUkPhone, nameTaken, ...),
 * `message` says it in words.
 */
export interface FieldProblem {
  path: string;
  rule: string;
  message: string;
}

function fieldProblems(extensions: Record<string, unknown> | undefined): FieldProblem[] {
  const fields = extensions?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem => !!f && typeof f === 'object' && typeof f.path === 'string' && typeof f.rule === 'string' && typeof f.message === 'string',
  );
}

/**
 * BAD_USER_INPUT (a malformed ID or cursor, `first` out of range, invalid input),
 * GRAPHQL_VALIDATION_FAILED (a document that does not fit the schema) or
 * GRAPHQL_PARSE_FAILED (a document that is not GraphQL).
 */
export class BadInputError extends CdpApiError {
  /** Every problem the server found with the arguments or input (BAD_USER_INPUT); empty for the other codes. */
  readonly fields: ReadonlyArray<FieldProblem>;

  constructor(message: string, details: CdpApiErrorDetails) {
    super(message, details);
    this.fields = fieldProblems(details.extensions);
  }
}

/** UNAUTHENTICATED: no API key, or one the server does not accept. */
export class UnauthenticatedError extends CdpApiError {}

/** FORBIDDEN: the key is valid but may not do this. */
export class ForbiddenError extends CdpApiError {}

/** CONFLICT: e.g. the record changed since it was read (a stale expectedVersion). */
export class ConflictError extends CdpApiError {}

/** RATE_LIMITED: too many requests. */
export class RateLimitedError extends CdpApiError {
  /** Seconds to wait before trying again, from the Retry-After header where the server gave one. */
  readonly retryAfter?: number;

  constructor(message: string, details: CdpApiErrorDetails & { retryAfter?: number }) {
    super(message, details);
    this.retryAfter = details.retryAfter;
  }
}

/** Why a NetworkError happened. */
export type NetworkFailure = 'fetch-failed' | 'timeout' | 'non-json' | 'server-error' | 'aborted';

/**
 * The request did not get a usable GraphQL answer: fetch failed (refused, DNS, reset), no
 * response within timeoutMs, a body that is not JSON, or an HTTP 5xx (usually worth retrying);
 * or the caller's signal aborted it ('aborted', with the signal's reason as `cause`).
 */
export class NetworkError extends CdpApiError {
  readonly reason: NetworkFailure;

  constructor(message: string, details: Omit<CdpApiErrorDetails, 'code'> & { reason: NetworkFailure }) {
    super(message, { ...details, code: 'NETWORK_ERROR' });
    this.reason = details.reason;
  }
}

/** Any other error code (INTERNAL_SERVER_ERROR included), or a response with neither data nor errors. */
export class UnknownError extends CdpApiError {}

const classByCode: Record<string, typeof CdpApiError> = {
  NOT_FOUND: NotFoundError,
  BAD_USER_INPUT: BadInputError,
  GRAPHQL_VALIDATION_FAILED: BadInputError,
  GRAPHQL_PARSE_FAILED: BadInputError,
  // The API's query limits: the request asked too much (depth, aliases, estimated cost).
  QUERY_TOO_DEEP: BadInputError,
  TOO_MANY_ALIASES: BadInputError,
  QUERY_TOO_COMPLEX: BadInputError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  CONFLICT: ConflictError,
  RATE_LIMITED: RateLimitedError,
};

/** Codes for an HTTP status that came without GraphQL errors (e.g. from a proxy in front). */
const codeByStatus: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  429: 'RATE_LIMITED',
};

export interface ErrorResponse {
  status: number;
  headers: Headers;
  errors: ReadonlyArray<GraphQLErrorEntry>;
  data?: unknown;
}

/**
 * The typed error for a response that carried GraphQL errors, or an error status without any.
 * The first error decides the class; all of them are kept on `errors`.
 */
export function errorFromResponse({ status, headers, errors, data }: ErrorResponse): CdpApiError {
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : codeByStatus[status];
  const details = { code: code ?? 'UNKNOWN', path: first?.path, extensions: first?.extensions, errors, status, data };
  const message = first?.message ?? `HTTP ${status} without GraphQL errors`;
  const ErrorClass = code === undefined ? undefined : classByCode[code];
  if (ErrorClass === RateLimitedError) {
    return new RateLimitedError(message, { ...details, retryAfter: retryAfterSeconds(headers.get('retry-after')) });
  }
  if (ErrorClass) return new ErrorClass(message, details);
  if (status >= 500) return new NetworkError(message, { ...details, reason: 'server-error' });
  return new UnknownError(message, details);
}

/** Retry-After is either delay-seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
