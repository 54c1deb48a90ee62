import 'reflect-metadata';
import type { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config';
import { createContextFactory, RequestContext } from './context';
import { createDatabase, Database } from './db/database';
import { loadDefaultSeed } from './db/seed/load-seed';
import { createErrorFormatter } from './graphql/format-error';
import { createHttpServer, GRAPHQL_PATH } from './http/server';
import { createPlayground } from './http/playground';
import { DEFAULT_PLAYGROUND_QUERY } from './http/playground-query';
import { createSchema } from './schema';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error instanceof Error ? (error.stack ?? error.message) : (error ?? '')),
};

export interface App {
  config: Config;
  database: Database;
  server: Server;
  url: string;
  seeded: boolean;
  close(): Promise<void>;
}

/** Opens the database (running migrations), loads the default plan into an empty one, and starts listening. */
export async function startApp(config: Config, logger: Logger = consoleLogger): Promise<App> {
  const database = createDatabase(config);
  await database.initialize();

  let seeded = false;
  if (config.seed) seeded = (await loadDefaultSeed(database.write)).loaded;

  const schema = await createSchema();
  const development = config.nodeEnv === 'development';
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: development,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: createErrorFormatter({ exposeStack: development, log: (m, e) => logger.error(m, e) }),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const playground = createPlayground({ endpoint: GRAPHQL_PATH, defaultQuery: DEFAULT_PLAYGROUND_QUERY, enabled: config.playground });
  const server = createHttpServer({ apollo, context: createContextFactory(database), routes: [playground], log: (m, e) => logger.error(m, e) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}${GRAPHQL_PATH}`;

  let closed = false;
  return {
    config,
    database,
    server,
    url,
    seeded,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await database.destroy();
    },
  };
}
