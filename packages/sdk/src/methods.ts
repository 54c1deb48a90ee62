// What the generated methods (src/generated/sdk-methods.ts) are made of: the options type of the
// methods that take `asOf` beside the call's options, the paging walker, and the check that a
// mutation answered with its payload. Hand-written; codegen/sdk-plugin.cjs writes the calls.
import { UnknownError } from './errors.js';
import { paginate, type Page } from './paginate.js';
import type { CallOptions, VariablesAndOptions } from './transport.js';

/** The second argument of reprocurement(), node(), nodes() and the reprocurement mutations: the date to count from, and the call's options. */
export interface AsOfOptions extends CallOptions {
  /** daysUntilExpiry and overdue are measured from this date (YYYY-MM-DD); default today. */
  asOf?: string | undefined;
}

/**
 * Walks a list to its end, yielding each node. Takes the list's arguments but the cursor; `first`
 * (default 100) is the page size. The call's options apply to every page's request.
 */
export type Pager<TVariables, TNode> = (...args: VariablesAndOptions<Omit<TVariables, 'after'>>) => AsyncGenerator<TNode, void, undefined>;

/** The largest page the API serves. */
const MAX_PAGE = 100;

/** The walker of one list method: pages of MAX_PAGE unless the caller says `first`. */
export function pager<TVariables extends { after?: string | null }, TNode>(
  list: (args: TVariables, options?: CallOptions) => Promise<Page<TNode>>,
): Pager<TVariables, TNode> {
  return (...[args, options]) => paginate((after) => list({ first: MAX_PAGE, ...args, after } as unknown as TVariables, options));
}

/**
 * A mutation's payload. Payloads are nullable in the schema (so that each alias of a document
 * runs on its own); a call that returned no error has its payload, which is what this returns.
 */
export function payload<TResult, K extends keyof TResult>(data: TResult, field: K): NonNullable<TResult[K]> {
  const value = data[field];
  if (value === null || value === undefined) throw new UnknownError(`${String(field)} returned no payload and no error.`, { code: 'UNKNOWN' });
  return value as NonNullable<TResult[K]>;
}
