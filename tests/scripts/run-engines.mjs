#!/usr/bin/env node
// The e2e suite on each database engine, one after the other: `pnpm --filter @cdp/tests test`.
//   node scripts/run-engines.mjs [jest args...]
// 1. SQLite (CDP_TEST_ENGINE=sqlite): every server gets a fresh SQLite file.
// 2. PostgreSQL (CDP_TEST_ENGINE=postgres): on TEST_DATABASE_URL, or a throwaway cluster made for
//    the pass (with-postgres.mjs); every server gets a fresh database copied from a template.
// Both passes run even when the first fails; the exit status is non-zero if either failed, and the
// time each took is printed at the end. `--engines sqlite` (or postgres; also CDP_TEST_ENGINES)
// runs one pass only: `pnpm --filter @cdp/tests test:sqlite` / `test:postgres`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { runCommand, withPostgres } from './with-postgres.mjs';

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const tests = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(tests);

const argv = process.argv.slice(2);
const flag = argv.indexOf('--engines');
const chosen = flag >= 0 ? argv.splice(flag, 2)[1] : process.env.CDP_TEST_ENGINES;
const engines = (chosen || 'sqlite,postgres').split(',').map((e) => e.trim());
for (const engine of engines) {
  if (engine !== 'sqlite' && engine !== 'postgres') {
    console.error(`CDP_TEST_ENGINES must list sqlite and/or postgres, got ${JSON.stringify(engine)}`);
    process.exit(2);
  }
}
const args = argv;
const results = [];
for (const engine of engines) {
  console.log(`\n=== e2e on ${engine} ===`);
  const began = performance.now();
  const env = { ...process.env, CDP_TEST_ENGINE: engine };
  let status;
  try {
    status =
      engine === 'sqlite'
        ? await runCommand(process.execPath, [jest, ...args], env)
        : await withPostgres((url) => runCommand(process.execPath, [jest, ...args], { ...env, TEST_DATABASE_URL: url }));
  } catch (error) {
    console.error(`run-engines: ${engine}: ${error.message}`);
    status = 1;
  }
  results.push({ engine, status, seconds: (performance.now() - began) / 1000 });
}
console.log('');
for (const r of results) console.log(`e2e on ${r.engine}: ${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`} in ${r.seconds.toFixed(0)} s`);
process.exit(results.some((r) => r.status !== 0) ? 1 : 0);
