import { Client } from 'pg';

/**
 * Which database engine the e2e suite runs on: CDP_TEST_ENGINE=sqlite (the default) or postgres.
 * On PostgreSQL, TEST_DATABASE_URL is an administrator's URL of a server where CREATE DATABASE is
 * allowed (postgres://postgres@127.0.0.1:5432/postgres); every database the run makes is made and
 * dropped through it. This module has no Jest in it: the global setup and teardown use it too.
 */
export type Engine = 'sqlite' | 'postgres';

export function engineFromEnv(env: NodeJS.ProcessEnv = process.env): Engine {
  const value = (env.CDP_TEST_ENGINE ?? '').trim().toLowerCase();
  if (value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgres' || value === 'postgresql') return 'postgres';
  throw new Error(`CDP_TEST_ENGINE must be sqlite or postgres, not "${env.CDP_TEST_ENGINE}"`);
}

export const ENGINE: Engine = engineFromEnv();

/** The administrator's URL (TEST_DATABASE_URL), checked. */
export function adminUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.TEST_DATABASE_URL?.trim();
  if (!url)
    throw new Error(
      'CDP_TEST_ENGINE=postgres needs TEST_DATABASE_URL: the URL of a PostgreSQL server where CREATE DATABASE is allowed, ' +
        'e.g. postgres://postgres@127.0.0.1:5432/postgres',
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`TEST_DATABASE_URL is not a URL: "${url}"`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, not "${parsed.protocol}//..."`);
  return url;
}

/** The URL of database `name` on the administrator's server (same credentials, host and options). */
export function urlOf(name: string, base: string = adminUrl()): string {
  const url = new URL(base);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** The database a postgres:// URL names. */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** An identifier quoted for PostgreSQL. */
export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Runs `work` on a connection to the administrator's database, closed afterwards. */
export async function withAdmin<T>(work: (client: Client) => Promise<T>, url: string = adminUrl()): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * CREATE DATABASE `name` (a copy of `template` when given: a file copy of a few MB, a few tens of
 * milliseconds). PostgreSQL refuses to copy a template while another session is connected to it
 * ("source database ... is being accessed by other users"), which a just-stopped server's sessions
 * can be for a moment: retried for up to 10 s.
 */
export async function createDatabase(name: string, template?: string): Promise<void> {
  const sql = `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ''}`;
  const deadline = Date.now() + 10_000;
  await withAdmin(async (client) => {
    for (;;) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if (!/being accessed by other users/.test(String(error)) || Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
}

/** DROP DATABASE IF EXISTS, closing the sessions still connected to it (PostgreSQL 13+). */
export async function dropDatabases(names: string[]): Promise<void> {
  if (names.length === 0) return;
  await withAdmin(async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}

/**
 * The names of a run's databases. The global setup (support/global-setup.ts) sets CDP_TEST_RUN
 * (its process id) and the two templates' names. A test file's databases are
 * cdp_t_<run>_<file>_<n>, <file> its name without `.test.ts` (fileKey), so that
 * support/drop-file-databases.cjs (a reporter, in Jest's main process) drops them as soon as the file
 * is done, and the global teardown any left by prefix; two runs on one server never collide.
 */
export const RUN_ENV = 'CDP_TEST_RUN';
/**
 * When the run began (ms since the epoch), set by the global setup for the workers: on PostgreSQL a
 * server's records were written when the seeded template was made, which can be minutes before a
 * test file starts (the OpenAPI test masks the times written during the run from this on).
 */
export const RUN_STARTED_ENV = 'CDP_TEST_RUN_STARTED_AT';
export const TEMPLATE_ENV = { seeded: 'CDP_TEST_TEMPLATE_SEEDED', empty: 'CDP_TEST_TEMPLATE_EMPTY' } as const;
export const runPrefix = (run: string): string => `cdp_t_${run}_`;
/** A test file's part of its databases' names; support/drop-file-databases.cjs spells the same rule. */
export const fileKey = (testPath: string): string =>
  (testPath.split(/[\\/]/).pop() ?? '')
    .replace(/\.test\.ts$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 32);
export const templateName = (kind: keyof typeof TEMPLATE_ENV, run: string): string => `cdp_tpl_${kind}_${run}`;

/** Every database of run `run` on the server (its templates and its tests' databases). */
export async function databasesOfRun(run: string): Promise<string[]> {
  const mine = (name: string) => name.startsWith(runPrefix(run)) || name === templateName('seeded', run) || name === templateName('empty', run);
  return withAdmin(async (client) => (await client.query<{ datname: string }>('SELECT datname FROM pg_database')).rows.map((r) => r.datname).filter(mine));
}
