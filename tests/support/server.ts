import { randomBytes } from 'node:crypto';
import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sqliteFileOf } from './db';
import { createDatabase, databaseOf, ENGINE, fileKey, RUN_ENV, runPrefix, TEMPLATE_ENV, urlOf } from './engine';

export { ENGINE } from './engine';

export const API_MAIN = resolve(__dirname, '../../packages/api/dist/main.js');

export interface TestServer {
  /** e.g. http://127.0.0.1:43123 */
  origin: string;
  /** origin + /graphql */
  url: string;
  /**
   * The DATABASE_URL this server runs on: `sqlite:<file>` or `postgres://.../<db>` (fresh per server
   * unless given; see tempDatabase). Open it with support/db.ts openDb.
   */
  databaseUrl: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Graceful stop (SIGTERM), waits for exit. */
  stop(): Promise<void>;
  /** Hard stop (SIGKILL), waits for exit. */
  kill(): Promise<void>;
  process: ChildProcess;
}

export interface StartOptions {
  /**
   * A DATABASE_URL to run on (to test restarts, or a database made by tempDatabase); by default a
   * fresh one: tempDatabase('empty') when env.SEED is 'false', tempDatabase('seeded') otherwise.
   */
  databaseUrl?: string;
  env?: Record<string, string>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * What a fresh database holds when the server first starts on it:
 * - 'seeded': the schema and the Tower Hamlets plan (the default: a server started with the default SEED);
 * - 'empty': the schema, no plan (what a server started with SEED=false leaves);
 * - 'new': nothing at all, as on a first install: the server migrates it and loads the plan itself
 *   (for the tests of the first start: the seed's log line, seed_run).
 * On SQLite every kind is a new file in a temporary folder (removed when the process exits): the
 * server migrates and seeds it at start, so 'seeded' and 'empty' are the same as 'new'. On
 * PostgreSQL 'seeded' and 'empty' are copies of the run's templates (CREATE DATABASE ... TEMPLATE,
 * made once by support/global-setup.ts), 'new' an empty database; all dropped at the run's end.
 */
export type DatabaseKind = 'seeded' | 'empty' | 'new';

const tempDirs: string[] = [];
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
function tempSqliteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdp-test-'));
  tempDirs.push(dir);
  return join(dir, 'cdp.sqlite');
}

/**
 * Jest loads this module afresh for every test file, so the counter restarts in each file: the
 * file's name (fileKey) keeps two files' databases apart, and lets the reporter drop a file's own.
 */
let databases = 0;
function pgName(): string {
  const run = process.env[RUN_ENV];
  if (!run) throw new Error('CDP_TEST_ENGINE=postgres: run the tests through jest with tests/jest.config.js, whose global setup makes the templates');
  const testPath = expect.getState().testPath;
  return `${runPrefix(run)}${testPath ? fileKey(testPath) : `p${process.pid}_${randomBytes(3).toString('hex')}`}_${++databases}`;
}

/** A fresh database of `kind` for one server (see DatabaseKind); returns its DATABASE_URL. */
export async function tempDatabase(kind: DatabaseKind = 'seeded'): Promise<string> {
  if (ENGINE === 'sqlite') return `sqlite:${tempSqliteFile()}`;
  const template = kind === 'new' ? undefined : process.env[TEMPLATE_ENV[kind]];
  if (kind !== 'new' && !template) throw new Error(`${TEMPLATE_ENV[kind]} is not set: the global setup (support/global-setup.ts) did not run`);
  const name = pgName();
  await createDatabase(name, template);
  return urlOf(name);
}

/** A copy of a database no server has open (SQLite: its file; PostgreSQL: CREATE DATABASE ... TEMPLATE). */
export async function copyDatabase(databaseUrl: string): Promise<string> {
  if (ENGINE === 'sqlite') {
    const file = tempSqliteFile();
    copyFileSync(sqliteFileOf(databaseUrl), file);
    return `sqlite:${file}`;
  }
  const name = pgName();
  await createDatabase(name, databaseOf(databaseUrl));
  return urlOf(name);
}

/**
 * A test (or describe block) about SQLite itself (its file, its journal): skipped on PostgreSQL,
 * with `reason` in the skipped test's name. Every other test runs on both engines.
 */
export function testOnSqlite(name: string, reason: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (ENGINE === 'sqlite') test(name, fn, timeout);
  else test.skip(`${name} [SQLite only: ${reason}]`, fn, timeout);
}
export function describeOnSqlite(name: string, reason: string, fn: jest.EmptyFunction): void {
  if (ENGINE === 'sqlite') describe(name, fn);
  else describe.skip(`${name} [SQLite only: ${reason}]`, fn);
}
/** The PostgreSQL counterpart of a SQLite-only test; skipped on SQLite. */
export function testOnPostgres(name: string, reason: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (ENGINE === 'postgres') test(name, fn, timeout);
  else test.skip(`${name} [PostgreSQL only: ${reason}]`, fn, timeout);
}

/** Starts the compiled API (packages/api/dist/main.js) on a free port and waits until it answers. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const port = await freePort();
  const databaseUrl = options.databaseUrl ?? (await tempDatabase(options.env?.SEED === 'false' ? 'empty' : 'seeded'));
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      // High limits for tests that do not test rate limits; a test that does passes its own.
      RATE_LIMIT_MAX: '100000',
      RATE_LIMIT_ANONYMOUS_MAX: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((res) => child.once('exit', () => res()));

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode} before answering:\n${output}`);
    if (output.includes('listening on')) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not start within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin,
    url: `${origin}/graphql`,
    databaseUrl,
    output: () => output,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> };
}

/**
 * A raw, untyped GraphQL POST. New tests use support/api.ts (the SDK, or codegen-typed documents);
 * this stays for the tests whose subject is the request itself (fuzz, http-front, graphql-over-http,
 * query-limits, denial-flood: malformed, hostile or oversized documents, raw wire shapes) and for
 * documents codegen cannot type: built at run time (the aliases and introspection of
 * access-control, over-long literals, the README's examples) or refused by the schema.
 */
export async function gql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GraphQLResponse<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response (${res.status}): ${text.slice(0, 500)}`);
  }
  return { status: res.status, headers: res.headers, body };
}

export const CLI_MAIN = resolve(__dirname, '../../packages/api/dist/cli/index.js');

export interface KeyOptions {
  role: 'admin' | 'pillar_lead' | 'agency_editor' | 'reader';
  name: string;
  agency?: string;
  pillar?: string;
  principal?: string;
}

/**
 * Creates an API key for a server's database the way an operator does: the CLI (`pnpm cli keys
 * create`), run against the same database (DATABASE_URL) while the server runs. Returns the key itself.
 */
export function createKey(databaseUrl: string, options: KeyOptions): string {
  const args = [CLI_MAIN, 'keys', 'create', '--role', options.role, '--name', options.name];
  if (options.agency) args.push('--agency', options.agency);
  if (options.pillar) args.push('--pillar', options.pillar);
  if (options.principal) args.push('--principal', options.principal);
  const cli = spawnSync(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  const key = /cdp_[a-z0-9]{10}_[A-Za-z0-9_-]{43}/.exec(cli.stdout)?.[0];
  if (cli.status !== 0 || !key) throw new Error(`keys create failed (${cli.status}):\n${cli.stdout}\n${cli.stderr}`);
  return key;
}

/** Headers that send an API key. */
export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
