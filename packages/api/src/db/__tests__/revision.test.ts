import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Database, REVISION_MEMO_MS } from '../database';
import { createDatabase } from '../data-source';

/** The data revision the cache and ETags follow: reused for a moment, never past this process's own write. */
describe('Database.revision()', () => {
  let dir: string;
  let db: Database;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdp-revision-'));
    db = createDatabase({ database: { type: 'sqlite', file: join(dir, 'cdp.sqlite') } });
    await db.initialize();
  });
  afterEach(async () => {
    jest.useRealTimers();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a write of this process is seen by the very next read, even inside the reuse window', async () => {
    // The clock stands still (only performance.now() is faked): the reuse window never ends by itself.
    jest.useFakeTimers({
      doNotFake: [
        'Date',
        'hrtime',
        'nextTick',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    const before = db.revision();
    await db.writeTransaction(async () => undefined);
    expect(db.revision()).toBe(before + 1);
    await db.writeTransaction(async () => undefined);
    expect(db.revision()).toBe(before + 2);
  });

  test('bookkeeping writes (bumpRevision: false) leave it as it was', async () => {
    const before = db.revision();
    await db.writeTransaction(async () => undefined, { bumpRevision: false });
    expect(db.revision()).toBe(before);
  });

  test("another process's write is seen once the reuse window has passed", async () => {
    const before = db.revision();
    const other = new BetterSqlite3(join(dir, 'cdp.sqlite'));
    other.prepare('UPDATE data_revision SET revision = revision + 1 WHERE id = 1').run();
    other.close();
    await new Promise((resolve) => setTimeout(resolve, REVISION_MEMO_MS + 5));
    expect(db.revision()).toBe(before + 1);
  });
});
