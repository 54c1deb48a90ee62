import 'reflect-metadata';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { DataSource } from 'typeorm';
import type { Config } from '../config';
import { ENTITIES } from './entities';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';
import { Database } from './database';

/**
 * SQLite settings, set explicitly (better-sqlite3's defaults are not the safe ones): WAL for
 * concurrent readers, synchronous=FULL so an acknowledged write survives power loss, a busy timeout
 * so a second writer waits instead of failing, foreign keys on.
 */
export function applySqlitePragmas(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}

export interface DataSourceOptions {
  /** Create tables from the entities instead of running migrations: unit tests only. */
  synchronize?: boolean;
  /** Log every SQL statement to this callback (used by the statement-count tests). */
  onQuery?: (sql: string) => void;
}

export function createDataSource(config: Pick<Config, 'database'>, options: DataSourceOptions = {}): DataSource {
  const logging = options.onQuery ? (['query'] as const) : false;
  const logger = options.onQuery
    ? {
        logQuery: (sql: string) => options.onQuery!(sql),
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
      }
    : undefined;
  if (config.database.type === 'postgres') {
    const ds = new DataSource({
      type: 'postgres',
      url: config.database.url,
      applicationName: 'cdp-plan-api',
      entities: ENTITIES,
      migrations: options.synchronize ? [] : POSTGRES_MIGRATIONS,
      migrationsRun: false,
      synchronize: options.synchronize ?? false,
      poolSize: config.database.poolSize,
      // pg's client settings: each statement is cancelled by the server after this long (0: never).
      extra: { statement_timeout: config.database.statementTimeoutMs || undefined, idle_in_transaction_session_timeout: 60_000 },
      logging: logging ? [...logging] : false,
      logger,
    });
    usePostgresTypes(ds);
    return ds;
  }
  return new DataSource({
    type: 'better-sqlite3',
    database: config.database.file,
    entities: ENTITIES,
    migrations: options.synchronize ? [] : SQLITE_MIGRATIONS,
    migrationsRun: false,
    synchronize: options.synchronize ?? false,
    prepareDatabase: applySqlitePragmas,
    logging: logging ? [...logging] : false,
    logger,
  });
}

/**
 * The entities are written once for both engines, in SQLite's column types; on PostgreSQL the ones
 * PostgreSQL spells otherwise get its own: `datetime` and the created/updated dates are
 * `timestamptz` (instants, stored in UTC, whatever the server's time zone), `simple-json` is
 * `jsonb`. TypeORM's postgres driver already reads and writes these the same way (a Date; JSON
 * text in, parsed value out); only the type it declares changes, which the migration generator and
 * the schema comparison test (db/__tests__) both see through this same function.
 */
export function usePostgresTypes(ds: DataSource): void {
  const driver = ds.driver as unknown as { normalizeType(column: { type?: unknown }): string; mappedDataTypes: Record<string, unknown> };
  const normalize = driver.normalizeType.bind(driver);
  driver.normalizeType = (column) => {
    if (column.type === 'datetime') return 'timestamp with time zone';
    if (column.type === 'simple-json') return 'jsonb';
    return normalize(column);
  };
  driver.mappedDataTypes.createDate = 'timestamptz';
  driver.mappedDataTypes.updateDate = 'timestamptz';
}

/**
 * The API's database on this configuration, with every entity of every feature (db/entities.ts).
 * SQLite: a read and a write connection (one, in memory). PostgreSQL: one pool for both, and a
 * connection of its own that listens for other instances' writes.
 */
export function createDatabase(config: Pick<Config, 'database'>, options: DataSourceOptions = {}): Database {
  const read = createDataSource(config, options);
  if (config.database.type === 'postgres') {
    return new Database(read, read, { listen: { connectionString: config.database.url, application_name: 'cdp-plan-api-listen' } });
  }
  // Two connections to ':memory:' would be two databases: in memory, one connection does both.
  const inMemory = config.database.file === ':memory:';
  return new Database(read, inMemory ? read : createDataSource(config, { synchronize: options.synchronize }));
}
