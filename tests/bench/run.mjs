// pnpm bench: the API against the raw-HTTP ceiling and a hand-written floor, in one run, under one
// load generator, over one SQLite database; writes BENCHMARKS.md (repository root) and the raw
// figures (tests/bench/results/bench-results.json).
//
// Exit code: 1 when a measurement failed outright (a server did not start, a load saw more than 1%
// errors, the floor's answer differs from the API's) or the SQL-statement count grows with data
// size; never because a performance target was missed (BENCHMARKS.md reports that).
//
// Settings (environment): BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 2),
// BENCH_CONNECTIONS (default 32), BENCH_GENERATOR (autocannon | wrk: skip the check and use this).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { cpuMs, freePort, httpRequest, killAll, postJson, rssMb, startNode, stopProcess, waitForGraphQL } from './lib/procs.mjs';
import { BUST, runAutocannon, runWrk, wrkVersion } from './lib/load.mjs';
import { openDatabase, treeCounts } from './lib/tree.mjs';
import { multiplyPlan } from './lib/multiply.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { writeReport } from './lib/report.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const API_MAIN = join(ROOT, 'packages/api/dist/main.js');
const API_CLI = join(ROOT, 'packages/api/dist/cli/index.js');
const RESULTS_DIR = join(HERE, 'results');
const RESULTS_FILE = join(RESULTS_DIR, 'bench-results.json');
const REPORT_FILE = join(ROOT, 'BENCHMARKS.md');

const DURATION = Number(process.env.BENCH_DURATION || 10);
const WARMUP = Number(process.env.BENCH_WARMUP || 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32);
const CHECK_DURATION = Math.min(5, DURATION);
const MAX_ERROR_RATE = 0.01;
const COLD_STARTS = 5;
const POSTGRES = !/^(0|false|no|off)$/i.test(process.env.BENCH_POSTGRES ?? '');

const began = performance.now();
const log = (message) => console.log(`[bench ${((performance.now() - began) / 1000).toFixed(1).padStart(5)} s] ${message}`);

// ---------------------------------------------------------------------------------------------
// Bounded: every child is killed when this process ends, however it ends; a watchdog ends a run
// that hangs.
// PostgreSQL (the section at 3e): what to undo when the bench ends, however it ends.
const pgCleanup = { adminUrl: null, database: null, stop: null };
let pgLibLoaded = null;

function cleanUpPostgres(pgLib) {
  const { adminUrl, database, stop } = pgCleanup;
  pgCleanup.database = null;
  pgCleanup.stop = null;
  // A throwaway cluster goes with its databases; on a server of the user's, drop the run's database.
  if (stop) stop();
  else if (adminUrl && database) pgLib?.dropRunDatabaseSync(adminUrl, database);
}

const tmp = mkdtempSync(join(tmpdir(), 'cdp-bench-'));
process.on('exit', () => {
  killAll();
  cleanUpPostgres(pgLibLoaded);
  rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`bench: ${signal}, stopping`);
    process.exit(130);
  });
}
setTimeout(
  () => {
    console.error('bench: still running after 15 minutes, giving up');
    process.exit(1);
  },
  15 * 60 * 1000,
).unref();

// ---------------------------------------------------------------------------------------------
// The queries.
const { DEFAULT_PLAYGROUND_QUERY } = await import(pathToFileURL(join(ROOT, 'packages/api/dist/http/playground-query.js')).href);

const LEVELS = ['plans', 'pillars', 'priorities', 'objectives', 'actions'];

/**
 * The playground's whole-tree query, with first: 100 on each connection that could hold more than
 * its default page of 50 (in the real plan or the ten-times plan); the others are left as the
 * playground sends them (the API's cost limit multiplies by each connection's page size).
 */
function wholeTreeQuery(firsts) {
  let q = DEFAULT_PLAYGROUND_QUERY;
  let found = 0;
  q = q.replace(/\b(plans|pillars|priorities|objectives|actions)(\(([^)]*)\))?(\s*)\{/g, (_m, field, _p, args, space) => {
    found++;
    const first = firsts[field];
    const list = args ? [args.trim()] : [];
    if (first !== 50 && !/\bfirst\s*:/.test(args ?? '')) list.push(`first: ${first}`);
    return `${field}${list.length ? `(${list.join(', ')})` : ''}${space}{`;
  });
  if (found !== LEVELS.length)
    throw new Error(
      `DEFAULT_PLAYGROUND_QUERY has changed shape (${found} connections found, expected ${LEVELS.length}); update tests/bench/run.mjs and lib/tree.mjs`,
    );
  return q;
}

/** The largest number of live children at each level of the delivery plans of a database. */
function largestLists(dbFile) {
  const db = openDatabase(dbFile);
  try {
    const max = (sql) => db.prepare(`SELECT coalesce(max(n), 0) AS n FROM (${sql})`).get().n;
    return {
      plans: max("SELECT count(*) AS n FROM plan WHERE archivedAt IS NULL AND kind = 'DELIVERY_PLAN'"),
      pillars: max('SELECT count(*) AS n FROM pillar WHERE archivedAt IS NULL GROUP BY planId'),
      priorities: max('SELECT count(*) AS n FROM priority WHERE archivedAt IS NULL GROUP BY pillarId'),
      objectives: max('SELECT count(*) AS n FROM objective WHERE archivedAt IS NULL GROUP BY priorityId'),
      actions: max('SELECT count(*) AS n FROM action WHERE archivedAt IS NULL GROUP BY objectiveId'),
    };
  } finally {
    db.close();
  }
}
let WHOLE_TREE = null;
let FIRSTS = null;
const FILTERED = '{ actions(filter: { agency: "RESET" }, first: 100) { nodes { id text status } } }';
const RECORD_PROGRESS = 'mutation Record($input: RecordProgressInput!) { recordProgress(input: $input) { progressUpdate { id } replayed } }';

/** A POST body whose unused variable `bust` differs on every request: the response cache misses. */
const bustBody = (query) => JSON.stringify({ query, variables: { bust: BUST } });
const staticBody = (query) => JSON.stringify({ query });
const JSON_HEADERS = { 'content-type': 'application/json' };
// Apollo's CSRF prevention (applied by the API's cache too) wants a non-simple header on GETs.
const GET_HEADERS = { 'apollo-require-preflight': 'true' };

// ---------------------------------------------------------------------------------------------
const results = {
  startedAt: new Date().toISOString(),
  settings: { durationS: DURATION, warmupS: WARMUP, connections: CONNECTIONS, coldStarts: COLD_STARTS },
  failures: [],
  notes: [],
};
const fail = (message) => {
  log(`FAILURE: ${message}`);
  results.failures.push(message);
};

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 20000 })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(meminfo)?.[1] ?? totalmem() / 1024);
  const fs = sh('df', ['-T', tmpdir()])?.split('\n')[1]?.split(/\s+/)[1] ?? 'unknown';
  return {
    cpuModel: model.trim(),
    cores: cpus().length,
    processors: (cpuinfo.match(/^processor\s*:/gm) ?? []).length,
    memGiB: memKb / 1024 / 1024,
    kernel: release(),
    tmpFilesystem: `${tmpdir()} (${fs})`,
  };
}

function versions() {
  const require = createRequire(join(ROOT, 'packages/api/package.json'));
  const apiPkg = JSON.parse(readFileSync(join(ROOT, 'packages/api/package.json'), 'utf8'));
  const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const installed = (req, name) => {
    try {
      return JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8')).version;
    } catch {
      try {
        // Packages whose exports hide package.json: walk up from the entry point to the package's own.
        let dir = dirname(req.resolve(name));
        while (dir !== '/') {
          const file = join(dir, 'package.json');
          if (existsSync(file)) {
            const pkg = JSON.parse(readFileSync(file, 'utf8'));
            if (pkg.name === name) return pkg.version;
          }
          dir = dirname(dir);
        }
        return null;
      } catch {
        return null;
      }
    }
  };
  const packages = Object.entries(apiPkg.dependencies ?? {})
    .filter(([name]) => !['react', 'react-dom', 'graphiql'].includes(name))
    .map(([name, range]) => ({ name, range, installed: installed(require, name) }));
  const testsRequire = createRequire(join(ROOT, 'tests/package.json'));
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--', 'packages']);
  return {
    node: process.version,
    pnpm: (/pnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? sh('pnpm', ['--version'])) || rootPkg.packageManager,
    packageManager: rootPkg.packageManager,
    api: apiPkg.version,
    commit: commit ? `${commit}${dirty ? ' (packages/ has uncommitted changes)' : ''}` : null,
    packages,
    autocannon: installed(testsRequire, 'autocannon'),
    betterSqlite3Bench: installed(testsRequire, 'better-sqlite3'),
    pgBench: installed(testsRequire, 'pg'),
    wrk: wrkVersion(),
  };
}

