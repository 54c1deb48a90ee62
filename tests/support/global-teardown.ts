import { databasesOfRun, dropDatabases, ENGINE, RUN_ENV } from './engine';

/**
 * Jest's global teardown: on PostgreSQL, drops every database this run made on the server (the two
 * templates and each test's copy, found by the run's prefix; see support/engine.ts), so a run
 * against a real server leaves nothing behind. A run stopped with Ctrl-C skips it: its databases
 * are named cdp_t_<pid>_... and cdp_tpl_..._<pid>, to drop by hand.
 */
export default async function globalTeardown(): Promise<void> {
  if (ENGINE !== 'postgres') return;
  const run = process.env[RUN_ENV];
  if (!run) return; // the setup failed before it made anything
  const names = await databasesOfRun(run);
  await dropDatabases(names);
}
