import { open, stat } from 'node:fs/promises';
import type { Database } from '../db/database';

export type Readiness = { ready: true } | { ready: false; reason: string };

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Whether the server can serve: the database answers and its schema is the one this code expects.
 *
 * A query alone would not tell: in WAL mode a connection keeps its page cache while the WAL index
 * says nothing changed, and pages still in the WAL are read from there, so a connection goes on
 * answering from a file that was overwritten, or moved away and replaced (measured: SELECTs on the
 * open connection, and even on a fresh one while the WAL holds page 1, succeed). So the check
 *  1. reads the file's header from disk (the bytes SQLite checks when it opens a file);
 *  2. checks that the path still names the file the server opened (same device and inode), since
 *     the server's connections keep writing to a file that was moved away or deleted;
 *  3. reads the applied migrations on the read connection (the connection answers) and compares
 *     them with the ones this code knows: a pending one, or one this code does not know (a newer
 *     schema, after a downgrade without restoring a backup), is not ready.
 * On PostgreSQL there is no file: 3 applies, and the connection that listens for other instances'
 * writes must be up (without it this instance's cache could go on answering from a revision another
 * instance has moved past). An in-memory database (tests) has no file: only 3 applies. A full integrity check reads the whole
 * file and is too slow for a probe; `sqlite3 <file> 'PRAGMA integrity_check'` is for operators.
 */
export async function createReadinessCheck(database: Database, file: string | null): Promise<() => Promise<Readiness>> {
  const identity = file
    ? await stat(file).then(
        (s) => ({ dev: s.dev, ino: s.ino }),
        () => null,
      )
    : null;
  const known = database.write.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const table = database.write.options.migrationsTableName ?? 'migrations';

  return async () => {
    if (file) {
      const header = Buffer.alloc(SQLITE_HEADER.length);
      try {
        const handle = await open(file, 'r');
        try {
          await handle.read(header, 0, header.length, 0);
          const now = await handle.stat();
          if (!identity || now.dev !== identity.dev || now.ino !== identity.ino)
            return { ready: false, reason: 'the database file was replaced or moved since the server opened it' };
        } finally {
          await handle.close();
        }
      } catch (error) {
        return { ready: false, reason: `the database file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
      }
      if (!header.equals(SQLITE_HEADER)) return { ready: false, reason: 'the database file is not a SQLite database' };
    }

    let applied: string[];
    try {
      applied = ((await database.read.query(`SELECT name FROM "${table}"`)) as Array<{ name: string }>).map((row) => row.name);
    } catch {
      return { ready: false, reason: 'the database does not answer' };
    }
    if (database.engine === 'postgres' && !database.listening)
      return { ready: false, reason: "the connection that listens for other instances' writes is down (reconnecting)" };
    const pending = known.filter((name) => !applied.includes(name));
    if (pending.length) return { ready: false, reason: `migrations pending: ${pending.join(', ')}` };
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length) return { ready: false, reason: `the database has migrations this version does not know: ${unknown.join(', ')}` };
    return { ready: true };
  };
}
