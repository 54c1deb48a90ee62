import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { AppError, ErrorCode } from '../common/errors';
import { QueryLimitCode, queryLimitExtensions } from './limits';

function flattenValidation(errors: ValidationError[], prefix = ''): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message: message.replace(e.property, field) });
    if (e.children?.length) out.push(...flattenValidation(e.children, field));
  }
  return out;
}

const OWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Codes passed through: ours, and those graphql-js and Apollo attach to requests they reject. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ...Object.values(QueryLimitCode),
]);

/**
 * The code of a client error, or null for an unexpected one. A GraphQLError keeps a code of
 * CLIENT_CODES. One that Apollo raised about the request itself without a code but with a 4xx
 * status (a persisted-query hash that does not match its query, an unsupported persisted-query
 * version) is BAD_REQUEST, Apollo's code for a malformed request: Apollo would label it
 * INTERNAL_SERVER_ERROR, and it is the caller's mistake, not the server's.
 */
function clientCode(original: unknown, formatted: GraphQLFormattedError): string | null {
  if (!(original instanceof GraphQLError)) return null;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
  const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
  if (original.extensions.code === undefined && !original.path && typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST';
  return null;
}

/**
 * The one place errors become responses. Expected failures (AppError, argument validation, GraphQL
 * parse/validation) keep their message and get a stable `extensions.code`; anything else is logged
 * and masked as INTERNAL_SERVER_ERROR. Stack traces are included only when `exposeStack` (development).
 */
export function createErrorFormatter(options: { exposeStack: boolean; log: (message: string, error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    const stack = options.exposeStack && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code, ...stack } };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidation(original.extensions.validationErrors);
      const message = problems.length ? `Invalid argument: ${problems.map((p) => p.message).join('; ')}.` : 'Invalid argument.';
      return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: problems, ...stack } };
    }
    // A query limit keeps its own code (Apollo relabels validation errors GRAPHQL_VALIDATION_FAILED).
    const limit = queryLimitExtensions(error);
    if (limit) return { ...base, message: formatted.message, extensions: { ...limit, ...stack } };
    const code = clientCode(original, formatted);
    if (code) {
      // Our own codes keep what we attach (the fields of an input-length refusal, a time budget);
      // graphql-js's and Apollo's keep their code alone.
      const { stacktrace: _stacktrace, ...extensions } = OWN_CODES.has(code) ? (formatted.extensions ?? {}) : {};
      return { ...base, message: formatted.message, extensions: { ...extensions, code, ...stack } };
    }
    options.log('Unexpected error while executing a request', original);
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...stack } };
  };
}
