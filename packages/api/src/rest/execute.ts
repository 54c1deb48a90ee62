import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../context';
import { countStatements } from '../db/statement-count';
import type { Execution } from './routes';

/**
 * The REST routes' way into the GraphQL API: a document run through Apollo's whole request
 * pipeline (query limits, time budget, error formatting) with the caller's request context, made
 * from the request's headers as for /graphql (the same authentication, the same key cache).
 */
export function graphqlExecutor(options: {
  apollo: ApolloServer<RequestContext>;
  context: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  countStatements: boolean;
}) {
  return async (request: FastifyRequest, query: string, variables: Record<string, unknown>): Promise<Execution> => {
    let contextValue: RequestContext;
    try {
      contextValue = await options.context(request.raw.headers);
    } catch (error) {
      // Authentication refusals are GraphQLErrors with a code (auth/authenticator.ts).
      if (error instanceof GraphQLError) return { errors: [{ message: error.message, extensions: error.extensions }] };
      throw error;
    }
    const run = () => options.apollo.executeOperation({ query, variables }, { contextValue });
    const { result: response, statements } = options.countStatements ? await countStatements(run) : { result: await run(), statements: 0 };
    if (options.countStatements) request.cdp.sqlStatements = (request.cdp.sqlStatements ?? 0) + statements;
    // As on /graphql (graphql/cacheable-plugin.ts): an answer that read the audit log is never cached.
    if (contextValue.answer.live) request.cdp.live = true;
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the REST routes.');
    const { data, errors } = response.body.singleResult;
    return { data: (data ?? null) as Record<string, unknown> | null, errors };
  };
}
