import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';

/**
 * Apollo's drain step for the Fastify server: when Apollo stops, Fastify closes (the listening
 * socket first, so new connections are refused; idle kept-alive connections at once; requests in
 * flight finish), and connections still busy after `graceMs` are closed.
 *
 * The same as @as-integrations/fastify's fastifyApolloDrainPlugin, whose grace period is fixed at
 * 10 s; this one takes SHUTDOWN_GRACE_MS.
 */
export function drainOnStop(app: () => FastifyInstance | undefined, graceMs: number): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          const fastify = app();
          if (!fastify) return;
          const timeout = setTimeout(() => fastify.server.closeAllConnections(), graceMs);
          try {
            await fastify.close();
          } finally {
            clearTimeout(timeout);
          }
        },
      };
    },
  };
}