// ---------------------------------------------------------------------------------------------
// Servers.
/** DATABASE_URL for a database: a PostgreSQL URL as it is, a SQLite file as sqlite:<file>. */
const databaseUrl = (db) => (/^postgres(ql)?:\/\//.test(db) ? db : `sqlite:${db}`);

const apiEnv = (db, port, extra = {}) => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: databaseUrl(db),
  NODE_ENV: 'production',
  PLAYGROUND: 'false',
  // The bench measures the server, not its rate limiter (which would refuse most of the load).
  RATE_LIMIT: 'false',
  ...extra,
});

/** Starts the API on a database (a SQLite file or a PostgreSQL URL). */
async function startApi(name, db, { extraEnv = {}, nodeArgs = [], timeoutMs = 60000 } = {}) {
  const port = await freePort();
  const since = performance.now();
  const child = startNode(name, [API_MAIN], { env: apiEnv(db, port, extraEnv), nodeArgs, cwd: ROOT });
  const startMs = await waitForGraphQL(port, child, { since, timeoutMs });
  return { name, port, child, pid: child.pid, startMs };
}

async function startScript(name, script, args) {
  const port = await freePort();
  const child = startNode(name, [join(HERE, 'servers', script), String(port), ...args], { cwd: ROOT });
  await waitForGraphQL(port, child, { timeoutMs: 30000 });
  return { name, port, child, pid: child.pid };
}

function createAdminKey(db) {
  const r = spawnSync(process.execPath, [API_CLI, 'keys', 'create', '--role', 'admin', '--name', 'bench'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl(db), NODE_ENV: 'production' },
    timeout: 60000,
    encoding: 'utf8',
  });
  const key = /^\s*(cdp_[A-Za-z0-9]+_[A-Za-z0-9_-]+)\s*$/m.exec(r.stdout ?? '')?.[1];
  if (r.status !== 0 || !key) throw new Error(`keys create failed (status ${r.status}): ${r.stdout}\n${r.stderr}`);
  return key;
}

