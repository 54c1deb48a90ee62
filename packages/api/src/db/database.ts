import type { ClientConfig } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DataRevision } from './revision.entity';
import { REVISION_CHANNEL, RevisionListener } from './revision-listener';

/**
 * How long a data revision read is reused (milliseconds): the longest another process's write
 * (the CLI, a second server on the same file) can go unseen by this one's cache and ETags.
 */
export const REVISION_MEMO_MS = 1;

export type Engine = 'sqlite' | 'postgres';

/**
 * PostgreSQL advisory lock keys (the two-integer form: this application's class, then the lock).
 * STARTUP: held by one process while it migrates and loads the first-start seed, so instances
 * started together do it once. WRITES: taken by every write transaction that moves the data
 * revision on, so writes run one at a time across all instances, as on SQLite.
 */
export const ADVISORY_LOCKS = { class: 0x43445031, startup: 1, writes: 2 } as const;

export interface DatabaseOptions {
  /** PostgreSQL: the settings of the connection that LISTENs for other instances' writes. */
  listen?: ClientConfig;
}

/**
 * The database as the API uses it: a read side and a write side.
 *
 * On SQLite they are two connections to one file. TypeORM's SQLite driver has one connection per
 * DataSource, so concurrent transactions on it would interleave; instead every write runs on the
 * write connection, one transaction at a time (an in-process queue), as BEGIN IMMEDIATE so that
 * the write lock is taken before the first read (another process, such as the CLI, waits on
 * busy_timeout rather than failing half way). Reads run on the read connection and, in WAL mode,
 * see only committed data.
 *
 * On PostgreSQL, read and write are one data source with a pool of connections. Writes still run
 * one at a time: in this process through the same queue, and across processes under an advisory
 * lock (ADVISORY_LOCKS.writes) taken first in each transaction, so a version check and the update
 * it guards cannot interleave with another instance's. The data revision is kept current by
 * LISTEN/NOTIFY (db/revision-listener.ts), not a query per request.
 */
export class Database {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly closing: Array<() => Promise<void>> = [];

  /**
   * Called when a write transaction ends, with its duration from BEGIN to commit or rollback and
   * whether it committed (the write-transaction metric, http/metrics.ts). It must not throw.
   */
  onWriteTransaction?: ((durationMs: number, committed: boolean) => void) | undefined;

  readonly engine: Engine;

  /** Reports a problem that does not stop the server (the listening connection dropped); must not throw. */
  onProblem?: ((message: string, error: Error) => void) | undefined;

  private listener: RevisionListener | null = null;

