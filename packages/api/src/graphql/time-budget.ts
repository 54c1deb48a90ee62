import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/errors';

/** The time budget of one GraphQL execution when none is configured (REQUEST_TIMEOUT_MS). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;

export interface TimeBudgetOptions {
  /** Milliseconds an execution may run, from its start (REQUEST_TIMEOUT_MS); default 5000. */
  budgetMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/**
 * A time budget per GraphQL execution. The deadline is set when execution starts; from then on
 * every field checks it before its resolver runs, and once it has passed the field throws, so no
 * further resolver (and no DataLoader batch of theirs) starts: the execution winds down at once.
 * The answer is then one error, REQUEST_TIMEOUT, saying the budget, with `data: null` (HTTP 200, an
 * execution error as GraphQL over HTTP defines one): a partial answer would look complete.
 *
 * What this cannot do: stop work already running. better-sqlite3 is synchronous, so one SQL
 * statement that is executing cannot be interrupted, and a resolver already awaiting its loader
 * completes; the budget is checked again as soon as the next field starts. Parsing, validation and
 * the query limits run before the deadline is set (the limits bound them). Queries only: a mutation
 * that has started its write completes, so that its answer says what was written.
 */
export function timeBudgetPlugin<TContext extends BaseContext>(options: TimeBudgetOptions = {}): ApolloServerPlugin<TContext> {
  const budgetMs = options.budgetMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      let expired: GraphQLError | null = null;
      return {
        async executionDidStart({ operation }) {
          // A mutation is not cut short: a write that has started completes, and its answer is sent.
          if (operation?.operation !== 'query') return;
          const deadline = now() + budgetMs;
          return {
            willResolveField() {
              if (expired) throw expired;
              if (now() > deadline) throw (expired = timeoutError(budgetMs));
            },
          };
        },
        async willSendResponse({ response }) {
          if (!expired || response.body.kind !== 'single') return;
          // One error for the whole answer, not one per field that was stopped.
          response.body.singleResult = { data: null, errors: [{ message: expired.message, extensions: { ...expired.extensions } }] };
        },
      };
    },
  };
}

function timeoutError(budgetMs: number): GraphQLError {
  return new GraphQLError(
    `The request ran past its time budget of ${budgetMs} ms and was stopped; nothing more was read. Ask for less (fewer items per page, fewer nested lists) or try again later.`,
    { extensions: { code: ErrorCode.REQUEST_TIMEOUT, budgetMs } },
  );
}
