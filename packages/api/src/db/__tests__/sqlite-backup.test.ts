import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createDatabase } from '../data-source';
import { REVISION_STEP } from '../copy';
import { BackupError, backupSqlite, checkSqliteDatabase, fileTimestamp, restoreSqlite, SQLITE_MIGRATION_NAMES } from '../sqlite-backup';

describe('SQLite backup and restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdp-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A migrated database with one agency row and the given data revision. */
  async function database(name: string, agency: string, revision: number): Promise<string> {
    const file = join(dir, name);
    const db = createDatabase({ database: { type: 'sqlite', file } });
    await db.initialize();
    await db.write.query(`INSERT INTO agency (name, kind) VALUES (?, 'ORGANISATION')`, [agency]);
    await db.write.query('UPDATE data_revision SET revision = ?', [revision]);
    await db.destroy();
    return file;
  }

  function agencies(file: string): string[] {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return db.prepare('SELECT name FROM agency ORDER BY id').pluck().all() as string[];
    } finally {
      db.close();
    }
  }

  test('the migration names are this version’s', () => {
    expect(SQLITE_MIGRATION_NAMES[0]).toBe('Initial1795421090881');
    expect(new Set(SQLITE_MIGRATION_NAMES).size).toBe(SQLITE_MIGRATION_NAMES.length);
  });

  test('a backup is one self-contained, checked file; an existing file is refused unless forced', async () => {
    const db = await database('cdp.sqlite', 'Metropolitan Police Service', 7);
    // A commit still in the WAL: the backup has it.
    const writer = new BetterSqlite3(db);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare(`INSERT INTO agency (name, kind) VALUES ('RESET', 'ORGANISATION')`).run();
    try {
      const file = join(dir, 'backup.sqlite');
      const result = await backupSqlite(db, file);
      expect(result).toMatchObject({ file, migrations: SQLITE_MIGRATION_NAMES.length, pending: [], revision: 7 });
      expect(result.bytes).toBe(statSync(file).size);
      expect(agencies(file)).toEqual(['Metropolitan Police Service', 'RESET']);
      expect(existsSync(`${file}-wal`)).toBe(false);
      const copy = new BetterSqlite3(file, { readonly: true });
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      copy.close();
      await expect(backupSqlite(db, file)).rejects.toThrow(/backup.sqlite exists; pass --force/);
      writer.prepare(`INSERT INTO agency (name, kind) VALUES ('Tower Hamlets Council', 'ORGANISATION')`).run();
      await backupSqlite(db, file, { force: true });
      expect(agencies(file)).toHaveLength(3);
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    } finally {
      writer.close();
    }
    await expect(backupSqlite(join(dir, 'missing.sqlite'), join(dir, 'b2.sqlite'))).rejects.toThrow(/does not exist/);
    await expect(backupSqlite(db, join(dir, 'no-such-dir', 'b.sqlite'))).rejects.toThrow(/directory .* does not exist/);
  });

  test('only an undamaged SQLite database of this schema passes the check, each refusal saying what the file is', async () => {
    const text = join(dir, 'dump.sql');
    writeFileSync(text, 'CREATE TABLE x (a);\n');
    expect(() => checkSqliteDatabase(text)).toThrow(/is not an SQLite database: it is SQL text/);
    const archive = join(dir, 'cdp.dump');
    writeFileSync(archive, Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(200, 1)]));
    expect(() => checkSqliteDatabase(archive)).toThrow(/PostgreSQL archive \(pg_dump -Fc\)/);
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    expect(() => checkSqliteDatabase(empty)).toThrow(/it is empty/);
    const gz = join(dir, 'b.sqlite.gz');
    writeFileSync(gz, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7]));
    expect(() => checkSqliteDatabase(gz)).toThrow(/gzip-compressed/);
    expect(() => checkSqliteDatabase(join(dir, 'nothing'))).toThrow(/does not exist/);
    expect(() => checkSqliteDatabase(dir)).toThrow(/is not a file/);

    const other = join(dir, 'other.sqlite');
    const db = new BetterSqlite3(other);
    db.exec('CREATE TABLE notes (a)');
    db.close();
    expect(() => checkSqliteDatabase(other)).toThrow(/not a CDP database: it has no migrations table/);

    const newer = await database('newer.sqlite', 'x', 1);
    const n = new BetterSqlite3(newer);
    n.prepare(`INSERT INTO migrations (timestamp, name) VALUES (1999999999999, 'FromTheFuture1999999999999')`).run();
    n.close();
    expect(() => checkSqliteDatabase(newer)).toThrow(/migrations this version does not know \(FromTheFuture1999999999999\)/);

    const damaged = await database('damaged.sqlite', 'x', 1);
    const d = new BetterSqlite3(damaged, { readonly: true });
    const root = d.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'agency'`).pluck().get() as number;
    const pageSize = d.pragma('page_size', { simple: true }) as number;
    d.close();
    const bytes = readFileSync(damaged);
    // The agency table's root page header, overwritten: the file stays an SQLite file, its b-tree is broken.
    bytes.fill(0x07, (root - 1) * pageSize, (root - 1) * pageSize + 12);
    writeFileSync(damaged, bytes);
    expect(() => checkSqliteDatabase(damaged)).toThrow(BackupError);
    expect(() => checkSqliteDatabase(damaged)).toThrow(/damaged|malformed/);
  });

  test('restore replaces the database, keeps the one it replaced, moves the data revision past both, and removes the old WAL', async () => {
    const backup = await database('backup.sqlite', 'From the backup', 5);
    const current = await database('cdp.sqlite', 'Current', 9);
    writeFileSync(`${current}-wal`, '');
    writeFileSync(`${current}-shm`, Buffer.alloc(32768));
    const now = new Date('2025-01-31T12:00:00.123Z');
    const result = await restoreSqlite(current, backup, now);
    expect(result.previous).toBe(`${current}.before-restore-2025-01-31T12-00-00Z`);
    expect(agencies(current)).toEqual(['From the backup']);
    expect(agencies(result.previous!)).toEqual(['Current']);
    expect(result.revisionAfter).toBe(9 + REVISION_STEP);
    const restored = new BetterSqlite3(current, { readonly: true });
    expect(restored.prepare('SELECT revision FROM data_revision').pluck().get()).toBe(9 + REVISION_STEP);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
    expect(existsSync(`${current}-wal`)).toBe(false);
    expect(existsSync(`${current}-shm`)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.restore-'))).toEqual([]);
    // The backup itself is unchanged.
    expect(agencies(backup)).toEqual(['From the backup']);
    const b = new BetterSqlite3(backup, { readonly: true });
    expect(b.prepare('SELECT revision FROM data_revision').pluck().get()).toBe(5);
    b.close();
  });

  test('restore into a place with no database yet', async () => {
    const backup = await database('backup.sqlite', 'From the backup', 5);
    const target = join(dir, 'new.sqlite');
    const result = await restoreSqlite(target, backup);
    expect(result.previous).toBeNull();
    expect(result.revisionAfter).toBe(5 + REVISION_STEP);
    expect(agencies(target)).toEqual(['From the backup']);
  });

  test('restore refuses while another connection has the database open, a non-SQLite backup, and the database itself, changing nothing', async () => {
    const backup = await database('backup.sqlite', 'From the backup', 5);
    const current = await database('cdp.sqlite', 'Current', 9);
    const server = new BetterSqlite3(current);
    server.pragma('journal_mode = WAL');
    server.prepare('SELECT 1').get();
    try {
      await expect(restoreSqlite(current, backup)).rejects.toThrow(/open in another process .*stop the server/);
    } finally {
      server.close();
    }
    expect(agencies(current)).toEqual(['Current']);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('.restore-'))).toEqual([]);

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    await expect(restoreSqlite(current, text)).rejects.toThrow(/notes.txt is not an SQLite database/);
    await expect(restoreSqlite(current, current)).rejects.toThrow(/is the database itself/);
    expect(agencies(current)).toEqual(['Current']);
  });

  test('file timestamps have no colons', () => {
    expect(fileTimestamp(new Date('2025-01-31T12:34:56.789Z'))).toBe('2025-01-31T12-34-56Z');
  });
});
