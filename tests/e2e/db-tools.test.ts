/**
 * `pnpm cli db copy|backup|restore` (packages/api/src/cli/db-tools.ts) against real servers.
 *
 * The copy: a CDP on SQLite with history (action updates, progress updates, an idempotent retry, a
 * refused write, API keys) is copied into a fresh database of the engine under test (SQLite on the
 * SQLite pass, PostgreSQL on the PostgreSQL pass); a server on each then gives the same answers,
 * byte for byte, to the whole-tree query, history(id:) of a changed action and changes, and the
 * same keys work on the copy. A second copy onto it is refused; --force replaces it.
 *
 * Backup and restore: SQLite's (a backup taken while the server writes is consistent and
 * restorable; a file that is not an SQLite database is refused; so is a restore while the server
 * runs); on PostgreSQL the commands print pg_dump and pg_restore instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangesDocument, ConflictError, ForbiddenError, HistoryDocument, PlanDocument } from '@cdp/sdk';
import { connect, type Api } from '../support/api';
import { openDb, sqliteFileOf } from '../support/db';
import { globalId } from '../support/ids';
import { CLI_MAIN, createKey, describeOnSqlite, ENGINE, startServer, tempDatabase, type TestServer } from '../support/server';

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm cli <args>` (asynchronously: a server this test drives keeps being served meanwhile). */
function cli(args: string[], databaseUrl?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_MAIN, ...args], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The raw bytes of a GraphQL answer: what the comparison between the two servers compares. */
async function answerText(server: TestServer, document: { toString(): string }, variables: Record<string, unknown>, key: string): Promise<string> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const text = await res.text();
  expect({ status: res.status, errors: (JSON.parse(text) as { errors?: unknown }).errors }).toEqual({ status: 200, errors: undefined });
  return text;
}

