import { createHash } from 'node:crypto';
import type { DataSource, EntityMetadata, QueryRunner } from 'typeorm';
import { ADVISORY_LOCKS } from './database';
import { REVISION_CHANNEL } from './revision-listener';

/**
 * Copying a CDP's database to another one (`pnpm cli db copy`, cli/db-tools.ts): every table of
 * every entity, read from one snapshot of the source, written in one transaction on the target in
 * foreign-key order with the primary keys as they are, then verified inside that transaction (rows
 * and a checksum per table, computed the same way on both sides) before it commits.
 *
 * The tables come from TypeORM's metadata (db/entities.ts through the data source), never from a
 * list kept here: a new entity is copied without a change to this file.
 */

type ColumnMetadata = EntityMetadata['columns'][number];

/** What a column's values are, across engines (SQLite `datetime` and PostgreSQL `timestamptz` are both datetime). */
export type ValueKind = 'datetime' | 'date' | 'number' | 'boolean' | 'json' | 'text';

const DATETIME_TYPES = new Set(['datetime', 'timestamp', 'timestamptz', 'timestamp with time zone', 'timestamp without time zone']);
const NUMBER_TYPES = new Set([
  'integer',
  'int',
  'int2',
  'int4',
  'int8',
  'smallint',
  'bigint',
  'double precision',
  'double',
  'float',
  'float4',
  'float8',
  'real',
  'numeric',
  'decimal',
]);
const JSON_TYPES = new Set(['simple-json', 'json', 'jsonb']);

/** The kind of a column's values from its TypeORM type (a string, or String/Number/Date/Boolean). */
export function kindOfType(type: ColumnMetadata['type']): ValueKind {
  if (type === Date) return 'datetime';
  if (type === Number) return 'number';
  if (type === Boolean) return 'boolean';
  if (typeof type !== 'string') return 'text';
  const name = type.toLowerCase();
  if (DATETIME_TYPES.has(name)) return 'datetime';
  if (name === 'date') return 'date';
  if (NUMBER_TYPES.has(name)) return 'number';
  if (name === 'boolean' || name === 'bool') return 'boolean';
  if (JSON_TYPES.has(name)) return 'json';
  return 'text';
}

/** A value the checksum cannot read as its column's kind (a datetime that is not a date, say). */
export class ValueError extends Error {}

/** JSON with object keys sorted at every level: the same text for the same value, whatever order the keys were stored in (jsonb reorders them). */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableStringify(item))).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(object[key])}`).join(',')}}`;
}

/**
 * A column's value as the checksum sees it, the same whichever engine it was read from (after the
 * driver's own hydration, as TypeORM gives it to the entities): datetimes as ISO strings, dates as
 * YYYY-MM-DD, numbers as numbers (PostgreSQL gives bigint and numeric as strings), booleans as
 * booleans (SQLite keeps 0 and 1), JSON parsed then stably stringified, text as text.
 */
export function canonicalValue(kind: ValueKind, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'datetime': {
      const date = value instanceof Date ? value : new Date(value as string | number);
      if (Number.isNaN(date.getTime())) throw new ValueError(`not a date and time: ${JSON.stringify(value)}`);
      return date.toISOString();
    }
    case 'date': {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new ValueError('not a date: an invalid Date');
        return value.toISOString().slice(0, 10);
      }
      const text = String(value);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new ValueError(`not a date YYYY-MM-DD: ${JSON.stringify(value)}`);
      return text;
    }
    case 'number': {
      if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
      if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
      const number = Number(value);
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(number)) return Number.isSafeInteger(number) || !/^-?\d+$/.test(value) ? number : value;
      throw new ValueError(`not a number: ${JSON.stringify(value)}`);
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1 || value === '0' || value === '1') return Number(value) === 1;
      throw new ValueError(`not a boolean: ${JSON.stringify(value)}`);
    case 'json': {
      let parsed: unknown = value;
      if (typeof value === 'string') {
        try {
          parsed = JSON.parse(value);
        } catch {
          throw new ValueError(`not JSON: ${JSON.stringify(value.slice(0, 80))}`);
        }
      }
      return stableStringify(parsed);
    }
    case 'text':
      if (Buffer.isBuffer(value)) return `base64:${value.toString('base64')}`;
      if (value instanceof Date) return value.toISOString();
      return typeof value === 'object' ? stableStringify(value) : String(value);
  }
}

