import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { applySqlitePragmas, createDataSource } from '../data-source';
import { migrate } from '../database';
import { SQLITE_MIGRATIONS } from '../migrations';
import { ENTITIES } from '../entities';

describe('SQLite migrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdp-migrations-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('bring a database with data from the first migration to the latest, keeping rows and foreign keys', async () => {
    const file = join(dir, 'old.sqlite');
    const old = new DataSource({
      type: 'better-sqlite3',
      database: file,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS.slice(0, 1),
      prepareDatabase: applySqlitePragmas,
    });
    await old.initialize();
    await old.runMigrations();
    await old.query(`INSERT INTO agency (name, kind) VALUES ('Metropolitan Police Service', 'ORGANISATION')`);
    await old.query(`INSERT INTO partnership (name, area) VALUES ('P', 'A')`);
    await old.query(
      `INSERT INTO plan (partnershipId, kind, title, periodLabel, periodStart, periodEnd) VALUES (1, 'DELIVERY_PLAN', 'T', '2024-25', '2024-04-01', '2025-03-31')`,
    );
    await old.query(`INSERT INTO pillar (planId, number, name) VALUES (1, 1, 'Break drug supply chains')`);
    await old.query(`INSERT INTO priority (pillarId, position, title) VALUES (1, 1, 'Priority')`);
    await old.query(`INSERT INTO objective (priorityId, position, text) VALUES (1, 1, 'Objective')`);
    await old.query(`INSERT INTO objective_agency (objectiveId, agencyId, position, asWritten) VALUES (1, 1, 1, 'MPS')`);
    await old.destroy();

    const current = createDataSource({ database: { type: 'sqlite', file } });
    await current.initialize();
    await migrate(current);
    expect(await current.query('SELECT name FROM agency')).toEqual([{ name: 'Metropolitan Police Service' }]);
    expect(await current.query('SELECT asWritten FROM objective_agency')).toEqual([{ asWritten: 'MPS' }]);
    expect(await current.query('PRAGMA foreign_key_check')).toEqual([]);
    expect(await current.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    await expect(current.query(`INSERT INTO objective_agency (objectiveId, agencyId, position) VALUES (1, 999, 2)`)).rejects.toThrow(/FOREIGN KEY/);
    await current.destroy();
  });

  test('the migrations create exactly the schema the entities describe', async () => {
    const ds = createDataSource({ database: { type: 'sqlite', file: ':memory:' } });
    await ds.initialize();
    await migrate(ds);
    const pending = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