  constructor(
    readonly read: DataSource,
    readonly write: DataSource,
    private readonly options: DatabaseOptions = {},
  ) {
    this.engine = write.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  /**
   * Connects, runs pending migrations, then `firstStart` (the seed), all under the startup lock on
   * PostgreSQL: a second instance waits, then finds the migrations applied and the seed recorded.
   */
  async initialize<T>(firstStart?: (db: DataSource) => Promise<T>): Promise<T | undefined> {
    await this.write.initialize();
    let result: T | undefined;
    await this.underStartupLock(async () => {
      await migrate(this.write);
      await this.write.createQueryBuilder().insert().into(DataRevision).values({ id: 1, revision: 0 }).orIgnore().execute();
      if (firstStart) result = await firstStart(this.write);
    });
    if (this.read !== this.write) await this.read.initialize();
    this.revisionStatement = null;
    if (this.engine === 'postgres') {
      this.listener = new RevisionListener({
        client: this.options.listen ?? {},
        onRevision: (revision) => this.observe(revision),
        onError: (error) => this.onProblem?.('data revision listener: the connection failed; reconnecting', error),
      });
      await this.listener.start();
    }
    return result;
  }

  /** Runs `work` holding PostgreSQL's startup advisory lock (on its own connection); on SQLite, just runs it. */
  private async underStartupLock(work: () => Promise<void>): Promise<void> {
    if (this.engine !== 'postgres') return work();
    const runner = this.write.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1, $2)', [ADVISORY_LOCKS.class, ADVISORY_LOCKS.startup]);
      try {
        await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, $2)', [ADVISORY_LOCKS.class, ADVISORY_LOCKS.startup]);
      }
    } finally {
      await runner.release();
    }
  }

  /** A revision seen (a notification, a poll, this process's own commit): revisions only go up. */
  private observe(revision: number): void {
    if (revision > this.memo.revision) this.memo = { revision, at: performance.now() };
  }

  /** PostgreSQL: whether the connection listening for other instances' writes is up. */
  get listening(): boolean {
    return this.listener?.connected ?? false;
  }

  private revisionStatement: { get(): unknown } | null = null; // plucks the one column: get() is the number

  /** The revision last read and when (performance.now()): reused for REVISION_MEMO_MS. */
  private memo = { revision: 0, at: -Infinity };

  /**
   * The current data revision. Read on the read connection with a prepared statement: it sees
   * commits from any connection or process. The value read is reused for REVISION_MEMO_MS (under
   * load, many requests share one read), and forgotten as soon as a write transaction of this
   * process commits, so a read after this process's own write always sees it; another process's
   * write (the CLI) is seen within REVISION_MEMO_MS.
   *
   * On PostgreSQL it is the revision last heard (RevisionListener): another instance's commit is
   * seen as soon as its notification arrives, and within REVISION_POLL_MS at worst.
   */
  revision(): number {
    if (this.engine === 'postgres') return this.memo.revision;
    const now = performance.now();
    if (now - this.memo.at < REVISION_MEMO_MS) return this.memo.revision;
    if (!this.revisionStatement) {
      const connection = (this.read.driver as unknown as { databaseConnection: { prepare(sql: string): { pluck(): { get(): unknown } } } }).databaseConnection;
      this.revisionStatement = connection.prepare('SELECT revision FROM data_revision WHERE id = 1').pluck();
    }
    const revision = this.revisionStatement.get() as number;
    this.memo = { revision, at: now };
    return revision;
  }

  /** Work to finish before the connections close, such as writing counts kept in memory. */
  onClose(work: () => Promise<void>): void {
    this.closing.push(work);
  }

  async destroy(): Promise<void> {
    if (this.write.isInitialized) for (const work of this.closing.splice(0)) await work().catch(() => undefined);
    await this.tail.catch(() => undefined);
    await this.listener?.stop();
    this.listener = null;
    if (this.read !== this.write && this.read.isInitialized) await this.read.destroy();
    if (this.write.isInitialized) await this.write.destroy();
  }

  /**
   * Runs `work` in one immediate write transaction; it commits when `work` resolves, rolls back
   * when it throws. It moves the data revision on, unless `bumpRevision` is false (bookkeeping that
   * no read depends on, such as a key's last-use time).
   */
  writeTransaction<T>(work: (manager: EntityManager) => Promise<T>, options: { bumpRevision?: boolean } = {}): Promise<T> {
    const run = this.tail.then(() => this.runImmediate(work, options.bumpRevision ?? true));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async runImmediate<T>(work: (manager: EntityManager) => Promise<T>, bumpRevision: boolean): Promise<T> {
    if (this.engine === 'postgres') return this.runPostgres(work, bumpRevision);
    const runner = this.write.createQueryRunner();
    beginImmediately(runner);
    const started = performance.now();
    let committed = false;
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      // Every committed write moves the data revision on: caches and ETags depend on it.
      if (bumpRevision) await runner.manager.increment(DataRevision, { id: 1 }, 'revision', 1);
      await runner.commitTransaction();
      committed = true;
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
      if (committed && bumpRevision) this.memo.at = -Infinity;
      this.onWriteTransaction?.(performance.now() - started, committed);
    }
  }

  /**
   * PostgreSQL's write transaction: READ COMMITTED, the writes advisory lock first (held to commit),
   * the work, then the revision moved on and NOTIFYed in the same transaction, so other instances
   * hear of it exactly when it commits. Bookkeeping without a revision bump takes no lock (an upsert
   * or a single-row update that reads nothing first).
   */
  private async runPostgres<T>(work: (manager: EntityManager) => Promise<T>, bumpRevision: boolean): Promise<T> {
    const runner = this.write.createQueryRunner();
    const started = performance.now();
    let committed = false;
    let revision: number | null = null;
    try {
      await runner.connect();
      await runner.startTransaction();
      if (bumpRevision) await runner.query('SELECT pg_advisory_xact_lock($1, $2)', [ADVISORY_LOCKS.class, ADVISORY_LOCKS.writes]);
      const result = await work(runner.manager);
      if (bumpRevision) {
        const rows = (await runner.query(
          `WITH moved AS (UPDATE data_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision)
           SELECT revision, pg_notify('${REVISION_CHANNEL}', revision::text) FROM moved`,
        )) as Array<{ revision: number | string }>;
        revision = Number(rows[0]?.revision);
      }
      await runner.commitTransaction();
      committed = true;
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
      if (committed && revision !== null) this.observe(revision);
      this.onWriteTransaction?.(performance.now() - started, committed);
    }
  }
}

/** Runners whose BEGIN is already IMMEDIATE. */
const immediateRunners = new WeakSet<QueryRunner>();

/**
 * TypeORM's SQLite runner opens transactions with a deferred BEGIN; make this runner's BEGIN
 * IMMEDIATE. The better-sqlite3 driver hands out one shared runner per data source (its prepared
 * statement cache lives there), so this wraps it once, not once per transaction.
 */
function beginImmediately(runner: QueryRunner): void {
  if (immediateRunners.has(runner)) return;
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) =>
    query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...(rest as []))) as QueryRunner['query'];
  immediateRunners.add(runner);
}

/**
 * Runs pending migrations the way SQLite asks for schema changes: with foreign keys off (a
 * migration that rebuilds a referenced table would otherwise fail or cascade), each migration in
 * its own transaction, then a foreign_key_check before foreign keys go back on.
 */
export async function migrate(ds: DataSource): Promise<void> {
  if (ds.options.type !== 'better-sqlite3') {
    await ds.runMigrations({ transaction: 'each' });
    return;
  }
  await ds.query('PRAGMA foreign_keys = OFF');
  try {
    await ds.runMigrations({ transaction: 'each' });
    const violations = (await ds.query('PRAGMA foreign_key_check')) as unknown[];
    if (violations.length) throw new Error(`Migrations left ${violations.length} foreign key violations: ${JSON.stringify(violations.slice(0, 5))}`);
  } finally {
    await ds.query('PRAGMA foreign_keys = ON');
  }
}
