// The bench's PostgreSQL: the server (BENCH_DATABASE_URL, or a throwaway cluster started for the
// run by tests/scripts/with-postgres.mjs with durable settings), a fresh database on it for the run
// (dropped at the end, also from process.on('exit')), what the server is and how it is set, the CPU
// time of its backends (when it runs on this machine), row counts, the progress-update bodies and
// the direct-write loop on pg (the write floor).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cpuMs } from './procs.mjs';
import { startCluster } from '../../scripts/with-postgres.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');

/**
 * The throwaway cluster's settings: durable, as SQLite's synchronous=FULL is (fsync at every
 * commit, synchronous_commit on, full-page writes), unlike the tests' cluster; the rest are
 * PostgreSQL 15's defaults apart from shared_buffers (also its default, 128MB, written out).
 */
export const BENCH_SETTINGS = { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on', shared_buffers: '128MB', max_connections: '100' };

/** The settings the report shows, read from the server with SHOW. */
const SHOWN = ['server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers', 'max_connections', 'work_mem'];

/** A URL's password, hidden (for the report). */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

/** The same server, another database. */
export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/**
 * The server to run on: BENCH_DATABASE_URL (an admin URL: the bench creates and drops a database
 * there), or else a throwaway cluster (tests/scripts/ensure-postgres.sh installs the server
 * programs first when they are missing). Resolves with { adminUrl, source, provisioned, stop }.
 */
export async function resolveServer({ log }) {
  if (process.env.BENCH_DATABASE_URL) {
    return { adminUrl: process.env.BENCH_DATABASE_URL, source: 'BENCH_DATABASE_URL', provisioned: false, stop: () => undefined };
  }
  log('PostgreSQL: no BENCH_DATABASE_URL, so a throwaway cluster (tests/scripts/ensure-postgres.sh, then initdb)');
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL; // the script would then skip the install
  const ensure = spawnSync('bash', [join(ROOT, 'tests/scripts/ensure-postgres.sh')], { env, encoding: 'utf8', timeout: 10 * 60 * 1000 });
  const said = `${ensure.stdout}`.trim().split('\n').pop();
  if (said) log(said);
  if (ensure.status !== 0)
    throw new Error(`tests/scripts/ensure-postgres.sh failed (${ensure.status}): ${`${ensure.stdout}\n${ensure.stderr}`.trim().slice(-1500)}`);
  const cluster = await startCluster({ settings: BENCH_SETTINGS });
  return { adminUrl: cluster.url, source: 'a throwaway cluster (tests/scripts/with-postgres.mjs)', provisioned: true, stop: cluster.stop };
}

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'cdp-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What the server is: version, the settings that matter here, and whether its processes are on this machine. */
export async function serverInfo(adminUrl) {
  return withClient(adminUrl, async (client) => {
    const settings = {};
    for (const name of SHOWN) settings[name] = (await client.query(`SHOW ${name}`)).rows[0][name];
    const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
    const pid = rows[0].pid;
    let local = false;
    try {
      local = readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres' && Number.isFinite(cpuMs(pid));
    } catch {
      local = false;
    }
    return { settings, version: settings.server_version, local };
  });
}

/** Creates an empty database for the run; resolves with its name and URL. */
export async function createRunDatabase(adminUrl) {
  const prefix = (process.env.BENCH_DATABASE_PREFIX || 'cdp_bench').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: withDatabase(adminUrl, name) };
}

const dropSql = (name) => `DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`;

export async function dropRunDatabase(adminUrl, name) {
  await withClient(adminUrl, (client) => client.query(dropSql(name)));
}

