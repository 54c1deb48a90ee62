// The load generators: autocannon (programmatic) and wrk (Debian's wrk 4, driven by a generated
// Lua script). Both take the same scenario description and return the same figures:
//   { rps, p50, p99, mean (ms), requests, errors, expected, bytesPerResponse, durationS, generator }
// where `errors` counts socket errors, timeouts and responses whose status is not `expectStatus`
// (wrk only tells statuses above 399 apart, so for wrk the bytes per response are also checked by
// the caller against the size of the expected answer).
//
// Scenario: { port, method, path, headers, body, bust, bodies, connections, duration (s), expectStatus }
//   bust: the body contains the text BUST, replaced by a unique value on every request (a harmless
//         unused GraphQL variable, so the API's response cache misses but its parsed-document
//         cache does not); bodies: a list of bodies sent in turn (mutations).
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { track } from './procs.mjs';

export const BUST = '__BUST__';

export function wrkVersion() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'pipe' });
  } catch (error) {
    const text = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    const m = /wrk\s+(\S+)/.exec(text);
    if (m) return m[1];
    return null;
  }
  return null;
}

export function autocannonVersion() {
  return autocannon.version ?? null;
}

export async function runAutocannon(s, { workers } = {}) {
  const url = `http://127.0.0.1:${s.port}${s.path ?? '/graphql'}`;
  const opts = {
    url,
    method: s.method ?? 'GET',
    headers: s.headers ?? {},
    connections: s.connections,
    duration: s.duration,
    timeout: 10,
  };
  if (workers) opts.workers = workers;
  if (s.bodies) {
    let i = 0;
    const bodies = s.bodies;
    opts.requests = [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }];
  } else if (s.bust) {
    opts.body = s.body.replace(BUST, '[<id>]');
    opts.idReplacement = true;
  } else if (s.body !== undefined) {
    opts.body = s.body;
  }
  const r = await autocannon(opts);
  const total = r.requests.total;
  const expectStatus = String(s.expectStatus ?? 200);
  const expected = r.statusCodeStats?.[expectStatus]?.count ?? 0;
  return {
    generator: workers ? `autocannon (${workers} workers)` : 'autocannon',
    rps: total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.mean,
    requests: total,
    expected,
    errors: r.errors + r.timeouts + (total - expected),
    socketErrors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
    bytesPerResponse: total ? r.throughput.total / total : 0,
    durationS: r.duration,
  };
}

const lua = (text) => {
  if (text.includes(']==]')) throw new Error('body cannot be embedded in Lua');
  return `[==[${text}]==]`;
};

export async function runWrk(s, { tmpDir, threads = 1 }) {
  const lines = [`wrk.method = "${s.method ?? 'GET'}"`];
  for (const [k, v] of Object.entries(s.headers ?? {})) lines.push(`wrk.headers[ ${lua(k)} ] = ${lua(String(v))}`);
  if (s.bodies) {
    lines.push('local bodies = {', ...s.bodies.map((b) => `  ${lua(b)},`), '}');
    lines.push('local n = 0', 'local offset = 0');
    lines.push('local count = 0', 'function setup(thread) count = count + 1; thread:set("offset", count * 7919) end');
    lines.push('request = function() n = n + 1; return wrk.format(nil, nil, nil, bodies[((n + offset) % #bodies) + 1]) end');
  } else if (s.bust) {
    const [prefix, suffix] = s.body.split(BUST);
    lines.push(`local prefix = ${lua(prefix)}`, `local suffix = ${lua(suffix)}`, 'local n = 0', 'tid = 0');
    lines.push('local count = 0', 'function setup(thread) count = count + 1; thread:set("tid", count) end');
    lines.push('request = function() n = n + 1; return wrk.format(nil, nil, nil, prefix .. tid .. "-" .. n .. suffix) end');
  } else if (s.body !== undefined) {
    lines.push(`wrk.body = ${lua(s.body)}`);
  }
  lines.push(
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    '  io.write(string.format("WRKJSON {\\"requests\\":%d,\\"durationUs\\":%d,\\"bytes\\":%d,\\"connect\\":%d,\\"read\\":%d,\\"write\\":%d,\\"status\\":%d,\\"timeout\\":%d,\\"p50\\":%.1f,\\"p99\\":%.1f,\\"mean\\":%.1f}\\n",',
    '    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,',
    '    latency:percentile(50), latency:percentile(99), latency.mean))',
    'end',
  );
  const script = join(tmpDir, `wrk-${process.hrtime.bigint()}.lua`);
  writeFileSync(script, lines.join('\n') + '\n');
  const url = `http://127.0.0.1:${s.port}${s.path ?? '/graphql'}`;
  const args = ['-t', String(threads), '-c', String(s.connections), '-d', `${s.duration}s`, '--timeout', '10s', '-s', script, url];
  const out = await new Promise((resolve, reject) => {
    const child = track(spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] }));
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), (s.duration + 20) * 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`wrk exited with ${code}: ${text.slice(-2000)}`));
    });
  });
  const m = /WRKJSON (\{.*\})/.exec(out);
  if (!m) throw new Error(`wrk printed no summary: ${out.slice(-2000)}`);
  const w = JSON.parse(m[1]);
  const durationS = w.durationUs / 1e6;
  const errors = w.connect + w.read + w.write + w.status + w.timeout;
  return {
    generator: threads > 1 ? `wrk (${threads} threads)` : 'wrk',
    rps: w.requests / durationS,
    p50: w.p50 / 1000,
    p99: w.p99 / 1000,
    mean: w.mean / 1000,
    requests: w.requests,
    expected: w.requests - w.status,
    errors,
    socketErrors: w.connect + w.read + w.write,
    timeouts: w.timeout,
    non2xx: w.status,
    statusCodes: null,
    bytesPerResponse: w.requests ? w.bytes / w.requests : 0,
    durationS,
  };
}
