import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config';
import type { RequestContext } from './context';
import { createContextFactory } from './request-contexts';
import type { Database } from './db/database';
import { createDatabase } from './db/data-source';
import { loadDefaultSeed } from './db/seed/load-seed';
import { createErrorFormatter } from './graphql/format-error';
import { queryLimitOptions } from './graphql/limits';
import { NoSchemaIntrospection } from './graphql/introspection';
import { createHttpServer, GRAPHQL_PATH } from './http/server';
import { drainOnStop } from './http/drain';
import { DEFAULT_PLAYGROUND_QUERY } from './http/playground-query';
import { createSchema } from './schema';
import { ResponseCache } from './http/response-cache';
import { recordStatement } from './db/statement-count';
import { refuseNulCharacters } from './graphql/nul-characters';
import { markCacheableAnswers } from './graphql/cacheable-plugin';
import { timeBudgetPlugin } from './graphql/time-budget';
import { ApiKey } from './auth/api-key.entity';
import type { ExampleFile } from './rest/examples';

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
  /** The Fastify instance (app.server is the node:http server). */
  http: FastifyInstance;
  url: string;
  seeded: boolean;
  /** Whether any API key exists (the start message says how to create the first). */
  hasApiKeys(): Promise<boolean>;
  /**
   * Graceful stop: stop accepting, let in-flight requests finish (up to SHUTDOWN_GRACE_MS, then
   * their connections are closed), stop Apollo, close the database.
   */
  close(): Promise<void>;
}

/**
 * Opens the database as the server and the CLI both need it: pending migrations run, and an empty
 * database gets the Tower Hamlets plan (unless SEED=false; never twice).
 */
export async function openDatabase(config: Config): Promise<{ database: Database; seeded: boolean }> {
  const database = createDatabase(config, config.sqlStatementCount ? { onQuery: recordStatement } : {});
  // The seed loads inside initialize: under the startup lock on PostgreSQL, after the migrations.
  const seed = await database.initialize((ds) => (config.seed ? loadDefaultSeed(ds) : Promise.resolve({ loaded: false })));
  return { database, seeded: seed?.loaded ?? false };
}

export interface StartOptions {
  /**
   * The date requests take as today (YYYY-MM-DD), for date-relative answers (a reprocurement's
   * overdue and daysUntilExpiry); default the UTC date of each request. The OpenAPI examples are
   * recorded on a fixed date (cli/openapi-examples.ts), so that they do not change from day to day.
   */
  today?: () => string;
  /** The OpenAPI document's examples, when not the recorded ones (the emitter prints new ones). */
  openapiExamples?: ExampleFile;
}

/** Opens the database, then starts listening. */
export async function startApp(config: Config, logger: Logger = consoleLogger, options: StartOptions = {}): Promise<App> {
  const { database, seeded } = await openDatabase(config);

  const contexts = createContextFactory(database, {
    anonymousAccess: config.anonymousAccess,
    today: options.today,
    settings: { lateUpdates: config.lateUpdates, chromiumPath: config.chromiumPath },
  });
  const schema = await createSchema(contexts.services);
  const development = config.nodeEnv === 'development';
  const limits = queryLimitOptions<RequestContext>(config.queryLimits);
  // Built before Apollo: Apollo's drain plugin closes it.
  let http: FastifyInstance | undefined;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Depth, aliases, tokens and cost: set from the configuration in every NODE_ENV (graphql/limits).
    parseOptions: limits.parseOptions,
    validationRules: config.introspection ? limits.validationRules : [...limits.validationRules, NoSchemaIntrospection],
    // Off means __schema is refused (graphql/introspection.ts); __type(name:) lookups stay.
    introspection: true,
    // Stack traces and paths leave the server only with NODE_ENV=development, set explicitly.
    includeStacktraceInErrorResponses: development,
    // Field suggestions ("Did you mean ...?") name schema fields: hidden whenever introspection is.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts handles SIGTERM and SIGINT (drain, then close the database); Apollo's own handler raced it.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter({ exposeStack: development, log: (m, e) => (http ? http.log.error({ err: e }, m) : logger.error(m, e)) }),
    // Apollo's cache-control plugin visits every field of every response to compute cache hints
    // this API does not use (HTTP caching is done in http/graphql-route.ts): off, measured in BENCHMARKS.md.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      markCacheableAnswers,
      limits.plugin,
      // U+0000 in any input string is the caller's error on both engines (PostgreSQL cannot store it).
      refuseNulCharacters,
      // REQUEST_TIMEOUT_MS: no resolver starts once a query's execution has run past its budget.
      timeBudgetPlugin<RequestContext>({ budgetMs: config.requestTimeoutMs }),
      drainOnStop(() => http, config.shutdownGraceMs),
    ],
  });
  await apollo.start();

  http = await createHttpServer({
    config,
    database,
    apollo,
    context: contexts.forRequest,
    keyInfo: contexts.keyInfo,
    cache: config.responseCache ? { store: new ResponseCache(), revision: () => database.revision(), accessClass: contexts.accessClass } : undefined,
    playground: { endpoint: GRAPHQL_PATH, defaultQuery: DEFAULT_PLAYGROUND_QUERY, enabled: config.playground },
    schema,
    openapiExamples: options.openapiExamples,
  });
  await http.listen({ port: config.port, host: config.host });
  const { port } = http.server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}${GRAPHQL_PATH}`;

  let closed = false;
  return {
    config,
    database,
    http,
    url,
    seeded,
    hasApiKeys: () => database.read.getRepository(ApiKey).exists(),
    async close() {
      if (closed) return;
      closed = true;
      // apollo.stop() runs the drain plugin, which closes the HTTP server gracefully.
      await apollo.stop();
      await database.destroy();
    },
  };
}