/** A column as the copy handles it: its name in the table and the kind of its values. */
export interface ColumnShape {
  name: string;
  kind: ValueKind;
}

/** One row as canonical JSON: an object of its columns' canonical values, keys in sorted order. */
export function canonicalRow(columns: readonly ColumnShape[], row: Readonly<Record<string, unknown>>): string {
  const sorted = [...columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const object: Record<string, unknown> = {};
  for (const column of sorted) {
    try {
      object[column.name] = canonicalValue(column.kind, row[column.name]);
    } catch (error) {
      if (error instanceof ValueError) throw new ValueError(`column ${column.name}: ${error.message}`);
      throw error;
    }
  }
  return JSON.stringify(object);
}

/** Orders primary key values: numbers by value, strings by UTF-16 code unit (not by any database's collation), null first. */
export function compareKeys(a: readonly unknown[], b: readonly unknown[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === null || x === undefined) return -1;
    if (y === null || y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const sx = String(x);
    const sy = String(y);
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}

export interface TableDigest {
  rows: number;
  /** sha256, hex, over the rows' canonical JSON sorted by primary key, one row a line. */
  checksum: string;
}

/** The row count and checksum of a table's rows (hydrated values; any order: they are sorted by primary key here). */
export function digestRows(columns: readonly ColumnShape[], primaryKey: readonly string[], rows: ReadonlyArray<Readonly<Record<string, unknown>>>): TableDigest {
  const keyKinds = primaryKey.map((name) => {
    const column = columns.find((c) => c.name === name);
    if (!column) throw new Error(`primary key column ${name} is not among the columns`);
    return column;
  });
  const keyed = rows.map((row, index) => {
    try {
      return { key: keyKinds.map((c) => canonicalValue(c.kind, row[c.name])), line: canonicalRow(columns, row) };
    } catch (error) {
      if (error instanceof ValueError) throw new ValueError(`row ${index + 1}: ${error.message}`);
      throw error;
    }
  });
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const hash = createHash('sha256');
  for (const { line } of keyed) hash.update(line).update('\n');
  return { rows: rows.length, checksum: hash.digest('hex') };
}

/**
 * How many rows go in one INSERT: at most `maxRows`, and no more parameters than the engine takes
 * in one statement (PostgreSQL 65,535; SQLite 32,766).
 */
export function rowsPerInsert(columnCount: number, maxParameters: number, maxRows = 500): number {
  if (columnCount < 1) throw new Error('a table without columns');
  if (columnCount > maxParameters) throw new Error(`a row of ${columnCount} columns does not fit in ${maxParameters} parameters`);
  return Math.max(1, Math.min(maxRows, Math.floor(maxParameters / columnCount)));
}

/** A copy that could not be done, or did not verify: the message says what and, where it applies, which table. */
export class CopyError extends Error {
  constructor(
    message: string,
    readonly table?: string,
  ) {
    super(message);
    this.name = 'CopyError';
  }
}

/** A table to copy: its name, its columns (kind from the target's metadata), its primary key and its foreign keys to itself. */
export interface TablePlan {
  table: string;
  columns: ColumnShape[];
  primaryKey: string[];
  /** Columns of foreign keys to the table itself (a plan's strategy is a plan): parents are inserted before their children. */
  selfReferences: Array<{ columns: string[]; referenced: string[] }>;
  /** Columns whose values come from a sequence (SQLite AUTOINCREMENT, PostgreSQL serial or identity). */
  generated: string[];
}

function tableMetadatas(ds: DataSource): EntityMetadata[] {
  const byTable = new Map<string, EntityMetadata>();
  for (const metadata of ds.entityMetadatas) {
    if (metadata.tableType === 'view' || metadata.tableType === 'entity-child') continue;
    if (!byTable.has(metadata.tableName)) byTable.set(metadata.tableName, metadata);
  }
  return [...byTable.values()];
}

function tableColumns(metadata: EntityMetadata): ColumnMetadata[] {
  const seen = new Set<string>();
  return metadata.columns.filter((column) => {
    if (column.isVirtualProperty || seen.has(column.databaseName)) return false;
    seen.add(column.databaseName);
    return true;
  });
}

/**
 * The tables of a data source's entities in foreign-key order: every table after the tables it
 * references (a table's references to itself are ordered row by row, see orderSelfReferences).
 */
export function copyPlan(ds: DataSource): TablePlan[] {
  const metadatas = tableMetadatas(ds);
  const names = new Set(metadatas.map((m) => m.tableName));
  const dependsOn = new Map<string, Set<string>>();
  for (const metadata of metadatas) {
    const deps = new Set<string>();
    for (const fk of metadata.foreignKeys) {
      const referenced = fk.referencedEntityMetadata.tableName;
      if (referenced !== metadata.tableName && names.has(referenced)) deps.add(referenced);
    }
    dependsOn.set(metadata.tableName, deps);
  }
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: string, path: string[]): void => {
    if (state.get(table) === 'done') return;
    if (state.get(table) === 'visiting') throw new CopyError(`The foreign keys form a cycle (${[...path, table].join(' -> ')}): no insert order exists.`);
    state.set(table, 'visiting');
    for (const dep of [...dependsOn.get(table)!].sort()) visit(dep, [...path, table]);
    state.set(table, 'done');
    ordered.push(table);
  };
  for (const table of [...names].sort()) visit(table, []);
  return ordered.map((table) => {
    const metadata = metadatas.find((m) => m.tableName === table)!;
    const columns = tableColumns(metadata);
    return {
      table,
      columns: columns.map((c) => ({ name: c.databaseName, kind: kindOfType(c.type) })),
      primaryKey: metadata.primaryColumns.map((c) => c.databaseName),
      selfReferences: metadata.foreignKeys
        .filter((fk) => fk.referencedEntityMetadata.tableName === table)
        .map((fk) => ({ columns: fk.columns.map((c) => c.databaseName), referenced: fk.referencedColumns.map((c) => c.databaseName) })),
      generated: columns.filter((c) => c.isGenerated && c.generationStrategy === 'increment').map((c) => c.databaseName),
    };
  });
}

/**
 * Orders one table's rows so that a row comes after the row it references through a foreign key to
 * the same table (rows arrive sorted by primary key; a reference to a later row moves the child).
 */
export function orderSelfReferences<Row extends Record<string, unknown>>(plan: Pick<TablePlan, 'table' | 'selfReferences'>, rows: Row[]): Row[] {
  if (!plan.selfReferences.length) return rows;
  const keyOf = (row: Row, columns: string[]): string | null => {
    const values = columns.map((c) => row[c]);
    return values.some((v) => v === null || v === undefined) ? null : JSON.stringify(values.map((v) => String(v)));
  };
  let pending = rows;
  const out: Row[] = [];
  const inserted = plan.selfReferences.map(() => new Set<string>());
  const present = plan.selfReferences.map((ref) => new Set(rows.map((row) => keyOf(row, ref.referenced))));
  while (pending.length) {
    const next: Row[] = [];
    for (const row of pending) {
      const ready = plan.selfReferences.every((ref, i) => {
        const key = keyOf(row, ref.columns);
        // A reference to a row that is not in the table is left to the database to refuse.
        return key === null || inserted[i]!.has(key) || !present[i]!.has(key);
      });
      if (ready) {
        out.push(row);
        plan.selfReferences.forEach((ref, i) => {
          const key = keyOf(row, ref.referenced);
          if (key !== null) inserted[i]!.add(key);
        });
      } else next.push(row);
    }
    if (next.length === pending.length) throw new CopyError(`Rows of ${plan.table} reference each other in a cycle: no insert order exists.`, plan.table);
    pending = next;
  }
  return out;
}

type Engine = 'sqlite' | 'postgres';

function engineOf(ds: DataSource): Engine {
  if (ds.options.type === 'better-sqlite3') return 'sqlite';
  if (ds.options.type === 'postgres') return 'postgres';
  throw new CopyError(`The ${ds.options.type} engine is not one the copy knows (SQLite, PostgreSQL).`);
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The table's rows as the driver returns them to a plain SELECT (on SQLite, the values as stored). */
async function readTable(runner: QueryRunner, plan: TablePlan): Promise<Array<Record<string, unknown>>> {
  const select = `SELECT ${plan.columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(plan.table)}`;
  return (await runner.query(select)) as Array<Record<string, unknown>>;
}

/** The table's entity columns on this data source, by name. */
function columnsOf(ds: DataSource, plan: TablePlan): ColumnMetadata[] {
  const metadata = tableMetadatas(ds).find((m) => m.tableName === plan.table);
  if (!metadata) throw new CopyError(`The ${plan.table} table has no entity on the ${engineOf(ds)} side.`, plan.table);
  const columns = new Map(tableColumns(metadata).map((c) => [c.databaseName, c]));
  return plan.columns.map((column) => {
    const meta = columns.get(column.name);
    if (!meta) throw new CopyError(`The ${plan.table} table has no column ${column.name} on the ${engineOf(ds)} side.`, plan.table);
    return meta;
  });
}

/** Rows as the data source's driver hydrates them for TypeORM's entities (Date, parsed JSON, booleans): what the digest reads. */
function hydrate(ds: DataSource, plan: TablePlan, raw: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> {
  const metas = columnsOf(ds, plan);
  return raw.map((row) => {
    const hydrated: Record<string, unknown> = {};
    for (const meta of metas) hydrated[meta.databaseName] = ds.driver.prepareHydratedValue(row[meta.databaseName], meta);
    return hydrated;
  });
}

/** The last value each generated column's sequence gave (SQLite sqlite_sequence, PostgreSQL the column's sequence), 0 when none. */
async function sequenceState(ds: DataSource, runner: QueryRunner, plan: TablePlan): Promise<Map<string, number>> {
  const state = new Map<string, number>();
  for (const column of plan.generated) {
    let last = 0;
    if (engineOf(ds) === 'sqlite') {
      const hasSequences = (await runner.query(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`)) as unknown[];
      if (hasSequences.length) {
        const rows = (await runner.query('SELECT seq FROM sqlite_sequence WHERE name = ?', [plan.table])) as Array<{ seq: number }>;
        last = Number(rows[0]?.seq ?? 0);
      }
    } else {
      const [{ sequence }] = (await runner.query('SELECT pg_get_serial_sequence($1, $2) AS sequence', [quote(plan.table), column])) as [{ sequence: string | null }];
      if (sequence) {
        const [row] = (await runner.query(`SELECT last_value, is_called FROM ${sequence}`)) as [{ last_value: string; is_called: boolean }];
        last = row.is_called ? Number(row.last_value) : 0;
      }
    }
    state.set(column, last);
  }
  return state;
}

/** The executed migrations' names, or null when the database has no migrations table. */
export async function executedMigrations(ds: DataSource): Promise<string[] | null> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  const runner = ds.createQueryRunner();
  try {
    if (!(await runner.hasTable(table))) return null;
    const rows = (await runner.query(`SELECT name FROM ${quote(table)}`)) as Array<{ name: string }>;
    return rows.map((r) => r.name);
  } finally {
    await runner.release();
  }
}

/** The migrations this version has for the data source and has not run, and those it ran that this version does not know. */
export async function migrationState(ds: DataSource): Promise<{ executed: string[] | null; pending: string[]; unknown: string[] }> {
  const executed = await executedMigrations(ds);
  const known = ds.migrations.map((m) => m.name ?? m.constructor.name);
  const done = new Set(executed ?? []);
  return { executed, pending: known.filter((name) => !done.has(name)), unknown: (executed ?? []).filter((name) => !known.includes(name)) };
}

/** How far the copy moves the target's data revision on (see copyDatabase). */
export const REVISION_STEP = 1_000_000;

export interface TableCopy extends TableDigest {
  table: string;
  /** Milliseconds to insert the table's rows. */
  insertMs: number;
}

export interface CopyReport {
  tables: TableCopy[];
  /** Rows the target held before (only with force: they were replaced). */
  replaced: number;
  /** The target's data revision after the copy (the source's plus REVISION_STEP), or null without a data_revision row. */
  revision: { source: number; target: number } | null;
  readMs: number;
  writeMs: number;
}

export interface CopyOptions {
  /** Replace the rows of a target that has any (in the same transaction). */
  force?: boolean;
  /** Most rows in one INSERT (also bounded by the engine's parameter limit). */
  maxRowsPerInsert?: number;
  /** Called with a line of progress (a table read or written). */
  progress?: (line: string) => void;
}

/**
 * Copies every entity table of `source` into `target`, which must be migrated to this version
 * (the same tables and columns). The source is read in one read-only transaction (a consistent
 * snapshot while its server keeps writing); the target is written in one transaction: its rows are
 * counted first (a target with rows is refused unless `force`, which deletes them), then every
 * table is inserted in foreign-key order with its primary keys, sequences are moved past the
 * largest id (never back), every table is read back and its row count and checksum compared with
 * the source's, and the data revision is moved on by REVISION_STEP (no ETag the source gave out
 * matches an answer of the copy). Any failure, a mismatch included, rolls the whole copy back.
 */
export async function copyDatabase(source: DataSource, target: DataSource, options: CopyOptions = {}): Promise<CopyReport> {
  const progress = options.progress ?? (() => undefined);
  const plans = copyPlan(target);
  const sourceEngine = engineOf(source);
  const targetEngine = engineOf(target);
  const sourceTables = new Set(tableMetadatas(source).map((m) => m.tableName));
  for (const plan of plans) if (!sourceTables.has(plan.table)) throw new CopyError(`The source has no entity table ${plan.table}.`, plan.table);

  // The source: one snapshot.
  const readStarted = performance.now();
  const snapshot = new Map<string, { rows: Array<Record<string, unknown>>; digest: TableDigest; sequences: Map<string, number> }>();
  const reader = source.createQueryRunner();
  try {
    if (sourceEngine === 'postgres') {
      await reader.startTransaction('REPEATABLE READ');
      await reader.query('SET TRANSACTION READ ONLY');
    } else await reader.startTransaction();
    for (const plan of plans) {
      await checkColumns(reader, plan, 'source');
      const raw = await readTable(reader, plan);
      const rows = hydrate(source, plan, raw);
      const digest = digestTable(plan, rows, 'source');
      // Between two databases of one engine the values go as stored; between engines, as the entities hold them.
      const values = sourceEngine === targetEngine ? raw : rows.map((row) => persist(target, plan, row));
      snapshot.set(plan.table, { rows: values, digest, sequences: await sequenceState(source, reader, plan) });
      progress(`read ${plan.table}: ${rows.length} rows`);
    }
    await reader.commitTransaction();
  } catch (error) {
    if (reader.isTransactionActive) await reader.rollbackTransaction();
    throw error;
  } finally {
    await reader.release();
  }
  const readMs = performance.now() - readStarted;

  // The target: one transaction.
  const writeStarted = performance.now();
  const writer = target.createQueryRunner();
  const maxParameters = targetEngine === 'postgres' ? 65_535 : 32_766;
  const copies: TableCopy[] = [];
  let replaced = 0;
  let revision: CopyReport['revision'] = null;
  // The table being written when something fails, to name it.
  let current: string | undefined;
  try {
    await writer.startTransaction();
    // PostgreSQL: the lock every write transaction of the API takes first, so a server running on
    // the target waits for the copy (on SQLite the first write takes the database's write lock).
    if (targetEngine === 'postgres') await writer.query('SELECT pg_advisory_xact_lock($1, $2)', [ADVISORY_LOCKS.class, ADVISORY_LOCKS.writes]);
    const occupied: string[] = [];
    for (const plan of plans) {
      current = plan.table;
      await checkColumns(writer, plan, 'target');
      const [{ rows, beyond }] = (await writer.query(
        `SELECT COUNT(*) AS ${quote('rows')}, ${plan.table === 'data_revision' ? `COUNT(CASE WHEN ${quote('revision')} <> 0 THEN 1 END)` : 'COUNT(*)'} AS ${quote('beyond')} FROM ${quote(plan.table)}`,
      )) as [{ rows: number | string; beyond: number | string }];
      if (Number(beyond)) occupied.push(`${plan.table} ${Number(rows)}`);
      replaced += Number(rows);
    }
    current = undefined;
    if (!occupied.length) replaced = 0;
    if (occupied.length && !options.force)
      throw new CopyError(
        `The target is not empty: ${replaced} rows in ${occupied.length} tables (${occupied.join(', ')}). Nothing was copied. Pass --force to replace its rows with the source's.`,
      );
    for (const plan of [...plans].reverse()) await writer.query(`DELETE FROM ${quote(plan.table)}`);

    for (const plan of plans) {
      current = plan.table;
      const started = performance.now();
      const { rows } = snapshot.get(plan.table)!;
      await insertRows(target, writer, plan, orderSelfReferences(plan, rows), maxParameters, options.maxRowsPerInsert);
      await advanceSequences(target, writer, plan, snapshot.get(plan.table)!.sequences);
      copies.push({ table: plan.table, ...snapshot.get(plan.table)!.digest, insertMs: performance.now() - started });
      progress(`wrote ${plan.table}: ${rows.length} rows`);
    }
    current = undefined;

    // Verified inside the transaction: what the target now holds, read back and digested as the source was.
    const mismatches: string[] = [];
    for (const plan of plans) {
      const expected = snapshot.get(plan.table)!.digest;
      const actual = digestTable(plan, hydrate(target, plan, await readTable(writer, plan)), 'target');
      if (actual.rows !== expected.rows) mismatches.push(`${plan.table}: ${expected.rows} rows in the source, ${actual.rows} in the target`);
      else if (actual.checksum !== expected.checksum)
        mismatches.push(`${plan.table}: checksum ${expected.checksum.slice(0, 16)}… in the source, ${actual.checksum.slice(0, 16)}… in the target`);
    }
    if (mismatches.length) {
      const first = mismatches[0]!.split(':')[0];
      throw new CopyError(`Verification failed, the copy was rolled back: ${mismatches.join('; ')}.`, first);
    }

    const revisionRows = snapshot.get('data_revision')?.rows ?? [];
    const sourceRevision = revisionRows.find((row) => Number(row.id) === 1);
    if (sourceRevision) {
      const bumped = Number(sourceRevision.revision) + REVISION_STEP;
      if (targetEngine === 'postgres')
        // NOTIFYed as the API's writes are: instances already running on the target hear of it at commit.
        await writer.query(`UPDATE data_revision SET revision = $1 WHERE id = 1 RETURNING pg_notify('${REVISION_CHANNEL}', revision::text)`, [bumped]);
      else await writer.query('UPDATE data_revision SET revision = ? WHERE id = 1', [bumped]);
      revision = { source: Number(sourceRevision.revision), target: bumped };
    }
    await writer.commitTransaction();
  } catch (error) {
    if (writer.isTransactionActive) await writer.rollbackTransaction();
    if (error instanceof CopyError) throw error;
    throw new CopyError(
      `The copy failed${current ? ` at table ${current}` : ''} and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
      current,
    );
  } finally {
    await writer.release();
  }
  return { tables: copies, replaced, revision, readMs, writeMs: performance.now() - writeStarted };
}

function digestTable(plan: TablePlan, rows: ReadonlyArray<Record<string, unknown>>, side: 'source' | 'target'): TableDigest {
  try {
    return digestRows(plan.columns, plan.primaryKey, rows);
  } catch (error) {
    if (error instanceof ValueError) throw new CopyError(`The ${side}'s ${plan.table} table has a value the copy cannot read: ${error.message}`, plan.table);
    throw error;
  }
}

/** The table has exactly the entity's columns on this side (the same migrations ran), or the copy would lose or invent data. */
async function checkColumns(runner: QueryRunner, plan: TablePlan, side: 'source' | 'target'): Promise<void> {
  const table = await runner.getTable(plan.table);
  if (!table) throw new CopyError(`The ${side} has no ${plan.table} table.`, plan.table);
  const actual = new Set(table.columns.map((c) => c.name));
  const expected = new Set(plan.columns.map((c) => c.name));
  const missing = [...expected].filter((c) => !actual.has(c));
  const extra = [...actual].filter((c) => !expected.has(c));
  if (missing.length || extra.length)
    throw new CopyError(
      `The ${side}'s ${plan.table} table does not have this version's columns${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not in the entity ${extra.join(', ')}` : ''}.`,
      plan.table,
    );
}

/** A hydrated row as the target's driver stores it (preparePersistentValue: datetimes, JSON, booleans in the target's form). */
function persist(target: DataSource, plan: TablePlan, row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const meta of columnsOf(target, plan)) out[meta.databaseName] = target.driver.preparePersistentValue(row[meta.databaseName], meta);
  return out;
}

/** Inserts rows of stored values, as many to a statement as the parameter limit allows. */
async function insertRows(
  ds: DataSource,
  runner: QueryRunner,
  plan: TablePlan,
  rows: ReadonlyArray<Record<string, unknown>>,
  maxParameters: number,
  maxRows?: number,
): Promise<void> {
  if (!rows.length) return;
  const engine = engineOf(ds);
  const perInsert = rowsPerInsert(plan.columns.length, maxParameters, maxRows);
  const head = `INSERT INTO ${quote(plan.table)} (${plan.columns.map((c) => quote(c.name)).join(', ')})${engine === 'postgres' ? ' OVERRIDING SYSTEM VALUE' : ''} VALUES `;
  for (let start = 0; start < rows.length; start += perInsert) {
    const batch = rows.slice(start, start + perInsert);
    const parameters: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = plan.columns.map((column) => {
        parameters.push(row[column.name] ?? null);
        return engine === 'postgres' ? `$${parameters.length}` : '?';
      });
      return `(${placeholders.join(', ')})`;
    });
    await runner.query(head + tuples.join(', '), parameters);
  }
}

/**
 * Moves each generated column's sequence past the largest id copied and past where the source's
 * sequence was (ids are never reused, even of rows since removed), and never back: a sequence is
 * not part of a PostgreSQL transaction, so one moved back and then rolled back would hand out ids
 * that exist. On SQLite, sqlite_sequence is an ordinary table, inside the transaction.
 */
async function advanceSequences(ds: DataSource, runner: QueryRunner, plan: TablePlan, sourceSequences: Map<string, number>): Promise<void> {
  for (const column of plan.generated) {
    const [{ max }] = (await runner.query(`SELECT MAX(${quote(column)}) AS max FROM ${quote(plan.table)}`)) as [{ max: number | string | null }];
    const floor = Math.max(Number(max ?? 0), sourceSequences.get(column) ?? 0);
    if (engineOf(ds) === 'sqlite') {
      if (floor < 1) continue;
      const [row] = (await runner.query('SELECT seq FROM sqlite_sequence WHERE name = ?', [plan.table])) as Array<{ seq: number }>;
      if (!row) await runner.query('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)', [plan.table, floor]);
      else if (Number(row.seq) < floor) await runner.query('UPDATE sqlite_sequence SET seq = ? WHERE name = ?', [floor, plan.table]);
    } else {
      const [{ sequence }] = (await runner.query('SELECT pg_get_serial_sequence($1, $2) AS sequence', [quote(plan.table), column])) as [{ sequence: string | null }];
      if (!sequence) throw new CopyError(`The target's ${plan.table}.${column} is generated but has no sequence.`, plan.table);
      const [current] = (await runner.query(`SELECT last_value, is_called FROM ${sequence}`)) as [{ last_value: string; is_called: boolean }];
      const used = current.is_called ? Number(current.last_value) : 0;
      if (floor > used) await runner.query('SELECT setval($1::regclass, $2, true)', [sequence, floor]);
    }
  }
}