/** The same, synchronous (for process.on('exit')): a child node process runs it. */
export function dropRunDatabaseSync(adminUrl, name) {
  const script = `const pg = require('pg'); const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
    c.connect().then(() => c.query(process.argv[2])).then(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, adminUrl, dropSql(name)], { cwd: join(ROOT, 'tests'), encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) console.error(`bench: could not drop the PostgreSQL database ${name}: ${r.stderr.trim()}`);
}

/** A small helper for the bench's own queries on the run's database. */
export class BenchClient {
  constructor(url) {
    this.client = new pg.Client({ connectionString: url, application_name: 'cdp-bench' });
  }
  async connect() {
    await this.client.connect();
    return this;
  }
  async end() {
    await this.client.end().catch(() => undefined);
  }
  async count(table) {
    return Number((await this.client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  }

  /** The backends of the run's database with these application names, and the CPU each has used so far. */
  async backends(database, applications) {
    const { rows } = await this.client.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = ANY($2::text[])', [
      database,
      applications,
    ]);
    return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
  }

  /** The live actions of the newest delivery plan, and its first financial year. */
  async planActions() {
    const plan = (
      await this.client.query(
        `SELECT id, "periodStart"::text AS "periodStart" FROM plan WHERE kind = 'DELIVERY_PLAN' AND "archivedAt" IS NULL ORDER BY "periodStart" DESC, id LIMIT 1`,
      )
    ).rows[0];
    const { rows } = await this.client.query(
      `SELECT a.id FROM action a JOIN objective o ON o.id = a."objectiveId" JOIN priority pr ON pr.id = o."priorityId" JOIN pillar pi ON pi.id = pr."pillarId"
       WHERE pi."planId" = $1 AND a."archivedAt" IS NULL AND o."archivedAt" IS NULL AND pr."archivedAt" IS NULL AND pi."archivedAt" IS NULL ORDER BY a.id`,
      [plan.id],
    );
    return { periodStart: plan.periodStart, actions: rows.map((r) => r.id) };
  }
}

/**
 * CPU (ms) the backends used between two snapshots (BenchClient.backends): a backend that started
 * in between counts in full, one that ended in between is missed (the pools keep theirs open).
 */
export function backendCpuMs(before, after) {
  let total = 0;
  for (const [pid, ms] of after) if (Number.isFinite(ms)) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * The same writes as one recordProgress, straight on pg with the API's SQL shape, in a loop for
 * `seconds` on one connection: BEGIN; the API's write lock (pg_advisory_xact_lock, as every API
 * write transaction takes it); update the action's status and version; its audit entry; insert
 * the progress_update; its audit entry; move the data revision on and NOTIFY it (the API's
 * statement); COMMIT. Named prepared statements; one round trip each. `database`: the CPU of the
 * loop's backend is measured over the loop (databaseCpuMs) with its snapshot() (BenchClient.backends).
 */
export async function directWritesPg(url, { actions, fy, seconds, advisoryLock, channel, database = null }) {
  const client = new pg.Client({ connectionString: url, application_name: 'cdp-bench-direct' });
  await client.connect();
  const q = (name, text) => (values) => client.query({ name: `direct_${name}`, text, values });
  const lock = q('lock', 'SELECT pg_advisory_xact_lock($1, $2)');
  const updateAction = q('update_action', `UPDATE action SET status = $1, version = version + 1, "updatedAt" = now() WHERE id = $2 RETURNING version`);
  const insertProgress = q(
    'insert_progress',
    `INSERT INTO progress_update ("actionId", "financialYear", quarter, "quarterLabel", "periodStart", "periodEnd", status, rag, "percentComplete", commentary, "reportedBy")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
  );
  const insertAudit = q(
    'insert_audit',
    `INSERT INTO audit_entry (at, "actorKind", "actorId", "actorName", "requestId", mutation, operation, "entityType", "entityId", version, changes)
     VALUES ($1, 'API_KEY', 'key:bench', 'bench (direct)', $2, 'recordProgress', $3, $4, $5, $6, $7)`,
  );
  const bump = q(
    'bump',
    `WITH moved AS (UPDATE data_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision) SELECT revision, pg_notify('${channel}', revision::text) FROM moved`,
  );
  const statuses = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_STARTED'];
  const starts = ['04-01', '07-01', '10-01', '01-01'];
  const ends = ['06-30', '09-30', '12-31', '03-31'];
  const fields = [
    'actionId',
    'financialYear',
    'quarter',
    'quarterLabel',
    'periodStart',
    'periodEnd',
    'status',
    'rag',
    'percentComplete',
    'commentary',
    'reportedBy',
  ];
  const latencies = [];
  let n = 0;
  try {
    const before = database ? await database.snapshot() : null;
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    while (performance.now() < end) {
      const s = performance.now();
      const actionId = actions[n % actions.length];
      const qn = (Math.floor(n / actions.length) % 4) + 1;
      const year = qn === 4 ? fy + 1 : fy;
      const status = statuses[n % statuses.length];
      const at = new Date();
      const requestId = `direct-${n}`;
      await client.query('BEGIN');
      try {
        await lock([advisoryLock.class, advisoryLock.writes]);
        const { version } = (await updateAction([status, actionId])).rows[0];
        await insertAudit([at, requestId, 'UPDATE', 'Action', actionId, version, JSON.stringify([{ field: 'status', before: null, after: status }])]);
        const label = `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${qn}`;
        const commentary = `Benchmark update ${n}: on track with partners, next review at the board.`;
        const row = [actionId, fy, qn, label, `${year}-${starts[qn - 1]}`, `${year}-${ends[qn - 1]}`, status, 'AMBER', n % 100, commentary, 'bench (direct)'];
        const id = (await insertProgress(row)).rows[0].id;
        await insertAudit([
          at,
          requestId,
          'CREATE',
          'ProgressUpdate',
          id,
          1,
          JSON.stringify(fields.map((field, i) => ({ field, before: null, after: row[i] }))),
        ]);
        await bump([]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      latencies.push(performance.now() - s);
      n++;
    }
    const elapsed = (performance.now() - t0) / 1000;
    const databaseCpuMs = before ? backendCpuMs(before, await database.snapshot()) : null;
    latencies.sort((a, b) => a - b);
    const pick = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return {
      label: 'direct pg transaction (1 connection, serial)',
      rps: n / elapsed,
      p50: pick(50),
      p99: pick(99),
      requests: n,
      errors: 0,
      durationS: elapsed,
      databaseCpuMs,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
