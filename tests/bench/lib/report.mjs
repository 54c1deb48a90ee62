// Writes BENCHMARKS.md from the bench's results.
import { writeFileSync } from 'node:fs';

const n0 = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-GB'));
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const r2 = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x !== 0 && Math.abs(x) < 0.1 ? x.toPrecision(2) : x.toFixed(2));
const pct = (x) => `${x.toFixed(1)}%`;
const mark = (status) => (status === 'met' ? '✅ met' : status === 'not met' ? '❌ not met' : `⚠️ ${status}`);
const code = (s) => `\`${String(s).replace(/`/g, "'")}\``;

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const us = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : Math.round(x * 1000).toLocaleString('en-GB'));
const cores = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(2));

function loadRow(label, r) {
  if (!r) return [label, '–', '–', '–', 'not measured', '–', '–', '–'];
  const errs = `${n0(r.errors)} / ${n0(r.requests)}${r.non2xx ? ` (non-2xx: ${n0(r.non2xx)})` : ''}`;
  return [label, n0(r.rps), ms(r.p50), ms(r.p99), errs, n0(r.bytesPerResponse), us(r.serverCpuMsPerRequest), cores(r.serverCores)];
}

const LOAD_HEADER = [
  'scenario',
  'req/s',
  'p50 ms',
  'p99 ms',
  'errors / requests',
  'bytes per response (with headers)',
  'server CPU µs per request',
  'server cores busy',
];

function profileTables(p, { topCount = 15 } = {}) {
  if (!p) return '_No profile was taken._';
  const lines = [];
  lines.push(
    `Profile window: ${p.label}${p.rpsUnderProfiler ? ` (${n0(p.rpsUnderProfiler)} req/s under the profiler)` : ''}; ` +
      `${n0(p.busyMs)} ms busy in ${n0(p.samples)} samples${p.requests ? ` for ${n0(p.requests)} requests (${us(p.busyMs / p.requests)} µs each)` : ''}, idle ${pct(p.idlePct)} of the window${p.windowApplied ? '' : ' (whole profile: the time window could not be applied)'}.`,
  );
  lines.push('');
  const areas = p.areas.slice(0, 10);
  lines.push(
    `Where the CPU goes, by area: ${areas
      .slice(0, 5)
      .map((a) => `${a.area} ${pct(a.pctBusy)}`)
      .join(', ')}.`,
  );
  lines.push('');
  const per = (selfMs) => (p.requests ? us(selfMs / p.requests) : '–');
  lines.push(
    table(
      ['area', 'self ms', '% of busy CPU', 'µs per request'],
      areas.map((a) => [a.area, n0(a.selfMs), pct(a.pctBusy), per(a.selfMs)]),
    ),
  );
  lines.push('');
  lines.push(`Top ${topCount} functions by self time:`);
  lines.push('');
  lines.push(
    table(
      ['#', 'function', 'where', 'self ms', '% of busy CPU', 'µs per request'],
      p.top.slice(0, topCount).map((f, i) => [String(i + 1), code(f.name), code(f.where), n0(f.selfMs), pct(f.pctBusy), per(f.selfMs)]),
    ),
  );
  return lines.join('\n');
}

const PG_LOAD_HEADER = [...LOAD_HEADER, 'database CPU µs per request', 'database cores busy'];

function pgLoadRow(label, r) {
  const row = loadRow(label, r);
  return r ? [...row, us(r.databaseCpuMsPerRequest), cores(r.databaseCores)] : [...row, '–', '–'];
}

const ratioOf = (a, b) => (a && b ? a.rps / b.rps : null);

/** The engines' figures from one run: each API load against its engine's floor, and PostgreSQL / SQLite. */
export function engineRatios(res) {
  const s = res.reads[0];
  const p = res.postgres?.reads;
  if (!p) return null;
  const sw = res.writes;
  const pw = res.postgres.writes;
  return {
    sqlite: { uncachedOverFloor: ratioOf(s.apiUncached, s.floor), writesOverDirect: ratioOf(sw?.api, sw?.direct) },
    postgres: { uncachedOverFloor: ratioOf(p.apiUncached, p.floor), writesOverDirect: ratioOf(pw?.api, pw?.direct) },
    postgresOverSqlite: {
      apiUncached: ratioOf(p.apiUncached, s.apiUncached),
      apiCached: ratioOf(p.apiCached, s.apiCached),
      api304: ratioOf(p.api304, s.api304),
      filtered: ratioOf(p.filtered, s.filtered),
      floor: ratioOf(p.floor, s.floor),
      apiWrites: ratioOf(pw?.api, sw?.api),
      directWrites: ratioOf(pw?.direct, sw?.direct),
    },
  };
}

/** Whether the server's commits wait for the disk, as SQLite's synchronous=FULL does. */
const durable = (pgRes) => pgRes.server?.settings?.fsync === 'on' && pgRes.server?.settings?.synchronous_commit !== 'off';

