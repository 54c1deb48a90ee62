import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode, FieldProblem, validationError } from '../common/errors';
import { problemsOf } from '../common/validation';
import { QueryLimitCode, queryLimitExtensions } from './limits';

const SCALAR_RULES: Array<[RegExp, string]> = [
  [/\bLocalDate\b/, 'isDate'],
  [/\bDateTime(ISO)?\b/, 'isDateTime'],
  [/\bInt\b/, 'isInt'],
  [/\bFloat\b/, 'isNumber'],
  [/\bBoolean\b/, 'isBoolean'],
  [/\b(String|ID)\b/, 'isString'],
  [/\bJSON\b/, 'isJson'],
];

/**
 * graphql-js's rejection of a variable ('Variable "$input" got invalid value … at "input.dueDate";
 * Expected type "LocalDate". …') as a field problem: the path, a rule named from the reason, and a
 * message that names the field without echoing the value (which may be kilobytes).
 */
export function variableProblem(message: string): FieldProblem {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1] ?? '';
  const at = / at "([^"]+)"/.exec(message)?.[1];
  let path = (at ?? variable).replace(/\[(\d+)\]/g, '.$1');
  const separator = message.indexOf('; ');
  let reason = separator >= 0 ? message.slice(separator + 2) : message.replace(/^Variable "\$\w+" /, '');
  let rule = 'type';
  const field = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type)/.exec(reason);
  if (field) {
    path = path ? `${path}.${field[1]}` : field[1];
    rule = /was not provided/.test(reason) ? 'required' : 'unknownField';
  } else if (/was not provided|must not be null|not to be null/.test(reason)) rule = 'required';
  else if (/does not exist in "\w+" enum/.test(reason)) rule = 'isEnum';
  else rule = SCALAR_RULES.find(([pattern]) => pattern.test(reason))?.[1] ?? 'type';
  if (reason.length > 200) reason = `${reason.slice(0, 200)}…`;
  return { path, rule, message: `Argument "${path}": ${reason}` };
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
  const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
  // Apollo refuses an Accept header it cannot answer with 406 but labels it BAD_REQUEST.
  if (code === 'BAD_REQUEST' && status === 406) return 'NOT_ACCEPTABLE';
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
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
      // Not raised while graphql/validate-args.ts does the checking; kept in the one shape all the same.
      const problems = problemsOf(original.extensions.validationErrors, '');
      const error = validationError(problems.length ? problems : [{ path: '', rule: 'invalid', message: 'Invalid argument.' }]);
      return { ...base, message: error.message, extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT, ...stack } };
    }
    // A query limit keeps its own code (Apollo relabels validation errors GRAPHQL_VALIDATION_FAILED).
    const limit = queryLimitExtensions(error);
    if (limit) return { ...base, message: formatted.message, extensions: { ...limit, ...stack } };
    const code = clientCode(original, formatted);
    if (code === ErrorCode.BAD_USER_INPUT && original instanceof GraphQLError && !Array.isArray(formatted.extensions?.fields)) {
      // graphql-js rejecting a variable's value (a bad date, a missing field): the same shape as ours.
      const error = validationError([variableProblem(formatted.message)]);
      return { ...base, message: error.message, extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT, ...stack } };
    }
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
