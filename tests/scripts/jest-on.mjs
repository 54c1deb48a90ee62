// Runs the e2e suite (jest, with the arguments given after the engine) on one engine:
// `node scripts/jest-on.mjs postgres [jest args]` sets CDP_TEST_ENGINE for jest and its workers,
// the same on every platform (no `VAR=value command` shell syntax). PostgreSQL also needs
// TEST_DATABASE_URL (see support/engine.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [engine, ...args] = process.argv.slice(2);
if (engine !== 'sqlite' && engine !== 'postgres') {
  console.error('usage: node scripts/jest-on.mjs sqlite|postgres [jest arguments]');
  process.exit(2);
}
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, ...args], { stdio: 'inherit', env: { ...process.env, CDP_TEST_ENGINE: engine } });
process.exit(run.status ?? 1);
