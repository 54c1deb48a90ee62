/**
 * Several API instances on one database (issue 12, "Several API instances on one database"): three
 * API processes started at once on one new, empty database, as a load balancer would run them.
 *
 * - they all become ready, and migrate and load the first-start seed exactly once;
 * - a write through one instance is read through the others on the very next request, with their
 *   response caches warm (a stale cached answer would be served if they missed the new revision);
 * - 20 concurrent updates with one expectedVersion spread over the three give exactly one success;
 * - SIGKILL of one instance during a burst of writes loses no acknowledged write or its audit entry,
 *   leaves nothing half-written, and the others keep serving;
 * - a key revoked through one instance (or the CLI) is refused by the others on the next request;
 *   a revision moved without a notification (the bound when one is lost) is seen within
 *   REVISION_POLL_MS, and so is a write made while the listening connections were down;
 * - rate limits are per instance: a key gets up to N × RATE_LIMIT_MAX per window across N.
 *
 * Each group of tests has a new database of its own (tempDatabase('new'): PostgreSQL, CREATE
 * DATABASE on TEST_DATABASE_URL's server, dropped after; SQLite, a new file the three processes
 * share, which WAL allows). Only the LISTEN/NOTIFY tests are PostgreSQL's alone (skipped on SQLite,
 * which reads the revision per request). The database is read directly (support/db.ts) to count
 * rows: what the tables hold is the subject, whatever the API says.
 */
import { spawnSync } from 'node:child_process';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from '@cdp/api/dist/db/migrations';
import { REVISION_POLL_MS } from '@cdp/api/dist/db/revision-listener';
import type { TypedDocument } from '@cdp/sdk';
import { post, type InputOf, type ResultOf, type Response as GraphQLResponse } from '../support/api';
import { openDb, type Db } from '../support/db';
import { databaseOf, dropDatabases } from '../support/engine';
import { graphql } from '../support/generated';
import { rowId } from '../support/ids';
import { restClient, type RestResponse } from '../support/rest';
import { bearer, CLI_MAIN, createKey, ENGINE, startServer, tempDatabase, testOnPostgres, type TestServer } from '../support/server';

const INSTANCES = 3;
const SEED_ACTIONS = 156;
const SEED_LOG = 'loaded the Tower Hamlets 2024-25 plan';
const LISTEN_ONLY = 'LISTEN/NOTIFY; SQLite reads the revision per request';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many times each value occurs. */
function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** The one number a query selects (`SELECT count(*) AS n ...`). */
async function count(db: Db, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.get<{ n: number }>(sql, params))!.n);
}

// ---- Three instances on one database ----------------------------------------------------------

interface Cluster {
  /** The instances, A, B and C. */
  servers: TestServer[];
  /** The DATABASE_URL they share. */
  databaseUrl: string;
  db: Db;
  /** How long the three took to start together (milliseconds, until each logged "listening on"). */
  startMs: number;
  close(): Promise<void>;
}

/** A new, empty database and three API processes started on it at once, with the default first-start seed. */
async function startCluster(env: Record<string, string> = {}): Promise<Cluster> {
  const databaseUrl = await tempDatabase('new');
  const drop = () => (ENGINE === 'postgres' ? dropDatabases([databaseOf(databaseUrl)]) : Promise.resolve());
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: INSTANCES }, () => startServer({ databaseUrl, env })));
  const startMs = performance.now() - started;
  const servers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  if (failed.length) {
    await Promise.all(servers.map((s) => s.stop()));
    await drop();
    throw new Error(`${failed.length} of ${INSTANCES} instances failed to start together on one new ${ENGINE} database:\n${failed.join('\n---\n')}`);
  }
  const db = await openDb(databaseUrl);
  return {
    servers,
    databaseUrl,
    db,
    startMs,
    async close() {
      await Promise.all(servers.map((s) => s.stop()));
      await db.close();
      await drop();
    },
  };
}

