import { GraphQLError } from 'graphql';

/**
 * Stable error codes, sent as `extensions.code`. Clients (and the SDK's typed errors) switch on
 * these; never rename one.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The GraphQL execution ran past its time budget (REQUEST_TIMEOUT_MS) and was stopped. */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  /** An operation this API does not serve, such as a subscription. */
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  /** Something the operation needs is not available on this server (e.g. no Chromium to print a PDF): HTTP 503. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Reasons any feature's errors can carry as `extensions.reason`: the specific failure, beside the
 * general `code`. Each feature declares its own reasons as an enum (AgencyErrorReason, ...), adds it
 * to ErrorReasons and lists it in its manifest (`errorReasons`), which publishes it in the schema.
 */
export enum CommonErrorReason {
  RECORD_NOT_FOUND = 'RECORD_NOT_FOUND',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  ALREADY_ARCHIVED = 'ALREADY_ARCHIVED',
  NOT_ARCHIVED = 'NOT_ARCHIVED',
}

/** What each value of CommonErrorReason means (its description in the schema). */
export const COMMON_ERROR_REASONS: Readonly<Record<CommonErrorReason, string>> = {
  RECORD_NOT_FOUND: 'NOT_FOUND: no record has the ID given (extensions.argument names the argument).',
  VERSION_CONFLICT: 'CONFLICT: the record changed since it was read (expectedVersion is stale); extensions.currentVersion is its version now.',
  IDEMPOTENCY_KEY_REUSED: 'CONFLICT: the idempotencyKey was already used with another mutation or input.',
  ALREADY_ARCHIVED: 'BAD_USER_INPUT: the record is already archived (archiving it again), or is archived and cannot take the change.',
  NOT_ARCHIVED: 'BAD_USER_INPUT: the record is not archived, so there is nothing to restore.',
};

/**
 * Every declared reason, by feature: a feature adds its enum by module augmentation
 * (`declare module '../../common/errors' { interface ErrorReasons { agency: AgencyErrorReason } }`),
 * so that AppError accepts the declared values and no other string.
 */
export interface ErrorReasons {
  common: CommonErrorReason;
}

/** A value of `extensions.reason`: one of the reasons a feature declares. */
export type ErrorReason = ErrorReasons[keyof ErrorReasons];

/** What an AppError sends beside its code. Fields are added, never renamed: clients read them. */
export interface ErrorExtensions {
  /** The specific failure (see ErrorReason), when one applies. */
  reason?: ErrorReason;
  /** The argument at fault ("input.expectedVersion", "id"). */
  argument?: string;
  [field: string]: unknown;
}

/** An expected failure: its message is safe to show to the caller. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: ErrorExtensions = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toGraphQLError(path?: ReadonlyArray<string | number>): GraphQLError {
    return new GraphQLError(this.message, { path, extensions: { ...this.extensions, code: this.code } });
  }
}

/** NOT_FOUND (RECORD_NOT_FOUND): no record of `type` has the ID `value` given as `argument`. */
export function notFound(type: string, argument: string, value: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No ${type} found for argument "${argument}": ${JSON.stringify(value)}.`, {
    argument,
    reason: CommonErrorReason.RECORD_NOT_FOUND,
  });
}

/**
 * One problem with one field of a request: `path` names it as the request does ("input.dueDate",
 * "first", "input.aliases.2"), `rule` is a stable lower-camel name of the rule it breaks (isDate,
 * maxLength, withinPlanPeriod, isUkPhone, duplicateLink, ...), `message` says it in words, naming
 * the field.
 */
export interface FieldProblem {
  path: string;
  rule: string;
  message: string;
}

/**
 * The one shape of every invalid argument or input: BAD_USER_INPUT with every problem found in
 * `extensions.fields`, and a message that lists them. `reason`, when given, is the specific
 * failure every one of the problems is (see InputProblems, which gives it only then).
 */
export function validationError(fields: readonly FieldProblem[], reason?: ErrorReason): AppError {
  const message = fields.length === 1 ? fields[0].message : `${fields.length} problems with the input: ${fields.map((f) => f.message).join(' ')}`;
  return new AppError(ErrorCode.BAD_USER_INPUT, message, reason === undefined ? { fields: [...fields] } : { fields: [...fields], reason });
}

/** The problems of a validation error (an AppError from validationError), or null for any other error. */
export function fieldProblemsOf(error: unknown): FieldProblem[] | null {
  if (!(error instanceof AppError) || error.code !== ErrorCode.BAD_USER_INPUT) return null;
  const fields = error.extensions.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]) : null;
}

/** A validation error for one field: `Argument "<path>" <message>`; `reason` when the rule is a specific failure. */
export function badInput(path: string, message: string, rule = 'invalid', reason?: ErrorReason): AppError {
  return validationError([{ path, rule, message: `Argument "${path}" ${message}` }], reason);
}
