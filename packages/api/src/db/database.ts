import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DataRevision } from './revision.entity';

/**
 * How long a data revision read is reused (milliseconds): the longest another process's write
 * (the CLI, a second server on the same file) can go unseen by this one's cache and ETags.
 */
export const REVISION_MEMO_MS = 1;

/**
 * The database as the API uses it: a read side and a write side.
 *
 * On SQLite they are two connections to one file. TypeORM's SQLite driver has one connection per
 * DataSource, so concurrent transactions on it would interleave; instead every write runs on the
 * write connection, one transaction at a time (an in-process queue), as BEGIN IMMEDIATE so that
 * the write lock is taken before the first read (another process, such as the CLI, waits on
 * busy_timeout rather than failing half way). Reads run on the read connection and, in WAL mode,
 * see only committed data.
 */
export class Database {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly closing: Array<() => Promise<void>> = [];

  /**
   * Called when a write transaction ends, with its duration from BEGIN to commit or rollback and
   * whether it committed (the write-transaction metric, http/metrics.ts). It must not throw.
   */
  onWriteTransaction?: ((durationMs: number, committed: boolean) => void) | undefined;

  constructor(
    readonly read: DataSource,
    readonly write: DataSource,
  ) {}

  async initialize(): Promise<void> {
    await this.write.initialize();
    await migrate(this.write);
    await this.write.createQueryBuilder().insert().into(DataRevision).values({ id: 1, revision: 0 }).orIgnore().execute();
    if (this.read !== this.write) await this.read.initialize();
    this.revisionStatement = null;
  }

  private revisionStatement: { get(): unknown } | null = null; // plucks the one column: get() is the number

  /** The revision last read and when (performance.now()): reused for REVISION_MEMO_MS. */
  private memo = { revision: 0, at: -Infinity };

  /**
   * The current data revision. Read on the read connection with a prepared statement: it sees
   * commits from any connection or process. The value read is reused for REVISION_MEMO_MS (under
   * load, many requests share one read), and forgotten as soon as a write transaction of this
   * process commits, so a read after this process's own write always sees it; another process's
   * write (the CLI) is seen within REVISION_MEMO_MS. SQLite only.
   */
  revision(): number {
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