/** What three instances started together must leave: one seed, each migration once, all ready. */
async function expectStartedOnce(cluster: Cluster): Promise<void> {
  const { servers, db } = cluster;
  for (const server of servers) {
    const res = await fetch(`${server.origin}/readyz`);
    expect({ origin: server.origin, status: res.status, body: await res.json() }).toEqual({ origin: server.origin, status: 200, body: { status: 'ok' } });
  }
  expect(await count(db, 'SELECT count(*) AS n FROM seed_run')).toBe(1);
  expect(await count(db, 'SELECT count(*) AS n FROM action')).toBe(SEED_ACTIONS);
  expect(await count(db, 'SELECT count(*) AS n FROM partnership')).toBe(1);
  expect(servers.filter((s) => s.output().includes(SEED_LOG))).toHaveLength(1);
  const known = (ENGINE === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS).map((m) => m.name).sort();
  const ran = await db.all<{ name: string; runs: number }>('SELECT name, count(*) AS runs FROM migrations GROUP BY name ORDER BY name');
  expect(ran.map((r) => ({ name: r.name, runs: Number(r.runs) }))).toEqual(known.map((name) => ({ name, runs: 1 })));
}

/** Runs the CLI on the cluster's database (as an operator does, while the servers run); its output. */
function cli(databaseUrl: string, args: string[]): string {
  const run = spawnSync(process.execPath, [CLI_MAIN, ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const prefixOf = (secret: string) => secret.split('_')[1]!;

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
const CREATE_KEY = graphql(`
  mutation MultiInstanceCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
      secret
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

interface Key {
  id: string;
  secret: string;
}

/** A key made with createApiKey through `server` (the admin key sends it). */
async function keyThrough(server: TestServer, adminSecret: string, role: InputOf<typeof CREATE_KEY>['role'], name: string): Promise<Key> {
  const { body } = await post(server.url, CREATE_KEY, { input: { role, name } }, bearer(adminSecret));
  expect(body.errors).toBeUndefined();
  return { id: body.data!.createApiKey!.apiKey.id, secret: body.data!.createApiKey!.secret };
}

/** The code of a GraphQL answer's first error (undefined without one). */
const codeOf = (res: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => res.body.errors?.[0]?.extensions?.code as string | undefined;

// ---- 1, 6 and rate limits: starting together ---------------------------------------------------

describe(`three instances started at once on one new ${ENGINE} database`, () => {
  const RATE_LIMIT_MAX = 10;
  let cluster: Cluster;
  beforeAll(async () => {
    // A small per-key limit for the rate-limit test; nothing else in this group sends a key.
    cluster = await startCluster({ RATE_LIMIT_MAX: String(RATE_LIMIT_MAX) });
  }, 60_000);
  afterAll(() => cluster?.close());

  test('all three become ready; the seed is loaded once (one seed_run, 156 actions, one instance says so); each migration ran once', async () => {
    await expectStartedOnce(cluster);
    for (const server of cluster.servers) expect((await allActions(server)).length).toBe(SEED_ACTIONS);
    console.info(`multi-instance (${ENGINE}): ${INSTANCES} instances started together in ${Math.round(cluster.startMs)} ms`);
  });

  test('rate limits are per instance: a key gets RATE_LIMIT_MAX on each, so N × RATE_LIMIT_MAX per window across N instances', async () => {
    const { servers, databaseUrl } = cluster;
    const key = createKey(databaseUrl, { role: 'reader', name: 'Rate limit probe' });
    const statuses: number[][] = [];
    for (const server of servers) {
      const row: number[] = [];
      for (let i = 0; i <= RATE_LIMIT_MAX; i++) row.push((await post(server.url, PLAN_TITLE, {}, bearer(key))).status);
      statuses.push(row);
    }
    // Each instance lets the key through RATE_LIMIT_MAX times and then refuses it, whatever the others counted.
    expect(statuses).toEqual(servers.map(() => [...Array<number>(RATE_LIMIT_MAX).fill(200), 429]));
    // Probes are never limited, so a limited key does not make an instance look unhealthy.
    for (const server of servers) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
  });
});

// ---- 2, 3, 5 and 6: writes through one instance, reads, conflicts and keys through the others ----

describe(`writes through one instance, seen through the others (${ENGINE})`, () => {
  let cluster: Cluster;
  let admin: string;
  let reader: Key;
  let actions: ActionNode[];
  beforeAll(async () => {
    cluster = await startCluster();
    admin = createKey(cluster.databaseUrl, { role: 'admin', name: 'Multi-instance admin' });
    reader = await keyThrough(cluster.servers[0], admin, 'READER', 'Multi-instance reader');
    actions = await allActions(cluster.servers[0]);
  }, 60_000);
  afterAll(() => cluster?.close());

  test('started together: all ready, seed and migrations once', () => expectStartedOnce(cluster));

  test('a write through one instance is read through the other two on the very next request, with their caches warm (20 rounds, GraphQL and REST)', async () => {
    const { servers } = cluster;
    const action = actions[0];
    let version = action.version;
    for (let round = 0; round < 20; round++) {
      const writer = servers[round % INSTANCES];
      const readers = servers.filter((s) => s !== writer);
      // Each reader reads twice before the write (GraphQL as GET, and REST): the second answer is a
      // cache hit, so a reader that missed the new revision would serve that same cached answer.
      const warm = await Promise.all(
        readers.map(async (server, i) => {
          const secret = i === 0 ? undefined : reader.secret; // one reader anonymous, one with a key
          const headers = secret ? bearer(secret) : {};
          const rest = restClient(server.origin, secret);
          await graphqlGet(server, ACTION, { id: action.id }, headers);
          await rest('GET', `/actions/${action.id}`);
          const g = await graphqlGet(server, ACTION, { id: action.id }, headers);
          const r = await rest('GET', `/actions/${action.id}`);
          expect({ round, graphql: g.headers.get('x-cache'), rest: r.headers.get('x-cache'), version: g.body.data?.action?.version }).toEqual({
            round,
            graphql: 'hit',
            rest: 'hit',
            version,
          });
          return { server, headers, rest, graphqlEtag: g.headers.get('etag')!, restEtag: r.headers.get('etag')! };
        }),
      );

      // The write: GraphQL's updateAction on even rounds, REST's PATCH on odd ones.
      const text = `Round ${round} through instance ${servers.indexOf(writer)}`;
      if (round % 2 === 0) {
        const res = await post(writer.url, UPDATE, { input: { id: action.id, expectedVersion: version, text } }, bearer(admin));
        expect({ round, errors: res.body.errors, version: res.body.data?.updateAction?.action.version }).toEqual({
          round,
          errors: undefined,
          version: version + 1,
        });
      } else {
        const res = await restClient(writer.origin, admin)('PATCH', `/actions/${action.id}`, { json: { text }, headers: { 'if-match': `"v${version}"` } });
        expect({ round, status: res.status, version: res.body?.version }).toEqual({ round, status: 200, version: version + 1 });
      }
      version += 1;

      // The very next request on each reader: the new text and version, a new ETag, and 200 (not 304) for the old one.
      for (const { server, headers, rest, graphqlEtag, restEtag } of warm) {
        const instance = servers.indexOf(server);
        const g = await graphqlGet(server, ACTION, { id: action.id }, { ...headers, 'if-none-match': graphqlEtag });
        expect({ round, instance, status: g.status, action: g.body.data?.action }).toEqual({
          round,
          instance,
          status: 200,
          action: { id: action.id, version, text },
        });
        expect(g.headers.get('etag')).not.toBe(graphqlEtag);
        const r: RestResponse = await rest('GET', `/actions/${action.id}`, { headers: { 'if-none-match': restEtag } });
        expect({ round, instance, status: r.status, version: r.body?.version, text: r.body?.text }).toEqual({ round, instance, status: 200, version, text });
        expect(r.headers.get('etag')).not.toBe(restEtag);
      }
    }
  });

  test('20 concurrent updates of one action with the same expectedVersion, spread over the three: one success, 19 CONFLICT, one version step, one audit entry', async () => {
    const { servers, db } = cluster;
    const action = actions[1];
    const id = rowId(action.id);
    const AUDIT = `SELECT count(*) AS n FROM audit_entry WHERE "entityType" = 'Action' AND "entityId" = ?`;
    const auditBefore = await count(db, AUDIT, [id]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(servers[i % INSTANCES].url, UPDATE, { input: { id: action.id, expectedVersion: action.version, text: `Concurrent edit ${i}` } }, bearer(admin)),
      ),
    );
    const ok = results.filter((r) => r.body.data?.updateAction && !r.body.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => !ok.includes(r)).map(codeOf)).toEqual(Array<string>(19).fill('CONFLICT'));
    const winner = ok[0].body.data!.updateAction!.action;
    expect(winner.version).toBe(action.version + 1);

    expect(await db.all('SELECT version, text FROM action WHERE id = ?', [id])).toEqual([{ version: action.version + 1, text: winner.text }]);
    expect(await count(db, AUDIT, [id])).toBe(auditBefore + 1);
    for (const server of servers) {
      const { body } = await post(server.url, ACTION_HISTORY, { id: action.id }, bearer(admin));
      expect(body.data).toEqual({ action: { version: winner.version, text: winner.text }, history: { totalCount: 1 } });
    }
  });

  /** The status and error code of a keyed read on `server`. */
  async function use(server: TestServer, secret: string): Promise<{ status: number; code: string | undefined }> {
    const res = await post(server.url, PLAN_TITLE, {}, bearer(secret));
    return { status: res.status, code: codeOf(res) };
  }
  const OK = { status: 200, code: undefined };
  const REFUSED = { status: 401, code: 'UNAUTHENTICATED' };

  test('a key in the key caches of B and C, revoked through A (revokeApiKey), is refused by B and C on the next request', async () => {
    const [a, b, c] = cluster.servers;
    const key = await keyThrough(a, admin, 'READER', 'Revoked through the API');
    for (const server of [b, c, b, c]) expect(await use(server, key.secret)).toEqual(OK); // checked once, then from the key cache
    const res = await post(a.url, REVOKE, { input: { id: key.id } }, bearer(admin));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.revokeApiKey!.apiKey.revokedAt).not.toBeNull();
    expect({ b: await use(b, key.secret), c: await use(c, key.secret), a: await use(a, key.secret) }).toEqual({ b: REFUSED, c: REFUSED, a: REFUSED });
  });

  test('a key revoked with the CLI (another process) is refused by all three on the next request', async () => {
    const key = await keyThrough(cluster.servers[0], admin, 'READER', 'Revoked with the CLI');
    for (const server of [...cluster.servers, ...cluster.servers]) expect(await use(server, key.secret)).toEqual(OK);
    cli(cluster.databaseUrl, ['keys', 'revoke', prefixOf(key.secret)]);
    expect(await Promise.all(cluster.servers.map((s) => use(s, key.secret)))).toEqual(cluster.servers.map(() => REFUSED));
  });

  /** Polls `servers` with `secret` until each refuses it (or 3 × REVISION_POLL_MS); the milliseconds each took from `since`. */
  function refusedAfter(servers: TestServer[], secret: string, since: number): Promise<number[]> {
    return Promise.all(
      servers.map(async (server) => {
        for (;;) {
          const result = await use(server, secret);
          const elapsed = performance.now() - since;
          if (result.status !== 200) {
            expect(result).toEqual(REFUSED);
            return elapsed;
          }
          if (elapsed > REVISION_POLL_MS * 3) return elapsed; // fails the caller's bound, with the time
          await sleep(20);
        }
      }),
    );
  }
  /** The bound: the poll's period, and the time a request takes on a loaded machine. */
  const BOUND_MS = REVISION_POLL_MS + 250;

  testOnPostgres(
    `a revocation whose notification is lost (the revision moved without NOTIFY) is refused within REVISION_POLL_MS (${REVISION_POLL_MS} ms)`,
    LISTEN_ONLY,
    async () => {
      const [a, b, c] = cluster.servers;
      const key = await keyThrough(a, admin, 'READER', 'Revoked without a notification');
      for (const server of [b, c, b, c]) expect(await use(server, key.secret)).toEqual(OK);
      // What a write made outside the API (or one whose notification was lost) looks like: the key
      // revoked and the revision moved on in one transaction, and no pg_notify.
      await cluster.db.transaction(async () => {
        await cluster.db.run(`UPDATE api_key SET "revokedAt" = CURRENT_TIMESTAMP WHERE prefix = ?`, [prefixOf(key.secret)]);
        await cluster.db.run('UPDATE data_revision SET revision = revision + 1 WHERE id = 1');
      });
      const times = await refusedAfter([b, c], key.secret, performance.now());
      console.info(
        `multi-instance (postgres): a revocation without NOTIFY refused after ${times.map(Math.round).join(' and ')} ms (REVISION_POLL_MS ${REVISION_POLL_MS})`,
      );
      for (const ms of times) expect(ms).toBeLessThanOrEqual(BOUND_MS);
    },
  );

  testOnPostgres(
    'the listening connections dropped (pg_terminate_backend): a revocation made meanwhile is refused within REVISION_POLL_MS; each instance reconnects and is ready again',
    LISTEN_ONLY,
    async () => {
      const [a, b, c] = cluster.servers;
      const key = await keyThrough(a, admin, 'READER', 'Revoked while nobody listened');
      for (const server of [b, c, b, c]) expect(await use(server, key.secret)).toEqual(OK);
      const LISTENERS = `FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cdp-plan-api-listen'`;
      expect(await count(cluster.db, `SELECT count(*) AS n ${LISTENERS}`)).toBe(INSTANCES);
      await cluster.db.all(`SELECT pg_terminate_backend(pid) AS done ${LISTENERS}`);
      // Revoked through A while no instance listens: its notification reaches no one.
      const since = performance.now();
      const res = await post(a.url, REVOKE, { input: { id: key.id } }, bearer(admin));
      expect(res.body.errors).toBeUndefined();
      const times = await refusedAfter([b, c], key.secret, since);
      // Reconnected: three listening connections again, and ready.
      const deadline = Date.now() + 5_000;
      while ((await count(cluster.db, `SELECT count(*) AS n ${LISTENERS}`)) < INSTANCES && Date.now() < deadline) await sleep(50);
      expect(await count(cluster.db, `SELECT count(*) AS n ${LISTENERS}`)).toBe(INSTANCES);
      for (const server of cluster.servers) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
      console.info(`multi-instance (postgres): listening connections dropped; a revocation refused after ${times.map(Math.round).join(' and ')} ms`);
      for (const ms of times) expect(ms).toBeLessThanOrEqual(BOUND_MS);
    },
  );

  test('/readyz is 200 on all three after it all', async () => {
    for (const server of cluster.servers) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
  });
});

