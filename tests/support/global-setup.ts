import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { adminUrl, createDatabase, dropDatabases, ENGINE, RUN_ENV, RUN_STARTED_ENV, TEMPLATE_ENV, templateName, urlOf, withAdmin } from './engine';

/**
 * Jest's global setup (tests/jest.config.js), once per run, before any worker starts. On SQLite it
 * does nothing (each server makes its own file). On PostgreSQL it makes the two databases every
 * test's database is copied from (CREATE DATABASE ... TEMPLATE, support/server.ts tempDatabase):
 * the compiled API is started on each until it listens, then stopped (SIGTERM), which migrates it
 * and, for the seeded one, loads the Tower Hamlets plan, exactly as a first start does:
 *   cdp_tpl_seeded_<pid>  (SEED on, the default)   cdp_tpl_empty_<pid>  (SEED=false)
 * Their names and the run's id go to the workers through process.env (workers start after this
 * and inherit it); support/global-teardown.ts drops them and every test database of the run.
 */
const API_MAIN = resolve(__dirname, '../../packages/api/dist/main.js');

/** Starts the API on `databaseUrl` until it logs "listening on", then stops it and waits for its exit. */
function migrateBy(databaseUrl: string, env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [API_MAIN], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stopping = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the API did not start on ${databaseUrl} within 120 s:\n${output}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (!stopping && output.includes('listening on')) {
        stopping = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (stopping && (code === 0 || signal === 'SIGTERM')) done();
      else fail(new Error(`the API exited (${code ?? signal}) before it listened on ${databaseUrl}:\n${output}`));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  process.env[RUN_STARTED_ENV] = String(Date.now());
  if (ENGINE !== 'postgres') return;
  const admin = adminUrl();
  const run = String(process.pid);
  const seeded = templateName('seeded', run);
  const empty = templateName('empty', run);
  const started = Date.now();
  try {
    await withAdmin(async (client) => {
      const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
      if (Number(rows[0].server_version_num) < 150000)
        throw new Error(`TEST_DATABASE_URL: PostgreSQL 15 or later is needed, this server is ${rows[0].server_version_num}`);
    }, admin);
    await createDatabase(seeded);
    await createDatabase(empty);
    await Promise.all([migrateBy(urlOf(seeded, admin), {}), migrateBy(urlOf(empty, admin), { SEED: 'false' })]);
  } catch (error) {
    await dropDatabases([seeded, empty]).catch(() => undefined);
    throw error;
  }
  process.env[RUN_ENV] = run;
  process.env[TEMPLATE_ENV.seeded] = seeded;
  process.env[TEMPLATE_ENV.empty] = empty;
  console.log(`\nPostgreSQL: templates ${seeded} and ${empty} made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
