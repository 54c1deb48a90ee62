import { readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Client, types } from 'pg';

/**
 * A test's direct access to a server's database, the same on both engines: `openDb(url)` with a
 * DATABASE_URL (`sqlite:<file>` or `postgres://.../<db>`), over better-sqlite3 or one pg
 * connection. For what the API does not show (audit rows, refusal counts, whole-table snapshots) and
 * for set-up the API refuses (a row edited behind its back, an unknown migration).
 *
 * The dialect, written once for both engines:
 * - Placeholders are `?`, in order; for PostgreSQL they become $1, $2, ... (a `?` inside a quoted
 *   string or identifier is left alone; do not write one in an SQL comment).
 * - Identifiers in double quotes whenever they are not all lower case: the columns are the
 *   entities' camelCase names, which PostgreSQL folds to lower case unquoted
 *   (`"entityId"`, `"actorKind"`; `operation` and `audit_entry` need none). Strings in single quotes.
 * - No engine's own words: no `rowid` (ORDER BY the primary key: `primaryKey(table)`), no
 *   `sqlite_master` or `pg_catalog` (`tables()`), no PRAGMA, no `ILIKE`, no `::` casts (CAST(x AS
 *   TEXT) works on both). INSERT ... RETURNING "id" works on both (SQLite 3.35+).
 * - Values read are what SQLite gives, on both engines: integers, COUNT and SUM as numbers (pg's
 *   int8 and numeric are parsed, not strings), booleans as 1 and 0, json/jsonb as its text (as
 *   SQLite keeps a simple-json column), dates and timestamps as the text PostgreSQL prints (SQLite's
 *   are TypeORM's text; neither is a Date). So `{ n: 156 }` compares equal on both.
 * - Values bound: numbers, strings, null, Buffers; booleans become 1/0 on SQLite (PostgreSQL takes
 *   either); arrays and plain objects are bound as their JSON text (for json/jsonb and simple-json).
 *   A `Date` is refused: bind its ISO string.
 */
export interface Db {
  /** Every row of a SELECT (or of a statement with RETURNING). */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** A statement without rows; how many rows it changed. */
  run(sql: string, params?: unknown[]): Promise<{ changes: number }>;
  /** `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** The tables of the schema (the application's and the migrations' table), sorted by name; no engine-internal table. */
  tables(): Promise<string[]>;
  /** The primary key's columns of `table`, in key order (read once per table and connection). */
  primaryKey(table: string): Promise<string[]>;
  /** How many bytes the database takes: SQLite its file and its WAL, PostgreSQL pg_database_size. */
  bytes(): Promise<number>;
  /**
   * Everything stored, as text, to check that a secret or a refused input is not: SQLite the raw
   * bytes of the file and its WAL (free pages included); PostgreSQL every live row of every table
   * printed as text (`row::text`; rows deleted but not yet vacuumed are not read).
   */
  storedText(): Promise<string>;
  engine: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/** The file of a `sqlite:<file>` URL. */
export function sqliteFileOf(url: string): string {
  if (!url.startsWith('sqlite:')) throw new Error(`not a SQLite DATABASE_URL: ${url}`);
  return url.slice('sqlite:'.length);
}

export async function openDb(url: string): Promise<Db> {
  if (url.startsWith('sqlite:')) return openSqlite(sqliteFileOf(url));
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  throw new Error(`openDb: DATABASE_URL must be sqlite:<file> or postgres://..., not "${url}"`);
}

/** Opens, runs `work`, closes. */
export async function withDb<T>(url: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(url);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function bindable(value: unknown, engine: 'sqlite' | 'postgres'): unknown {
  if (value instanceof Date) throw new Error('openDb: bind a Date as its ISO string (the engines store times differently)');
  if (value === undefined) return null;
  if (typeof value === 'boolean') return engine === 'sqlite' ? (value ? 1 : 0) : value;
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

/** `look`, remembered per argument. */
function cached(look: (table: string) => Promise<string[]>): (table: string) => Promise<string[]> {
  const known = new Map<string, Promise<string[]>>();
  return (table) => {
    if (!known.has(table)) known.set(table, look(table));
    return known.get(table)!;
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function openSqlite(file: string): Db {
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  db.pragma('foreign_keys = ON');
  const bind = (params: unknown[]) => params.map((p) => bindable(p, 'sqlite')) as never[];
  const self: Db = {
    engine: 'sqlite',
    async all<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(...bind(params)) as T[];
    },
    async get<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).get(...bind(params)) as T | undefined;
    },
    async run(sql, params = []) {
      return { changes: db.prepare(sql).run(...bind(params)).changes };
    },
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    async tables() {
      const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as Array<{
        name: string;
      }>;
      return rows.map((r) => r.name).sort();
    },
    primaryKey: cached(async (table) => {
      const columns = db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as Array<{ name: string }>;
      if (columns.length === 0) throw new Error(`table ${table} has no primary key (or does not exist)`);
      return columns.map((c) => c.name);
    }),
    async bytes() {
      return fileSize(file) + fileSize(`${file}-wal`);
    },
    async storedText() {
      return ['', '-wal'].map((suffix) => (fileSize(file + suffix) ? readFileSync(file + suffix).toString('latin1') : '')).join('\n');
    },
    async close() {
      db.close();
    },
  };
  return self;
}

/** `?` to $1, $2, ... outside quoted strings and identifiers. */
export function numberedPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null; // a doubled quote closes and reopens: the same text either way
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') out += `$${++n}`;
    else out += ch;
  }
  return out;
}

