/**
 * The two engines' schemas cannot drift apart: each engine's migrations, applied to an empty
 * database, give exactly what the entities declare (TypeORM's schema builder has nothing left to
 * do), and the two migrated schemas have the same tables, columns (type, nullability, primary key,
 * length), indexes, unique constraints and foreign keys, with SQLite's types read as PostgreSQL
 * spells them (data-source.ts: usePostgresTypes).
 *
 * It needs both engines, so it runs in the PostgreSQL pass (TEST_DATABASE_URL); the SQLite pass
 * skips it, saying so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource, Table } from 'typeorm';
import { createDataSource } from '@cdp/api/dist/db/data-source';
import { migrate } from '@cdp/api/dist/db/database';

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const describeWithPostgres = ADMIN_URL ? describe : describe.skip;
if (!ADMIN_URL) console.log('engine-schemas: needs TEST_DATABASE_URL (the PostgreSQL pass runs it)');

/** SQLite's column types as PostgreSQL spells them; simple-json (text on SQLite) is found from the entity. */
const SQLITE_TO_POSTGRES: Record<string, string> = {
  integer: 'integer',
  varchar: 'character varying',
  text: 'text',
  datetime: 'timestamp with time zone',
  date: 'date',
  'double precision': 'double precision',
};

interface Shape {
  columns: string[];
  indexes: string[];
  uniques: string[];
  foreignKeys: string[];
}

function shapeOf(table: Table, typeOf: (column: string, type: string) => string): Shape {
  const uniqueColumns = (cols: string[]) => [...cols].sort().join(',');
  return {
    columns: table.columns
      .map(
        (c) =>
          `${c.name} ${typeOf(c.name, c.type)}${c.length ? `(${c.length})` : ''}${c.isNullable ? ' NULL' : ' NOT NULL'}${c.isPrimary ? ' PK' : ''}${c.isGenerated ? ' GENERATED' : ''}`,
      )
      .sort(),
    indexes: table.indices.map((i) => `${i.name} (${i.columnNames.join(',')})${i.isUnique ? ' UNIQUE' : ''}`).sort(),
    // A unique column is a UNIQUE constraint on PostgreSQL and a unique index on SQLite: compare the column sets.
    uniques: [
      ...table.uniques.map((u) => uniqueColumns(u.columnNames)),
      ...table.columns.filter((c) => c.isUnique && !table.uniques.some((u) => u.columnNames.length === 1 && u.columnNames[0] === c.name)).map((c) => c.name),
    ]
      .filter((v, i, all) => all.indexOf(v) === i)
      .sort(),
    foreignKeys: table.foreignKeys
      .map((f) => `(${f.columnNames.join(',')}) -> ${f.referencedTableName}(${f.referencedColumnNames.join(',')}) ON DELETE ${f.onDelete ?? 'NO ACTION'}`)
      .sort(),
  };
}

async function tablesOf(ds: DataSource): Promise<Map<string, Table>> {
  const runner = ds.createQueryRunner();
  try {
    const names = ds.entityMetadatas.map((m) => m.tableName).concat(ds.options.migrationsTableName ?? 'migrations');
    return new Map((await runner.getTables(names)).map((t) => [t.name, t]));
  } finally {
    await runner.release();
  }
}

describeWithPostgres('the SQLite and PostgreSQL schemas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdp-schemas-'));
  const pgName = `cdp_schemas_${process.pid}`;
  let sqlite: DataSource;
  let postgres: DataSource;
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${pgName}"`);
    await admin.query(`CREATE DATABASE "${pgName}"`);
    const url = new URL(ADMIN_URL!);
    url.pathname = `/${pgName}`;
    sqlite = createDataSource({ database: { type: 'sqlite', file: join(dir, 'cdp.sqlite') } });
    postgres = createDataSource({ database: { type: 'postgres', url: url.toString(), poolSize: 2, statementTimeoutMs: 0 } });
    for (const ds of [sqlite, postgres]) {
      await ds.initialize();
      await migrate(ds);
    }
  });

  afterAll(async () => {
    for (const ds of [sqlite, postgres]) if (ds?.isInitialized) await ds.destroy();
    await admin?.query(`DROP DATABASE IF EXISTS "${pgName}" WITH (FORCE)`);
    await admin?.end();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(['sqlite', 'postgres'])('%s: the migrations give exactly what the entities declare', async (engine) => {
    const ds = engine === 'sqlite' ? sqlite : postgres;
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  test('the same tables, columns, indexes, unique constraints and foreign keys', async () => {
    const [onSqlite, onPostgres] = [await tablesOf(sqlite), await tablesOf(postgres)];
    expect([...onPostgres.keys()].sort()).toEqual([...onSqlite.keys()].sort());
    expect(onSqlite.size).toBeGreaterThan(15);
    const jsonColumns = new Set(
      sqlite.entityMetadatas.flatMap((m) => m.columns.filter((c) => c.type === 'simple-json').map((c) => `${m.tableName}.${c.databaseName}`)),
    );
    expect(jsonColumns.size).toBeGreaterThan(0);
    for (const [name, table] of onSqlite) {
      const expected = shapeOf(table, (column, type) =>
        jsonColumns.has(`${name}.${column}`) ? 'jsonb' : (SQLITE_TO_POSTGRES[type] ?? `unmapped SQLite type ${type}`),
      );
      const actual = shapeOf(onPostgres.get(name)!, (_column, type) => type);
      // SQLite's migrations table has a varchar name and an integer timestamp; PostgreSQL's TypeORM makes them its own way.
      if (name === (sqlite.options.migrationsTableName ?? 'migrations')) {
        expect(actual.columns.map((c) => c.split(' ')[0])).toEqual(expected.columns.map((c) => c.split(' ')[0]));
        continue;
      }
      expect({ table: name, ...actual }).toEqual({ table: name, ...expected });
    }
  });
});
