import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from './migrations';
import { REVISION_STEP } from './copy';

/**
 * `pnpm cli db backup` and `db restore` on SQLite (cli/db-tools.ts): SQLite's online backup API,
 * which gives a consistent copy while the server keeps writing, and a restore that checks the file
 * first, keeps the database it replaces, and swaps the file in with a rename.
 */

/** A backup or restore refused or failed; the message says why and what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The names of this version's SQLite migrations, oldest first. */
export const SQLITE_MIGRATION_NAMES: readonly string[] = SQLITE_MIGRATIONS.map((m) => {
  const instance = new (m as new () => { name?: string })();
  return instance.name ?? m.name;
});

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file starts with SQLite's 16-byte header (a database, not a dump, a gzip or a PostgreSQL archive). */
export function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** What a file that is not an SQLite database looks like, for the refusal. */
function describeNonSqlite(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    if (read === 0) return 'it is empty';
    if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'it is a PostgreSQL archive (pg_dump -Fc): restore it with pg_restore into PostgreSQL';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'it is gzip-compressed: decompress it first';
    const text = head.subarray(0, read).toString('utf8');
    if (/^(--|PRAGMA|BEGIN|CREATE|SET )/i.test(text)) return 'it is SQL text (a dump), not a database file';
    return 'it does not start with the SQLite header';
  } finally {
    closeSync(fd);
  }
}

export interface DatabaseCheck {
  bytes: number;
  /** Migrations the file has run, and this version's it has not (they run when the server starts on it). */
  migrations: number;
  pending: string[];
  revision: number | null;
}

/** Reads PRAGMA integrity_check; anything but one row `ok` is a damaged file. */
function integrity(db: BetterSqlite3.Database): string[] {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
}

/**
 * Checks that `file` is an undamaged SQLite database of this schema: SQLite's header, PRAGMA
 * integrity_check, a migrations table whose migrations are all this version's (some of this
 * version's may be missing: the server runs them at start).
 */
export function checkSqliteDatabase(file: string, what = 'The file'): DatabaseCheck {
  if (!existsSync(file)) throw new BackupError(`${what} ${file} does not exist.`);
  if (!statSync(file).isFile()) throw new BackupError(`${what} ${file} is not a file.`);
  if (!hasSqliteHeader(file)) throw new BackupError(`${what} ${file} is not an SQLite database: ${describeNonSqlite(file)}.`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${what} ${file} cannot be opened as an SQLite database: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = integrity(db);
    } catch (error) {
      throw new BackupError(`${what} ${file} is damaged: ${(error as Error).message}`);
    }
    if (problems.length) throw new BackupError(`${what} ${file} is damaged (PRAGMA integrity_check): ${problems.slice(0, 5).join('; ')}`);
    const hasMigrations = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
    if (!hasMigrations) throw new BackupError(`${what} ${file} is an SQLite database but not a CDP database: it has no migrations table.`);
    const executed = (db.prepare('SELECT name FROM migrations ORDER BY id').all() as Array<{ name: string }>).map((r) => r.name);
    const unknown = executed.filter((name) => !SQLITE_MIGRATION_NAMES.includes(name));
    if (unknown.length)
      throw new BackupError(`${what} ${file} has migrations this version does not know (${unknown.join(', ')}): it was made by a newer version; run that version.`);
    if (!executed.length) throw new BackupError(`${what} ${file} is an SQLite database with no CDP migrations run: there is nothing of a CDP in it.`);
    const hasRevision = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'data_revision'`).get();
    const revision = hasRevision ? ((db.prepare('SELECT revision FROM data_revision WHERE id = 1').pluck().get() as number | undefined) ?? null) : null;
    return {
      bytes: statSync(file).size,
      migrations: executed.length,
      pending: SQLITE_MIGRATION_NAMES.filter((name) => !executed.includes(name)),
      revision,
    };
  } finally {
    db.close();
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Copies the database at `from` into a new file `to` with SQLite's online backup (in one step, so
 * one read snapshot: the server's writes go on meanwhile and are not in the copy), as a
 * self-contained file (journal_mode DELETE: no -wal beside it).
 */
async function onlineCopy(from: string, to: string): Promise<void> {
  const source = new BetterSqlite3(from, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    // Everything that remains in the next step: the whole database under one read lock.
    await source.backup(to, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
  } finally {
    source.close();
  }
  const copy = new BetterSqlite3(to, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface BackupResult extends DatabaseCheck {
  file: string;
  ms: number;
}

/**
 * `db backup <file>`: an online backup of the database at `databaseFile` into `file` (a temporary
 * file beside it, checked with integrity_check, then renamed, so `file` is never a partial copy).
 * Refuses an existing `file` unless `force`.
 */
export async function backupSqlite(databaseFile: string, file: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  const started = performance.now();
  if (databaseFile === ':memory:') throw new BackupError('DATABASE_URL is sqlite::memory:: there is no file to back up.');
  if (!existsSync(databaseFile)) throw new BackupError(`The database ${databaseFile} does not exist (DATABASE_URL); nothing to back up.`);
  if (existsSync(file)) {
    if (!options.force) throw new BackupError(`${file} exists; pass --force to overwrite it, or name a new file.`);
    if (!statSync(file).isFile()) throw new BackupError(`${file} is not a file.`);
  }
  if (!existsSync(dirname(file))) throw new BackupError(`The directory ${dirname(file)} does not exist.`);
  const temporary = join(dirname(file), `.${basename(file)}.partial-${process.pid}`);
  rmSync(temporary, { force: true });
  try {
    await onlineCopy(databaseFile, temporary);
    const check = checkSqliteDatabase(temporary, 'The backup');
    fsyncFile(temporary);
    renameSync(temporary, file);
    fsyncDirectory(dirname(file));
    return { ...check, file, ms: performance.now() - started };
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup failed: ${(error as Error).message}`);
  }
}

