/**
 * `pnpm cli db copy|backup|restore`: moving a CDP between databases (db/copy.ts) and keeping it
 * safe on SQLite (db/sqlite-backup.ts); on PostgreSQL, backup and restore are pg_dump's and
 * pg_restore's, and these commands print them.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ConfigError, loadConfig, maskPassword, type Config } from '../config';
import { createDatabase, createDataSource } from '../db/data-source';
import { CopyError, copyDatabase, migrationState, type CopyReport } from '../db/copy';
import { BackupError, backupSqlite, describeNonSqlite, hasSqliteHeader, restoreSqlite } from '../db/sqlite-backup';
import { CommandError, UsageError } from './errors';

export const DB_USAGE = `  db copy --from <url> --to <url> [--force]
                                       copies every table into another database (migrated first), in one
                                       transaction, verified per table before it commits; refuses a target
                                       with rows unless --force (which replaces them). URLs as DATABASE_URL:
                                       sqlite:<file> or postgres://user:password@host:5432/db
  db backup <file> [--force]           SQLite: an online backup of DATABASE_URL's database (consistent while
                                       the server runs), checked with integrity_check; PostgreSQL: prints pg_dump
  db restore <file>                    SQLite: replaces DATABASE_URL's database with a backup (stop the server
                                       first; the replaced file is kept); PostgreSQL: prints pg_restore`;

type DatabaseConfig = Config['database'];

/** A DATABASE_URL as the server reads it (config.ts), for a command-line flag. */
export function parseDatabaseUrl(url: string | undefined, flag: string): DatabaseConfig {
  if (!url) throw new UsageError(`${flag} is required: a database URL, sqlite:<file> or postgres://user:password@host:5432/db.`);
  try {
    return loadConfig({ DATABASE_URL: url, SEED: 'false' }).database;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`${flag}: ${error.problems.join('; ').replace(/^DATABASE_URL /, '')}`);
    throw error;
  }
}

/** A database URL with its password replaced by *** (the configuration's own masking). */
export const maskUrl = maskPassword;

/** How a database is named in messages: sqlite:<file>, or the URL with its password masked. */
export function describeDatabase(database: DatabaseConfig): string {
  return database.type === 'sqlite' ? `sqlite:${database.file}` : maskUrl(database.url);
}

/** Whether two configurations name one database (the same file, or the same server and database name). */
export function sameDatabase(a: DatabaseConfig, b: DatabaseConfig): boolean {
  if (a.type === 'sqlite' && b.type === 'sqlite') {
    if (a.file === b.file) return true;
    return existsSync(a.file) && existsSync(b.file) && statSync(a.file).ino === statSync(b.file).ino && statSync(a.file).dev === statSync(b.file).dev;
  }
  if (a.type === 'postgres' && b.type === 'postgres') {
    const where = (url: string): string => {
      const u = new URL(url);
      return `${u.hostname.toLowerCase()}:${u.port || '5432'}${decodeURIComponent(u.pathname) || '/'}`;
    };
    try {
      return where(a.url) === where(b.url);
    } catch {
      return a.url === b.url;
    }
  }
  return false;
}

/** A shell word: single-quoted unless it is plain. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What to run on PostgreSQL instead of `db backup` / `db restore`. */
export function postgresInstructions(command: 'backup' | 'restore', url: string, file: string): string {
  const masked = shellQuote(maskUrl(url));
  const archive = shellQuote(file);
  const password =
    maskUrl(url) !== url ? '\n(The password is masked: put it back for ***, or leave it out of the URL and set PGPASSWORD or use ~/.pgpass.)' : '';
  if (command === 'backup')
    return [
      'DATABASE_URL is PostgreSQL: `db backup` is for SQLite. Back PostgreSQL up with pg_dump, which reads one',
      'consistent snapshot while the servers keep writing, into a custom-format archive:',
      '',
      `  pg_dump -Fc --no-owner -f ${archive} ${masked}`,
      `  pg_restore --list ${archive} > /dev/null   # the archive reads back`,
      password,
    ].join('\n');
  return [
    'DATABASE_URL is PostgreSQL: `db restore` is for SQLite. Restore a pg_dump archive with pg_restore, with every',
    'API instance stopped, then move the data revision on (no ETag given out before matches after):',
    '',
    `  pg_restore --clean --if-exists --no-owner --single-transaction -d ${masked} ${archive}`,
    `  psql ${masked} -c 'UPDATE data_revision SET revision = revision + 1000000'`,
    password,
  ].join('\n');
}

