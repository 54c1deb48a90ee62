/**
 * Several API instances on one database (issue 12, "Several API instances on one database"): three
 * API processes started at once on one fresh, empty database, as a load balancer would run them.
 *
 * - they all become ready, and migrate and load the first-start seed exactly once;
 * - a write through one instance is read through the others on the very next request, with their
 *   response caches warm (a stale cached answer would be served if they missed the new revision);
 * - 20 concurrent updates with one expectedVersion spread over the three give exactly one success;
 * - SIGKILL of one instance during a burst of writes loses no acknowledged write or its audit entry,
 *   leaves nothing half-written, and the others keep serving;
 * - a key revoked through one instance is refused by the others on the next request; a revision
 *   bumped without a notification (the bound when one is lost) is seen within REVISION_POLL_MS;
 * - rate limits are per instance (a key gets up to N × RATE_LIMIT_MAX per window across N).
 *
 * On PostgreSQL (CDP_TEST_ENGINE=postgres, or TEST_DATABASE_URL set and CDP_TEST_ENGINE unset) each
 * group gets a database of its own made with CREATE DATABASE on TEST_DATABASE_URL's server and
 * dropped after. On SQLite the same scenarios run with three processes on one file (WAL lets them
 * share it); only the LISTEN/NOTIFY ones (a notification lost, the listening connection dropped)
 * are PostgreSQL's alone and skipped there.
 *
 * The database is read directly (pg or better-sqlite3) to count rows: what is in the tables is the
 * subject, whatever the API says.
 */
import { spawn } from 'node:child_process';
import SqliteDatabase from 'better-sqlite3';
import { Client } from 'pg';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '@cdp/api/dist/db/migrations';
import { REVISION_POLL_MS } from '@cdp/api/dist/db/revision-listener';
import type { TypedDocument } from '@cdp/sdk';
import { post, type ResultOf, type Response as GraphQLResponse } from '../support/api';
import { graphql } from '../support/generated';
import { rowId } from '../support/ids';
import { restClient, type RestResponse } from '../support/rest';
import { bearer, CLI_MAIN, startServer, tempDatabaseFile, type TestServer } from '../support/server';

// ---- The engine -----------------------------------------------------------------------------

const ENGINE_VARIABLE = (process.env.CDP_TEST_ENGINE ?? '').trim().toLowerCase();
const ADMIN_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
/** CDP_TEST_ENGINE decides when set; unset, a TEST_DATABASE_URL means PostgreSQL. */
const ON_POSTGRES = ENGINE_VARIABLE === 'postgres' || ENGINE_VARIABLE === 'postgresql' || (ENGINE_VARIABLE === '' && ADMIN_URL !== undefined);
if (ON_POSTGRES && !ADMIN_URL)
  throw new Error('CDP_TEST_ENGINE=postgres needs TEST_DATABASE_URL: a PostgreSQL server where CREATE DATABASE is allowed, e.g. postgres://postgres@127.0.0.1:5432/postgres');
const ENGINE = ON_POSTGRES ? 'postgres' : 'sqlite';
/** PostgreSQL's scenarios only (LISTEN/NOTIFY): skipped on SQLite, with the reason in the name. */
const testOnPostgres = ON_POSTGRES ? test : test.skip;
const POSTGRES_ONLY = ON_POSTGRES ? '' : ' [PostgreSQL only: LISTEN/NOTIFY; skipped on SQLite]';

const INSTANCES = 3;
const SEED_ACTIONS = 156;
const SEED_LOG = 'loaded the Tower Hamlets 2024-25 plan';
/** How many times each value occurs. */
function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- The shared database, read directly ------------------------------------------------------

