import { GraphQLError, OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../../common/errors';

/**
 * A refusal of an operation kind this API does not serve: subscriptions (there is no Subscription
 * type and no transport for one). graphql-js 16 validates a subscription against a schema without
 * a Subscription type and only fails when executing it, with a code-less error that Apollo labels
 * INTERNAL_SERVER_ERROR (and the server logged with a stack trace); refused here instead, before
 * anything runs, as the caller's mistake: OPERATION_NOT_SUPPORTED, HTTP 400.
 */
export function unsupportedOperation(operation: OperationDefinitionNode): GraphQLError | null {
  if (operation.operation !== 'subscription') return null;
  return new GraphQLError('Subscriptions are not supported by this API: send a query or a mutation (poll changes(since:) to follow edits).', {
    nodes: operation,
    extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, http: { status: 400 } },
  });
}