/** Runs `work` on one side's database; a failure to connect or read it (not this command's own refusal) says which side and why. */
async function onDatabase<T>(side: 'source' | 'target', database: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CommandError || error instanceof UsageError || error instanceof CopyError) throw error;
    const message = error instanceof Error ? error.message.replace(/^SqliteError: /, '') : String(error);
    throw new CommandError(`Cannot use the ${side} ${describeDatabase(database)}: ${message}`);
  }
}

/** The source side of a copy: never written (SQLite: opened read-only; PostgreSQL: read in a read-only transaction). */
function sourceDataSource(database: DatabaseConfig): DataSource {
  const ds = createDataSource({ database });
  if (database.type !== 'sqlite') return ds;
  if (database.file === ':memory:') throw new UsageError('--from sqlite::memory: is an empty database that exists only in this process; name a file.');
  if (!existsSync(database.file)) throw new CommandError(`The source ${database.file} does not exist.`);
  if (!statSync(database.file).isFile()) throw new CommandError(`The source ${database.file} is not a file.`);
  if (!hasSqliteHeader(database.file)) throw new CommandError(`The source ${database.file} is not an SQLite database: ${describeNonSqlite(database.file)}.`);
  return new DataSource({
    ...ds.options,
    readonly: true,
    fileMustExist: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => db.pragma('busy_timeout = 5000'),
  } as DataSourceOptions);
}

function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

export function formatCopyReport(from: DatabaseConfig, to: DatabaseConfig, report: CopyReport): string {
  const width = Math.max(5, ...report.tables.map((t) => t.table.length));
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  const lines = [
    `Copied ${describeDatabase(from)} to ${describeDatabase(to)}: one transaction, each table's rows and checksum verified before it committed.`,
    '',
    `  ${'table'.padEnd(width)}  ${'rows'.padStart(9)}  sha256 of the rows`,
    ...report.tables.map((t) => `  ${t.table.padEnd(width)}  ${formatCount(t.rows).padStart(9)}  ${t.checksum}`),
    '',
    `  ${report.tables.length} tables, ${formatCount(rows)} rows; copied in ${(report.copyMs / 1000).toFixed(2)} s, verified in ${(report.verifyMs / 1000).toFixed(2)} s.`,
  ];
  if (report.replaced) lines.push(`  The ${formatCount(report.replaced)} rows the target had were replaced (--force).`);
  if (report.revision)
    lines.push(
      `  The data revision went from ${formatCount(report.revision.source)} to ${formatCount(report.revision.target)} on the copy: no ETag the source gave out matches an answer of the copy.`,
    );
  return lines.join('\n');
}

