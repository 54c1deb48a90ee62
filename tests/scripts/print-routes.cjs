// Starts the built API in this process on a fresh database (argv[2], a DATABASE_URL) with the
// playground on, prints Fastify's route tree (printRoutes) and stops. A script of its own because
// the server's dependencies include ES modules, which Jest's module loader cannot require.
// reflect-metadata is the API's dependency, not the tests': resolved from @cdp/api, loaded before any decorator runs.
require(require.resolve('reflect-metadata', { paths: [require('node:path').dirname(require.resolve('@cdp/api/package.json'))] }));
const { loadConfig } = require('@cdp/api/dist/config');
const { startApp } = require('@cdp/api/dist/app');

(async () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.argv[2],
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PLAYGROUND: 'true',
    SEED: 'false',
  });
  const app = await startApp(config, { info: () => undefined, error: (m, e) => console.error(m, e) });
  process.stdout.write(app.http.printRoutes({ commonPrefix: false }));
  await app.close();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
