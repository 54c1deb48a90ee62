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

export function badInput(argument: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}" ${message}`, { argument });
}