function settingsLine(pgRes) {
  const st = pgRes.server?.settings ?? {};
  return `fsync ${code(st.fsync)}, synchronous_commit ${code(st.synchronous_commit)}, full_page_writes ${code(st.full_page_writes)}, wal_sync_method ${code(st.wal_sync_method)}, shared_buffers ${code(st.shared_buffers)}`;
}

/** The PostgreSQL section and the side-by-side table (or why they are missing). */
function postgresSections(res) {
  const out = [];
  const push = (...lines) => out.push(...lines);
  const pgRes = res.postgres;
  push('## PostgreSQL', '');
  if (!pgRes || pgRes.skipped) {
    push(`**Not measured**${pgRes?.skipped ? ` (${pgRes.skipped})` : ''}.`, '');
    return out;
  }
  if (pgRes.error || !pgRes.reads) {
    push(`**The PostgreSQL part failed** (the bench exits non-zero): ${code(String(pgRes.error ?? 'no reads measured').split('\n')[0])}`, '');
    return out;
  }
  const r = pgRes.reads;
  const w = pgRes.writes;
  push(
    `The same loads as on SQLite, on a fresh database on PostgreSQL ${pgRes.server.version} (${pgRes.source}): the API (${code(`DATABASE_POOL_SIZE=${pgRes.poolSize}`)}) migrated and seeded it, then ran on it; the **PostgreSQL floor** (${code('tests/bench/servers/floor-pg.mjs')}) runs the SQLite floor's 7 statements in PostgreSQL's spelling on pg (named prepared statements, a pool of ${pgRes.poolSize}, one pooled connection per request) and ${code('JSON.stringify')}s the tree. The floor's answer was ${pgRes.shapeCheck?.identicalBytes ? '**byte-identical**' : '**DIFFERENT (failure)**'} to the API's; the API's whole tree on PostgreSQL was ${pgRes.wholeTree?.sameAsSqlite ? 'byte-identical to its whole tree on SQLite' : '**different from its whole tree on SQLite**'}. Server settings: ${settingsLine(pgRes)}.`,
    '',
  );
  push(
    `Database CPU is the CPU time of the PostgreSQL backends serving the server under test (their ${code('/proc/<pid>/stat')}, found by database and application name in ${code('pg_stat_activity')}; not the server's background processes such as the WAL writer)${pgRes.server.local ? '' : ': **not measured**, the server does not run on this machine'}; it runs on the same ${res.machine.cores} cores as the rest. Start of the API on the seeded database: ${n0(pgRes.startMs)} ms (one start; the first, migrating and seeding: ${n0(pgRes.seedStartMs)} ms).`,
    '',
  );
  push('### Whole-tree read and filtered list (PostgreSQL)', '');
  push(
    table(PG_LOAD_HEADER, [
      pgLoadRow('API uncached', r.apiUncached),
      pgLoadRow('API cached, identical GET', r.apiCached),
      pgLoadRow('API 304, If-None-Match', r.api304),
      pgLoadRow('**floor**: hand-written SQL on pg + JSON.stringify', r.floor),
      pgLoadRow('API filtered list, uncached', r.filtered),
    ]),
    '',
  );
  push('### Progress updates (PostgreSQL)', '');
  push(
    table(
      [
        'writer',
        'updates/s',
        'p50 ms',
        'p99 ms',
        'errors / requests',
        'rows written',
        'server CPU µs per update',
        'server cores busy',
        'database CPU µs per update',
        'database cores busy',
      ],
      [
        [
          w.api.label,
          n0(w.api.rps),
          ms(w.api.p50),
          ms(w.api.p99),
          `${n0(w.api.errors)} / ${n0(w.api.requests)}`,
          `${n0(w.api.rowsWritten)} progress updates, ${n0(w.api.auditEntriesWritten)} audit entries (${r2(w.api.auditEntriesWritten / w.api.rowsWritten)} per update)`,
          us(w.api.serverCpuMsPerRequest),
          cores(w.api.serverCores),
          us(w.api.databaseCpuMsPerRequest),
          cores(w.api.databaseCores),
        ],
        [
          w.direct.label,
          n0(w.direct.rps),
          ms(w.direct.p50),
          ms(w.direct.p99),
          `0 / ${n0(w.direct.requests)}`,
          `${n0(w.direct.requests)} progress updates, ${n0(w.direct.requests * 2)} audit entries`,
          '–',
          '–',
          us(w.direct.databaseCpuMsPerRequest),
          cores(w.direct.databaseCores),
        ],
      ],
    ),
    '',
    `The direct loop: ${code('BEGIN')}; the API's write lock (${code('pg_advisory_xact_lock')}, which every API write transaction takes first); update the action's status and version; its audit entry; insert the progress update; its audit entry; move the data revision on and ${code('NOTIFY')} it (the API's statement); ${code('COMMIT')}: one round trip per statement, named prepared statements, one connection. Durability as the server is set (${settingsLine(pgRes)}): with ${code('fsync')} or ${code('synchronous_commit')} off a commit does not wait for the disk, unlike SQLite's ${code('synchronous=FULL')}.`,
    '',
  );
  const e = engineRatios(res);
  push('## SQLite and PostgreSQL side by side', '');
  push('The same loads in the same run (SQLite: run 1). Each engine has its own floor: the same SQL, hand-written, on better-sqlite3 and on pg.', '');
  const s1 = res.reads[0];
  const rowFor = (label, a, b, ratio) => [label, n0(a?.rps), n0(b?.rps), r2(ratio)];
  push(
    table(
      ['load (req/s)', 'SQLite', 'PostgreSQL', 'PostgreSQL / SQLite'],
      [
        rowFor('API whole tree, uncached', s1.apiUncached, r.apiUncached, e.postgresOverSqlite.apiUncached),
        rowFor('API whole tree, cached', s1.apiCached, r.apiCached, e.postgresOverSqlite.apiCached),
        rowFor('API whole tree, 304', s1.api304, r.api304, e.postgresOverSqlite.api304),
        rowFor('API filtered list, uncached', s1.filtered, r.filtered, e.postgresOverSqlite.filtered),
        rowFor('floor (hand-written SQL), whole tree', s1.floor, r.floor, e.postgresOverSqlite.floor),
        rowFor('API recordProgress (updates/s)', res.writes.api, w.api, e.postgresOverSqlite.apiWrites),
        rowFor('direct write transaction (updates/s)', res.writes.direct, w.direct, e.postgresOverSqlite.directWrites),
      ],
    ),
    '',
  );
  push(
    table(
      ['ratio', 'SQLite', 'PostgreSQL'],
      [
        ['API uncached whole tree / hand-written floor (target ≥ 0.5)', r2(e.sqlite.uncachedOverFloor), r2(e.postgres.uncachedOverFloor)],
        ['API recordProgress / direct write transaction', r2(e.sqlite.writesOverDirect), r2(e.postgres.writesOverDirect)],
      ],
    ),
    '',
  );
  const cpu = (x) => (x?.serverCpuMsPerRequest ?? NaN) + (x?.databaseCpuMsPerRequest ?? 0);
  if (pgRes.server.local) {
    push(
      `CPU per answer, whole tree uncached: SQLite API ${us(s1.apiUncached.serverCpuMsPerRequest)} µs (SQLite runs inside the API process); PostgreSQL API ${us(r.apiUncached.serverCpuMsPerRequest)} µs + its backends ${us(r.apiUncached.databaseCpuMsPerRequest)} µs = ${us(cpu(r.apiUncached))} µs. Floor: SQLite ${us(s1.floor.serverCpuMsPerRequest)} µs; PostgreSQL ${us(r.floor.serverCpuMsPerRequest)} µs + ${us(r.floor.databaseCpuMsPerRequest)} µs = ${us(cpu(r.floor))} µs.`,
      '',
    );
  }
  return out;
}

