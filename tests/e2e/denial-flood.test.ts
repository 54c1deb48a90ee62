import { withDb } from '../support/db';
import { gql, startServer, TestServer } from '../support/server';

/**
 * A flood of refused anonymous writes must not grow the database (each refusal used to
 * store its raw input, in a write of its own that also moved the data revision on and so emptied
 * the response cache). 2,000 refused requests: half of them 25 aliased createAgency calls with an
 * 8,000-character name, half a recordProgress with a 3.6 KB commentary. The database (with its
 * WAL; on PostgreSQL pg_database_size) grows by less than 1 MB, the data revision does not move, a read keeps hitting the cache
 * throughout, and the refusals are counted.
 */
const REQUESTS = 2000;
const ALIASES = 25;
const CONCURRENCY = 16;

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT: 'false', RATE_LIMIT_ANONYMOUS_MAX: '1000000', RATE_LIMIT_MAX: '1000000' } });
});
afterAll(() => server.stop());

const databaseBytes = () => withDb(server.databaseUrl, (db) => db.bytes());

function query<T>(sql: string): Promise<T> {
  return withDb(server.databaseUrl, async (db) => (await db.get<T>(sql))!);
}

test('2,000 refused anonymous writes grow the database by less than 1 MB, and the cache keeps hitting', async () => {
  const read = '{ plan { title pillars { nodes { name } } } }';
  expect((await gql(server.url, read)).headers.get('x-cache')).toBe('miss');
  expect((await gql(server.url, read)).headers.get('x-cache')).toBe('hit');
  const actionId = (await gql(server.url, '{ actions(first: 1) { nodes { id } } }')).body.data.actions.nodes[0].id as string;

  const name = 'N'.repeat(8000);
  const commentary = `Free text of a refused update. ${'C'.repeat(3600)}`;
  const createAgencies = `mutation($name: String!) { ${Array.from({ length: ALIASES }, (_, i) => `a${i}: createAgency(input: { name: $name, kind: ORGANISATION }) { agency { id } }`).join(' ')} }`;
  const recordProgress = `mutation($actionId: ID!, $commentary: String!) { recordProgress(input: { actionId: $actionId, quarter: "2024-25 Q1", status: ON_TRACK, rag: GREEN, commentary: $commentary }) { progressUpdate { id } } }`;

  const sizeBefore = await databaseBytes();
  const revisionBefore = (await query<{ revision: number }>('SELECT revision FROM data_revision')).revision;
  const auditBefore = (await query<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entry')).n;

  let sent = 0;
  const cacheResults: Array<string | null> = [];
  async function worker(): Promise<void> {
    while (sent < REQUESTS) {
      const i = sent++;
      const r = i % 2 === 0 ? await gql(server.url, createAgencies, { name }) : await gql(server.url, recordProgress, { actionId, commentary });
      expect(r.body.errors?.length).toBe(i % 2 === 0 ? ALIASES : 1);
      expect(r.body.errors!.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
      if (i % 100 === 0) cacheResults.push((await gql(server.url, read)).headers.get('x-cache'));
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  expect(cacheResults).toHaveLength(REQUESTS / 100);
  expect(cacheResults.every((c) => c === 'hit')).toBe(true);
  expect((await gql(server.url, read)).headers.get('x-cache')).toBe('hit');
  expect((await query<{ revision: number }>('SELECT revision FROM data_revision')).revision).toBe(revisionBefore);
  expect((await query<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entry')).n).toBe(auditBefore);

  // The refusals are counted (written from memory every few seconds): a handful of rows.
  const expected = (REQUESTS / 2) * ALIASES + REQUESTS / 2;
  const deadline = Date.now() + 15_000;
  let counted = 0;
  while (Date.now() < deadline) {
    counted = (await query<{ n: number | null }>('SELECT SUM("count") AS n FROM denial_count')).n ?? 0;
    if (counted >= expected) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(counted).toBe(expected);
  expect((await query<{ n: number }>('SELECT COUNT(*) AS n FROM denial_count')).n).toBeLessThanOrEqual(4); // two operations, maybe across an hour
  expect((await databaseBytes()) - sizeBefore).toBeLessThan(1_000_000);
  // SQLite: the file's and the WAL's raw bytes; PostgreSQL: every row as text (support/db.ts storedText).
  const stored = await withDb(server.databaseUrl, (db) => db.storedText());
  expect(stored).toContain('Tower Hamlets'); // it reads the data
  expect(stored.includes('N'.repeat(100))).toBe(false);
  expect(stored.includes('C'.repeat(100))).toBe(false);
}, 180_000);
