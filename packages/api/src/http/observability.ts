import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/database';

/**
 * Health, logs and metrics (placeholder: only GET /healthz, the process is up). The request log,
 * /readyz and /metrics replace this file.
 */
export async function registerObservability(app: FastifyInstance, deps: { config: Config; database: Database }): Promise<void> {
  void deps;
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
}
