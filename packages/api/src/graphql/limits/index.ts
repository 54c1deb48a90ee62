import { GraphQLError, ParseOptions, ValidationRule } from 'graphql';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import type { QueryLimits } from '../../config';
import { ErrorCode, validationError } from '../../common/errors';
import { maxAliasesRule } from './aliases';
import { costRefusal } from './cost';
import { maxDepthRule } from './depth';
import { inputLengthProblems, LengthProblem } from './input-lengths';
import { unsupportedOperation } from './operations';
import { fragmentsOf } from './selections';

export { QueryLimitCode, queryLimitExtensions } from './errors';
export { estimateCost, costRefusal, DEFAULT_FIRST, LIST_FACTOR, ITEMS_PER_PARENT } from './cost';
export { depthMeasure, maxDepthRule } from './depth';
export { aliasMeasure, maxAliasesRule } from './aliases';
export { fragmentsOf } from './selections';
export { inputLengthProblems, argumentMaxLength, maxLengthOf, MAX_STRING_LENGTH, MAX_TOKEN_LENGTH, ARGUMENT_MAX_LENGTHS } from './input-lengths';
export type { LengthProblem } from './input-lengths';
export { unsupportedOperation } from './operations';

/**
 * The query limits as Apollo Server options, all set from the configuration (never from NODE_ENV),
 * each refusing a request before any resolver runs:
 * - tokens: graphql-js stops parsing past `maxTokens` lexical tokens (GRAPHQL_PARSE_FAILED);
 * - depth and aliases: validation rules (QUERY_TOO_DEEP, TOO_MANY_ALIASES);
 * - a plugin, for what needs the variables or the chosen operation: subscriptions
 *   (OPERATION_NOT_SUPPORTED), strings longer than their bound (BAD_USER_INPUT, see
 *   input-lengths.ts) and the cost (QUERY_TOO_COMPLEX).
 */
export function queryLimitOptions<TContext extends BaseContext>(
  limits: QueryLimits,
): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugin: ApolloServerPlugin<TContext>;
} {
  return {
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    plugin: operationLimitsPlugin<TContext>(limits.maxCost),
  };
}

/**
 * Checks the operation Apollo is about to execute, with its variables: didResolveOperation runs after
 * validation and before execution, and an error thrown there is the whole answer (HTTP 400): no
 * resolver runs, and nothing reaches the denial log or the services.
 */
export function operationLimitsPlugin<TContext extends BaseContext>(maxCost: number): ApolloServerPlugin<TContext> {
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      const unsupported = unsupportedOperation(operation);
      if (unsupported) throw unsupported;
      const fragment = fragmentsOf(document);
      const tooLong = inputLengthProblems({ schema, operation, fragment, variables: request.variables });
      if (tooLong.length) throw lengthRefusal(tooLong);
      const tooCostly = costRefusal({ schema, operation, fragment, variables: request.variables }, maxCost);
      if (tooCostly) throw tooCostly;
    },
  };
  return { requestDidStart: async () => listener };
}

/** BAD_USER_INPUT in the one validation shape (`fields: [{ path, rule, message }]`), HTTP 400. */
function lengthRefusal(problems: LengthProblem[]): GraphQLError {
  const [first] = problems;
  const message =
    problems.length === 1
      ? `Invalid argument: ${first.message}`
      : `Invalid arguments: ${problems.length} values are too long (${problems.map((p) => p.path).join(', ')}).`;
  const { fields } = validationError(problems.map(({ path, rule, message }) => ({ path, rule, message }))).extensions;
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, fields, http: { status: 400 } } });
}