/** A JSON value with object keys sorted and arrays sorted by their elements' text: order-independent. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).sort().join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdp-db-tools-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const ACTION = globalId('Action', 3);
const OTHER_ACTION = globalId('Action', 5);

describe(`db copy: a SQLite CDP with history into a fresh ${ENGINE} database`, () => {
  const source = `sqlite:${join(tempDir(), 'source.sqlite')}`;
  let admin: string;
  let editor: string;
  let target: string;

  beforeAll(async () => {
    const server = await startServer({ databaseUrl: source });
    try {
      admin = createKey(source, { role: 'admin', name: 'Copy tests' });
      editor = createKey(source, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' });
      const api = connect(server, admin);
      let version = (await api.client.action(ACTION))!.version;
      for (const target of ['Support 40 women a quarter', 'Support 45 women a quarter'])
        version = (await api.client.updateAction({ id: ACTION, expectedVersion: version, target })).action.version;
      // The same update retried with its idempotency key: one write, one idempotency record.
      const retry = { id: OTHER_ACTION, expectedVersion: (await api.client.action(OTHER_ACTION))!.version, text: 'Reworded once', idempotencyKey: 'copy-test-1' };
      await api.client.updateAction(retry);
      expect((await api.client.updateAction(retry)).replayed).toBe(true);
      await expect(api.client.updateAction({ id: ACTION, expectedVersion: 1, target: 'stale' })).rejects.toBeInstanceOf(ConflictError);
      for (const [quarter, status, rag] of [
        ['2024-25 Q1', 'ON_TRACK', 'GREEN'],
        ['2024-25 Q2', 'AT_RISK', 'AMBER'],
      ] as const)
        await api.client.recordProgress({ actionId: ACTION, quarter, status, rag, commentary: `Progress in ${quarter}`, percentComplete: quarter.endsWith('1') ? 25 : 40 });
      // A refused write without a key: a denial count.
      const refused = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { updateAction(input: { id: "${ACTION}", expectedVersion: 1, text: "x" }) { action { id } } }` }),
      });
      expect(refused.status).toBe(200);
    } finally {
      await server.stop();
    }
    target = await tempDatabase('new');
  });

  test('copies every table in one verified transaction; both servers answer the same, byte for byte, and the keys work on the copy', async () => {
    const copied = await cli(['db', 'copy', '--from', source, '--to', target]);
    expect({ status: copied.status, stderr: copied.stderr }).toEqual({ status: 0, stderr: '' });
    for (const table of ['plan', 'action', 'audit_entry', 'api_key', 'idempotency_record', 'denial_count', 'progress_update', 'seed_run', 'data_revision'])
      expect(copied.stdout).toMatch(new RegExp(`^  ${table} +[1-9][\\d,]* +[0-9a-f]{64}$`, 'm'));
    expect(copied.stdout).toContain('one transaction, each table');

    const [a, b] = [await startServer({ databaseUrl: source }), await startServer({ databaseUrl: target })];
    try {
      for (const [document, variables] of [
        [PlanDocument, {}],
        [HistoryDocument, { id: ACTION, first: 100 }],
        [ChangesDocument, { first: 100 }],
      ] as const) {
        const [fromSource, fromCopy] = [await answerText(a, document, variables, admin), await answerText(b, document, variables, admin)];
        expect(sortedJson(JSON.parse(fromCopy))).toBe(sortedJson(JSON.parse(fromSource)));
        expect(fromCopy).toBe(fromSource);
      }
      const history = (await connect(b, admin).client.history({ id: ACTION, first: 100 })).nodes;
      expect(history.map((e) => e.operation)).toEqual(expect.arrayContaining(['UPDATE']));
      expect(history.length).toBeGreaterThanOrEqual(4);
      const changes = await connect(b, admin).client.changes({ first: 100 });
      expect(changes.nodes.map((e) => e.entityType)).toEqual(expect.arrayContaining(['Action', 'ProgressUpdate', 'ApiKey']));

      // The keys, by their hashes: the admin writes on the copy (a fresh audit id after the copied ones), the editor within its scope.
      const onCopy: Api = connect(b, admin);
      const current = (await onCopy.client.action(ACTION))!;
      const updated = await onCopy.client.updateAction({ id: ACTION, expectedVersion: current.version, target: 'Written on the copy' });
      expect(updated.action.version).toBe(current.version + 1);
      const after = await onCopy.client.changes({ first: 100 });
      expect(after.totalCount).toBe(changes.totalCount + 1);
      expect(new Set(after.nodes.map((e) => e.id)).size).toBe(after.nodes.length);
      // The editor's key is known on the copy (refused for its role, not as unknown).
      await expect(connect(b, editor).client.apiKeys()).rejects.toBeInstanceOf(ForbiddenError);
      const keys = (await onCopy.client.apiKeys()).map((k) => k.name).sort();
      expect(keys).toEqual(['Copy tests', 'RESET case system']);
      const unknown = await fetch(b.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.slice(0, -4)}AAAA` },
        body: JSON.stringify({ query: '{ apiKeys { id } }' }),
      });
      expect(((await unknown.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test('a copy onto a database with rows is refused and changes nothing; --force replaces its rows', async () => {
    const db = await openDb(target);
    const count = async (table: string): Promise<number> => (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n;
    try {
      const before = { audit: await count('audit_entry'), keys: await count('api_key') };
      const refused = await cli(['db', 'copy', '--from', source, '--to', target]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^The target is not empty: [\d,]+ rows in \d+ tables \(.*audit_entry \d+.*\)\. Nothing was copied\. Pass --force/);
      expect({ audit: await count('audit_entry'), keys: await count('api_key') }).toEqual(before);

      // The source moves on (a third key, audited), then replaces the copy.
      createKey(source, { role: 'reader', name: 'Intranet' });
      const forced = await cli(['db', 'copy', '--from', source, '--to', target, '--force']);
      expect({ status: forced.status, stderr: forced.stderr }).toEqual({ status: 0, stderr: '' });
      expect(forced.stdout).toMatch(/rows the target had were replaced \(--force\)/);
      const sourceDb = await openDb(source);
      try {
        // Columns that read alike on both engines (support/db.ts prints timestamps and JSON each its own way).
        for (const [table, columns] of [
          ['api_key', 'id, name, role, prefix, "secretHash", "agencyId"'],
          ['audit_entry', 'id, "entityType", "entityId", operation, version, "actorName"'],
          ['action', 'id, version, text, target, status'],
        ] as const)
          expect({ table, rows: await db.all(`SELECT ${columns} FROM ${table} ORDER BY id`) }).toEqual({
            table,
            rows: await sourceDb.all(`SELECT ${columns} FROM ${table} ORDER BY id`),
          });
      } finally {
        await sourceDb.close();
      }
      // The copy made on the copy is gone: it is the source's again.
      expect(await count('api_key')).toBe(3);
    } finally {
      await db.close();
    }
  });
});

describeOnSqlite('db backup and db restore', 'SQLite’s online backup API; on PostgreSQL the commands print pg_dump and pg_restore (tested below)', () => {
  test('a backup taken while the server writes is consistent, and restores with the replaced database kept', async () => {
    const databaseUrl = await tempDatabase('seeded');
    const file = sqliteFileOf(databaseUrl);
    const backup = join(tempDir(), 'backup.sqlite');
    let server = await startServer({ databaseUrl });
    const key = createKey(databaseUrl, { role: 'admin', name: 'Backup tests' });
    let api = connect(server, key);
    const ids = [1, 2, 3, 4, 5, 6].map((n) => globalId('Action', n));
    const versions = new Map<string, number>();
    for (const id of ids) versions.set(id, (await api.client.action(id))!.version);
    let acknowledged = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const id = ids[i % ids.length]!;
        const { action } = await api.client.updateAction({ id, expectedVersion: versions.get(id)!, text: `Written while backing up, ${i}` });
        versions.set(id, action.version);
        acknowledged++;
      }
    })();
    try {
      while (acknowledged < 20) await new Promise((r) => setTimeout(r, 10));
      const atStart = acknowledged;
      const result = await cli(['db', 'backup', backup], databaseUrl);
      const atEnd = acknowledged;
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Backed up .* to .*backup\.sqlite: [\d,]+ bytes, PRAGMA integrity_check ok, \d+ migrations, data revision \d+/);
      while (acknowledged < atEnd + 10) await new Promise((r) => setTimeout(r, 10));
      writing = false;
      await writer;

      // Consistent: every action's version is one more than its audited updates, every write
      // acknowledged before the backup began is in it, and the server went on writing after it.
      const db = await openDb(`sqlite:${backup}`);
      try {
        let updates = 0;
        for (const id of ids) {
          const row = Number(Buffer.from(id, 'base64').toString().split(':')[1]);
          const { version } = (await db.get<{ version: number }>('SELECT version FROM action WHERE id = ?', [row]))!;
          const { n } = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_entry WHERE "entityType" = 'Action' AND "entityId" = ? AND operation = 'UPDATE'`, [row]))!;
          expect({ id, updates: n }).toEqual({ id, updates: version - 1 });
          updates += n;
        }
        expect(updates).toBeGreaterThanOrEqual(atStart);
        expect(updates).toBeLessThan(acknowledged);
      } finally {
        await db.close();
      }

      const refused = await cli(['db', 'restore', backup], databaseUrl);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/is open in another process .*stop the server/);

      await server.stop();
      const restored = await cli(['db', 'restore', backup], databaseUrl);
      expect({ status: restored.status, stderr: restored.stderr }).toEqual({ status: 0, stderr: '' });
      const kept = /kept as (\S+)\.$/m.exec(restored.stdout)?.[1];
      expect(kept).toBeDefined();
      expect(existsSync(kept!)).toBe(true);
      expect(statSync(kept!).size).toBeGreaterThan(0);
      expect(existsSync(`${file}-wal`)).toBe(false);

      server = await startServer({ databaseUrl });
      api = connect(server, key);
      const backupDb = await openDb(`sqlite:${backup}`);
      try {
        for (const id of ids) {
          const row = Number(Buffer.from(id, 'base64').toString().split(':')[1]);
          const { version } = (await backupDb.get<{ version: number }>('SELECT version FROM action WHERE id = ?', [row]))!;
          expect({ id, version: (await api.client.action(id))!.version }).toEqual({ id, version });
        }
      } finally {
        await backupDb.close();
      }
      // The restored database takes writes, through the key it holds.
      const first = (await api.client.action(ids[0]!))!;
      await api.client.updateAction({ id: ids[0]!, expectedVersion: first.version, text: 'After the restore' });
    } finally {
      writing = false;
      await writer.catch(() => undefined);
      await server.stop();
    }
  });

  test('a backup onto an existing file is refused unless --force; a restore of a file that is not an SQLite database is refused', async () => {
    const databaseUrl = await tempDatabase('seeded');
    const server = await startServer({ databaseUrl });
    await server.stop();
    const dir = tempDir();
    const existing = join(dir, 'taken.sqlite');
    writeFileSync(existing, 'something else');
    const refused = await cli(['db', 'backup', existing], databaseUrl);
    expect({ status: refused.status, stderr: refused.stderr.trim() }).toEqual({ status: 1, stderr: `${existing} exists; pass --force to overwrite it, or name a new file.` });
    expect((await cli(['db', 'backup', existing, '--force'], databaseUrl)).status).toBe(0);

    const before = statSync(sqliteFileOf(databaseUrl)).mtimeMs;
    const text = join(dir, 'plan.csv');
    writeFileSync(text, 'id,text\n1,An action\n');
    const notSqlite = await cli(['db', 'restore', text], databaseUrl);
    expect({ status: notSqlite.status, stderr: notSqlite.stderr.trim() }).toEqual({
      status: 1,
      stderr: `The backup ${text} is not an SQLite database: it does not start with the SQLite header.`,
    });
    const dump = join(dir, 'cdp.dump');
    writeFileSync(dump, Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(64)]));
    expect((await cli(['db', 'restore', dump], databaseUrl)).stderr).toMatch(/is a PostgreSQL archive \(pg_dump -Fc\): restore it with pg_restore/);
    expect(statSync(sqliteFileOf(databaseUrl)).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['cdp.dump', 'plan.csv', 'taken.sqlite']);
  });
});

test('on PostgreSQL, db backup and db restore print the pg_dump and pg_restore commands, the password masked', async () => {
  const url = 'postgres://cdp:hunter2@db.example.org:5432/cdp?sslmode=require';
  const backup = await cli(['db', 'backup', '/var/backups/cdp.dump'], url);
  expect(backup.status).toBe(1);
  expect(backup.stderr).toContain(`pg_dump -Fc --no-owner -f /var/backups/cdp.dump 'postgres://cdp:***@db.example.org:5432/cdp?sslmode=require'`);
  const restore = await cli(['db', 'restore', '/var/backups/cdp.dump'], url);
  expect(restore.status).toBe(1);
  expect(restore.stderr).toContain(`pg_restore --clean --if-exists --no-owner --single-transaction -d 'postgres://cdp:***@db.example.org:5432/cdp?sslmode=require' /var/backups/cdp.dump`);
  expect(backup.stderr + restore.stderr).not.toContain('hunter2');
});