/** SQL on the instances' database, from outside them. `$1`-style parameters on both engines. */
interface Sql {
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** The one number the query selects (a count). */
  number(text: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

function postgresSql(url: string): Sql {
  let client: Client | null = null;
  const connected = async () => {
    if (!client) {
      client = new Client({ connectionString: url, application_name: 'cdp-multi-instance-test' });
      await client.connect();
    }
    return client;
  };
  const sql: Sql = {
    rows: async <T>(text: string, params: unknown[] = []) => (await (await connected()).query(text, params)).rows as T[],
    number: async (text, params) => Number(Object.values((await sql.rows(text, params))[0] ?? {})[0]),
    close: async () => {
      await client?.end();
      client = null;
    },
  };
  return sql;
}

function sqliteSql(file: string): Sql {
  let db: SqliteDatabase.Database | null = null;
  const open = () => {
    if (!db) {
      db = new SqliteDatabase(file);
      db.pragma('busy_timeout = 5000');
    }
    return db;
  };
  const sql: Sql = {
    rows: async <T>(text: string, params: unknown[] = []) => {
      const statement = open().prepare(text.replace(/\$\d+/g, '?'));
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
    },
    number: async (text, params) => Number(Object.values((await sql.rows(text, params))[0] ?? {})[0]),
    close: async () => {
      db?.close();
      db = null;
    },
  };
  return sql;
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The URL of database `name` on TEST_DATABASE_URL's server. */
function urlOf(name: string): string {
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onAdmin(work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

// ---- Three instances on one database ----------------------------------------------------------

interface Cluster {
  /** The instances, A, B and C. */
  servers: TestServer[];
  /** The DATABASE_URL they were given. */
  databaseUrl: string;
  sql: Sql;
  /** How long the three took to start together (milliseconds, until each logged "listening on"). */
  startMs: number;
  close(): Promise<void>;
}

let clusters = 0;

/**
 * A fresh, empty database (PostgreSQL: CREATE DATABASE; SQLite: a new file) and three API
 * processes started on it at once, with the default first-start seed.
 */
async function startCluster(env: Record<string, string> = {}): Promise<Cluster> {
  clusters += 1;
  let databaseUrl: string;
  let sql: Sql;
  let drop: () => Promise<void>;
  if (ON_POSTGRES) {
    const name = `cdp_multi_instance_${process.pid}_${clusters}`;
    await onAdmin((c) => c.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
    databaseUrl = urlOf(name);
    sql = postgresSql(databaseUrl);
    drop = () => onAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  } else {
    const file = tempDatabaseFile();
    databaseUrl = `sqlite:${file}`;
    sql = sqliteSql(file);
    drop = async () => undefined; // support/server.ts removes its temporary directories at exit
  }
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: INSTANCES }, () => startServer({ env: { ...env, DATABASE_URL: databaseUrl } })));
  const startMs = performance.now() - started;
  const servers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const close = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await sql.close();
    await drop();
  };
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  if (failed.length) {
    await close();
    throw new Error(`${failed.length} of ${INSTANCES} instances failed to start on one ${ENGINE} database:\n${failed.join('\n---\n')}`);
  }
  return { servers, databaseUrl, sql, startMs, close };
}

/** Runs the CLI (packages/api/dist/cli) on the cluster's database; its output, or a thrown error. */
function cli(databaseUrl: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_MAIN, ...args], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`cli ${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

/** A key made with the CLI (`keys create`), as an operator does: its secret and global ID. */
async function createKey(databaseUrl: string, role: string, name: string): Promise<{ secret: string; id: string }> {
  const out = await cli(databaseUrl, ['keys', 'create', '--role', role, '--name', name]);
  const secret = /cdp_[a-z0-9]{10}_[A-Za-z0-9_-]{43}/.exec(out)?.[0];
  const id = /^Created (\S+)/m.exec(out)?.[1];
  if (!secret || !id) throw new Error(`keys create printed no key:\n${out}`);
  return { secret, id };
}

const prefixOf = (secret: string) => secret.split('_')[1];

// ---- Requests --------------------------------------------------------------------------------

const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/** A GraphQL read as GET (the cacheable form: ETag, If-None-Match, x-cache). */
async function graphqlGet<TData, TVariables>(
  server: TestServer,
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData> & { text: string }> {
  const query = `query=${encodeURIComponent(document.toString())}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const res = await fetch(`${server.url}?${query}`, { headers: { ...PREFLIGHT, ...headers } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? (JSON.parse(text) as GraphQLResponse<TData>['body']) : {} };
}

const ACTIONS = graphql(`
  query MultiInstanceActions($after: String) {
    actions(first: 100, after: $after) {
      nodes {
        id
        version
        text
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ACTION = graphql(`
  query MultiInstanceAction($id: ID!) {
    action(id: $id) {
      id
      version
      text
    }
  }
`);
const ACTION_HISTORY = graphql(`
  query MultiInstanceActionHistory($id: ID!) {
    action(id: $id) {
      version
      text
    }
    history(id: $id) {
      totalCount
    }
  }
`);
const UPDATE = graphql(`
  mutation MultiInstanceUpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        id
        version
        text
      }
    }
  }