/** Type parsers that make pg's values what SQLite gives (see the dialect above); for this client only. */
const AS_NUMBER = (text: string) => Number(text);
const AS_TEXT = (text: string) => text;
const PARSERS: Record<number, (text: string) => unknown> = {
  [types.builtins.INT8]: AS_NUMBER,
  [types.builtins.NUMERIC]: AS_NUMBER,
  [types.builtins.BOOL]: (text) => (text === 't' ? 1 : 0),
  [types.builtins.JSON]: AS_TEXT,
  [types.builtins.JSONB]: AS_TEXT,
  [types.builtins.DATE]: AS_TEXT,
  [types.builtins.TIMESTAMP]: AS_TEXT,
  [types.builtins.TIMESTAMPTZ]: AS_TEXT,
};

async function openPostgres(url: string): Promise<Db> {
  const client = new Client({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        (format ?? 'text') === 'text' && PARSERS[oid] ? PARSERS[oid] : types.getTypeParser(oid, format as 'text')) as typeof types.getTypeParser,
    },
  });
  await client.connect();
  const query = async (sql: string, params: unknown[]) => {
    try {
      return await client.query(
        numberedPlaceholders(sql),
        params.map((p) => bindable(p, 'postgres')),
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}\n  in: ${sql}`, { cause: error });
    }
  };
  const self: Db = {
    engine: 'postgres',
    async all<T>(sql: string, params: unknown[] = []) {
      return (await query(sql, params)).rows as T[];
    },
    async get<T>(sql: string, params: unknown[] = []) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async run(sql, params = []) {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async tables() {
      const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema()`);
      return rows.map((r) => r.name).sort();
    },
    primaryKey: cached(async (table) => {
      const { rows } = await client.query<{ name: string }>(
        `SELECT a.attname AS name
           FROM pg_catalog.pg_index i
           JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
          WHERE i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass AND i.indisprimary
          ORDER BY array_position(CAST(i.indkey AS int2[]), a.attnum)`,
        [table],
      );
      if (rows.length === 0) throw new Error(`table ${table} has no primary key`);
      return rows.map((r) => r.name);
    }),
    async bytes() {
      const { rows } = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
      return Number(rows[0].bytes);
    },
    async storedText() {
      const parts: string[] = [];
      for (const table of await self.tables()) {
        const { rows } = await client.query<{ row: string }>(`SELECT CAST(t AS TEXT) AS row FROM "${table.replace(/"/g, '""')}" AS t`);
        parts.push(...rows.map((r) => r.row));
      }
      return parts.join('\n');
    },
    async close() {
      await client.end();
    },
  };
  return self;
}
