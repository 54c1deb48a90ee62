import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

/**
 * Marks a request's answer as cacheable: a query (never a mutation) that answered without errors,
 * and read nothing `live` (the audit log, where refusals are appended without a new data revision);
 * and notes its operation's type and name for the request log.
 */
export const markCacheableAnswers: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, operationName, response, contextValue }) {
        if (operation) contextValue.answer.operationType = operation.operation;
        if (operationName) contextValue.answer.operationName = operationName;
        if (operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors?.length && !contextValue.answer.live)
          contextValue.answer.cacheable = true;
      },
    };
  },
};
