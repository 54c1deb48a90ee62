import type { ParseOptions, ValidationRule } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { QueryLimits } from '../../config';
import { maxAliasesRule } from './aliases';
import { costLimitPlugin } from './cost';
import { maxDepthRule } from './depth';

export { QueryLimitCode, queryLimitExtensions } from './errors';
export { estimateCost, DEFAULT_FIRST, LIST_FACTOR } from './cost';
export { depthMeasure, maxDepthRule } from './depth';
export { aliasMeasure, maxAliasesRule } from './aliases';
export { fragmentsOf } from './selections';

/**
 * The query limits as Apollo Server options, all set from the configuration (never from NODE_ENV),
 * each refusing a request before any resolver runs:
 * - tokens: graphql-js stops parsing past `maxTokens` lexical tokens (GRAPHQL_PARSE_FAILED);
 * - depth and aliases: validation rules (QUERY_TOO_DEEP, TOO_MANY_ALIASES);
 * - cost: a plugin, since it needs the variables (QUERY_TOO_COMPLEX).
 */
export function queryLimitOptions<TContext extends BaseContext>(limits: QueryLimits): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugin: ApolloServerPlugin<TContext>;
} {
  return {
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases)],
    plugin: costLimitPlugin<TContext>(limits.maxCost),
  };
}
