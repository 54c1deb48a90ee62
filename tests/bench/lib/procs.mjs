// Child processes of the bench: every one is tracked and killed when the bench ends, whatever
// happens; each also carries lib/watchdog.cjs, so it stops by itself if the bench is gone.
import { execFileSync, spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WATCHDOG = fileURLToPath(new URL('./watchdog.cjs', import.meta.url));
const live = new Set();

/** Starts `node [nodeArgs] <args>` with the watchdog preloaded; output is kept (the last 20 kB). */
export function startNode(name, args, { env = {}, nodeArgs = [], cwd } = {}) {
  const child = spawn(process.execPath, ['--require', WATCHDOG, ...nodeArgs, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.benchName = name;
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      child.exitInfo = { code, signal };
      resolve(child.exitInfo);
    });
  });
  child.once('error', (error) => {
    child.output += `\nspawn error: ${error.message}`;
  });
  live.add(child);
  return child;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
export async function stopProcess(child, graceMs = 5000) {
  if (!child || child.exitInfo) return child?.exitInfo;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const info = await child.exited;
  clearTimeout(timer);
  return info;
}

/** Tracks a child started elsewhere (the load generator) so that killAll ends it too. */
export function track(child) {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Kills every process still running (synchronous: safe in process.on('exit')). */
export function killAll() {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One HTTP request to 127.0.0.1 without keep-alive: { status, headers, body (Buffer) }. */
export function httpRequest(port, { method = 'GET', path = '/graphql', headers = {}, body, timeoutMs = 30000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`request timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

export function postJson(port, payload, headers = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return httpRequest(port, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/**
 * Polls POST /graphql { __typename } every `intervalMs` until a 200 with data: resolves with the
 * milliseconds since `since` (a performance.now() value). Rejects if the process exits first or
 * after `timeoutMs`.
 */
export async function waitForGraphQL(port, child, { since = performance.now(), timeoutMs = 60000, intervalMs = 5 } = {}) {
  const deadline = since + timeoutMs;
  const probe = JSON.stringify({ query: '{ __typename }' });
  for (;;) {
    if (child?.exitInfo) throw new Error(`${child.benchName} exited (${JSON.stringify(child.exitInfo)}) before answering:\n${child.output.slice(-3000)}`);
    try {
      const r = await httpRequest(port, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe, timeoutMs: 5000 });
      if (r.status === 200 && r.body.toString().includes('"data"')) return performance.now() - since;
    } catch {
      /* not listening yet */
    }
    if (performance.now() > deadline)
      throw new Error(`${child?.benchName ?? 'server'} did not answer within ${timeoutMs} ms:\n${child?.output.slice(-3000) ?? ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Resident set size of a process, in MB (VmRSS from /proc/<pid>/status). */
export function rssMb(pid) {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

let clockTicks = null;
/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid) {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (1-based, counting pid and comm).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return NaN;
  }
}
