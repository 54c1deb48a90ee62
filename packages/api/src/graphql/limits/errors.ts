import { ASTNode, GraphQLError } from 'graphql';

/** The `extensions.code` of a request refused by a query limit (parse failures keep GRAPHQL_PARSE_FAILED). */
export enum QueryLimitCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
}

const CODES = new Set<string>(Object.values(QueryLimitCode));

/** What a refusal tells the caller besides its message: which limit, its value, and what was measured. */
export interface QueryLimitExtensions {
  code: QueryLimitCode;
  limit: number;
  measured: number;
}

/** A refusal, as an error that Apollo answers with HTTP 400 (before anything executes). */
export function queryLimitError(extensions: QueryLimitExtensions, message: string, nodes?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { ...extensions, http: { status: 400 } } });
}

/**
 * The limit extensions of an error as Apollo hands it to formatError, or null for any other error.
 * A validation rule's error arrives wrapped (Apollo relabels every validation error
 * GRAPHQL_VALIDATION_FAILED and keeps ours as originalError); a plugin's arrives as thrown.
 */
export function queryLimitExtensions(error: unknown): QueryLimitExtensions | null {
  for (let e: unknown = error, hops = 0; e instanceof GraphQLError && hops < 2; e = e.originalError, hops++) {
    const { code, limit, measured } = e.extensions;
    if (typeof code === 'string' && CODES.has(code) && typeof limit === 'number' && typeof measured === 'number') {
      return { code: code as QueryLimitCode, limit, measured };
    }
  }
  return null;
}

/** "Query", "Mutation" or "Subscription": the subject of a refusal message. */
export function operationLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
