import 'reflect-metadata';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { DataSource } from 'typeorm';
import type { Config } from '../config';
import { ENTITIES } from './entities';
import { SQLITE_MIGRATIONS } from './migrations';
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
  if (config.database.type !== 'sqlite') throw new Error('Only SQLite is supported so far');
  return new DataSource({
    type: 'better-sqlite3',
    database: config.database.file,
    entities: ENTITIES,
    migrations: options.synchronize ? [] : SQLITE_MIGRATIONS,
    migrationsRun: false,
    synchronize: options.synchronize ?? false,
    prepareDatabase: applySqlitePragmas,
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery
      ? {
          logQuery: (sql) => options.onQuery!(sql),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
  });
}

/**
 * The API's database on this configuration: a read and a write connection (one, in memory), with
 * every entity of every feature (db/entities.ts).
 */
export function createDatabase(config: Pick<Config, 'database'>, options: DataSourceOptions = {}): Database {
  const read = createDataSource(config, options);
  // Two connections to ':memory:' would be two databases: in memory, one connection does both.
  const inMemory = config.database.type === 'sqlite' && config.database.file === ':memory:';
  return new Database(read, inMemory ? read : createDataSource(config, { synchronize: options.synchronize }));
}
