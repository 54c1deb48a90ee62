import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, UsageError } from '../errors';
import { maskUrl, parseDatabaseUrl, postgresInstructions, runDb, sameDatabase, shellQuote } from '../db-tools';

describe('db commands: arguments', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdp-dbtools-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('URLs are read as DATABASE_URL is, and a wrong one names its flag', () => {
    expect(parseDatabaseUrl(`sqlite:${dir}/a.sqlite`, '--from')).toEqual({ type: 'sqlite', file: `${dir}/a.sqlite` });
    expect(() => parseDatabaseUrl(undefined, '--to')).toThrow(new UsageError('--to is required: a database URL, sqlite:<file> or postgres://user:password@host:5432/db.'));
    expect(() => parseDatabaseUrl('mysql://db/cdp', '--from')).toThrow(UsageError);
    expect(() => parseDatabaseUrl('mysql://db/cdp', '--from')).toThrow(/^--from: must be sqlite:<path> or postgres:\/\/\.\.\., got "mysql:\/\/db\/cdp"/);
    expect(() => parseDatabaseUrl('sqlite:', '--to')).toThrow(/^--to: .*needs a file path/);
  });

  test('one database named twice is refused, by path or by server and name', () => {
    const file = join(dir, 'a.sqlite');
    writeFileSync(file, '');
    expect(sameDatabase({ type: 'sqlite', file }, { type: 'sqlite', file })).toBe(true);
    expect(sameDatabase({ type: 'sqlite', file }, { type: 'sqlite', file: join(dir, 'b.sqlite') })).toBe(false);
    const pg = (url: string) => ({ type: 'postgres', url }) as never;
    expect(sameDatabase(pg('postgres://a:x@Db:5432/cdp'), pg('postgres://b@db/cdp?sslmode=require'))).toBe(true);
    expect(sameDatabase(pg('postgres://a@db:5432/cdp'), pg('postgres://a@db:5432/cdp2'))).toBe(false);
    expect(sameDatabase(pg('postgres://a@db:5432/cdp'), pg('postgres://a@db:5433/cdp'))).toBe(false);
    expect(sameDatabase({ type: 'sqlite', file }, pg('postgres://a@db/cdp'))).toBe(false);
  });

  test('passwords are masked, and only passwords', () => {
    expect(maskUrl('postgres://cdp:s3cr%40t@db.example.org:5432/cdp?sslmode=require')).toBe('postgres://cdp:***@db.example.org:5432/cdp?sslmode=require');
    expect(maskUrl('postgres://cdp@db:5432/cdp')).toBe('postgres://cdp@db:5432/cdp');
    expect(maskUrl('postgresql://db/cdp')).toBe('postgresql://db/cdp');
  });

  test('on PostgreSQL, backup and restore print the pg_dump and pg_restore commands for the URL, password masked', () => {
    const backup = postgresInstructions('backup', 'postgres://cdp:hunter2@db:5432/cdp', '/var/backups/cdp 1.dump');
    expect(backup).toContain(`pg_dump -Fc --no-owner -f '/var/backups/cdp 1.dump' 'postgres://cdp:***@db:5432/cdp'`);
    expect(backup).not.toContain('hunter2');
    expect(backup).toContain('The password is masked');
    const restore = postgresInstructions('restore', 'postgres://cdp@db:5432/cdp', 'cdp.dump');
    expect(restore).toContain('pg_restore --clean --if-exists --no-owner --single-transaction -d postgres://cdp@db:5432/cdp cdp.dump');
    expect(restore).toContain(`UPDATE data_revision SET revision = revision + 1000000`);
    expect(restore).not.toContain('masked');
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
  });

  test('wrong calls are usage errors that show the db commands', async () => {
    await expect(runDb([])).rejects.toThrow(UsageError);
    await expect(runDb(['frobnicate'])).rejects.toThrow(/db copy --from <url> --to <url> \[--force\]/);
    await expect(runDb(['copy', '--from', `sqlite:${dir}/a.sqlite`])).rejects.toThrow(/--to is required/);
    await expect(runDb(['copy', '--to', `sqlite:${dir}/a.sqlite`])).rejects.toThrow(/--from is required/);
    await expect(runDb(['copy', '--from', `sqlite:${dir}/a.sqlite`, '--to', `sqlite:${dir}/a.sqlite`])).rejects.toThrow(/name the same database/);
    await expect(runDb(['copy', '--from', `sqlite:${dir}/a.sqlite`, '--to', 'sqlite::memory:'])).rejects.toThrow(/would be gone/);
    await expect(runDb(['copy', '--from', `sqlite:${dir}/a.sqlite`, '--to', `sqlite:${dir}/b.sqlite`, '--frce'])).rejects.toThrow(UsageError);
    await expect(runDb(['copy', 'extra', '--from', `sqlite:${dir}/a.sqlite`, '--to', `sqlite:${dir}/b.sqlite`])).rejects.toThrow(/not "extra"/);
    await expect(runDb(['backup'])).rejects.toThrow(/db backup takes one file/);
    await expect(runDb(['restore', 'a', 'b'])).rejects.toThrow(/db restore takes one backup file/);
  });

  test('a source that does not exist, or is not a CDP database, is refused without creating anything', async () => {
    const missing = join(dir, 'missing.sqlite');
    await expect(runDb(['copy', '--from', `sqlite:${missing}`, '--to', `sqlite:${dir}/b.sqlite`])).rejects.toThrow(new CommandError(`The source ${missing} does not exist.`));
    const empty = join(dir, 'empty.sqlite');
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(empty);
    db.exec('CREATE TABLE t (a)');
    db.close();
    await expect(runDb(['copy', '--from', `sqlite:${empty}`, '--to', `sqlite:${dir}/b.sqlite`])).rejects.toThrow(/is not a CDP database: it has no migrations table/);
    expect(require('node:fs').existsSync(join(dir, 'b.sqlite'))).toBe(false);
  });
});
