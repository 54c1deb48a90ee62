import { numberedPlaceholders, openDb, type Db } from '../support/db';
import { copyDatabase, ENGINE, startServer, type TestServer } from '../support/server';

/**
 * The tests' own access to a server's database (support/db.ts) reads the same values on both
 * engines, so a test written once compares equal on SQLite and on PostgreSQL: counts are numbers,
 * json is its text, dates are text; `?` placeholders, RETURNING, transactions, the tables and
 * primary keys, and copies of a database.
 */
let server: TestServer;
let db: Db;
/** Made before any connection is open: PostgreSQL copies only a database nobody is connected to. */
let copyUrl: string;
beforeAll(async () => {
  server = await startServer();
  await server.stop();
  copyUrl = await copyDatabase(server.databaseUrl);
  db = await openDb(server.databaseUrl);
});
afterAll(() => db?.close());

test(`the engine is the one asked for (${ENGINE})`, () => {
  expect(db.engine).toBe(ENGINE);
});

test('counts and sums are numbers; ? placeholders are bound in order, not inside quotes', async () => {
  expect(await db.get('SELECT COUNT(*) AS n FROM action')).toEqual({ n: 156 });
  expect(await db.get(`SELECT COUNT(*) AS n, SUM("id") AS s FROM action WHERE "id" <= ? AND text <> '?' AND "id" >= ?`, [10, 3])).toEqual({ n: 8, s: 52 });
  expect(numberedPlaceholders(`SELECT "a?" FROM t WHERE x = ? AND y = 'it''s ?' AND z = ?`)).toBe(
    `SELECT "a?" FROM t WHERE x = $1 AND y = 'it''s ?' AND z = $2`,
  );
  expect(await db.get('SELECT CASE WHEN ? THEN 1 ELSE 0 END AS yes, CASE WHEN ? THEN 1 ELSE 0 END AS no', [true, false])).toEqual({ yes: 1, no: 0 });
});

test('a simple-json (jsonb) column reads as its JSON text, a date as YYYY-MM-DD', async () => {
  const objective = await db.get<{ subPoints: unknown }>('SELECT "subPoints" FROM objective ORDER BY "id" LIMIT 1');
  expect(typeof objective!.subPoints).toBe('string');
  expect(Array.isArray(JSON.parse(objective!.subPoints as string))).toBe(true);
  const dates = await db.all<{ expiryDate: unknown }>('SELECT "expiryDate" FROM reprocurement ORDER BY "id"');
  expect(dates).toHaveLength(5);
  for (const d of dates) expect(d.expiryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the tables and their primary keys, without the engine’s own tables', async () => {
  const tables = await db.tables();
  expect(tables).toEqual(expect.arrayContaining(['action', 'audit_entry', 'migrations', 'seed_run', 'agency_alias']));
  expect(tables).toEqual([...tables].sort());
  expect(tables.filter((t) => t.startsWith('sqlite_') || t.startsWith('pg_'))).toEqual([]);
  expect(await db.primaryKey('action')).toEqual(['id']);
  expect(await db.primaryKey('seed_run')).toEqual(['key']);
  expect(await db.primaryKey('agency_alias')).toEqual(['normalised']);
});

test('INSERT ... RETURNING, and a transaction that throws is rolled back', async () => {
  const before = await db.get('SELECT COUNT(*) AS n FROM migrations');
  await expect(
    db.transaction(async () => {
      const row = await db.get<{ id: number }>('INSERT INTO "migrations" ("timestamp", "name") VALUES (?, ?) RETURNING "id"', [1, 'Probe1']);
      expect(typeof row!.id).toBe('number');
      expect(await db.run('UPDATE "migrations" SET "name" = ? WHERE "id" = ?', ['Probe2', row!.id])).toEqual({ changes: 1 });
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(await db.get('SELECT COUNT(*) AS n FROM migrations')).toEqual(before);
});

test('a copy of a database is its own: a change to the copy leaves the original as it was', async () => {
  expect(copyUrl).not.toBe(server.databaseUrl);
  const copy = await openDb(copyUrl);
  try {
    const links = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM objective_agency');
    expect(links!.n).toBeGreaterThan(100);
    expect(await copy.get('SELECT COUNT(*) AS n FROM objective_agency')).toEqual(links);
    expect((await copy.run('DELETE FROM objective_agency')).changes).toBe(links!.n);
    expect(await copy.get('SELECT COUNT(*) AS n FROM objective_agency')).toEqual({ n: 0 });
    expect(await db.get('SELECT COUNT(*) AS n FROM objective_agency')).toEqual(links);
  } finally {
    await copy.close();
  }
});

test('stored text holds what the database keeps, and its size is counted', async () => {
  expect(await db.storedText()).toContain('Tower Hamlets');
  expect(await db.bytes()).toBeGreaterThan(100_000);
});
