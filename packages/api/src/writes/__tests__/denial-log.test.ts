import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../db/database';
import { createDatabase } from '../../db/data-source';
import { AppError, ErrorCode } from '../../common/errors';
import type { RequestContext } from '../../context';
import { ActorKind } from '../../auth/actor';
import { AUTHENTICATION, DenialLog, DenialReason, inputDigest } from '../denial-log';

const FREE_TEXT = 'Commentary that must never be stored';
const anonymous = {
  requestId: 'r-anon',
  actor: { kind: ActorKind.ANONYMOUS, id: 'anonymous', name: 'Anonymous', role: null, agencyId: null, pillarId: null },
} as unknown as RequestContext;
const keyed = {
  requestId: 'r-key',
  actor: { kind: ActorKind.API_KEY, id: 'key:7', name: 'Intranet (key abcdefghij)', role: 'reader', agencyId: null, pillarId: null },
} as unknown as RequestContext;
const refusal = new AppError(ErrorCode.UNAUTHENTICATED, 'createAgency needs an API key.');

let db: Database;
beforeEach(async () => {
  db = createDatabase({ database: { type: 'sqlite', file: ':memory:' } });
  await db.initialize();
});
afterEach(() => db.destroy());

const all = (sql: string) => db.read.query(sql) as Promise<Array<Record<string, unknown>>>;

test("a key's refusal is one DENIED audit entry with the input's size and hash, never its values, and the revision stays", async () => {
  const log = new DenialLog(db);
  const input = { name: FREE_TEXT, kind: 'ORGANISATION' };
  await log.record(keyed, 'createAgency', input, new AppError(ErrorCode.FORBIDDEN, 'The reader role may not use createAgency.'), DenialReason.ROLE);
  const rows = await all('SELECT * FROM audit_entry');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    operation: 'DENIED',
    mutation: 'createAgency',
    entityType: 'Denied',
    actorKind: 'API_KEY',
    actorId: 'key:7',
    requestId: 'r-key',
  });
  const digest = inputDigest(input);
  expect(JSON.parse(rows[0].changes as string)).toEqual([
    { field: 'code', before: null, after: 'FORBIDDEN' },
    { field: 'reason', before: null, after: 'ROLE' },
    { field: 'message', before: null, after: 'The reader role may not use createAgency.' },
    { field: 'inputBytes', before: null, after: digest.bytes },
    { field: 'inputSha256', before: null, after: digest.sha256 },
  ]);
  expect(digest.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(rows)).not.toContain(FREE_TEXT);
  expect(db.revision()).toBe(0);
});

test('anonymous refusals are counted: a thousand of them make one row, written at the flush, without moving the revision', async () => {
  const log = new DenialLog(db, { flushIntervalMs: 60_000 });
  const big = { name: FREE_TEXT.repeat(200), kind: 'ORGANISATION' };
  for (let i = 0; i < 999; i++) await log.record(anonymous, 'createAgency', { name: `${FREE_TEXT} ${i}` }, refusal, DenialReason.NO_KEY);
  await log.record(anonymous, 'createAgency', big, refusal, DenialReason.NO_KEY);
  await log.record(anonymous, 'recordProgress', { commentary: FREE_TEXT }, refusal, DenialReason.NO_KEY);
  expect(await all('SELECT * FROM denial_count')).toEqual([]); // not yet written: no write per refusal
  await log.flush();
  const rows = await all('SELECT operation, actorKind, keyPrefix, reason, count, maxInputBytes, lastInputSha256 FROM denial_count ORDER BY operation');
  expect(rows).toEqual([
    {
      operation: 'createAgency',
      actorKind: 'ANONYMOUS',
      keyPrefix: '',
      reason: 'NO_KEY',
      count: 1000,
      maxInputBytes: inputDigest(big).bytes,
      lastInputSha256: inputDigest(big).sha256,
    },
    {
      operation: 'recordProgress',
      actorKind: 'ANONYMOUS',
      keyPrefix: '',
      reason: 'NO_KEY',
      count: 1,
      maxInputBytes: expect.any(Number),
      lastInputSha256: expect.any(String),
    },
  ]);
  expect(await all('SELECT * FROM audit_entry')).toEqual([]);
  expect(db.revision()).toBe(0);

  // Later flushes in the same hour add to the same row.
  await log.record(anonymous, 'createAgency', { name: 'x' }, refusal, DenialReason.NO_KEY);
  await log.flush();
  expect(await all(`SELECT count FROM denial_count WHERE operation = 'createAgency'`)).toEqual([{ count: 1001 }]);
  expect(JSON.stringify(await all('SELECT * FROM denial_count'))).not.toContain(FREE_TEXT);
  const counts = await log.counts(new Date(Date.now() - 3_600_000));
  expect(counts.map((c) => [c.operation, c.count])).toEqual([
    ['createAgency', 1001],
    ['recordProgress', 1],
  ]);
  expect(counts[0].bucket).toBeInstanceOf(Date);
});

test('refused keys are counted per prefix, reason and hour; unknown keys all share one row', async () => {
  let now = new Date('2026-01-01T10:59:59.000Z');
  const log = new DenialLog(db, { now: () => now });
  for (let i = 0; i < 50; i++) log.recordAuthentication(null, DenialReason.KEY_UNKNOWN);
  log.recordAuthentication('abcdefghij', DenialReason.KEY_REVOKED);
  log.recordAuthentication('abcdefghij', DenialReason.KEY_REVOKED);
  now = new Date('2026-01-01T11:00:01.000Z');
  log.recordAuthentication('abcdefghij', DenialReason.KEY_REVOKED);
  await log.flush();
  const rows = await all('SELECT bucket, operation, actorKind, keyPrefix, reason, count, lastInputSha256 FROM denial_count ORDER BY bucket, keyPrefix');
  expect(rows).toEqual([
    {
      bucket: '2026-01-01 10:00:00.000',
      operation: AUTHENTICATION,
      actorKind: 'API_KEY',
      keyPrefix: '',
      reason: 'KEY_UNKNOWN',
      count: 50,
      lastInputSha256: null,
    },
    {
      bucket: '2026-01-01 10:00:00.000',
      operation: AUTHENTICATION,
      actorKind: 'API_KEY',
      keyPrefix: 'abcdefghij',
      reason: 'KEY_REVOKED',
      count: 2,
      lastInputSha256: null,
    },
    {
      bucket: '2026-01-01 11:00:00.000',
      operation: AUTHENTICATION,
      actorKind: 'API_KEY',
      keyPrefix: 'abcdefghij',
      reason: 'KEY_REVOKED',
      count: 1,
      lastInputSha256: null,
    },
  ]);
});

test('counts are written by the timer, and those still in memory when the database closes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdp-denials-'));
  const config = { database: { type: 'sqlite' as const, file: join(dir, 'cdp.sqlite') } };
  try {
    const onFile = createDatabase(config);
    await onFile.initialize();
    const log = new DenialLog(onFile, { flushIntervalMs: 20 });
    log.recordAuthentication(null, DenialReason.KEY_EXPIRED);
    await new Promise((r) => setTimeout(r, 150));
    expect(await onFile.read.query('SELECT count FROM denial_count')).toEqual([{ count: 1 }]);
    log.recordAuthentication(null, DenialReason.KEY_EXPIRED);
    await onFile.destroy();

    const reopened = createDatabase(config);
    await reopened.initialize();
    expect(await reopened.read.query('SELECT count FROM denial_count')).toEqual([{ count: 2 }]);
    await reopened.destroy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