// ---- 4: SIGKILL during a burst of writes ------------------------------------------------------

describe(`SIGKILL of one instance during a burst of writes (${ENGINE})`, () => {
  let cluster: Cluster;
  let admin: string;
  let actions: ActionNode[];
  beforeAll(async () => {
    cluster = await startCluster();
    admin = createKey(cluster.databaseUrl, { role: 'admin', name: 'Burst writer' });
    actions = await allActions(cluster.servers[0]);
  }, 60_000);
  afterAll(() => cluster?.close());

  test('started together: all ready, seed and migrations once', () => expectStartedOnce(cluster));

  test('200 writes over the three, one killed mid-burst: every acknowledged write is there with its audit entry, nothing half-written, the others keep serving', async () => {
    const { servers, db } = cluster;
    const WRITES = 200;
    // Even writes update actions 0..99, one each (so none conflicts); odd ones record progress on
    // actions 100..149, two each (without expectedVersion).
    const progressActions = actions.slice(100, 150);
    const victim = 2;
    type Write = { i: number; instance: number; kind: 'update' | 'progress'; action: ActionNode; text: string; acknowledged: boolean; outcome: string };
    const writes: Write[] = Array.from({ length: WRITES }, (_, i) => {
      const kind = i % 2 === 0 ? 'update' : 'progress';
      const action = kind === 'update' ? actions[i / 2] : progressActions[Math.floor(i / 2) % progressActions.length];
      return { i, instance: i % INSTANCES, kind, action, text: `Burst write ${i}`, acknowledged: false, outcome: 'not sent' };
    });

    const send = async (w: Write) => {
      const server = servers[w.instance];
      try {
        let res: GraphQLResponse<unknown>;
        let payload: unknown;
        if (w.kind === 'update') {
          const r = await post(server.url, UPDATE, { input: { id: w.action.id, expectedVersion: w.action.version, text: w.text } }, bearer(admin));
          [res, payload] = [r, r.body.data?.updateAction];
        } else {
          const input = { actionId: w.action.id, quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: w.text } as const;
          const r = await post(server.url, RECORD_PROGRESS, { input }, bearer(admin));
          [res, payload] = [r, r.body.data?.recordProgress];
        }
        w.acknowledged = res.status === 200 && !res.body.errors && !!payload;
        w.outcome = w.acknowledged ? 'ok' : `${res.status} ${codeOf(res) ?? ''}`;
      } catch (error) {
        w.outcome = `no answer: ${String((error as Error).cause ?? error)}`;
      }
    };

    // 8 in flight at a time; the victim is killed once a third of the writes have been answered,
    // with its share of the writes in flight.
    let next = 0;
    let answered = 0;
    let killedAt = -1;
    const worker = async () => {
      while (next < WRITES) {
        await send(writes[next++]);
        answered += 1;
        if (killedAt < 0 && answered >= WRITES / 3) {
          killedAt = answered;
          servers[victim].process.kill('SIGKILL');
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, worker));
    const burstMs = performance.now() - started;
    await servers[victim].kill();

    // The others kept serving: every write sent to them was acknowledged, and they are ready.
    expect(writes.filter((w) => w.instance !== victim && !w.acknowledged).map((w) => `${w.i}: ${w.outcome}`)).toEqual([]);
    for (const server of servers.filter((_, i) => i !== victim)) expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
    // The victim was killed mid-burst: it had acknowledged some of its writes, not all.
    const victims = writes.filter((w) => w.instance === victim);
    const victimAcknowledged = victims.filter((w) => w.acknowledged).length;
    expect(victimAcknowledged).toBeGreaterThan(0);
    expect(victimAcknowledged).toBeLessThan(victims.length);

    // Each write is in the database exactly once with exactly one audit entry, or (unacknowledged
    // only) not at all and its action as it was.
    const problems: string[] = [];
    for (const w of writes) {
      let present: number;
      let audited: number;
      if (w.kind === 'update') {
        const id = rowId(w.action.id);
        const row = (await db.get<{ version: number; text: string }>('SELECT version, text FROM action WHERE id = ?', [id]))!;
        present = row.text === w.text ? 1 : 0;
        if (present && row.version !== w.action.version + 1) problems.push(`${w.i}: version ${row.version}, expected ${w.action.version + 1}`);
        if (!present && (row.text !== w.action.text || row.version !== w.action.version)) problems.push(`${w.i}: the action changed to ${JSON.stringify(row)}`);
        audited = await count(db, `SELECT count(*) AS n FROM audit_entry WHERE "entityType" = 'Action' AND "entityId" = ? AND mutation = 'updateAction'`, [id]);
      } else {
        const rows = await db.all<{ id: number }>('SELECT id FROM progress_update WHERE commentary = ?', [w.text]);
        present = rows.length;
        audited = present ? await count(db, `SELECT count(*) AS n FROM audit_entry WHERE "entityType" = 'ProgressUpdate' AND "entityId" = ?`, [rows[0].id]) : 0;
      }
      if (present > 1 || audited !== present) problems.push(`${w.i} (${w.kind}, ${w.outcome}): ${present} rows, ${audited} audit entries`);
      if (w.acknowledged && !present) problems.push(`${w.i} (${w.kind}) was acknowledged but is not in the database`);
    }
    expect(problems).toEqual([]);
    // And the totals agree: no audit entry without its change, none missing.
    expect(await count(db, `SELECT count(*) AS n FROM audit_entry WHERE mutation = 'updateAction'`)).toBe(
      await count(db, `SELECT count(*) AS n FROM action WHERE text LIKE 'Burst write %'`),
    );
    expect(await count(db, `SELECT count(*) AS n FROM audit_entry WHERE "entityType" = 'ProgressUpdate'`)).toBe(
      await count(db, `SELECT count(*) AS n FROM progress_update WHERE commentary LIKE 'Burst write %'`),
    );
    const acknowledged = writes.filter((w) => w.acknowledged).length;
    console.info(
      `multi-instance (${ENGINE}): ${WRITES} writes in ${Math.round(burstMs)} ms, SIGKILL after ${killedAt} answers; ${acknowledged} acknowledged ` +
        `(the killed instance ${victimAcknowledged} of its ${victims.length}); the rest: ${JSON.stringify(tally(writes.filter((w) => !w.acknowledged).map((w) => w.outcome.slice(0, 60))))}`,
    );
  });
});
