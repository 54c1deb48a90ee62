import 'reflect-metadata';
import { ConfigError, loadConfig, maskPassword } from './config';
import { startApp } from './app';

/**
 * Starts the server. `--explore` (what `npm start` passes) turns the playground and introspection
 * on whatever NODE_ENV says, for a developer's first look; PLAYGROUND and INTROSPECTION still win.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { explore: process.argv.includes('--explore') });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await startApp(config);
  const log = app.http.log;

  // Last resort: an error that escaped every handler is logged and the server keeps serving (each
  // request's own errors are caught by Fastify and answered 500). The process is meant to run
  // under a supervisor that restarts it if it does exit (systemd Restart=on-failure).
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection (the server keeps serving)'));
  process.on('uncaughtException', (error) => log.error({ err: error }, 'uncaught exception (the server keeps serving)'));

  const database = config.database.type === 'sqlite' ? config.database.file : maskPassword(config.database.url);
  log.info(`Database: ${database}${app.seeded ? ' (loaded the Tower Hamlets 2024-25 plan)' : ''}`);
  if (config.playground) log.info(`Playground: ${app.url.replace(/\/graphql$/, '/playground')}`);
  if (!(await app.hasApiKeys())) {
    log.info(
      'No API keys yet: anyone can read, no one can write. Create the first admin key with: pnpm cli keys create --role admin --name "CDP coordinator" (without pnpm: npm run cli -- keys create --role admin --name "CDP coordinator")',
    );
  }
  log.info(`CDP Plan API listening on ${app.url}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: no new connections; finishing requests in flight (up to ${config.shutdownGraceMs} ms)`);
    app.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error) => {
        log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('Failed to start', error);
  process.exit(1);
});