export function writeReport(file, res, { resultsPath, wholeTreeQuery, filteredQuery }) {
  const out = [];
  const push = (...lines) => out.push(...lines);
  const r1 = res.reads[0];
  const r2run = res.reads[1];
  const met = res.targets.filter((t) => t.status === 'met').length;
  const date = res.startedAt.slice(0, 10);

  push('# Benchmarks', '');
  push(
    `Written by ${code('pnpm bench')} (${code('tests/bench/run.mjs')}) on ${date} (${res.startedAt}); rerun it rather than edit this file. Raw figures: ${code(resultsPath)} (not committed).`,
    '',
  );
  push('## Summary', '');
  push(
    `- **${met} of ${res.targets.length} read-path targets met on SQLite** on this machine, in one run${
      met < res.targets.length
        ? `; not met: ${res.targets
            .filter((t) => t.status !== 'met')
            .map((t) => t.target)
            .join('; ')}. Where the time goes is under [Where the time goes](#where-the-time-goes).`
        : '.'
    }`,
  );
  if (res.ratios.frontNotModifiedOverCached) {
    const ok = (v, limit) => (v >= limit ? 'met' : 'not met');
    push(
      `- **The Fastify front's targets:** cached read / ceiling **${r2(res.ratios.cachedOverCeiling)}** (target ≥ 0.33: ${ok(res.ratios.cachedOverCeiling, 0.33)}); 304 / cached 200 **${r2(res.ratios.notModifiedOverCached)}** (target ≥ 1.6: ${ok(res.ratios.notModifiedOverCached, 1.6)}). ` +
        `The Fastify reference (the API's Fastify and request line around the stored bytes, nothing else) reaches 304 / 200 **${r2(res.ratios.frontNotModifiedOverCached)}** in the same run; the API's cached read is ${r2(res.ratios.cachedOverFrontCached)} of the reference's, its 304 ${r2(res.ratios.notModifiedOverFront304)}.`,
    );
  }
  push(`- Load generator: **${res.generator.chosen}**. ${res.generator.reason}`);
  if (res.statementCount?.checked) {
    const s = res.statementCount;
    push(
      `- SQL statements for the whole tree: **${s.wholeTree.real}** on the real plan, **${s.wholeTree.tenTimes}** on a plan ten times larger: ${s.grows ? '**GROWS with data size (failure)**' : 'does not grow with data size'}.`,
    );
  } else {
    push(`- **SQL statement count: NOT CHECKED** — ${res.statementCount?.reason ?? 'not run'}.`);
  }
  const e = engineRatios(res);
  if (e) {
    push(
      `- **PostgreSQL** ${res.postgres.server.version} (${res.postgres.provisioned ? 'a throwaway cluster' : 'BENCH_DATABASE_URL'}; ${settingsLine(res.postgres)}), same run: API uncached whole tree / its hand-written floor **${r2(e.postgres.uncachedOverFloor)}** (SQLite: ${r2(e.sqlite.uncachedOverFloor)}); recordProgress / direct write transaction **${r2(e.postgres.writesOverDirect)}** (SQLite: ${r2(e.sqlite.writesOverDirect)}). The API on PostgreSQL / on SQLite: uncached ${r2(e.postgresOverSqlite.apiUncached)}, cached ${r2(e.postgresOverSqlite.apiCached)}, 304 ${r2(e.postgresOverSqlite.api304)}, filtered list ${r2(e.postgresOverSqlite.filtered)}, writes ${r2(e.postgresOverSqlite.apiWrites)}. See [SQLite and PostgreSQL side by side](#sqlite-and-postgresql-side-by-side).${
        durable(res.postgres)
          ? ''
          : " **This server does not wait for the disk at commit: its write figures are not comparable with SQLite's synchronous=FULL.**"
      }`,
    );
  } else if (res.postgres?.skipped) push(`- **PostgreSQL: not measured** (${res.postgres.skipped}).`);
  else push(`- **PostgreSQL: failed**: ${res.postgres?.error ? code(String(res.postgres.error).split('\n')[0]) : 'no figures'}.`);
  if (res.failures.length) push(`- **Measurement failures (the bench exits non-zero):** ${res.failures.join('; ')}`);
  for (const note of res.notes) push(`- ${note}`);
  push('');

  push('## Machine', '');
  const m = res.machine;
  push(
    table(['CPU', 'cores', 'RAM', 'kernel', 'database directory'], [[m.cpuModel, String(m.cores), `${m.memGiB.toFixed(1)} GiB`, m.kernel, m.tmpFilesystem]]),
    '',
    `The load generator, the server under test and the bench run on the same ${m.cores} cores: every request per second the generator spends CPU on is CPU the server does not get. The figures are for comparing the servers with each other in one run, not absolute capacity.`,
    '',
  );

  push('## Versions', '');
  const v = res.versions;
  push(
    `Node ${v.node}, pnpm ${v.pnpm}, @cdp/api ${v.api}${v.commit ? ` at ${v.commit}` : ''}; load generators: autocannon ${v.autocannon ?? '–'}, wrk ${v.wrk ?? 'not installed'}; better-sqlite3 ${v.betterSqlite3Bench} for the floor and the direct writes${res.postgres?.server ? `; pg ${v.pgBench ?? '–'} for the PostgreSQL floor and direct writes, PostgreSQL server ${res.postgres.server.version}` : ''}.`,
    '',
  );
  push(
    table(
      ['API dependency', 'declared', 'installed'],
      v.packages.map((p) => [p.name, code(p.range), p.installed ?? '–']),
    ),
    '',
  );

  push('## Method', '');
  push(
    `- **One database.** The API is started once on an empty SQLite file in a temporary directory (${code('NODE_ENV=production')}, ${code('PLAYGROUND=false')}), migrates it and loads the Tower Hamlets plan (${res.wholeTree.counts.pillars} pillars, ${res.wholeTree.counts.priorities} priorities, ${res.wholeTree.counts.objectives} objectives, ${res.wholeTree.counts.actions} actions); an admin key is created with the CLI (${code('keys create --role admin')}).`,
    `- **Three servers over it, each on its own 127.0.0.1 port, each in its own process:** the API (${code('node packages/api/dist/main.js')}, production); the **ceiling**, a plain ${code('node:http')} server answering every request with the identical bytes of the API's whole-tree answer (${n0(res.wholeTree.bytes)} bytes, ${code(res.wholeTree.contentType)}); the **floor**, a hand-written ${code('node:http')} handler that runs the whole-tree SQL on better-sqlite3 (same pragmas: WAL, synchronous=FULL, busy_timeout, foreign_keys; 7 statements, one per level) and ${code('JSON.stringify')}s the tree on every request. Beside them, the **Fastify reference** (${code('tests/bench/servers/fastify-front.mjs')}): the API's own Fastify with the API's logging and request line, one route answering the stored whole-tree bytes or 304 on the API's ETag, nothing else: what a cached read and a 304 cost on this front at the least. The floor's answer is checked against the API's before the load: ${res.shapeCheck.identicalBytes ? '**byte-identical**' : '**DIFFERENT (failure)**'} (${res.shapeCheck.floorCounts.actions} actions, ${res.shapeCheck.floorCounts.agencyLinks} action-agency entries, same texts).`,
    `- **The whole-tree query** is the playground's ${code('DEFAULT_PLAYGROUND_QUERY')} (read from ${code('packages/api/dist/http/playground-query.js')}), with ${code('first: 100')} on each connection that holds more than the default page of 50 in the real plan or the ten-times plan (largest lists, real / ten times: ${Object.keys(
      res.wholeTreeQuery.pageSizes,
    )
      .map((k) => `${k} ${res.wholeTreeQuery.largestLists.real[k]} / ${res.wholeTreeQuery.largestLists.tenTimes[k]}`)
      .join(', ')}; page sizes used: ${Object.entries(res.wholeTreeQuery.pageSizes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}). A larger page than needed only raises the query's cost estimate against the API's cost limit. The text sent is at the end of this file.`,
    `- **Uncached**: POST with an unused variable ${code('bust')} whose value differs on every request, so the API's response cache (keyed by the exact request) misses while Apollo's parsed-document cache still hits; each miss is stored, so the cache stays full (bounded to 1000 entries). **Cached**: identical ${code('GET /graphql?query=…')} (with ${code('apollo-require-preflight: true')}, which Apollo's CSRF rule asks of a GET). **304**: the same GET with ${code('If-None-Match')} set to the ETag the API returned (${res.caching.etag ? code(res.caching.etag) : 'none sent'}). Checked before the load: a repeated GET is ${res.caching.responseCache ? 'a cache hit (`x-cache: hit`)' : '**not** a cache hit'}, a busted POST ${res.caching.bustMisses ? 'misses' : '**hits**'}, the conditional GET answers ${res.caching.conditional?.status ?? '–'}.`,
    `- **Filtered action list**: ${code(filteredQuery)} (${res.filteredList.nodes} actions, ${n0(res.filteredList.bytes)} bytes), uncached the same way.`,
    `- **Each load**: ${res.settings.warmupS} s of warm-up (discarded), then ${res.settings.durationS} s at ${res.settings.connections} connections, keep-alive. Errors are socket errors, timeouts and any status other than the expected one (200, or 304); the average response size is also checked against the expected answer. Ratios use run 1; p99 takes the worse of the two runs. The server's CPU time (user + system, from ${code('/proc/<pid>/stat')}) over the measured seconds gives its CPU per request and how many cores it kept busy (a Node server runs JavaScript on one).`,
    `- **Writes**: ${code('recordProgress')} through the API with the admin key (audit on), rotating over ${res.writes.actions} actions × ${res.writes.quarters.length} quarters (${res.writes.quarters.join(', ')}) and statuses, so every update is valid; success is checked by counting the ${code('progress_update')} rows written against the answers received. Against it, the same writes straight on better-sqlite3 with the same pragmas, in a loop on one connection for ${res.settings.durationS} s: ${code('BEGIN IMMEDIATE')}; update the action's status and version; its audit entry; insert the progress update; its audit entry; move the data revision on; ${code('COMMIT')} (the API also reads the action, its plan and later updates first).`,
    `- **Cold start**: from spawning ${code('node packages/api/dist/main.js')} on the already-seeded database to its first successful answer to ${code('{ __typename }')} (polled every 5 ms), against the same for a bare ${code('node:http')} script; ${res.settings.coldStarts} of each, alternately, median.`,
    `- **RSS**: VmRSS of the API process from ${code('/proc/<pid>/status')}, 1 s after it answered first, then 1 s after each of two identical runs of the API read loads (uncached, cached, 304, filtered).`,
    `- **Statement count**: two more API processes with ${code('NODE_ENV=test SQL_STATEMENT_COUNT=1 RESPONSE_CACHE=false')} (the API then sends ${code('x-sql-statements')}), one on the real plan, one on a copy made ten times larger with SQL (every priority copied 9 times with its objectives, agency links and actions; foreign keys checked).`,
    `- **PostgreSQL**: after the SQLite measurements, the same whole-tree reads (uncached, cached, 304), the filtered list and the writes, once each, on a fresh database on a PostgreSQL server (${code('BENCH_DATABASE_URL')}, or a throwaway cluster the bench starts with durable settings and removes at the end), against the PostgreSQL floor and the direct pg write loop: see [PostgreSQL](#postgresql).`,
    `- Every process the bench starts has a watchdog preloaded (${code('tests/bench/lib/watchdog.cjs')}): it ends when the bench is gone or after 10 minutes; the bench kills all of them when it ends, however it ends.`,
    '',
  );

  push('### Load generator check', '');
  if (res.generator.runs?.length) {
    push(`Against the ceiling (same request as the whole-tree POST), ${res.generator.durationS} s each after 1 s of warm-up:`, '');
    push(
      table(
        ['generator', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'ceiling process: cores busy'],
        res.generator.runs.map((r) => [r.generator, n0(r.rps), ms(r.p50), ms(r.p99), n0(r.errors), cores(r.serverCores)]),
      ),
      '',
    );
    push(
      'A single-threaded server that cannot keep its one core busy is waiting for the load generator: that is what tells the generator is the bottleneck.',
      '',
    );
  }
  push(`${res.generator.reason}`, '');

  push('## Whole-tree read (SQLite)', '');
  push(
    table(LOAD_HEADER, [
      loadRow('API uncached (run 1)', r1.apiUncached),
      loadRow('API cached, identical GET (run 1)', r1.apiCached),
      loadRow('API 304, If-None-Match (run 1)', r1.api304),
      loadRow(`API cached, gzip (Accept-Encoding: gzip; ${res.caching?.gzip ? `${n0(res.caching.gzip.bytes)} bytes` : 'not sent'}) (run 1)`, r1.apiCachedGzip),
      loadRow('**ceiling**: same bytes, plain node:http', r1.ceiling),
      loadRow('**floor**: hand-written SQL + JSON.stringify', r1.floor),
      ...(r1.frontCached
        ? [
            loadRow("**Fastify reference**: same bytes, the API's Fastify and request line (GET)", r1.frontCached),
            loadRow('**Fastify reference**: 304', r1.front304),
          ]
        : []),
      loadRow('API uncached (run 2)', r2run.apiUncached),
      loadRow('API cached (run 2)', r2run.apiCached),
      loadRow('API 304 (run 2)', r2run.api304),
    ]),
    '',
  );
  push(
    table(
      ['ratio (run 1, req/s)', 'value', 'target'],
      [
        ['API cached / ceiling', r2(res.ratios.cachedOverCeiling), '≥ 0.5'],
        ['API uncached / floor', r2(res.ratios.uncachedOverFloor), '≥ 0.5'],
        ['API 304 / API cached 200', r2(res.ratios.notModifiedOverCached), '≥ 2'],
        ['API cached gzip / API cached identity', r2(res.ratios.gzipCachedOverCached), '–'],
        ['API uncached / ceiling', r2(r1.apiUncached.rps / r1.ceiling.rps), '–'],
        ['floor / ceiling', r2(r1.floor.rps / r1.ceiling.rps), '–'],
        ...(r1.frontCached
          ? [
              [
                'Fastify reference 304 / its 200 (what the 304 target can reach on Fastify with a request line)',
                r2(res.ratios.frontNotModifiedOverCached),
                '–',
              ],
              ['API cached / Fastify reference 200', r2(res.ratios.cachedOverFrontCached), '–'],
              ['API 304 / Fastify reference 304', r2(res.ratios.notModifiedOverFront304), '–'],
            ]
          : []),
      ],
    ),
    '',
  );

  push('## Filtered action list (SQLite)', '');
  push(table(LOAD_HEADER, [loadRow('API filtered list, uncached (run 1)', r1.filtered), loadRow('API filtered list, uncached (run 2)', r2run.filtered)]), '');

  if (r1.restUncached) {
    push('## REST collection read (SQLite)', '');
    push(
      'GET /api/v1/actions?first=100 (a page of 100 actions in the REST representation) beside the GraphQL query that reads the same records and fields (the REST route runs that query through Apollo, then renders it). Uncached: a second API process with RESPONSE_CACHE=false; cached and 304: the main API.',
      '',
    );
    push(
      table(LOAD_HEADER, [
        loadRow(r1.restUncached.label, r1.restUncached),
        loadRow(r1.graphqlSameUncached.label, r1.graphqlSameUncached),
        loadRow(r1.restCached.label, r1.restCached),
        loadRow(r1.rest304.label, r1.rest304),
      ]),
      '',
      table(
        ['ratio (same run)', 'value'],
        [
          ['REST uncached / GraphQL uncached (same records and fields)', r2(res.ratios.restUncachedOverGraphql)],
          ['REST 304 / REST cached 200', r2(res.ratios.rest304OverRestCached)],
          ['REST cached 200 / GraphQL whole-tree cached 200', r2(res.ratios.restCachedOverApiCached)],
        ],
      ),
      '',
    );
  }

  push('## Progress updates (writes, SQLite)', '');
  const w = res.writes;
  push(
    table(
      ['writer', 'updates/s', 'p50 ms', 'p99 ms', 'errors / requests', 'rows written', 'server CPU µs per update', 'server cores busy'],
      [
        [
          w.api.label,
          n0(w.api.rps),
          ms(w.api.p50),
          ms(w.api.p99),
          `${n0(w.api.errors)} / ${n0(w.api.requests)}`,
          `${n0(w.api.rowsWritten)} progress updates, ${n0(w.api.auditEntriesWritten)} audit entries (${r2(w.api.auditEntriesWritten / w.api.rowsWritten)} per update)`,
          us(w.api.serverCpuMsPerRequest),
          cores(w.api.serverCores),
        ],
        [
          w.direct.label,
          n0(w.direct.rps),
          ms(w.direct.p50),
          ms(w.direct.p99),
          `0 / ${n0(w.direct.requests)}`,
          `${n0(w.direct.requests)} progress updates, ${n0(w.direct.requests * 2)} audit entries`,
          '–',
          '–',
        ],
      ],
    ),
    '',
    `API / direct: **${r2(res.ratios.apiWritesOverDirect)}**. Both commit with ${code('synchronous=FULL')} in WAL mode on ${res.machine.tmpFilesystem}; the API runs its writes one at a time on its write connection, so the ${res.settings.connections} connections queue for it. The API writes the action's status (and its audit entry) only when the update is the action's latest and changes the status: once every quarter of an action has an update, a repeated earlier quarter adds the update and its audit entry alone, hence fewer than 2 audit entries per update; the direct loop always writes both.`,
    '',
  );

  push(...postgresSections(res));

  push('## Cold start', '');
  const c = res.coldStart;
  push(
    table(
      ['process', ...c.apiMs.map((_, i) => `#${i + 1} ms`), 'median ms'],
      [
        ['API (node packages/api/dist/main.js)', ...c.apiMs.map(n0), `**${n0(c.apiMedianMs)}**`],
        ['bare node:http', ...c.bareMs.map(n0), `**${n0(c.bareMedianMs)}**`],
      ],
    ),
    '',
    `API / bare: **${r2(res.ratios.coldStartApiOverBare)}** (target ≤ 3).`,
    '',
  );

  push('## Memory (RSS of the API process)', '');
  push(
    table(
      ['when', 'RSS MB'],
      [
        ['at rest, after start', res.rss.atRestMb.toFixed(1)],
        ['after the first run of the read loads', res.rss.afterFirstRunMb.toFixed(1)],
        ['after the second, identical run', res.rss.afterSecondRunMb.toFixed(1)],
      ],
    ),
    '',
    `Second / first: **${r2(res.ratios.rssSecondOverFirst)}** (target: within 10%).`,
    '',
  );

  push('## SQL statements per query', '');
  const s = res.statementCount;
  if (s?.checked) {
    push(
      table(
        ['query', 'real plan', 'plan ten times larger', 'result'],
        [
          [
            `whole tree (${s.wholeTree.realCounts.actions} vs ${s.wholeTree.tenTimesCounts.actions} actions)`,
            String(s.wholeTree.real),
            String(s.wholeTree.tenTimes),
            s.wholeTree.tenTimes > s.wholeTree.real ? '**grows (failure)**' : 'same',
          ],
          [
            `filtered action list (${s.filtered.realNodes} vs ${s.filtered.tenTimesNodes} actions)`,
            String(s.filtered.real),
            String(s.filtered.tenTimes),
            s.filtered.tenTimes > s.filtered.real ? '**grows (failure)**' : 'same',
          ],
        ],
      ),
      '',
      `Synthetic plan: ${Object.entries(res.syntheticPlan)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}.`,
      '',
    );
  } else {
    push(
      `**NOT CHECKED**: ${s?.reason ?? 'not run'}. The bench reads the ${code('x-sql-statements')} response header that the API sends with ${code('SQL_STATEMENT_COUNT=1')} outside production.`,
      '',
    );
  }

  push('## Targets of the read path (SQLite)', '');
  const valueOf = (t) => {
    switch (t.key) {
      case 'cachedVsCeiling':
        return `${n0(r1.apiCached.rps)} / ${n0(r1.ceiling.rps)} req/s = **${r2(t.value)}**`;
      case 'uncachedVsFloor':
        return `${n0(r1.apiUncached.rps)} / ${n0(r1.floor.rps)} req/s = **${r2(t.value)}**`;
      case 'notModifiedVsCached':
        return r1.api304 ? `${n0(r1.api304.rps)} / ${n0(r1.apiCached.rps)} req/s = **${r2(t.value)}**` : 'no ETag sent';
      case 'p99':
        return t.detail.map((d) => `${d.key} ${ms(d.p99)} ms`).join(', ');
      case 'writes':
        return `**${n0(t.value)}** updates/s (direct: ${n0(w.direct.rps)}/s; API/direct ${r2(t.extra.apiVsDirect)})`;
      case 'coldStart':
        return `${n0(c.apiMedianMs)} / ${n0(c.bareMedianMs)} ms = **${r2(t.value)}**`;
      case 'rss':
        return `${res.rss.afterSecondRunMb.toFixed(1)} / ${res.rss.afterFirstRunMb.toFixed(1)} MB = **${r2(t.value)}**`;
      default:
        return r2(t.value);
    }
  };
  push(
    table(
      ['target', 'measured', 'status'],
      res.targets.map((t) => [t.target, valueOf(t), mark(t.status)]),
    ),
    '',
  );

  const missed = res.targets.filter((t) => t.status !== 'met');
  push('## Where the time goes', '');
  if (!missed.length) push('Every target is met: no profile was taken.', '');
  else if (res.profiles?.error) push(`The CPU profile failed: ${code(res.profiles.error.split('\n')[0])}`, '');
  else {
    push(
      `For each target missed, a CPU profile of the API (${code('node --cpu-prof')}, a separate API process on the same database, under the same load as the measurement; self time aggregated by function and script from the ${code('.cpuprofile')}, restricted to the load's time window; "% of busy CPU" leaves out idle time). The profiler itself slows the process down somewhat. How to read it: the profiler samples the main thread's stack, so time blocked in a system call counts; a native socket write (${code('writev')}, ${code('writeLatin1String')}) includes the system call and, on loopback, the kernel's TCP work; better-sqlite3's native calls (SQLite itself: stepping statements, building row objects, the fsync at COMMIT) have no frame of their own and show as self time of their JavaScript caller (TypeORM's ${code('query')}, the API's ${code('revision')} and its ${code('runner.query')} wrapper, into which TypeORM's ${code('query')} may be inlined); ${code('runMicrotasks')} is promise machinery.`,
      '',
    );
    const shown = new Set();
    const phaseFor = {
      cachedVsCeiling: ['cached'],
      uncachedVsFloor: ['uncached'],
      notModifiedVsCached: ['notModified', 'cached'],
      p99: ['uncached'],
      writes: ['writes'],
      coldStart: ['startup'],
      rss: [],
    };
    for (const t of missed) {
      push(`### ${t.target}: ${t.status}`, '');
      push(`Measured: ${valueOf(t)}.`, '');
      const cpuLine = {
        cachedVsCeiling: () =>
          `Server CPU per answer: API cached ${us(r1.apiCached.serverCpuMsPerRequest)} µs (${cores(r1.apiCached.serverCores)} cores busy), ceiling ${us(r1.ceiling.serverCpuMsPerRequest)} µs (${cores(r1.ceiling.serverCores)} cores): the gap is the API's own work per cached request, around the same socket write.`,
        uncachedVsFloor: () =>
          `Server CPU per answer: API uncached ${us(r1.apiUncached.serverCpuMsPerRequest)} µs (${cores(r1.apiUncached.serverCores)} cores busy), floor ${us(r1.floor.serverCpuMsPerRequest)} µs (${cores(r1.floor.serverCores)} cores).`,
        notModifiedVsCached: () =>
          r1.api304
            ? `Server CPU per answer: API 304 ${us(r1.api304.serverCpuMsPerRequest)} µs, API cached 200 ${us(r1.apiCached.serverCpuMsPerRequest)} µs: a 304 saves the body's write, not the work done before the cache look-up.`
            : null,
        p99: () => `p99 / p50: ${t.detail.map((d) => `${d.key} ${r2(d.p99 / (r1[d.key]?.p50 || NaN))}`).join(', ')} (run 1 p50).`,
        writes: () =>
          `Server CPU per update: ${us(w.api.serverCpuMsPerRequest)} µs, ${cores(w.api.serverCores)} cores busy${w.api.serverCores > 0.9 ? ': the API is CPU-bound on its one JavaScript thread, not waiting on the disk (the direct loop does the same commits, fsync included, ' + r2(1 / res.ratios.apiWritesOverDirect) + ' times as fast)' : ''}.`,
      }[t.key]?.();
      if (cpuLine) push(cpuLine, '');
      if (t.key === 'p99') {
        push(
          `At ${res.settings.connections} connections a server answering R requests per second one at a time has a mean latency of about ${res.settings.connections}/R s (Little's law), so p99 under 100 ms needs well over ${n0(res.settings.connections / 0.1)} req/s on the slowest read: the p99 is the throughput of that read seen from the other side.`,
          '',
        );
      }
      if (t.key === 'rss') {
        push(
          "A CPU profile does not measure memory; the garbage collector's share under the uncached load is in the profile of the uncached whole-tree read. The response cache is bounded (1000 entries, 64 MB), so growth beyond it points at something else that is kept across requests.",
          '',
        );
      }
      for (const key of phaseFor[t.key] ?? []) {
        const p = res.profiles?.[key];
        if (!p) continue;
        if (shown.has(key)) {
          push(
            `Profile of the ${p.label}: see above. Top functions: ${p.top
              .slice(0, 5)
              .map((f) => `${code(f.name)} (${pct(f.pctBusy)})`)
              .join(', ')}.`,
            '',
          );
        } else {
          shown.add(key);
          push(profileTables(p), '');
        }
      }
    }
  }

  push('## Queries', '');
  push('Whole tree (as sent):', '', '```graphql', wholeTreeQuery.trim(), '```', '');
  push(`Run it again: ${code('pnpm bench')} (about ${Math.ceil(res.elapsedS / 60)} minutes here; it builds first).`, '');
  writeFileSync(file, out.join('\n'));
}
