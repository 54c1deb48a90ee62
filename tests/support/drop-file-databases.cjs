// A Jest reporter (tests/jest.config.js), in Jest's main process: on PostgreSQL, as soon as a test
// file is done (its servers stopped by its own afterAll), drops the databases it made, so a run
// holds a few at a time rather than one per server of the whole suite (about 8 MB each). Their
// names are cdp_t_<run>_<file>_<n> (support/engine.ts: runPrefix and fileKey, the same rule
// spelled here). The global teardown drops whatever is left.
// Plain CommonJS: Jest loads reporters without transforming them.
const { Client } = require('pg');

const fileKey = (testPath) =>
  (testPath.split(/[\\/]/).pop() ?? '')
    .replace(/\.test\.ts$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 32);

class DropFileDatabases {
  async onTestFileResult(test) {
    const engine = (process.env.CDP_TEST_ENGINE ?? '').trim().toLowerCase();
    const run = process.env.CDP_TEST_RUN;
    if ((engine !== 'postgres' && engine !== 'postgresql') || !run || !process.env.TEST_DATABASE_URL) return;
    const own = new RegExp(`^cdp_t_${run}_${fileKey(test.path)}_\\d+$`);
    const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    try {
      await client.connect();
      const { rows } = await client.query('SELECT datname FROM pg_database');
      for (const { datname } of rows.filter((r) => own.test(r.datname))) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } catch (error) {
      console.error(`drop-file-databases: ${test.path}: ${error.message} (the global teardown drops them at the end)`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

module.exports = DropFileDatabases;
