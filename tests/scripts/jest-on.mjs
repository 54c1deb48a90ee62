#!/usr/bin/env node
// The e2e suite (jest, with the arguments after the engine) on one engine:
//   node scripts/jest-on.mjs sqlite|postgres [jest args...]
// sets CDP_TEST_ENGINE for jest and its workers, the same on every platform (no `VAR=value command`
// shell syntax). PostgreSQL runs on TEST_DATABASE_URL when it is set, or else on a throwaway
// cluster made for the run (with-postgres.mjs). `pnpm --filter @cdp/tests test:postgres` runs it;
// run-engines.mjs runs both engines one after the other.
import { createRequire } from 'node:module';
import { runCommand, withPostgres } from './with-postgres.mjs';

const [engine, ...args] = process.argv.slice(2);
if (engine !== 'sqlite' && engine !== 'postgres') {
  console.error('usage: node scripts/jest-on.mjs sqlite|postgres [jest arguments]');
  process.exit(2);
}
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const env = { ...process.env, CDP_TEST_ENGINE: engine };
try {
  const status =
    engine === 'sqlite'
      ? await runCommand(process.execPath, [jest, ...args], env)
      : await withPostgres((url) => runCommand(process.execPath, [jest, ...args], { ...env, TEST_DATABASE_URL: url }));
  process.exit(status);
} catch (error) {
  console.error(`jest-on: ${error.message}`);
  process.exit(1);
}
