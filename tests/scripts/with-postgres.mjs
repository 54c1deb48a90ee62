#!/usr/bin/env node
// A PostgreSQL server for the length of one command:
//   node tests/scripts/with-postgres.mjs <command> [args...]
// runs the command with TEST_DATABASE_URL set to an admin URL (postgres://postgres@127.0.0.1:<port>/postgres).
// When TEST_DATABASE_URL is already set, that server is used as it is (checked first). Otherwise a
// throwaway cluster is made for the run: initdb into a temporary directory (as the `postgres`
// user when this runs as root: initdb refuses root), trust authentication on 127.0.0.1 only, a free
// port, settings for tests (no fsync: the tests kill API processes, never this server), started,
// and stopped and removed at the end, also when the command fails or this process is interrupted.
// tests/scripts/ensure-postgres.sh installs the server programs first when they are missing.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const say = (message) => console.log(`with-postgres: ${message}`);

/** initdb's directory: PG_BINDIR, the PATH, or Debian's newest /usr/lib/postgresql/<v>/bin. */
function findBindir() {
  if (process.env.PG_BINDIR && existsSync(join(process.env.PG_BINDIR, 'initdb'))) return process.env.PG_BINDIR;
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server program as the `postgres` user when root (initdb and postgres refuse root). */
function asServerUser(file, args) {
  const root = process.getuid?.() === 0;
  const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function check(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version');
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

/** The throwaway cluster's settings: for tests (no fsync: the tests kill API processes, never this server). */
export const TEST_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', shared_buffers: '128MB', max_connections: '300' };

/** The stop() of every cluster this process started and has not stopped yet. */
const liveClusters = new Set();

/** Stops every throwaway cluster this process started (synchronous: safe in process.on('exit')). */
export function stopClusters() {
  for (const stop of [...liveClusters]) stop();
}

/**
 * Starts a throwaway cluster: initdb into a temporary directory, a free port, trust on 127.0.0.1,
 * `settings` (postgresql.conf names and values; TEST_SETTINGS by default). Resolves with its admin
 * URL and `stop()`, synchronous and idempotent (safe in process.on('exit')), which stops the
 * server and removes the directory. A failure half way removes what was made.
 */
export async function startCluster({ settings = TEST_SETTINGS } = {}) {
  const bindir = findBindir();
  if (!bindir) throw new Error('PostgreSQL is not installed: run tests/scripts/ensure-postgres.sh (or set PG_BINDIR or TEST_DATABASE_URL)');
  const dir = mkdtempSync(join(tmpdir(), 'cdp-pg-'));
  const data = join(dir, 'data');
  let started = false;
  const stop = () => {
    liveClusters.delete(stop);
    if (started) {
      started = false;
      try {
        asServerUser(join(bindir, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } catch (error) {
        console.error(`with-postgres: stopping the cluster: ${error.message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  liveClusters.add(stop);
  try {
    if (process.getuid?.() === 0) {
      chownSync(
        dir,
        Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      );
    }
    chmodSync(dir, 0o700);
    const began = performance.now();
    asServerUser(join(bindir, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-locale', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${dir}`,
      ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
    ].join(' ');
    asServerUser(join(bindir, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
    started = true;
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    say(`started PostgreSQL ${await check(url)} on port ${port} in ${Math.round(performance.now() - began)} ms (${dir})`);
    return { url, dir, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Starts a throwaway cluster (or takes TEST_DATABASE_URL), runs `work(adminUrl)`, and always
 * stops and removes the cluster afterwards. Returns what `work` returns.
 */
export async function withPostgres(work) {
  if (process.env.TEST_DATABASE_URL) {
    const url = process.env.TEST_DATABASE_URL;
    say(`using TEST_DATABASE_URL (PostgreSQL ${await check(url)})`);
    return work(url);
  }
  let cluster = null;
  const onSignal = (signal) => {
    stopClusters();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cluster = await startCluster();
    return await work(cluster.url);
  } finally {
    cluster?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Runs a command to its end; resolves with its exit status (signals passed on to it). */
export function runCommand(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`with-postgres: ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('Usage: node tests/scripts/with-postgres.mjs <command> [args...]');
    process.exit(2);
  }
  withPostgres((url) => runCommand(command, args, { ...process.env, TEST_DATABASE_URL: url })).then(
    (status) => process.exit(status),
    (error) => {
      console.error(`with-postgres: ${error.message}`);
      process.exit(1);
    },
  );
}