`);
const RECORD_PROGRESS = graphql(`
  mutation MultiInstanceRecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      progressUpdate {
        id
        commentary
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation MultiInstanceRevokeKey($input: ApiKeyIdInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);
const PLAN_TITLE = graphql(`
  query MultiInstancePlanTitle {
    plan {
      title
    }
  }
`);

type ActionNode = { id: string; version: number; text: string };

/** Every action, through `server` (pages of 100). */
async function allActions(server: TestServer): Promise<ActionNode[]> {
  const out: ActionNode[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: GraphQLResponse<ResultOf<typeof ACTIONS>> = await post(server.url, ACTIONS, { after });
    expect(body.errors).toBeUndefined();
    out.push(...body.data!.actions.nodes);
    if (!body.data!.actions.pageInfo.hasNextPage) return out;
    after = body.data!.actions.pageInfo.endCursor;
  }
}

/** The code of a GraphQL answer's first error (undefined without one). */
const codeOf = (res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => res.body.errors?.[0]?.extensions?.code as string | undefined;

// ---- 1 and 6: starting together; readiness; rate limits --------------------------------------

describe(`three instances started at once on one empty ${ENGINE} database`, () => {
  const RATE_LIMIT_MAX = 10;
  let cluster: Cluster;
  beforeAll(async () => {
    // A small per-key limit for the rate-limit test; nothing else here sends a key.
    cluster = await startCluster({ RATE_LIMIT_MAX: String(RATE_LIMIT_MAX) });
  }, 60_000);
  afterAll(() => cluster?.close());

  test('all three become ready; the seed is loaded once (one seed_run, 156 actions, one instance says so); each migration ran once', async () => {
    const { servers, sql } = cluster;
    for (const server of servers) {
      const res = await fetch(`${server.origin}/readyz`);
      expect({ origin: server.origin, status: res.status, body: await res.json() }).toEqual({ origin: server.origin, status: 200, body: { status: 'ok' } });
    }
    expect(await sql.number('SELECT count(*) FROM seed_run')).toBe(1);
    expect(await sql.number('SELECT count(*) FROM action')).toBe(SEED_ACTIONS);
    expect(await sql.number('SELECT count(*) FROM partnership')).toBe(1);
    const saidSo = servers.filter((s) => s.output().includes(SEED_LOG));
    expect(saidSo).toHaveLength(1);
    // Every instance serves the one plan.
    for (const server of servers) expect((await allActions(server)).length).toBe(SEED_ACTIONS);

    const known = (ON_POSTGRES ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS).map((m) => m.name).sort();
    const ran = await sql.rows<{ name: string; runs: number | string }>('SELECT name, count(*) AS runs FROM migrations GROUP BY name ORDER BY name');
    expect(ran.map((r) => ({ name: r.name, runs: Number(r.runs) }))).toEqual(known.map((name) => ({ name, runs: 1 })));
    console.info(`multi-instance (${ENGINE}): ${INSTANCES} instances started together in ${Math.round(cluster.startMs)} ms`);
  });

  test('rate limits are per instance: a key gets RATE_LIMIT_MAX on each, so N × RATE_LIMIT_MAX per window across N instances', async () => {
    const { servers, databaseUrl } = cluster;
    const key = await createKey(databaseUrl, 'reader', 'Rate limit probe');
    const statuses: number[][] = [];
    for (const server of servers) {
      const row: number[] = [];
      for (let i = 0; i <= RATE_LIMIT_MAX; i++) row.push((await post(server.url, PLAN_TITLE, {}, bearer(key.secret))).status);
      statuses.push(row);
    }
    const each = [...Array<number>(RATE_LIMIT_MAX).fill(200), 429];
    expect(statuses).toEqual(servers.map(() => each));
    // Probes are never limited, so a limited key does not make an instance look unhealthy.
    for (const server of servers) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
  });
});

// ---- 2 and 3: reads after writes, concurrent updates ------------------------------------------

describe(`writes through one instance, reads and conflicts through the others (${ENGINE})`, () => {
  let cluster: Cluster;
  let admin: { secret: string; id: string };
  let reader: { secret: string; id: string };
  let actions: ActionNode[];
  beforeAll(async () => {
    cluster = await startCluster();
    [admin, reader] = await Promise.all([createKey(cluster.databaseUrl, 'admin', 'Multi-instance admin'), createKey(cluster.databaseUrl, 'reader', 'Multi-instance reader')]);
    actions = await allActions(cluster.servers[0]);
  }, 60_000);
  afterAll(() => cluster?.close());

  test('a write through one instance is read through the other two on the very next request, with their caches warm (20 rounds, GraphQL and REST)', async () => {
    const { servers } = cluster;
    const action = actions[0];
    let version = action.version;
    const ROUNDS = 20;
    for (let round = 0; round < ROUNDS; round++) {
      const writer = servers[round % INSTANCES];
      const readers = servers.filter((s) => s !== writer);
      // Each reader reads twice before the write (GraphQL as GET, REST): the second answer is a
      // cache hit, so a reader that missed the new revision would serve that same cached answer.
      const warm = await Promise.all(
        readers.map(async (server, i) => {
          const headers = i === 0 ? {} : bearer(reader.secret); // an anonymous reader and a keyed one
          const rest = restClient(server.origin, i === 0 ? undefined : reader.secret);
          await graphqlGet(server, ACTION, { id: action.id }, headers);
          await rest('GET', `/actions/${action.id}`);
          const g = await graphqlGet(server, ACTION, { id: action.id }, headers);
          const r = await rest('GET', `/actions/${action.id}`);
          expect({ round, graphql: g.headers.get('x-cache'), rest: r.headers.get('x-cache') }).toEqual({ round, graphql: 'hit', rest: 'hit' });
          expect(g.body.data!.action!.version).toBe(version);
          return { server, headers, rest, graphqlEtag: g.headers.get('etag')!, restEtag: r.headers.get('etag')! };
        }),
      );

      // The write: GraphQL's updateAction on even rounds, REST's PATCH on odd ones.
      const text = `Round ${round} through instance ${servers.indexOf(writer)}`;
      if (round % 2 === 0) {
        const res = await post(writer.url, UPDATE, { input: { id: action.id, expectedVersion: version, text } }, bearer(admin.secret));
        expect({ round, errors: res.body.errors }).toEqual({ round, errors: undefined });
        expect(res.body.data!.updateAction!.action.version).toBe(version + 1);
      } else {
        const res = await restClient(writer.origin, admin.secret)('PATCH', `/actions/${action.id}`, { json: { text }, headers: { 'if-match': `"v${version}"` } });
        expect({ round, status: res.status }).toEqual({ round, status: 200 });
        expect(res.body.version).toBe(version + 1);
      }
      version += 1;

      // The very next request on each reader: the new text, a new ETag, and 200 (not 304) for the old one.
      for (const { server, headers, rest, graphqlEtag, restEtag } of warm) {
        const instance = servers.indexOf(server);
        const g = await graphqlGet(server, ACTION, { id: action.id }, { ...headers, 'if-none-match': graphqlEtag });
        expect({ round, instance, status: g.status, action: g.body.data?.action }).toEqual({ round, instance, status: 200, action: { id: action.id, version, text } });
        expect(g.headers.get('etag')).not.toBe(graphqlEtag);
        const r: RestResponse = await rest('GET', `/actions/${action.id}`, { headers: { 'if-none-match': restEtag } });
        expect({ round, instance, status: r.status, version: r.body?.version, text: r.body?.text }).toEqual({ round, instance, status: 200, version, text });
        expect(r.headers.get('etag')).not.toBe(restEtag);
      }
    }
  });

  test('20 concurrent updates of one action with the same expectedVersion, spread over the three: one success, 19 CONFLICT, one version step, one audit entry', async () => {
    const { servers, sql } = cluster;
    const action = actions[1];
    const id = rowId(action.id);
    const auditBefore = await sql.number(`SELECT count(*) FROM audit_entry WHERE "entityType" = 'Action' AND "entityId" = $1`, [id]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(servers[i % INSTANCES].url, UPDATE, { input: { id: action.id, expectedVersion: action.version, text: `Concurrent edit ${i}` } }, bearer(admin.secret)),
      ),
    );
    const ok = results.filter((r) => r.body.data?.updateAction && !r.body.errors);
    const codes = results.filter((r) => !ok.includes(r)).map(codeOf);
    expect(ok).toHaveLength(1);
    expect(codes).toEqual(Array<string>(19).fill('CONFLICT'));
    const winner = ok[0].body.data!.updateAction!.action;
    expect(winner.version).toBe(action.version + 1);

    const rows = await sql.rows<{ version: number; text: string }>('SELECT version, text FROM action WHERE id = $1', [id]);
    expect(rows).toEqual([{ version: action.version + 1, text: winner.text }]);
    expect(await sql.number(`SELECT count(*) FROM audit_entry WHERE "entityType" = 'Action' AND "entityId" = $1`, [id])).toBe(auditBefore + 1);
    // And every instance says so.
    for (const server of servers) {
      const { body } = await post(server.url, ACTION_HISTORY, { id: action.id }, bearer(admin.secret));
      expect(body.data).toEqual({ action: { version: winner.version, text: winner.text }, history: { totalCount: 1 } });
    }
  });

  test('/readyz is 200 on all three after the writes', async () => {
    for (const server of cluster.servers) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
  });
});

// ---- 4: SIGKILL during a burst of writes ------------------------------------------------------

describe(`SIGKILL of one instance during a burst of writes (${ENGINE})`, () => {
  let cluster: Cluster;
  let admin: { secret: string; id: string };
  let actions: ActionNode[];
  beforeAll(async () => {
    cluster = await startCluster();
    admin = await createKey(cluster.databaseUrl, 'admin', 'Burst writer');
    actions = await allActions(cluster.servers[0]);
  }, 60_000);
  afterAll(() => cluster?.close());

  test('200 writes over the three, one killed mid-burst: every acknowledged write is there with its audit entry, nothing half-written, the others keep serving', async () => {
    const { servers, sql } = cluster;
    const WRITES = 200;
    const UPDATES = 100; // on actions 0..99, one each (no conflicts between them)
    const PROGRESS_ACTIONS = actions.slice(UPDATES, UPDATES + 50); // progress updates, two per action
    const victim = servers[2];
    type Write = { i: number; instance: number; kind: 'update' | 'progress'; action: ActionNode; text: string; acknowledged: boolean; outcome: string };
    const writes: Write[] = Array.from({ length: WRITES }, (_, i) => {
      const kind = i % 2 === 0 ? 'update' : 'progress';
      const action = kind === 'update' ? actions[i / 2] : PROGRESS_ACTIONS[Math.floor(i / 2) % PROGRESS_ACTIONS.length];
      return { i, instance: i % INSTANCES, kind, action, text: `Burst write ${i}`, acknowledged: false, outcome: 'not sent' };
    });

    const send = async (w: Write) => {
      const server = servers[w.instance];
      try {
        let res: GraphQLResponse<unknown>;
        let payload: unknown;
        if (w.kind === 'update') {
          const r = await post(server.url, UPDATE, { input: { id: w.action.id, expectedVersion: w.action.version, text: w.text } }, bearer(admin.secret));
          [res, payload] = [r, r.body.data?.updateAction];
        } else {
          const input = { actionId: w.action.id, quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: w.text } as const;
          const r = await post(server.url, RECORD_PROGRESS, { input }, bearer(admin.secret));
          [res, payload] = [r, r.body.data?.recordProgress];
        }
        w.acknowledged = res.status === 200 && !res.body.errors && !!payload;
        w.outcome = w.acknowledged ? 'ok' : `${res.status} ${codeOf(res) ?? ''}`;
      } catch (error) {
        w.outcome = `no answer: ${String((error as Error).cause ?? error)}`;
      }
    };

    // 8 in flight at a time; the victim is killed once a third of the writes have been answered,
    // while its share of the writes in flight is still being served.
    let next = 0;
    let answered = 0;
    let killedAt = -1;
    const worker = async () => {
      while (next < WRITES) {
        await send(writes[next++]);
        answered += 1;
        if (killedAt < 0 && answered >= WRITES / 3) {
          killedAt = answered;
          victim.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await victim.kill();
    expect(killedAt).toBeGreaterThan(0);

    const survivors = writes.filter((w) => w.instance !== 2);
    // The others keep serving: every write sent to them was acknowledged.
    expect(survivors.filter((w) => !w.acknowledged).map((w) => `${w.i}: ${w.outcome}`)).toEqual([]);
    for (const server of servers.slice(0, 2)) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
    const victimsWrites = writes.filter((w) => w.instance === 2);
    const victimAcknowledged = victimsWrites.filter((w) => w.acknowledged).length;
    expect(victimAcknowledged).toBeGreaterThan(0); // it was killed mid-burst, not before
    expect(victimAcknowledged).toBeLessThan(victimsWrites.length); // nor after

    // Each write is in the database with exactly its audit entry, or (unacknowledged only) not at all.
    const problems: string[] = [];
    for (const w of writes) {
      let present: number;
      let audited: number;
      if (w.kind === 'update') {
        const id = rowId(w.action.id);
        const [row] = await sql.rows<{ version: number; text: string }>('SELECT version, text FROM action WHERE id = $1', [id]);
        present = row.text === w.text ? 1 : 0;
        if (present && row.version !== w.action.version + 1) problems.push(`${w.i}: version ${row.version}, expected ${w.action.version + 1}`);
        if (!present && (row.text !== w.action.text || row.version !== w.action.version)) problems.push(`${w.i}: action changed to ${JSON.stringify(row)}`);
        audited = await sql.number(`SELECT count(*) FROM audit_entry WHERE "entityType" = 'Action' AND "entityId" = $1 AND mutation = 'updateAction'`, [id]);
      } else {
        const ids = await sql.rows<{ id: number }>('SELECT id FROM progress_update WHERE commentary = $1', [w.text]);
        present = ids.length;
        audited = present
          ? await sql.number(`SELECT count(*) FROM audit_entry WHERE "entityType" = 'ProgressUpdate' AND "entityId" = $1`, [ids[0].id])
          : 0;
      }
      if (present > 1 || audited !== present) problems.push(`${w.i} (${w.kind}, ${w.outcome}): ${present} rows, ${audited} audit entries`);
      if (w.acknowledged && !present) problems.push(`${w.i} (${w.kind}) was acknowledged but is not in the database`);
    }
    expect(problems).toEqual([]);
    // And the totals agree: no audit entry without its change.
    const updated = writes.filter((w) => w.kind === 'update').map((w) => rowId(w.action.id));
    expect(await sql.number(`SELECT count(*) FROM audit_entry WHERE mutation = 'updateAction'`)).toBe(
      await sql.number(`SELECT count(*) FROM action WHERE text LIKE 'Burst write %' AND id IN (${updated.join(',')})`),
    );
    expect(await sql.number(`SELECT count(*) FROM audit_entry WHERE "entityType" = 'ProgressUpdate'`)).toBe(
      await sql.number(`SELECT count(*) FROM progress_update WHERE commentary LIKE 'Burst write %'`),
    );
    const acknowledged = writes.filter((w) => w.acknowledged).length;
    console.info(
      `multi-instance (${ENGINE}): SIGKILL after ${killedAt} of ${WRITES} answers; ${acknowledged} acknowledged, ` +
        `the killed instance acknowledged ${victimAcknowledged} of its ${victimsWrites.length}; outcomes of the rest: ` +
        JSON.stringify(tally(writes.filter((w) => !w.acknowledged).map((w) => w.outcome.slice(0, 60)))),
    );
  });
});

// ---- 5: key revocation ------------------------------------------------------------------------

describe(`API key revocation across instances (${ENGINE})`, () => {
  let cluster: Cluster;
  let admin: { secret: string; id: string };
  beforeAll(async () => {
    cluster = await startCluster();
    admin = await createKey(cluster.databaseUrl, 'admin', 'Revoker');
  }, 60_000);
  afterAll(() => cluster?.close());

  /** The status and error code of a keyed read on `server`. */
  async function use(server: TestServer, secret: string): Promise<{ status: number; code: string | undefined }> {
    const res = await post(server.url, PLAN_TITLE, {}, bearer(secret));
    return { status: res.status, code: codeOf(res) };
  }
  const OK = { status: 200, code: undefined };
  const REFUSED = { status: 401, code: 'UNAUTHENTICATED' };

  test('a key in the key caches of B and C, revoked through A (revokeApiKey), is refused by B and C on the next request', async () => {
    const [a, b, c] = cluster.servers;
    const key = await createKey(cluster.databaseUrl, 'reader', 'Revoked through the API');
    for (const server of [b, c, b, c]) expect(await use(server, key.secret)).toEqual(OK); // checked once, then from the cache
    const res = await post(a.url, REVOKE, { input: { id: key.id } }, bearer(admin.secret));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.revokeApiKey!.apiKey.revokedAt).not.toBeNull();
    expect({ b: await use(b, key.secret), c: await use(c, key.secret), a: await use(a, key.secret) }).toEqual({ b: REFUSED, c: REFUSED, a: REFUSED });
  });

  test('a key revoked with the CLI (another process) is refused by all three on the next request', async () => {
    const key = await createKey(cluster.databaseUrl, 'reader', 'Revoked with the CLI');
    for (const server of cluster.servers) expect(await use(server, key.secret)).toEqual(OK);
    await cli(cluster.databaseUrl, ['keys', 'revoke', prefixOf(key.secret)]);
    expect(await Promise.all(cluster.servers.map((s) => use(s, key.secret)))).toEqual(cluster.servers.map(() => REFUSED));
  });

  testOnPostgres(`a revocation whose notification is lost (the revision moved without NOTIFY) is refused within REVISION_POLL_MS (${REVISION_POLL_MS} ms)${POSTGRES_ONLY}`, async () => {
    const [, b, c] = cluster.servers;
    const key = await createKey(cluster.databaseUrl, 'reader', 'Revoked without a notification');
    for (const server of [b, c, b, c]) expect(await use(server, key.secret)).toEqual(OK);
    // What a write made outside the API, or one whose notification was lost, looks like: the key
    // revoked and the revision moved on in one transaction, and no pg_notify.
    await cluster.sql.rows('BEGIN');
    await cluster.sql.rows(`UPDATE api_key SET "revokedAt" = now() WHERE prefix = $1`, [prefixOf(key.secret)]);
    await cluster.sql.rows('UPDATE data_revision SET revision = revision + 1 WHERE id = 1');
    await cluster.sql.rows('COMMIT');
    const started = performance.now();
    const refusedAfter = await Promise.all(
      [b, c].map(async (server) => {
        for (;;) {
          const result = await use(server, key.secret);
          const elapsed = performance.now() - started;
          if (result.status !== 200) {
            expect(result).toEqual(REFUSED);
            return elapsed;
          }
          if (elapsed > REVISION_POLL_MS * 3) return elapsed; // fails below, with the time
          await sleep(20);
        }
      }),
    );
    console.info(`multi-instance (postgres): a revocation without NOTIFY refused after ${refusedAfter.map((ms) => Math.round(ms)).join(' and ')} ms (bound ${REVISION_POLL_MS} ms)`);
    // The poll's period, and the time a request takes on a loaded machine.
    for (const ms of refusedAfter) expect(ms).toBeLessThanOrEqual(REVISION_POLL_MS + 250);
  });

  testOnPostgres(`the listening connections dropped (pg_terminate_backend): each instance reconnects, sees the writes made meanwhile, and is ready again${POSTGRES_ONLY}`, async () => {
    const [a, b, c] = cluster.servers;
    const key = await createKey(cluster.databaseUrl, 'reader', 'Revoked while nobody listened');
    for (const server of [b, c, b, c]) expect(await use(server, key.secret)).toEqual(OK);
    const listeners = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cdp-plan-api-listen'`;
    expect(await cluster.sql.number(`SELECT count(*) FROM (${listeners}) l`)).toBe(INSTANCES);
    await cluster.sql.rows(`SELECT pg_terminate_backend(pid) FROM (${listeners}) l`);
    // Revoked through A while no instance listens: its notification reaches no one.
    const res = await post(a.url, REVOKE, { input: { id: key.id } }, bearer(admin.secret));
    expect(res.body.errors).toBeUndefined();
    const started = performance.now();
    const refusedAfter = await Promise.all(
      [b, c].map(async (server) => {
        while ((await use(server, key.secret)).status === 200 && performance.now() - started < REVISION_POLL_MS * 3) await sleep(20);
        return performance.now() - started;
      }),
    );
    for (const server of [b, c]) expect(await use(server, key.secret)).toEqual(REFUSED);
    // Reconnected: three listening connections again, and ready.
    const deadline = Date.now() + 5_000;
    while ((await cluster.sql.number(`SELECT count(*) FROM (${listeners}) l`)) < INSTANCES && Date.now() < deadline) await sleep(50);
    expect(await cluster.sql.number(`SELECT count(*) FROM (${listeners}) l`)).toBe(INSTANCES);
    for (const server of cluster.servers) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
    console.info(`multi-instance (postgres): listening connections dropped; a revocation refused after ${refusedAfter.map((ms) => Math.round(ms)).join(' and ')} ms`);
    for (const ms of refusedAfter) expect(ms).toBeLessThanOrEqual(REVISION_POLL_MS + 250);
  });
});