/** A consistent copy of a SQLite database (WAL included). */
function copyDatabase(from, to) {
  const db = openDatabase(from);
  try {
    db.prepare('VACUUM INTO ?').run(to);
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Loads.
let generator = process.env.BENCH_GENERATOR || null;

async function load(spec, gen = generator) {
  const s = { connections: CONNECTIONS, ...spec };
  return gen === 'wrk' ? runWrk(s, { tmpDir: tmp }) : runAutocannon(s);
}

/** Adds the server's CPU use during a load: ms of CPU per request, and cores busy. */
function withCpu(r, pid, before) {
  if (!pid) return r;
  const used = cpuMs(pid) - before;
  r.serverCpuMsPerRequest = r.requests ? used / r.requests : null;
  r.serverCores = used / (r.durationS * 1000);
  return r;
}

/** Adds the database server's CPU use during a load (PostgreSQL on this machine: its backends'). */
function withDatabaseCpu(r, usedMs) {
  if (usedMs === null || Number.isNaN(usedMs)) return r;
  r.databaseCpuMsPerRequest = r.requests ? usedMs / r.requests : null;
  r.databaseCores = usedMs / (r.durationS * 1000);
  return r;
}

/**
 * One measured scenario: a warm-up of WARMUP s, then DURATION s. `expectBytes` (the size of the
 * expected answer body) checks that the responses were the expected ones, which matters for wrk.
 */
async function scenario(key, label, spec, { expectBytes = null, tolerance = 0.02 } = {}) {
  log(`${label}: warm-up ${WARMUP} s, then ${DURATION} s at ${CONNECTIONS} connections`);
  if (WARMUP > 0) await load({ ...spec, duration: WARMUP });
  const cpuBefore = spec.pid ? cpuMs(spec.pid) : NaN;
  const dbBefore = spec.database ? await spec.database.snapshot() : null;
  const r = await load({ ...spec, duration: DURATION });
  withCpu(r, spec.pid, cpuBefore);
  if (dbBefore) withDatabaseCpu(r, spec.database.since(dbBefore, await spec.database.snapshot()));
  r.label = label;
  if (expectBytes !== null && r.requests) {
    // Each response is the body plus its headers (a few hundred bytes).
    const perResponse = r.bytesPerResponse;
    if (perResponse < expectBytes * (1 - tolerance) || perResponse > expectBytes * (1 + tolerance) + 600) {
      r.unexpectedSize = true;
      r.errors = Math.max(r.errors, r.requests);
      fail(`${label}: responses average ${perResponse.toFixed(0)} bytes, expected about ${expectBytes} (+ headers): not the expected answer`);
    }
  }
  const rate = r.requests ? r.errors / r.requests : 1;
  if (!r.requests) fail(`${label}: no response at all`);
  else if (rate > MAX_ERROR_RATE) fail(`${label}: ${r.errors} errors in ${r.requests} requests (${(rate * 100).toFixed(2)}%)`);
  log(`  ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.errors} errors / ${r.requests}`);
  return r;
}

// ---------------------------------------------------------------------------------------------
// SQL statement count (the API's x-sql-statements header: SQL_STATEMENT_COUNT=1, not in production).

/** The statements a request ran, from the x-sql-statements header; null when the API does not send it. */
function statementsOf(response) {
  const header = response.headers['x-sql-statements'];
  return header === undefined ? null : Number(header);
}

async function checkStatementCount(realDb, bigDb) {
  const env = { NODE_ENV: 'test', SQL_STATEMENT_COUNT: '1', RESPONSE_CACHE: 'false' };
  const out = { checked: false, reason: null, wholeTree: null, filtered: null };
  let real;
  let big;
  try {
    try {
      real = await startApi('api (statement count, real plan)', realDb, { extraEnv: env });
      big = await startApi('api (statement count, 10x plan)', bigDb, { extraEnv: env });
    } catch (error) {
      // A configuration refused at start (exit status 2) means the API has no statement counting.
      if (/exited \(\{"code":2/.test(String(error.message))) {
        out.reason = `the API refused SQL_STATEMENT_COUNT=1: ${error.message.split('\n').slice(1, 4).join(' ')}`;
        return out;
      }
      throw error;
    }
    const measure = async (server, query) => {
      const r = await postJson(server.port, staticBody(query));
      const body = JSON.parse(r.body.toString());
      if (r.status !== 200 || body.errors) throw new Error(`${server.name}: ${r.status} ${r.body.toString().slice(0, 500)}`);
      return { statements: statementsOf(r), body };
    };
    const [a, b] = [await measure(real, WHOLE_TREE), await measure(big, WHOLE_TREE)];
    if (a.statements === null || b.statements === null) {
      out.reason = 'the API sends no x-sql-statements header (expected with NODE_ENV=test and SQL_STATEMENT_COUNT=1)';
      return out;
    }
    const [fa, fb] = [await measure(real, FILTERED), await measure(big, FILTERED)];
    out.checked = true;
    out.wholeTree = { real: a.statements, tenTimes: b.statements, realCounts: treeCounts(a.body), tenTimesCounts: treeCounts(b.body) };
    out.filtered = {
      real: fa.statements,
      tenTimes: fb.statements,
      realNodes: fa.body.data.actions.nodes.length,
      tenTimesNodes: fb.body.data.actions.nodes.length,
    };
    out.grows = b.statements > a.statements || fb.statements > fa.statements;
    const ratio = out.wholeTree.tenTimesCounts.actions / out.wholeTree.realCounts.actions;
    if (ratio < 9.5)
      fail(`statement count: the synthetic plan answered ${out.wholeTree.tenTimesCounts.actions} actions, not ten times ${out.wholeTree.realCounts.actions}`);
    if (out.grows)
      fail(`SQL statements grow with data size: whole tree ${a.statements} -> ${b.statements}, filtered list ${fa.statements} -> ${fb.statements}`);
    return out;
  } finally {
    await stopProcess(real?.child);
    await stopProcess(big?.child);
  }
}

// ---------------------------------------------------------------------------------------------
// Writes.

/** The live actions of the newest delivery plan, and its start (YYYY-MM-DD), from a SQLite file. */
function planActions(dbFile) {
  const db = openDatabase(dbFile, { readonly: false });
  try {
    const plan = db.prepare("SELECT id, periodStart FROM plan WHERE kind = 'DELIVERY_PLAN' AND archivedAt IS NULL ORDER BY periodStart DESC, id LIMIT 1").get();
    const actions = db
      .prepare(
        `SELECT a.id FROM action a JOIN objective o ON o.id = a.objectiveId JOIN priority pr ON pr.id = o.priorityId JOIN pillar pi ON pi.id = pr.pillarId
         WHERE pi.planId = ? AND a.archivedAt IS NULL AND o.archivedAt IS NULL AND pr.archivedAt IS NULL AND pi.archivedAt IS NULL ORDER BY a.id`,
      )
      .all(plan.id)
      .map((r) => r.id);
    return { periodStart: plan.periodStart, actions };
  } finally {
    db.close();
  }
}

/** Bodies for recordProgress: every live action of the delivery plan, in each quarter, in turn. */
function progressBodies({ periodStart, actions }) {
  const fy = Number(periodStart.slice(0, 4));
  const label = (q) => `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${q}`;
  const statuses = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_STARTED'];
  const rags = ['GREEN', 'AMBER', 'RED'];
  const bodies = [];
  let n = 0;
  // Four rounds of the four quarters: each update gives its action another status than the
  // update before it on that action (a late update for an earlier quarter is kept in the series
  // but does not change the action's status: the API's rule).
  for (let round = 0; round < 4; round++) {
    for (let q = 1; q <= 4; q++) {
      for (const [i, id] of actions.entries()) {
        n++;
        const input = {
          actionId: Buffer.from(`Action:${id}`).toString('base64'),
          quarter: label(q),
          status: statuses[(i + q + round) % statuses.length],
          rag: rags[n % rags.length],
          percentComplete: n % 100,
          commentary: `Benchmark update ${n}: on track with partners, next review at the board.`,
        };
        bodies.push(JSON.stringify({ query: RECORD_PROGRESS, variables: { input } }));
      }
    }
  }
  return { bodies, actions, fy, quarters: [1, 2, 3, 4].map(label) };
}

function countRows(dbFile, table) {
  const db = openDatabase(dbFile, { readonly: false });
  try {
    return db.prepare(`SELECT count(*) AS n FROM "${table}"`).get().n;
  } finally {
    db.close();
  }
}

/**
 * The same writes as one recordProgress, straight on better-sqlite3 with the API's pragmas, in a
 * loop for `seconds`: BEGIN IMMEDIATE; update the action's status and version; its audit entry;
 * insert the progress_update; its audit entry; move the data revision on; COMMIT.
 */
function directWrites(dbFile, actions, fy, seconds) {
  const db = openDatabase(dbFile);
  try {
    const updateAction = db.prepare(`UPDATE action SET status = ?, version = version + 1, updatedAt = datetime('now') WHERE id = ? RETURNING version`);
    const insertProgress = db.prepare(
      `INSERT INTO progress_update (actionId, financialYear, quarter, quarterLabel, periodStart, periodEnd, status, rag, percentComplete, commentary, reportedBy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAudit = db.prepare(
      `INSERT INTO audit_entry (at, actorKind, actorId, actorName, requestId, mutation, operation, entityType, entityId, version, changes)
       VALUES (?, 'API_KEY', 'key:bench', 'bench (direct)', ?, 'recordProgress', ?, ?, ?, ?, ?)`,
    );
    const bump = db.prepare('UPDATE data_revision SET revision = revision + 1 WHERE id = 1');
    const begin = db.prepare('BEGIN IMMEDIATE');
    const commit = db.prepare('COMMIT');
    const statuses = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_STARTED'];
    const starts = ['04-01', '07-01', '10-01', '01-01'];
    const ends = ['06-30', '09-30', '12-31', '03-31'];
    const latencies = [];
    let n = 0;
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    while (performance.now() < end) {
      const s = performance.now();
      const actionId = actions[n % actions.length];
      const q = (Math.floor(n / actions.length) % 4) + 1;
      const year = q === 4 ? fy + 1 : fy;
      const status = statuses[n % statuses.length];
      const at = new Date().toISOString().replace('T', ' ').replace('Z', '');
      const requestId = `direct-${n}`;
      begin.run();
      try {
        const { version } = updateAction.get(status, actionId);
        insertAudit.run(at, requestId, 'UPDATE', 'Action', actionId, version, JSON.stringify([{ field: 'status', before: null, after: status }]));
        const label = `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${q}`;
        const commentary = `Benchmark update ${n}: on track with partners, next review at the board.`;
        const row = [actionId, fy, q, label, `${year}-${starts[q - 1]}`, `${year}-${ends[q - 1]}`, status, 'AMBER', n % 100, commentary, 'bench (direct)'];
        const id = Number(insertProgress.run(...row).lastInsertRowid);
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
        insertAudit.run(at, requestId, 'CREATE', 'ProgressUpdate', id, 1, JSON.stringify(fields.map((field, i) => ({ field, before: null, after: row[i] }))));
        bump.run();
        commit.run();
      } catch (error) {
        if (db.inTransaction) db.prepare('ROLLBACK').run();
        throw error;
      }
      latencies.push(performance.now() - s);
      n++;
    }
    const elapsed = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const pick = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return {
      label: 'direct better-sqlite3 transaction (1 connection, serial)',
      rps: n / elapsed,
      p50: pick(50),
      p99: pick(99),
      requests: n,
      errors: 0,
      durationS: elapsed,
    };
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Writes through the API: recordProgress with the admin key, the same bodies in turn, checked
// against the rows written (`count(table)` counts a table's rows in the API's database).
async function apiWrites(api, adminKey, { bodies, actions, quarters }, count, { database = null, engine = '' } = {}) {
  const auth = { ...JSON_HEADERS, authorization: `Bearer ${adminKey}` };
  const probe = await postJson(api.port, bodies[0], { authorization: `Bearer ${adminKey}` });
  const probeBody = JSON.parse(probe.body.toString());
  if (probe.status !== 200 || probeBody.errors || !probeBody.data?.recordProgress?.progressUpdate?.id)
    throw new Error(`recordProgress${engine} failed: ${probe.body.toString().slice(0, 800)}`);
  const spec = { port: api.port, method: 'POST', headers: auth, bodies: bodies.slice(1).concat(bodies[0]) };
  log(
    `recordProgress through the API${engine}: ${actions.length} actions x ${quarters.length} quarters x 4 rounds in turn; warm-up ${WARMUP} s, then ${DURATION} s`,
  );
  if (WARMUP > 0) await load({ ...spec, duration: WARMUP });
  await new Promise((res) => setTimeout(res, 500));
  const rowsBefore = await count('progress_update');
  const auditBefore = await count('audit_entry');
  const mCpu = cpuMs(api.pid);
  const dbBefore = database ? await database.snapshot() : null;
  const m = withCpu(await load({ ...spec, duration: DURATION }), api.pid, mCpu);
  if (dbBefore) withDatabaseCpu(m, database.since(dbBefore, await database.snapshot()));
  await new Promise((res) => setTimeout(res, 1000));
  const written = (await count('progress_update')) - rowsBefore;
  const audited = (await count('audit_entry')) - auditBefore;
  // Every answered request must have written its row (a GraphQL error is a 200 without one).
  const unwritten = Math.max(0, m.requests - written);
  m.label = 'API recordProgress (admin key, audit on)';
  m.rowsWritten = written;
  m.auditEntriesWritten = audited;
  m.errors += unwritten;
  m.graphqlErrors = unwritten;
  log(
    `  ${m.rps.toFixed(0)} req/s, p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms; ${written} progress rows and ${audited} audit entries written for ${m.requests} answers`,
  );
  if (!m.requests || m.errors / m.requests > MAX_ERROR_RATE) fail(`recordProgress${engine}: ${m.errors} errors in ${m.requests} requests`);
  return { result: m, spec };
}

// ---------------------------------------------------------------------------------------------
// Cold start.
async function coldStart(dbFile) {
  const api = [];
  const bare = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const a = await startApi(`api (cold start ${i + 1})`, dbFile, { timeoutMs: 60000 });
    api.push(a.startMs);
    await stopProcess(a.child);
    const port = await freePort();
    const since = performance.now();
    const child = startNode(`bare (cold start ${i + 1})`, [join(HERE, 'servers/bare.mjs'), String(port)], { cwd: ROOT });
    bare.push(await waitForGraphQL(port, child, { since, timeoutMs: 30000 }));
    await stopProcess(child);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { apiMs: api, bareMs: bare, apiMedianMs: median(api), bareMedianMs: median(bare) };
}

// ---------------------------------------------------------------------------------------------
// CPU profile of the API under load (node --cpu-prof), summarised per phase.
async function profileApi(dbFile, phases) {
  const dir = join(tmp, 'profile');
  mkdirSync(dir, { recursive: true });
  const since = process.hrtime.bigint();
  const api = await startApi('api (--cpu-prof)', dbFile, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const ready = process.hrtime.bigint();
  const windows = [{ key: 'startup', label: 'start-up, spawn to first answer', startUs: Number(since / 1000n), endUs: Number(ready / 1000n) }];
  try {
    for (const phase of phases) {
      const spec = await phase.spec(api.port);
      log(`profile: ${phase.label}, warm-up ${WARMUP} s then ${DURATION} s`);
      if (WARMUP > 0) await load({ ...spec, duration: WARMUP });
      const startUs = Number(process.hrtime.bigint() / 1000n);
      const r = await load({ ...spec, duration: DURATION });
      windows.push({ key: phase.key, label: phase.label, startUs, endUs: Number(process.hrtime.bigint() / 1000n), rps: r.rps, requests: r.requests });
    }
  } finally {
    await stopProcess(api.child, 15000);
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('node --cpu-prof wrote no profile');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const out = {};
  for (const w of windows)
    out[w.key] = { label: w.label, rpsUnderProfiler: w.rps ?? null, requests: w.requests ?? null, ...summarizeProfile(profile, { root: ROOT, window: w }) };
  return out;
}

// ---------------------------------------------------------------------------------------------
/**
 * The REST collection read (GET /api/v1/actions?first=100) beside the GraphQL one that reads the
 * same records and fields (the REST route's own selection, from dist/rest/representation.js):
 * uncached on a second API process with RESPONSE_CACHE=false (a REST GET has no unused variable to
 * bust the cache with), cached and 304 on the main API.
 */
async function restScenarios(api, dbFile) {
  const apiRequire = createRequire(join(ROOT, 'packages/api/package.json'));
  const { buildSchema } = apiRequire('graphql');
  const { Representations } = apiRequire('./dist/rest/representation.js');
  const schema = buildSchema(readFileSync(join(ROOT, 'packages/schema/schema.graphql'), 'utf8'));
  const reps = new Representations(schema);
  const selection = reps.selection(reps.objectType('Action'));
  const graphqlQuery = `query RestEquivalent { actions(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`;
  const path = '/api/v1/actions?first=100';
  const headers = { accept: 'application/json' };
  const noCache = await startApi('api (RESPONSE_CACHE=false)', dbFile, { extraEnv: { RESPONSE_CACHE: 'false' } });
  try {
    const probe = await httpRequest(noCache.port, { path, headers });
    if (probe.status !== 200) throw new Error(`GET ${path} answered ${probe.status}: ${probe.body.toString().slice(0, 500)}`);
    const gqlProbe = await postJson(noCache.port, staticBody(graphqlQuery));
    const gqlBody = JSON.parse(gqlProbe.body.toString());
    if (gqlProbe.status !== 200 || gqlBody.errors) throw new Error(`the GraphQL equivalent failed: ${gqlProbe.body.toString().slice(0, 500)}`);
    const restItems = JSON.parse(probe.body.toString()).items.length;
    if (restItems !== gqlBody.data.actions.nodes.length) fail(`REST gave ${restItems} actions, GraphQL ${gqlBody.data.actions.nodes.length}`);
    await httpRequest(api.port, { path, headers });
    const hit = await httpRequest(api.port, { path, headers });
    const etag = hit.headers.etag;
    if (hit.headers['x-cache'] !== 'hit' || !etag) fail(`a repeated REST GET was not a cache hit with an ETag (x-cache ${hit.headers['x-cache']})`);
    const out = {};
    out.restUncached = await scenario(
      'restUncached',
      `REST GET ${path}, uncached (response cache off)`,
      { port: noCache.port, pid: noCache.pid, method: 'GET', path, headers },
      {
        expectBytes: probe.body.length,
      },
    );
    out.graphqlSameUncached = await scenario(
      'graphqlSameUncached',
      'GraphQL actions(first: 100) with the REST route’s fields, uncached (response cache off)',
      { port: noCache.port, pid: noCache.pid, method: 'POST', headers: JSON_HEADERS, body: staticBody(graphqlQuery) },
      { expectBytes: gqlProbe.body.length },
    );
    out.restCached = await scenario(
      'restCached',
      `REST GET ${path}, cached`,
      { port: api.port, pid: api.pid, method: 'GET', path, headers },
      { expectBytes: hit.body.length },
    );
    out.rest304 = await scenario(
      'rest304',
      `REST GET ${path}, 304 (If-None-Match)`,
      { port: api.port, pid: api.pid, method: 'GET', path, headers: { ...headers, 'if-none-match': etag }, expectStatus: 304 },
      { expectBytes: 0 },
    );
    return out;
  } finally {
    await stopProcess(noCache.child);
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the same reads and writes on a fresh PostgreSQL database, the API against the
// PostgreSQL floor (servers/floor-pg.mjs) and the direct pg write loop.

/** DATABASE_POOL_SIZE's default, set explicitly: the API's pool, and the PostgreSQL floor's. */
const PG_POOL_SIZE = 10;
/** The application names of the API's connections (its pool and its LISTEN connection), and the floor's. */
const PG_API_APPS = ['cdp-plan-api', 'cdp-plan-api-listen'];
const PG_FLOOR_APPS = ['cdp-bench-floor'];
const PG_DIRECT_APPS = ['cdp-bench-direct'];

async function postgresSection(sqlite) {
  const out = { source: null, server: null, poolSize: PG_POOL_SIZE };
  results.postgres = out;
  const pgLib = (pgLibLoaded = await import('./lib/postgres.mjs'));
  const server = await pgLib.resolveServer({ log });
  pgCleanup.adminUrl = server.adminUrl;
  if (server.provisioned) pgCleanup.stop = server.stop;
  out.source = server.source;
  out.provisioned = server.provisioned;
  out.url = pgLib.redact(server.adminUrl);
  out.server = await pgLib.serverInfo(server.adminUrl);
  if (server.provisioned) out.clusterSettings = pgLib.BENCH_SETTINGS;
  const st = out.server.settings;
  log(
    `PostgreSQL ${out.server.version} (${server.source}): fsync ${st.fsync}, synchronous_commit ${st.synchronous_commit}, shared_buffers ${st.shared_buffers}; its CPU ${out.server.local ? 'measured from /proc' : 'not measurable (not on this machine)'}`,
  );
  const db = await pgLib.createRunDatabase(server.adminUrl);
  pgCleanup.database = db.name;
  out.database = db.name;
  const bench = await new pgLib.BenchClient(db.url).connect();
  const dbCpu = (applications) => (out.server.local ? { snapshot: () => bench.backends(db.name, applications), since: pgLib.backendCpuMs } : null);
  const extraEnv = { DATABASE_POOL_SIZE: String(PG_POOL_SIZE) };
  let api = null;
  let floor = null;
  try {
    // The API migrates and seeds the empty database; an admin key with the CLI; then the API again.
    log('PostgreSQL: preparing the database: API start (migrate + seed)');
    const seeding = await startApi('api (PostgreSQL, seeding)', db.url, { extraEnv, timeoutMs: 120000 });
    out.seedStartMs = seeding.startMs;
    await stopProcess(seeding.child);
    const adminKey = createAdminKey(db.url);
    api = await startApi('api (PostgreSQL)', db.url, { extraEnv });
    out.startMs = api.startMs;
    log(`PostgreSQL: API on ${api.port} (seeding start ${out.seedStartMs.toFixed(0)} ms, start on the seeded database ${api.startMs.toFixed(0)} ms)`);

    const first = await postJson(api.port, staticBody(WHOLE_TREE));
    const apiText = first.body.toString('utf8');
    const apiBody = JSON.parse(apiText);
    if (first.status !== 200 || apiBody.errors) throw new Error(`whole-tree query failed on the API (PostgreSQL): ${first.status} ${apiText.slice(0, 1000)}`);
    out.wholeTree = { bytes: first.body.length, counts: treeCounts(apiBody), sameAsSqlite: apiText === sqlite.apiText };
    if (!out.wholeTree.sameAsSqlite) {
      out.wholeTree.firstDifferenceFromSqlite = firstDifference(sqlite.apiText, apiText);
      results.notes.push(
        `The API's whole tree on PostgreSQL differs from its whole tree on SQLite (same seed) at character ${out.wholeTree.firstDifferenceFromSqlite.at}: see postgres.wholeTree in the raw figures.`,
      );
    }
    log(`PostgreSQL: whole tree ${first.body.length} bytes, ${out.wholeTree.sameAsSqlite ? 'byte-identical to' : 'DIFFERENT from'} the SQLite API's`);

    floor = await startScript('floor (PostgreSQL)', 'floor-pg.mjs', [db.url, JSON.stringify(FIRSTS), String(PG_POOL_SIZE)]);
    const floorText = (await postJson(floor.port, staticBody(WHOLE_TREE))).body.toString('utf8');
    const identical = floorText === apiText;
    out.shapeCheck = { identicalBytes: identical, floorCounts: treeCounts(JSON.parse(floorText)) };
    if (!identical) {
      const d = (out.shapeCheck.firstDifference = firstDifference(apiText, floorText));
      fail(`the PostgreSQL floor's whole tree differs from the API's (PostgreSQL) at character ${d.at}: API …${d.api}… floor …${d.floor}…`);
    } else log("PostgreSQL: the floor's answer is byte-identical to the API's");

    // The cached read and the 304 as on SQLite: a repeated GET is a hit with an ETag.
    const getPath = `/graphql?query=${encodeURIComponent(WHOLE_TREE)}`;
    await httpRequest(api.port, { path: getPath, headers: GET_HEADERS });
    const hit = await httpRequest(api.port, { path: getPath, headers: GET_HEADERS });
    const etag = hit.headers.etag ?? null;
    const cond = etag ? await httpRequest(api.port, { path: getPath, headers: { ...GET_HEADERS, 'if-none-match': etag } }) : null;
    out.caching = { responseCache: hit.headers['x-cache'] === 'hit', etag, conditional: cond?.status ?? null, getBodyIdentical: hit.body.equals(first.body) };
    if (!out.caching.getBodyIdentical) fail('PostgreSQL: a GET of the whole tree answered differently from the first POST');
    if (etag && cond.status !== 304) fail(`PostgreSQL: If-None-Match with the API's ETag answered ${cond.status}, not 304`);
    const filteredProbe = await postJson(api.port, staticBody(FILTERED));
    const filteredBody = JSON.parse(filteredProbe.body.toString());
    if (filteredProbe.status !== 200 || filteredBody.errors)
      throw new Error(`filtered list failed (PostgreSQL): ${filteredProbe.body.toString().slice(0, 500)}`);
    out.filteredList = { nodes: filteredBody.data.actions.nodes.length, bytes: filteredProbe.body.length };

    const size = first.body.length;
    const onApi = { port: api.port, pid: api.pid, database: dbCpu(PG_API_APPS) };
    const r = {};
    r.apiUncached = await scenario(
      'pgApiUncached',
      'PostgreSQL: API whole tree, uncached (POST, unique variable)',
      { ...onApi, method: 'POST', headers: JSON_HEADERS, body: bustBody(WHOLE_TREE), bust: true },
      { expectBytes: size },
    );
    r.apiCached = await scenario(
      'pgApiCached',
      'PostgreSQL: API whole tree, cached (identical GET)',
      { ...onApi, method: 'GET', path: getPath, headers: GET_HEADERS },
      { expectBytes: size },
    );
    if (etag)
      r.api304 = await scenario(
        'pgApi304',
        'PostgreSQL: API whole tree, 304 (GET with If-None-Match)',
        { ...onApi, method: 'GET', path: getPath, headers: { ...GET_HEADERS, 'if-none-match': etag }, expectStatus: 304 },
        { expectBytes: 0 },
      );
    r.floor = await scenario(
      'pgFloor',
      'PostgreSQL: floor, hand-written SQL on pg + JSON.stringify',
      { port: floor.port, pid: floor.pid, database: dbCpu(PG_FLOOR_APPS), method: 'POST', headers: JSON_HEADERS, body: staticBody(WHOLE_TREE) },
      { expectBytes: size },
    );
    r.filtered = await scenario(
      'pgFiltered',
      `PostgreSQL: API filtered action list, uncached (agency RESET, ${out.filteredList.nodes} actions)`,
      { ...onApi, method: 'POST', headers: JSON_HEADERS, body: bustBody(FILTERED), bust: true },
      { expectBytes: out.filteredList.bytes, tolerance: 0.05 },
    );
    out.reads = r;
    await stopProcess(floor.child);

    // Writes: recordProgress through the API, then the same transaction directly on pg.
    const prepared = progressBodies(await bench.planActions());
    const { result: m } = await apiWrites(api, adminKey, prepared, (table) => bench.count(table), { database: dbCpu(PG_API_APPS), engine: ' (PostgreSQL)' });
    const apiRequire = createRequire(join(ROOT, 'packages/api/package.json'));
    const { ADVISORY_LOCKS } = apiRequire('./dist/db/database.js');
    const { REVISION_CHANNEL } = apiRequire('./dist/db/revision-listener.js');
    log(`PostgreSQL: the same transaction directly on pg for ${DURATION} s`);
    const rowsBefore = await bench.count('progress_update');
    const d = await pgLib.directWritesPg(db.url, {
      actions: prepared.actions,
      fy: prepared.fy,
      seconds: DURATION,
      advisoryLock: ADVISORY_LOCKS,
      channel: REVISION_CHANNEL,
      database: dbCpu(PG_DIRECT_APPS),
    });
    withDatabaseCpu(d, d.databaseCpuMs ?? null);
    const directWritten = (await bench.count('progress_update')) - rowsBefore;
    if (directWritten !== d.requests) fail(`PostgreSQL direct writes: ${d.requests} transactions committed, ${directWritten} progress rows written`);
    log(`  ${d.rps.toFixed(0)} transactions/s, p50 ${d.p50.toFixed(2)} ms, p99 ${d.p99.toFixed(2)} ms`);
    out.writes = { api: m, direct: d, actions: prepared.actions.length, quarters: prepared.quarters };
    return out;
  } finally {
    await stopProcess(floor?.child);
    await stopProcess(api?.child);
    await bench.end();
    if (server.provisioned) {
      cleanUpPostgres(pgLib);
    } else {
      await pgLib.dropRunDatabase(server.adminUrl, db.name).then(
        () => (pgCleanup.database = null),
        (error) => log(`PostgreSQL: could not drop ${db.name}: ${error.message}`),
      );
    }
  }
}

/** Where two answers first differ, with 80 characters either side. */
function firstDifference(api, other) {
  let at = 0;
  while (at < api.length && api[at] === other[at]) at++;
  return { at, api: api.slice(Math.max(0, at - 80), at + 80), floor: other.slice(Math.max(0, at - 80), at + 80) };
}

async function main() {
  for (const file of [API_MAIN, API_CLI]) if (!existsSync(file)) throw new Error(`${file} is missing: run pnpm run build first (pnpm bench does)`);
  results.machine = machine();
  results.versions = versions();
  log(`machine: ${results.machine.cpuModel}, ${results.machine.cores} cores; node ${results.versions.node}`);

  // 1. One database: the API migrates and seeds it; an admin key for the writes.
  const dbFile = join(tmp, 'cdp.sqlite');
  log('preparing the database: API start (migrate + seed)');
  const seeding = await startApi('api (seeding)', dbFile, { timeoutMs: 120000 });
  results.seedStartMs = seeding.startMs;
  await stopProcess(seeding.child);
  const adminKey = createAdminKey(dbFile);
  log('admin key created with the CLI');

  // 5. Statement count: the real plan and a synthetic plan ten times larger.
  const bigDb = join(tmp, 'cdp-10x.sqlite');
  copyDatabase(dbFile, bigDb);
  results.syntheticPlan = multiplyPlan(bigDb, 10);
  log(`synthetic plan: ${JSON.stringify(results.syntheticPlan)}`);
  const largest = [largestLists(dbFile), largestLists(bigDb)];
  FIRSTS = Object.fromEntries(LEVELS.map((level) => [level, Math.max(...largest.map((l) => l[level])) > 50 ? 100 : 50]));
  WHOLE_TREE = wholeTreeQuery(FIRSTS);
  results.wholeTreeQuery = { largestLists: { real: largest[0], tenTimes: largest[1] }, pageSizes: FIRSTS, text: WHOLE_TREE };
  log(`largest lists ${JSON.stringify(largest)}: page sizes ${JSON.stringify(FIRSTS)}`);
  results.statementCount = await checkStatementCount(dbFile, bigDb);
  log(
    results.statementCount.checked
      ? `statement count: whole tree ${results.statementCount.wholeTree.real} (real) vs ${results.statementCount.wholeTree.tenTimes} (10x); filtered ${results.statementCount.filtered.real} vs ${results.statementCount.filtered.tenTimes}`
      : `statement count NOT CHECKED: ${results.statementCount.reason}`,
  );

  // 2. Three servers over the same database.
  const api = await startApi('api', dbFile);
  await new Promise((r) => setTimeout(r, 1000));
  results.rss = { atRestMb: rssMb(api.pid) };
  log(`API on ${api.port} (started in ${api.startMs.toFixed(0)} ms), RSS at rest ${results.rss.atRestMb.toFixed(1)} MB`);

  const first = await postJson(api.port, staticBody(WHOLE_TREE));
  const apiText = first.body.toString('utf8');
  const apiBody = JSON.parse(apiText);
  if (first.status !== 200 || apiBody.errors) throw new Error(`whole-tree query failed on the API: ${first.status} ${apiText.slice(0, 1000)}`);
  const contentType = first.headers['content-type'];
  const bodyFile = join(tmp, 'whole-tree.json');
  writeFileSync(bodyFile, first.body);
  results.wholeTree = { bytes: first.body.length, contentType, counts: treeCounts(apiBody), cacheHeaders: { 'x-cache': first.headers['x-cache'] ?? null } };
  log(`whole tree: ${first.body.length} bytes, ${JSON.stringify(results.wholeTree.counts)}`);

  const ceiling = await startScript('ceiling', 'ceiling.mjs', [bodyFile, contentType]);
  const floor = await startScript('floor', 'floor.mjs', [dbFile, JSON.stringify(FIRSTS)]);

  // The floor must give the API's answer: same bytes (hence same counts and texts).
  const floorResponse = await postJson(floor.port, staticBody(WHOLE_TREE));
  const floorText = floorResponse.body.toString('utf8');
  const floorCounts = treeCounts(JSON.parse(floorText));
  const identical = floorText === apiText;
  results.shapeCheck = { identicalBytes: identical, apiCounts: results.wholeTree.counts, floorCounts };
  if (!identical) {
    const d = (results.shapeCheck.firstDifference = firstDifference(apiText, floorText));
    fail(`the floor's whole tree differs from the API's at character ${d.at}: API …${d.api}… floor …${d.floor}…`);
  } else log("floor's answer is byte-identical to the API's");
  const ceilingCheck = await postJson(ceiling.port, staticBody(WHOLE_TREE));
  if (!ceilingCheck.body.equals(first.body)) fail("the ceiling's answer differs from the API's");

  // Caching as the API does it now: a repeated GET is a hit, with an ETag, and revalidates to 304.
  const getPath = `/graphql?query=${encodeURIComponent(WHOLE_TREE)}`;
  const get1 = await httpRequest(api.port, { path: getPath, headers: GET_HEADERS });
  const get2 = await httpRequest(api.port, { path: getPath, headers: GET_HEADERS });
  const etag = get2.headers.etag ?? get1.headers.etag ?? null;
  const cond = etag ? await httpRequest(api.port, { path: getPath, headers: { ...GET_HEADERS, 'if-none-match': etag } }) : null;
  // The same cached read for a client that accepts gzip: the stored gzip bytes (compressed once).
  const GZIP_HEADERS = { ...GET_HEADERS, 'accept-encoding': 'gzip' };
  await httpRequest(api.port, { path: getPath, headers: GZIP_HEADERS });
  const gzipProbe = await httpRequest(api.port, { path: getPath, headers: GZIP_HEADERS });
  const gzipped = gzipProbe.headers['content-encoding'] === 'gzip';
  if (gzipped && !gunzipSync(gzipProbe.body).equals(first.body)) fail("the API's gzip answer does not decode to its identity answer");
  const busted = await postJson(api.port, bustBody(WHOLE_TREE).replace(BUST, 'probe-1'));
  const bustedAgain = await postJson(api.port, bustBody(WHOLE_TREE).replace(BUST, 'probe-2'));
  const caching = {
    responseCache: get2.headers['x-cache'] === 'hit',
    etag,
    conditional: cond ? { status: cond.status, bytes: cond.body.length } : null,
    getBodyIdentical: get2.body.equals(first.body),
    bustMisses: busted.headers['x-cache'] !== 'hit' && bustedAgain.headers['x-cache'] !== 'hit',
    bustBodyIdentical: bustedAgain.body.equals(first.body),
    xCache: { get1: get1.headers['x-cache'] ?? null, get2: get2.headers['x-cache'] ?? null, bust: bustedAgain.headers['x-cache'] ?? null },
    gzip: gzipped ? { bytes: gzipProbe.body.length, xCache: gzipProbe.headers['x-cache'] ?? null } : null,
  };
  results.caching = caching;
  log(`caching: ${JSON.stringify(caching)}`);
  if (!caching.getBodyIdentical || !caching.bustBodyIdentical) fail('a GET or a cache-busting POST of the whole tree answered differently from the first POST');
  if (!caching.responseCache)
    results.notes.push('The API served the repeated GET without a cache hit (no x-cache: hit): "cached" and "uncached" measure the same path.');
  if (!gzipped) results.notes.push('The API sent no gzip answer to Accept-Encoding: gzip: the compressed scenario is not measured.');
  if (!etag) results.notes.push('The API sent no ETag: the 304 scenario is not measured.');
  else if (cond.status !== 304) fail(`If-None-Match with the API's ETag answered ${cond.status}, not 304`);

  // The Fastify reference (servers/fastify-front.mjs): the API's Fastify and request line around
  // the stored bytes, nothing else; it answers the same GETs, 200 and 304, with the API's ETag.
  const front = etag ? await startScript('fastify', 'fastify-front.mjs', [bodyFile, contentType, etag]) : null;
  if (front) {
    const probe200 = await httpRequest(front.port, { path: getPath, headers: GET_HEADERS });
    const probe304 = await httpRequest(front.port, { path: getPath, headers: { ...GET_HEADERS, 'if-none-match': etag } });
    if (!probe200.body.equals(first.body) || probe304.status !== 304)
      fail('the Fastify reference does not answer as the API does (same bytes, 304 on its ETag)');
  }

  // 3a. Is the load generator the bottleneck? The ceiling, with autocannon (1 and 2 workers) and wrk.
  const ceilingSpec = { port: ceiling.port, pid: ceiling.pid, method: 'POST', headers: JSON_HEADERS, body: staticBody(WHOLE_TREE) };
  const wrkAvailable = !!results.versions.wrk;
  const check = { durationS: CHECK_DURATION, runs: [] };
  if (!generator) {
    log(`load generator check against the ceiling (${CHECK_DURATION} s each)`);
    for (const [gen, opts] of [['autocannon', {}], ['autocannon', { workers: 2 }], ...(wrkAvailable ? [['wrk', {}]] : [])]) {
      await (gen === 'wrk'
        ? runWrk({ ...ceilingSpec, connections: CONNECTIONS, duration: 1 }, { tmpDir: tmp })
        : runAutocannon({ ...ceilingSpec, connections: CONNECTIONS, duration: 1 }, opts));
      const before = cpuMs(ceiling.pid);
      const r =
        gen === 'wrk'
          ? await runWrk({ ...ceilingSpec, connections: CONNECTIONS, duration: CHECK_DURATION }, { tmpDir: tmp })
          : await runAutocannon({ ...ceilingSpec, connections: CONNECTIONS, duration: CHECK_DURATION }, opts);
      withCpu(r, ceiling.pid, before);
      check.runs.push({ generator: r.generator, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, serverCores: r.serverCores });
      log(`  ${r.generator}: ${r.rps.toFixed(0)} req/s (p99 ${r.p99.toFixed(1)} ms), ceiling process busy ${r.serverCores.toFixed(2)} cores`);
    }
    const acRuns = check.runs.filter((r) => r.generator.startsWith('autocannon'));
    const best = acRuns.reduce((a, b) => (b.rps > a.rps ? b : a));
    const ac = best.rps;
    const wrk = check.runs.find((r) => r.generator === 'wrk');
    // The generator is the bottleneck when another one gets more out of the same server, or when
    // the (single-threaded) server is left with CPU to spare.
    if (wrk && (wrk.rps > ac * 1.15 || (best.serverCores < 0.9 && wrk.serverCores > best.serverCores))) {
      generator = 'wrk';
      check.reason =
        `autocannon is the bottleneck: on the ceiling it reached ${ac.toFixed(0)} req/s at best (${best.generator}), leaving the ceiling process ${best.serverCores.toFixed(2)} of its core busy; ` +
        `wrk reached ${wrk.rps.toFixed(0)} req/s (${(wrk.rps / ac).toFixed(2)}x) with the ceiling ${wrk.serverCores.toFixed(2)} cores busy. wrk (1 thread) is used for every measurement.`;
    } else if (wrk) {
      generator = 'autocannon';
      check.reason = `autocannon is not the bottleneck: on the ceiling it reached ${ac.toFixed(0)} req/s, wrk ${wrk.rps.toFixed(0)} req/s (within 15%); autocannon is used for every measurement.`;
    } else {
      generator = 'autocannon';
      check.reason = `wrk is not installed (apt-get install -y wrk), so autocannon is used; with 1 and 2 workers it reached ${check.runs.map((r) => r.rps.toFixed(0)).join(' and ')} req/s on the ceiling: if 2 workers were much faster, the ceiling figure is a floor.`;
      results.notes.push('wrk was not available to check autocannon against: install it (apt-get install -y wrk) for a checked ceiling.');
    }
  } else check.reason = `BENCH_GENERATOR=${generator} was set: no check.`;
  check.chosen = generator;
  results.generator = check;
  log(check.reason);

  const size = first.body.length;
  const specs = {
    apiUncached: { port: api.port, pid: api.pid, method: 'POST', headers: JSON_HEADERS, body: bustBody(WHOLE_TREE), bust: true },
    apiCached: { port: api.port, pid: api.pid, method: 'GET', path: getPath, headers: GET_HEADERS },
    apiCachedGzip: gzipped ? { port: api.port, pid: api.pid, method: 'GET', path: getPath, headers: GZIP_HEADERS } : null,
    api304: etag ? { port: api.port, pid: api.pid, method: 'GET', path: getPath, headers: { ...GET_HEADERS, 'if-none-match': etag }, expectStatus: 304 } : null,
    ceiling: ceilingSpec,
    frontCached: front ? { port: front.port, pid: front.pid, method: 'GET', path: getPath, headers: GET_HEADERS } : null,
    front304: front
      ? { port: front.port, pid: front.pid, method: 'GET', path: getPath, headers: { ...GET_HEADERS, 'if-none-match': etag }, expectStatus: 304 }
      : null,
    floor: { port: floor.port, pid: floor.pid, method: 'POST', headers: JSON_HEADERS, body: staticBody(WHOLE_TREE) },
    filtered: { port: api.port, pid: api.pid, method: 'POST', headers: JSON_HEADERS, body: bustBody(FILTERED), bust: true },
  };
  const filteredProbe = await postJson(api.port, staticBody(FILTERED));
  const filteredBody = JSON.parse(filteredProbe.body.toString());
  if (filteredProbe.status !== 200 || filteredBody.errors) throw new Error(`filtered list failed: ${filteredProbe.body.toString().slice(0, 500)}`);
  results.filteredList = { query: FILTERED, nodes: filteredBody.data.actions.nodes.length, bytes: filteredProbe.body.length };

  // 3b. Reads, twice (the second run for the RSS comparison).
  const runs = [];
  for (let run = 1; run <= 2; run++) {
    log(`read run ${run}`);
    const r = {};
    r.apiUncached = await scenario('apiUncached', `API whole tree, uncached (POST, unique variable)`, specs.apiUncached, { expectBytes: size });
    r.apiCached = await scenario('apiCached', `API whole tree, cached (identical GET)`, specs.apiCached, { expectBytes: size });
    if (specs.api304) r.api304 = await scenario('api304', `API whole tree, 304 (GET with If-None-Match)`, specs.api304, { expectBytes: 0 });
    if (run === 1 && specs.apiCachedGzip)
      r.apiCachedGzip = await scenario('apiCachedGzip', `API whole tree, cached, gzip (identical GET, Accept-Encoding: gzip)`, specs.apiCachedGzip, {
        expectBytes: results.caching.gzip.bytes,
      });
    if (run === 1) {
      r.ceiling = await scenario('ceiling', 'ceiling: same bytes from plain node:http', specs.ceiling, { expectBytes: size });
      if (specs.frontCached) {
        r.frontCached = await scenario('frontCached', "Fastify reference: same bytes, the API's request line (GET)", specs.frontCached, { expectBytes: size });
        r.front304 = await scenario('front304', 'Fastify reference: 304 (GET with If-None-Match)', specs.front304, { expectBytes: 0 });
      }
      r.floor = await scenario('floor', 'floor: hand-written SQL + JSON.stringify', specs.floor, { expectBytes: size });
    }
    r.filtered = await scenario('filtered', `API filtered action list, uncached (agency RESET, ${results.filteredList.nodes} actions)`, specs.filtered, {
      expectBytes: results.filteredList.bytes,
      tolerance: 0.05,
    });
    if (run === 1) Object.assign(r, await restScenarios(api, dbFile));
    await new Promise((res) => setTimeout(res, 1000));
    r.rssMb = rssMb(api.pid);
    log(`RSS after run ${run}: ${r.rssMb.toFixed(1)} MB`);
    runs.push(r);
  }
  results.reads = runs;
  results.rss.afterFirstRunMb = runs[0].rssMb;
  results.rss.afterSecondRunMb = runs[1].rssMb;

  // 3c. Writes: recordProgress through the API (admin key, audit on) vs the same transaction direct.
  const { bodies, actions, fy, quarters } = progressBodies(planActions(dbFile));
  const { result: m, spec: mutationSpec } = await apiWrites(api, adminKey, { bodies, actions, quarters }, async (table) => countRows(dbFile, table));
  log(`the same transaction directly on better-sqlite3 for ${DURATION} s`);
  const d = directWrites(dbFile, actions, fy, DURATION);
  log(`  ${d.rps.toFixed(0)} transactions/s, p50 ${d.p50.toFixed(2)} ms, p99 ${d.p99.toFixed(2)} ms`);
  results.writes = { api: m, direct: d, actions: actions.length, quarters };

  // 3d. Cold start (the API and the bench's other servers stay up, idle).
  await stopProcess(ceiling.child);
  await stopProcess(floor.child);
  if (front) await stopProcess(front.child);
  log(`cold start: ${COLD_STARTS} x API and ${COLD_STARTS} x bare node:http`);
  results.coldStart = await coldStart(dbFile);
  log(`  API median ${results.coldStart.apiMedianMs.toFixed(0)} ms, bare median ${results.coldStart.bareMedianMs.toFixed(0)} ms`);
  await stopProcess(api.child);

  // 3e. The same reads and writes on PostgreSQL, against its own floor.
  if (POSTGRES) {
    try {
      await postgresSection({ apiText });
    } catch (error) {
      results.postgres = { ...(results.postgres ?? {}), error: String(error.message ?? error) };
      fail(`PostgreSQL: ${String(error.message ?? error).split('\n')[0]}`);
      console.error(error.stack ?? error);
    }
  } else results.postgres = { skipped: 'BENCH_POSTGRES=false' };

  // 4. Targets, and a CPU profile where one is missed.
  const r1 = runs[0];
  const ratio = (a, b) => (a !== undefined && b ? a / b : null);
  const p99s = ['apiUncached', 'apiCached', 'api304', 'filtered']
    .filter((k) => r1[k])
    .map((k) => ({ key: k, label: r1[k].label, p99: Math.max(...runs.map((r) => r[k]?.p99 ?? 0)) }));
  const rssDelta = (results.rss.afterSecondRunMb - results.rss.afterFirstRunMb) / results.rss.afterFirstRunMb;
  const targets = [
    {
      key: 'cachedVsCeiling',
      target: 'cached whole-tree read ≥ 0.5 × ceiling',
      value: ratio(r1.apiCached.rps, r1.ceiling.rps),
      limit: 0.5,
      met: (v) => v >= 0.5,
    },
    {
      key: 'uncachedVsFloor',
      target: 'uncached whole-tree read ≥ 0.5 × hand-written floor',
      value: ratio(r1.apiUncached.rps, r1.floor.rps),
      limit: 0.5,
      met: (v) => v >= 0.5,
    },
    {
      key: 'notModifiedVsCached',
      target: '304 throughput ≥ 2 × cached 200',
      value: r1.api304 ? ratio(r1.api304.rps, r1.apiCached.rps) : null,
      limit: 2,
      met: (v) => v >= 2,
    },
    {
      key: 'p99',
      target: `p99 < 100 ms at ${CONNECTIONS} connections (every API read, both runs)`,
      value: Math.max(...p99s.map((p) => p.p99)),
      limit: 100,
      met: (v) => v < 100,
      detail: p99s,
    },
    {
      key: 'writes',
      target: '≥ 500 progress updates/s with synchronous=FULL (through the API)',
      value: m.rps,
      limit: 500,
      met: (v) => v >= 500,
      extra: { apiVsDirect: ratio(m.rps, d.rps) },
    },
    {
      key: 'coldStart',
      target: 'cold start ≤ 3 × bare node:http',
      value: ratio(results.coldStart.apiMedianMs, results.coldStart.bareMedianMs),
      limit: 3,
      met: (v) => v <= 3,
    },
    {
      key: 'rss',
      target: 'RSS after the second run within 10% of after the first',
      value: ratio(results.rss.afterSecondRunMb, results.rss.afterFirstRunMb),
      limit: 1.1,
      met: () => Math.abs(rssDelta) <= 0.1,
    },
  ];
  for (const t of targets) t.status = t.value === null || Number.isNaN(t.value) ? 'not measured' : t.met(t.value) ? 'met' : 'not met';
  results.targets = targets.map(({ met: _met, ...t }) => t);
  results.ratios = {
    cachedOverCeiling: targets[0].value,
    uncachedOverFloor: targets[1].value,
    notModifiedOverCached: targets[2].value,
    gzipCachedOverCached: ratio(r1.apiCachedGzip?.rps, r1.apiCached.rps),
    gzipCachedOverCeiling: ratio(r1.apiCachedGzip?.rps, r1.ceiling.rps),
    frontNotModifiedOverCached: ratio(r1.front304?.rps, r1.frontCached?.rps),
    cachedOverFrontCached: ratio(r1.apiCached.rps, r1.frontCached?.rps),
    notModifiedOverFront304: ratio(r1.api304?.rps, r1.front304?.rps),
    apiWritesOverDirect: ratio(m.rps, d.rps),
    restUncachedOverGraphql: ratio(r1.restUncached?.rps, r1.graphqlSameUncached?.rps),
    rest304OverRestCached: ratio(r1.rest304?.rps, r1.restCached?.rps),
    restCachedOverApiCached: ratio(r1.restCached?.rps, r1.apiCached.rps),
    coldStartApiOverBare: targets[5].value,
    rssSecondOverFirst: targets[6].value,
  };
  const missed = new Set(targets.filter((t) => t.status !== 'met').map((t) => t.key));
  log(`targets: ${targets.map((t) => `${t.key} ${t.status}`).join(', ')}`);

  if (missed.size) {
    const phases = [];
    const needRead = ['uncachedVsFloor', 'p99', 'rss', 'cachedVsCeiling', 'notModifiedVsCached'].some((k) => missed.has(k));
    if (needRead) phases.push({ key: 'uncached', label: 'uncached whole-tree load', spec: (port) => ({ ...specs.apiUncached, port }) });
    if (missed.has('cachedVsCeiling') || missed.has('notModifiedVsCached'))
      phases.push({ key: 'cached', label: 'cached whole-tree load (identical GET)', spec: (port) => ({ ...specs.apiCached, port }) });
    if (missed.has('notModifiedVsCached') && etag) {
      phases.push({
        key: 'notModified',
        label: '304 load (If-None-Match)',
        // The writes moved the data revision on: ask the profiled process for its current ETag.
        spec: async (port) => {
          const fresh = await httpRequest(port, { path: getPath, headers: GET_HEADERS });
          return { ...specs.api304, port, headers: { ...GET_HEADERS, 'if-none-match': fresh.headers.etag ?? etag } };
        },
      });
    }
    if (missed.has('writes')) phases.push({ key: 'writes', label: 'recordProgress load', spec: (port) => ({ ...mutationSpec, port }) });
    try {
      results.profiles = await profileApi(dbFile, phases);
    } catch (error) {
      results.profiles = { error: String(error.stack ?? error) };
      fail(`CPU profile: ${error.message}`);
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
let exitCode = 0;
try {
  await main();
  results.finishedAt = new Date().toISOString();
  results.elapsedS = (performance.now() - began) / 1000;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
  writeReport(REPORT_FILE, results, { resultsPath: 'tests/bench/results/bench-results.json', wholeTreeQuery: WHOLE_TREE, filteredQuery: FILTERED });
  log(`wrote ${REPORT_FILE} and ${RESULTS_FILE} in ${results.elapsedS.toFixed(0)} s`);
  if (results.failures.length) {
    console.error(`bench: ${results.failures.length} measurement failure(s):\n  - ${results.failures.join('\n  - ')}`);
    exitCode = 1;
  }
  if (results.statementCount && !results.statementCount.checked) console.error(`bench: SQL statement count NOT CHECKED: ${results.statementCount.reason}`);
} catch (error) {
  console.error(`bench failed: ${error.stack ?? error}`);
  results.failures.push(String(error.message ?? error));
  try {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
    console.error(`partial results in ${RESULTS_FILE}; BENCHMARKS.md left as it was`);
  } catch {
    /* nothing more to do */
  }
  exitCode = 1;
}
process.exit(exitCode);
