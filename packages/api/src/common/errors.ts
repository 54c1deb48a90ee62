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
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An expected failure: its message is safe to show to the caller. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toGraphQLError(path?: ReadonlyArray<string | number>): GraphQLError {
    return new GraphQLError(this.message, { path, extensions: { ...this.extensions, code: this.code } });
  }
}

export function notFound(type: string, argument: string, value: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No ${type} found for argument "${argument}": ${JSON.stringify(value)}.`, { argument });
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
 * `extensions.fields`, and a message that lists them.
 */
export function validationError(fields: readonly FieldProblem[]): AppError {
  const message = fields.length === 1 ? fields[0].message : `${fields.length} problems with the input: ${fields.map((f) => f.message).join(' ')}`;
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: [...fields] });
}

/** The problems of a validation error (an AppError from validationError), or null for any other error. */
export function fieldProblemsOf(error: unknown): FieldProblem[] | null {
  if (!(error instanceof AppError) || error.code !== ErrorCode.BAD_USER_INPUT) return null;
  const fields = error.extensions.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]) : null;
}

/** A validation error for one field: `Argument "<path>" <message>`. */
export function badInput(path: string, message: string, rule = 'invalid'): AppError {
  return validationError([{ path, rule, message: `Argument "${path}" ${message}` }]);
}