export interface RestoreResult extends DatabaseCheck {
  /** Where the database that was replaced is kept, or null when there was none. */
  previous: string | null;
  /** The restored database's data revision (past the backup's and the replaced database's), or null without a data_revision table. */
  revisionAfter: number | null;
}

/** A file name's timestamp: 2025-01-31T12-00-00Z. */
export function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/**
 * `db restore <file>`: replaces the database at `databaseFile` with the backup `file`, once the
 * backup has checked out (checkSqliteDatabase). The server must be stopped: a process with the
 * database open goes on using the replaced file. What can be checked is: switching the current
 * database out of WAL needs every other connection closed, so a server that has it open makes the
 * restore refuse. The current database is kept as `<db>.before-restore-<timestamp>`; the backup is
 * copied to a temporary file beside the database (with the online backup API, so a backup with a
 * -wal of its own is read whole), fsynced, and renamed over it; the old -wal and -shm are removed
 * first (a WAL left beside a restored file would be applied to it). The data revision moves past
 * both the backup's and the replaced database's, so no ETag given out before matches after.
 */
export async function restoreSqlite(databaseFile: string, file: string, now = new Date()): Promise<RestoreResult> {
  if (databaseFile === ':memory:') throw new BackupError('DATABASE_URL is sqlite::memory:: there is no file to restore into.');
  const check = checkSqliteDatabase(file, 'The backup');
  if (existsSync(databaseFile) && statSync(databaseFile).ino === statSync(file).ino)
    throw new BackupError(`${file} is the database itself (DATABASE_URL); restore from a backup file.`);
  const dir = dirname(databaseFile);
  if (!existsSync(dir)) throw new BackupError(`The directory ${dir} does not exist.`);

  const temporary = join(dir, `.${basename(databaseFile)}.restore-${process.pid}`);
  rmSync(temporary, { force: true });
  let previous: string | null = null;
  try {
    await onlineCopy(file, temporary);

    // The current database: nobody else may have it open; checkpointed into one file and kept.
    let currentRevision: number | null = null;
    if (existsSync(databaseFile)) {
      if (!hasSqliteHeader(databaseFile) && statSync(databaseFile).size > 0)
        throw new BackupError(`${databaseFile} (DATABASE_URL) is not an SQLite database; move it away yourself if it is to be replaced.`);
      const current = new BetterSqlite3(databaseFile, { fileMustExist: true, timeout: 0 });
      try {
        try {
          const mode = current.pragma('journal_mode = DELETE', { simple: true }) as string;
          if (mode !== 'delete') throw new Error(`journal_mode stayed ${mode}`);
        } catch (error) {
          throw new BackupError(
            `The database ${databaseFile} is open in another process (${(error as Error).message}): stop the server (and any other process using it) before restoring.`,
          );
        }
        const hasRevision = current.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'data_revision'`).get();
        if (hasRevision) currentRevision = (current.prepare('SELECT revision FROM data_revision WHERE id = 1').pluck().get() as number | undefined) ?? null;
      } finally {
        current.close();
      }
      previous = `${databaseFile}.before-restore-${fileTimestamp(now)}`;
      if (existsSync(previous)) throw new BackupError(`${previous} exists already; try again in a second.`);
      try {
        linkSync(databaseFile, previous);
      } catch {
        copyFileSync(databaseFile, previous);
        fsyncFile(previous);
      }
    }

    // Past every revision a client could have seen, from the backup or from the database replaced.
    let revisionAfter: number | null = null;
    const restored = new BetterSqlite3(temporary, { fileMustExist: true });
    try {
      if (check.revision !== null) {
        revisionAfter = Math.max(check.revision, currentRevision ?? 0) + REVISION_STEP;
        restored.prepare('UPDATE data_revision SET revision = ? WHERE id = 1').run(revisionAfter);
      }
    } finally {
      restored.close();
    }
    fsyncFile(temporary);

    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true });
    renameSync(temporary, databaseFile);
    fsyncDirectory(dir);
    return { ...check, bytes: statSync(databaseFile).size, previous, revisionAfter };
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The restore failed, the database is unchanged: ${(error as Error).message}`);
  }
}
