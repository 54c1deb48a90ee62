import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const API_MAIN = resolve(__dirname, '../../packages/api/dist/main.js');

export interface TestServer {
  /** e.g. http://127.0.0.1:43123 */
  origin: string;
  /** origin + /graphql */
  url: string;
  /** The SQLite file this server uses (fresh per server unless given). */
  databaseFile: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Graceful stop (SIGTERM), waits for exit. */
  stop(): Promise<void>;
  /** Hard stop (SIGKILL), waits for exit. */
  kill(): Promise<void>;
  process: ChildProcess;
}

export interface StartOptions {
  /** Reuse a database file (to test restarts); a fresh temporary one by default. */
  databaseFile?: string;
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

const tempDirs: string[] = [];
export function tempDatabaseFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdp-test-'));
  tempDirs.push(dir);
  return join(dir, 'cdp.sqlite');
}
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts the compiled API (packages/api/dist/main.js) on a free port and waits until it answers. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const port = await freePort();
  const databaseFile = options.databaseFile ?? tempDatabaseFile();
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${databaseFile}`,
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
    databaseFile,
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
 * create`), run against the same database file while the server runs. Returns the key itself.
 */
export function createKey(databaseFile: string, options: KeyOptions): string {
  const args = [CLI_MAIN, 'keys', 'create', '--role', options.role, '--name', options.name];
  if (options.agency) args.push('--agency', options.agency);
  if (options.pillar) args.push('--pillar', options.pillar);
  if (options.principal) args.push('--principal', options.principal);
  const cli = spawnSync(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: `sqlite:${databaseFile}` },
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
