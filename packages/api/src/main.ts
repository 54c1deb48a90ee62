import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { consoleLogger, startApp } from './app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await startApp(config);
  const database = config.database.type === 'sqlite' ? config.database.file : 'postgres';
  consoleLogger.info(`Database: ${database}${app.seeded ? ' (loaded the Tower Hamlets 2024-25 plan)' : ''}`);
  if (config.playground) consoleLogger.info(`Playground: ${app.url.replace(/\/graphql$/, '/playground')}`);
  if (!(await app.hasApiKeys())) {
    consoleLogger.info('No API keys yet: anyone can read, no one can write. Create the first admin key with:');
    consoleLogger.info('  pnpm cli keys create --role admin --name "CDP coordinator"');
    consoleLogger.info('  (without pnpm: npm run cli -- keys create --role admin --name "CDP coordinator")');
  }
  consoleLogger.info(`CDP Plan API listening on ${app.url}`);

  const shutdown = (signal: string) => {
    consoleLogger.info(`${signal} received, shutting down`);
    app.close().then(
      () => process.exit(0),
      (error) => {
        consoleLogger.error('Error while shutting down', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  consoleLogger.error('Failed to start', error);
  process.exit(1);
});
