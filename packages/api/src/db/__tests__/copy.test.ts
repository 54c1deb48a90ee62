import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  canonicalRow,
  canonicalValue,
  compareKeys,
  copyDatabase,
  CopyError,
  copyPlan,
  digestRows,
  kindOfType,
  orderSelfReferences,
  REVISION_STEP,
  rowsPerInsert,
  stableStringify,
  TableDigester,
  ValueError,
  type ColumnShape,
} from '../copy';
import { createDatabase, createDataSource } from '../data-source';
import type { Database } from '../database';
import { loadDefaultSeed } from '../seed/load-seed';

describe('the copy’s row normalisation', () => {
  test('column types map to one kind whichever engine declares them', () => {
    expect(['datetime', 'timestamptz', 'timestamp with time zone', Date].map((t) => kindOfType(t as never))).toEqual([
      'datetime',
      'datetime',
      'datetime',
      'datetime',
    ]);
    expect(['simple-json', 'jsonb', 'json'].map((t) => kindOfType(t as never))).toEqual(['json', 'json', 'json']);
    expect(['integer', 'int', 'bigint', 'double precision', Number].map((t) => kindOfType(t as never))).toEqual([
      'number',
      'number',
      'number',
      'number',
      'number',
    ]);
    expect(kindOfType('date')).toBe('date');
    expect(kindOfType('boolean')).toBe('boolean');
    expect(kindOfType(Boolean)).toBe('boolean');
    expect(kindOfType('varchar')).toBe('text');
    expect(kindOfType('text')).toBe('text');
    expect(kindOfType(String)).toBe('text');
  });

  test('a datetime is the same ISO string from SQLite text, a Date (PostgreSQL) or a timestamp', () => {
    const fromPostgres = new Date('2024-05-01T12:34:56.789Z');
    expect(canonicalValue('datetime', fromPostgres)).toBe('2024-05-01T12:34:56.789Z');
    expect(canonicalValue('datetime', '2024-05-01T12:34:56.789Z')).toBe('2024-05-01T12:34:56.789Z');
    expect(canonicalValue('datetime', fromPostgres.getTime())).toBe('2024-05-01T12:34:56.789Z');
    expect(() => canonicalValue('datetime', 'yesterday')).toThrow(ValueError);
  });

  test('dates stay YYYY-MM-DD; numbers are numbers (PostgreSQL bigint and numeric arrive as strings); booleans from 0 and 1', () => {
    expect(canonicalValue('date', '2025-03-31')).toBe('2025-03-31');
    expect(canonicalValue('date', new Date('2025-03-31T00:00:00Z'))).toBe('2025-03-31');
    expect(() => canonicalValue('date', '31/03/2025')).toThrow(ValueError);
    expect(canonicalValue('number', 42)).toBe(42);
    expect(canonicalValue('number', '42')).toBe(42);
    expect(canonicalValue('number', '2.5')).toBe(2.5);
    expect(canonicalValue('number', 42n)).toBe(42);
    expect(canonicalValue('number', '123456789012345678901')).toBe('123456789012345678901');
    expect(() => canonicalValue('number', 'forty')).toThrow(ValueError);
    expect(() => canonicalValue('number', '')).toThrow(ValueError);
    expect(canonicalValue('boolean', 1)).toBe(true);
    expect(canonicalValue('boolean', 0)).toBe(false);
    expect(canonicalValue('boolean', true)).toBe(true);
    expect(() => canonicalValue('boolean', 'yes')).toThrow(ValueError);
    expect(canonicalValue('text', null)).toBeNull();
    expect(canonicalValue('datetime', undefined)).toBeNull();
    expect(canonicalValue('text', 7)).toBe('7');
  });

  test('JSON is parsed and stably stringified: SQLite text and reordered jsonb give one value', () => {
    const sqliteText = '[{"field":"name","before":null,"after":{"b":1,"a":[2,{"y":1,"x":0}]}}]';
    const jsonbValue = [{ after: { a: [2, { x: 0, y: 1 }], b: 1 }, field: 'name', before: null }];
    expect(canonicalValue('json', sqliteText)).toBe(canonicalValue('json', jsonbValue));
    expect(canonicalValue('json', sqliteText)).toBe('[{"after":{"a":[2,{"x":0,"y":1}],"b":1},"before":null,"field":"name"}]');
    expect(canonicalValue('json', '[]')).toBe('[]');
    expect(() => canonicalValue('json', '{not json')).toThrow(ValueError);
    // A difference inside the JSON is a difference.
    expect(canonicalValue('json', '{"a":1}')).not.toBe(canonicalValue('json', '{"a":2}'));
  });

  test('stableStringify sorts keys at every level, keeps array order, drops undefined as JSON does', () => {
    expect(stableStringify({ b: { d: 1, c: 2 }, a: [3, 1], e: undefined })).toBe('{"a":[3,1],"b":{"c":2,"d":1}}');
    expect(stableStringify([undefined, 'x'])).toBe('[null,"x"]');
    expect(stableStringify('é"')).toBe(JSON.stringify('é"'));
  });

  const columns: ColumnShape[] = [
    { name: 'id', kind: 'number' },
    { name: 'at', kind: 'datetime' },
    { name: 'changes', kind: 'json' },
    { name: 'name', kind: 'text' },
  ];

  test('a row is canonical JSON with its columns in name order, whatever order they are listed or read in', () => {
    const row = { id: 1, at: new Date('2024-01-01T00:00:00Z'), changes: '{"b":1,"a":2}', name: 'x' };
    expect(canonicalRow(columns, row)).toBe('{"at":"2024-01-01T00:00:00.000Z","changes":"{\\"a\\":2,\\"b\\":1}","id":1,"name":"x"}');
    expect(canonicalRow([...columns].reverse(), row)).toBe(canonicalRow(columns, row));
    expect(() => canonicalRow(columns, { ...row, at: 'not a date' })).toThrow(/column at: not a date/);
  });

  test('the checksum is over rows sorted by primary key (numbers by value): any read order gives it, any change alters it', () => {
    const rows = [2, 10, 1].map((id) => ({ id, at: new Date(Date.UTC(2024, 0, id)), changes: [], name: `row ${id}` }));
    const a = digestRows(columns, ['id'], rows);
    const b = digestRows(columns, ['id'], [...rows].reverse());
    expect(a).toEqual(b);
    expect(a.rows).toBe(3);
    const lines = [1, 2, 10]
      .map(
        (id) =>
          canonicalRow(
            columns,
            rows.find((r) => r.id === id)!,
          ) + '\n',
      )
      .join('');
    expect(a.checksum).toBe(createHash('sha256').update(lines).digest('hex'));
    expect(digestRows(columns, ['id'], [{ ...rows[0]!, name: 'row 2 ' }, rows[1]!, rows[2]!]).checksum).not.toBe(a.checksum);
    expect(digestRows(columns, ['id'], rows.slice(0, 2)).checksum).not.toBe(a.checksum);
    expect(digestRows(columns, ['id'], []).checksum).toBe(createHash('sha256').digest('hex'));
    expect(() => digestRows(columns, ['nope'], rows)).toThrow(/primary key column nope/);
    expect(() => digestRows(columns, ['id'], [{ ...rows[0]!, changes: '{' }])).toThrow(/row 1: column changes: not JSON/);
  });

  test('fed batch by batch, the digest is the same as over the whole table, and refuses rows out of primary key order', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, at: new Date(Date.UTC(2024, 0, i + 1)), changes: { i }, name: `row ${i}` }));
    const digester = new TableDigester(columns, ['id']);
    for (const row of rows) digester.add(row);
    expect(digester.digest()).toEqual(digestRows(columns, ['id'], rows));
    const unordered = new TableDigester(columns, ['id']);
    unordered.add(rows[1]!);
    expect(() => unordered.add(rows[0]!)).toThrow(/row 2: primary key \[1\] came after \[2\]: not in primary key order/);
    const repeated = new TableDigester(columns, ['id']);
    repeated.add(rows[0]!);
    expect(() => repeated.add(rows[0]!)).toThrow(/not in primary key order/);
  });

  test('primary keys compare numbers numerically and strings by code point (UTF-8 bytes), not by a locale’s collation', () => {
    expect([[10], [2], [1]].sort(compareKeys)).toEqual([[1], [2], [10]]);
    expect([['b'], ['B'], ['a'], ['é']].sort(compareKeys)).toEqual([['B'], ['a'], ['b'], ['é']]);
    // UTF-16 code units would put the emoji (a surrogate pair, 0xD83D…) before U+FFFD.
    expect([['\u{1F600}'], ['\uFFFD']].sort(compareKeys)).toEqual([['\uFFFD'], ['\u{1F600}']]);
    expect(compareKeys([1, 'b'], [1, 'a'])).toBeGreaterThan(0);
    expect(compareKeys([null], [0])).toBeLessThan(0);
  });

  test('an INSERT takes at most 500 rows and never more parameters than the engine allows', () => {
    expect(rowsPerInsert(20, 65_535)).toBe(500);
    expect(rowsPerInsert(200, 65_535)).toBe(327);
    expect(rowsPerInsert(200, 32_766)).toBe(163);
    expect(200 * rowsPerInsert(200, 65_535)).toBeLessThanOrEqual(65_535);
    expect(rowsPerInsert(10, 65_535, 3)).toBe(3);
    expect(() => rowsPerInsert(70_000, 65_535)).toThrow(/does not fit/);
    expect(() => rowsPerInsert(0, 65_535)).toThrow();
  });

  test('rows of a table that references itself come after the rows they reference', () => {
    const plan = { table: 'plan', selfReferences: [{ columns: ['strategyId'], referenced: ['id'] }] };
    const rows = [
      { id: 1, strategyId: 3 },
      { id: 2, strategyId: null },
      { id: 3, strategyId: 2 },
      { id: 4, strategyId: 99 },
    ];
    expect(orderSelfReferences(plan, rows).map((r) => r.id)).toEqual([2, 3, 4, 1]);
    expect(() =>
      orderSelfReferences(plan, [
        { id: 1, strategyId: 2 },
        { id: 2, strategyId: 1 },
      ]),
    ).toThrow(CopyError);
    expect(orderSelfReferences({ table: 't', selfReferences: [] }, rows)).toBe(rows);
  });
});