async function copy(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length) throw new UsageError(`db copy takes --from and --to, not ${JSON.stringify(positionals[0])}.\n\n${DB_USAGE}`);
  const from = parseDatabaseUrl(values.from, '--from');
  const to = parseDatabaseUrl(values.to, '--to');
  if (to.type === 'sqlite' && to.file === ':memory:') throw new UsageError('--to sqlite::memory: would be gone when the command ends; name a file.');
  if (sameDatabase(from, to)) throw new UsageError(`--from and --to name the same database (${describeDatabase(from)}).`);

  const source = sourceDataSource(from);
  await onDatabase('source', from, () => source.initialize());
  try {
    const state = await onDatabase('source', from, () => migrationState(source));
    if (state.executed === null) throw new CommandError(`The source ${describeDatabase(from)} is not a CDP database: it has no migrations table.`);
    if (state.unknown.length)
      throw new CommandError(`The source has migrations this version does not know (${state.unknown.join(', ')}): copy it with the version that made them.`);
    if (state.pending.length)
      throw new CommandError(
        `The source is ${state.pending.length} migrations behind this version (${state.pending.join(', ')}): start the server on it once (it migrates at start), then copy.`,
      );

    // The target: this version's migrations checked, then run as the server runs them (no seed).
    if (to.type === 'sqlite' && !existsSync(dirname(to.file))) throw new CommandError(`The target's directory ${dirname(to.file)} does not exist.`);
    if (to.type === 'sqlite' && existsSync(to.file) && statSync(to.file).size > 0 && !hasSqliteHeader(to.file))
      throw new CommandError(`The target ${to.file} is not an SQLite database: ${describeNonSqlite(to.file)}.`);
    const probe = createDataSource({ database: to });
    await onDatabase('target', to, async () => {
      await probe.initialize();
      try {
        const target = await migrationState(probe);
        if (target.unknown.length)
          throw new CommandError(`The target has migrations this version does not know (${target.unknown.join(', ')}): it was made by a newer version.`);
      } finally {
        await probe.destroy();
      }
    });
    const database = createDatabase({ database: to });
    await onDatabase('target', to, () => database.initialize());
    try {
      const report = await copyDatabase(source, database.write, { force: values.force });
      console.log(formatCopyReport(from, to, report));
    } finally {
      await database.destroy();
    }
  } finally {
    if (source.isInitialized) await source.destroy();
  }
}

function configuredDatabase(): DatabaseConfig {
  return loadConfig({ ...process.env, SEED: 'false' }).database;
}

async function backup(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError(`db backup takes one file to write: pnpm cli db backup <file> [--force]`);
  const file = positionals[0]!;
  const database = configuredDatabase();
  if (database.type !== 'sqlite') throw new CommandError(postgresInstructions('backup', database.url, file));
  const result = await backupSqlite(database.file, resolve(file), { force: values.force });
  console.log(
    `Backed up ${database.file} to ${result.file}: ${formatCount(result.bytes)} bytes, PRAGMA integrity_check ok, ${result.migrations} migrations, data revision ${result.revision ?? 'none'} (${(result.ms / 1000).toFixed(2)} s).`,
  );
}

async function restore(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError(`db restore takes one backup file: pnpm cli db restore <file>`);
  const file = positionals[0]!;
  const database = configuredDatabase();
  if (database.type !== 'sqlite') throw new CommandError(postgresInstructions('restore', database.url, file));
  const result = await restoreSqlite(database.file, resolve(file));
  const lines = [
    `Restored ${resolve(file)} into ${database.file}: ${formatCount(result.bytes)} bytes, PRAGMA integrity_check ok, ${result.migrations} migrations.`,
    result.previous ? `The database it replaced is kept as ${result.previous}.` : 'There was no database there before.',
  ];
  if (result.revisionAfter !== null)
    lines.push(`The data revision is now ${formatCount(result.revisionAfter)}: no ETag given out before the restore matches after it.`);
  if (result.pending.length) lines.push(`${result.pending.length} migrations of this version will run when the server starts (${result.pending.join(', ')}).`);
  lines.push('Start the server.');
  console.log(lines.join('\n'));
}

/** `pnpm cli db <command> …`. */
export async function runDb(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'copy':
        return await copy(rest);
      case 'backup':
        return await backup(rest);
      case 'restore':
        return await restore(rest);
      default:
        throw new UsageError(`Usage: pnpm cli db <command>\n\n${DB_USAGE}`);
    }
  } catch (error) {
    if (error instanceof CopyError || error instanceof BackupError) throw new CommandError(error.message);
    // parseArgs' errors (an unknown option, a missing value): by code, as Node's TypeError may be another realm's.
    if (String((error as { code?: unknown } | null)?.code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(`${(error as Error).message}\n\n${DB_USAGE}`);
    throw error;
  }
}