describe('the copy plan from the entities’ metadata', () => {
  test('every entity table, each after the tables its foreign keys reference', async () => {
    const ds = createDataSource({ database: { type: 'sqlite', file: ':memory:' } });
    await ds.initialize();
    try {
      const plan = copyPlan(ds);
      const tables = plan.map((p) => p.table);
      expect([...tables].sort()).toEqual([...new Set(ds.entityMetadatas.map((m) => m.tableName))].sort());
      for (const required of ['plan', 'audit_entry', 'api_key', 'idempotency_record', 'denial_count', 'seed_run', 'data_revision', 'progress_update'])
        expect(tables).toContain(required);
      let foreignKeys = 0;
      for (const metadata of ds.entityMetadatas)
        for (const fk of metadata.foreignKeys) {
          foreignKeys++;
          if (fk.referencedEntityMetadata.tableName !== metadata.tableName)
            expect(tables.indexOf(fk.referencedEntityMetadata.tableName)).toBeLessThan(tables.indexOf(metadata.tableName));
        }
      expect(foreignKeys).toBeGreaterThan(10);
      const planTable = plan.find((p) => p.table === 'plan')!;
      expect(planTable.selfReferences).toEqual([
        { columns: ['strategyId'], referenced: ['id'] },
        { columns: ['carriedFromId'], referenced: ['id'] },
      ]);
      for (const table of ['pillar', 'priority', 'objective', 'action'])
        expect(plan.find((p) => p.table === table)!.selfReferences).toEqual([{ columns: ['carriedFromId'], referenced: ['id'] }]);
      expect(planTable.generated).toEqual(['id']);
      expect(plan.find((p) => p.table === 'idempotency_record')!.primaryKey).toEqual(['scopedKey']);
      expect(plan.find((p) => p.table === 'audit_entry')!.columns.find((c) => c.name === 'changes')!.kind).toBe('json');
      expect(plan.find((p) => p.table === 'audit_entry')!.columns.find((c) => c.name === 'at')!.kind).toBe('datetime');
    } finally {
      await ds.destroy();
    }
  });
});

describe('copyDatabase, SQLite to SQLite', () => {
  let dir: string;
  const open: Database[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdp-copy-'));
  });
  afterEach(async () => {
    for (const db of open.splice(0)) await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function migrated(name: string): Promise<Database> {
    const db = createDatabase({ database: { type: 'sqlite', file: join(dir, name) } });
    await db.initialize();
    open.push(db);
    return db;
  }

  /** The seeded plan, with history, a key, an idempotency record and a denial count written as the server writes them. */
  async function source(): Promise<Database> {
    const db = await migrated('source.sqlite');
    await loadDefaultSeed(db.write);
    await db.write.query(
      `INSERT INTO audit_entry (at, actorKind, actorId, actorName, requestId, mutation, operation, entityType, entityId, version, changes)
       VALUES ('2024-06-01 10:00:00.123', 'KEY', '7', 'RESET', 'r-1', 'updateAction', 'UPDATE', 'Action', 3, 2, '[{"field":"target","before":"a","after":{"z":1,"y":[1,2]}}]')`,
    );
    await db.write.query(`UPDATE action SET target = 'Support 40 women a quarter', version = 2 WHERE id = 3`);
    await db.write.query(
      `INSERT INTO api_key (name, principal, role, prefix, secretHash, createdBy, expiresAt) VALUES ('k', 'p', 'admin', 'abcdefghij', '${'0'.repeat(64)}', 'cli', '2030-01-01 23:59:59.000')`,
    );
    await db.write.query(
      `INSERT INTO idempotency_record (scopedKey, mutation, inputHash, result, createdAt) VALUES ('key:7:x', 'updateAction', 'h', '{"entityType":"Action","snapshot":{"id":3}}', '2024-06-01 10:00:00.000')`,
    );
    await db.write.query(
      `INSERT INTO denial_count (bucket, operation, actorKind, reason, count, firstAt, lastAt, maxInputBytes) VALUES ('2024-06-01 10:00:00.000', 'updateAction', 'ANONYMOUS', 'NO_KEY', 3, '2024-06-01 10:01:00.000', '2024-06-01 10:02:00.000', 120)`,
    );
    // An id handed out and its row since removed (denial counts are pruned): never handed out again.
    await db.write.query(`UPDATE sqlite_sequence SET seq = 50 WHERE name = 'denial_count'`);
    await db.write.query(`UPDATE data_revision SET revision = 41 WHERE id = 1`);
    return db;
  }

  function rows(db: Database, table: string): unknown[] {
    return db.write.query(`SELECT * FROM "${table}" ORDER BY 1`) as unknown as unknown[];
  }

  test('copies every table with its keys, verifies, moves the data revision on and the sequences past every id', async () => {
    const from = await source();
    const to = await migrated('target.sqlite');
    // Small batches and inserts: the keyset paging (numeric and text keys) and the batching are exercised.
    const report = await copyDatabase(from.write, to.write, { batchRows: 7, maxRowsPerInsert: 3 });
    for (const table of copyPlan(to.write).map((p) => p.table)) {
      if (table === 'data_revision') continue;
      expect({ table, rows: await rows(to, table) }).toEqual({ table, rows: await rows(from, table) });
    }
    expect(report.tables.find((t) => t.table === 'action')!.rows).toBe(156);
    expect(report.tables.find((t) => t.table === 'audit_entry')!.rows).toBe(1);
    expect(report.revision).toEqual({ source: 41, target: 41 + REVISION_STEP });
    expect(await to.write.query('SELECT revision FROM data_revision')).toEqual([{ revision: 41 + REVISION_STEP }]);
    expect(report.replaced).toBe(0);
    const [{ seq }] = (await to.write.query(`SELECT seq FROM sqlite_sequence WHERE name = 'denial_count'`)) as [{ seq: number }];
    expect(seq).toBe(50);
    await to.write.query(
      `INSERT INTO audit_entry (at, actorKind, actorId, actorName, requestId, mutation, operation, entityType, entityId, changes) VALUES ('2024-06-02', 'SYSTEM', 'cli', 'c', 'r', 'm', 'UPDATE', 'Action', 3, '[]')`,
    );
    expect(await to.write.query(`SELECT MAX(id) AS id FROM audit_entry`)).toEqual([{ id: 2 }]);
    expect(await to.write.query('PRAGMA foreign_key_check')).toEqual([]);
  });

  test('refuses a target with rows, changing nothing; with force replaces them in the same transaction', async () => {
    const from = await source();
    const to = await migrated('target.sqlite');
    await copyDatabase(from.write, to.write);
    await from.write.query(`UPDATE action SET text = 'changed in the source' WHERE id = 5`);
    const before = await rows(to, 'action');
    await expect(copyDatabase(from.write, to.write)).rejects.toThrow(
      /The target is not empty: \d+ rows in \d+ tables \(agency 39, partnership 1, plan 2, .*action 156.*Pass --force/,
    );
    expect(await rows(to, 'action')).toEqual(before);
    const report = await copyDatabase(from.write, to.write, { force: true });
    expect(report.replaced).toBeGreaterThan(500);
    expect(await to.write.query('SELECT text FROM action WHERE id = 5')).toEqual([{ text: 'changed in the source' }]);
    expect(await rows(to, 'action')).toEqual(await rows(from, 'action'));
  });

  test('a freshly migrated target counts as empty (its data_revision row at 0); an emptied but used one does not', async () => {
    const from = await source();
    const to = await migrated('target.sqlite');
    await to.write.query('UPDATE data_revision SET revision = 3');
    await expect(copyDatabase(from.write, to.write)).rejects.toThrow(/not empty: 1 rows in 1 tables \(data_revision 1\)/);
  });

  test('a mismatch found when reading the target back rolls everything back and names the table', async () => {
    const from = await source();
    const to = await migrated('target.sqlite');
    // Something on the target that changes what is written (here a trigger): the copy must notice.
    await to.write.query(
      `CREATE TRIGGER tamper AFTER INSERT ON agency_alias WHEN NEW.alias = 'MPS' BEGIN UPDATE agency_alias SET alias = 'mps' WHERE normalised = NEW.normalised; END`,
    );
    const aliases = (await from.write.query(`SELECT COUNT(*) AS n FROM agency_alias WHERE alias = 'MPS'`)) as [{ n: number }];
    expect(aliases[0].n).toBe(1);
    const failure = await copyDatabase(from.write, to.write).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CopyError);
    expect((failure as CopyError).table).toBe('agency_alias');
    expect((failure as Error).message).toMatch(
      /Verification failed, the copy was rolled back: agency_alias: checksum [0-9a-f]{16}… in the source, [0-9a-f]{16}… in the target/,
    );
    for (const table of ['partnership', 'action', 'agency_alias', 'audit_entry']) expect(await rows(to, table)).toEqual([]);
    expect(await to.write.query('SELECT revision FROM data_revision')).toEqual([{ revision: 0 }]);
  });

  test('a row the target refuses rolls the whole copy back and names the table', async () => {
    const from = await source();
    const to = await migrated('target.sqlite');
    await to.write.query(`CREATE TRIGGER refuse BEFORE INSERT ON api_key BEGIN SELECT RAISE(ABORT, 'no keys here'); END`);
    await expect(copyDatabase(from.write, to.write)).rejects.toThrow(/The copy failed at table api_key and was rolled back: .*no keys here/);
    expect(await rows(to, 'action')).toEqual([]);
  });

  test('the source is read in one snapshot: a write made while the copy reads is not in the copy, and the copy verifies', async () => {
    const from = await source();
    const to = await migrated('target.sqlite');
    const other = new BetterSqlite3(join(dir, 'source.sqlite'));
    let written = false;
    try {
      const report = await copyDatabase(from.write, to.write, {
        progress: (line) => {
          if (written || !line.startsWith('copied partnership')) return;
          // Another process's write, committed after the copy began reading the source.
          other.prepare(`UPDATE action SET text = 'written during the copy' WHERE id = 7`).run();
          other
            .prepare(
              `INSERT INTO audit_entry (at, actorKind, actorId, actorName, requestId, mutation, operation, entityType, entityId, changes) VALUES ('2024-06-03', 'SYSTEM', 'cli', 'c', 'r', 'm', 'UPDATE', 'Action', 7, '[]')`,
            )
            .run();
          written = true;
        },
      });
      expect(written).toBe(true);
      expect(report.tables.find((t) => t.table === 'audit_entry')!.rows).toBe(1);
      expect(await to.write.query('SELECT text FROM action WHERE id = 7')).not.toEqual([{ text: 'written during the copy' }]);
      expect(await from.write.query('SELECT text FROM action WHERE id = 7')).toEqual([{ text: 'written during the copy' }]);
    } finally {
      other.close();
    }
  });
});
