// Runs generated cases against a server with bounded concurrency, checks every answer, checks
// health after every batch, restarts the server when a case has killed it (and finds which one,
// by replaying the batch one case at a time), groups findings into classes, and shrinks one
// example of each class with fast-check.
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import type { TestServer } from '../server';
import { Answer, checkAnswer, Violation } from './checks';
import { describeCase, FuzzCase, HttpCase, RawCase } from './http-case';
import { decodeBody, sendRaw } from './raw-http';

export interface HarnessOptions {
  start: () => Promise<TestServer>;
  codes: Map<string, Set<number>>;
  concurrency: number;
  /** Cases between two health checks. */
  batchSize: number;
  /** An answer slower than this is a finding (nothing here should take long: a sanity bound, not a benchmark). */
  slowMs: number;
  /** Stop after this many crashes (each needs a restart). */
  maxCrashes: number;
}

/** A case with where it came from, so that fast-check can replay (and shrink) it. */
export interface Sourced {
  source: string;
  index: number;
  case: FuzzCase;
}

export interface Finding {
  /** The class: what broke, and the kind of request. */
  key: string;
  kind: string;
  detail: string;
  at: Sourced;
}

export interface RunStats {
  cases: number;
  crashes: number;
  rawClosedWithoutAnswer: number;
  rawReset: number;
  rawTimeout: number;
  statuses: Map<number, number>;
  codes: Map<string, number>;
  slowest: Array<{ ms: number; what: string }>;
  elapsedMs: number;
}

/** Kinds whose cause depends on what was sent: their class names the kind of request too. */
const BY_FAMILY = /^(INTERNAL_SERVER_ERROR|HTTP 5|server |no answer|answer |leak|slow )/;

export function findingKey(v: Violation, c: FuzzCase): string {
  return BY_FAMILY.test(v.kind) ? `${v.kind} | ${c.family}` : v.kind;
}

export class Harness {
  server!: TestServer;
  private dead = false;
  private agent = new Agent({ keepAlive: true, maxSockets: 8 });
  readonly stats: RunStats = {
    cases: 0,
    crashes: 0,
    rawClosedWithoutAnswer: 0,
    rawReset: 0,
    rawTimeout: 0,
    statuses: new Map(),
    codes: new Map(),
    slowest: [],
    elapsedMs: 0,
  };

  constructor(private readonly options: HarnessOptions) {}

  async start(): Promise<void> {
    this.server = await this.options.start();
    this.dead = false;
    this.server.process.once('exit', () => (this.dead = true));
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    await this.server?.stop();
  }

  private port(): number {
    return Number(new URL(this.server.origin).port);
  }

  /** The server answers GET /healthz with 200 (within 30 s). When it does not, waits a moment for its exit to be seen. */
  async healthy(): Promise<boolean> {
    if (this.dead) return false;
    try {
      const res = await fetch(`${this.server.origin}/healthz`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status === 200 && !this.dead) return true;
    } catch {
      // refused or timed out
    }
    for (let i = 0; i < 40 && !this.dead; i++) await new Promise((r) => setTimeout(r, 50));
    return false;
  }

  /** Sends one case and checks its answer(s). */
  async execute(c: FuzzCase): Promise<Violation[]> {
    const started = Date.now();
    const violations = c.kind === 'raw' ? await this.executeRaw(c) : await this.executeHttp(c);
    const ms = Date.now() - started;
    this.stats.cases++;
    if (ms > this.options.slowMs) violations.push({ kind: `slow answer (over ${this.options.slowMs} ms)`, detail: `${ms} ms` });
    this.stats.slowest.push({ ms, what: describeCase(c).slice(0, 160) });
    this.stats.slowest.sort((a, b) => b.ms - a.ms).splice(5);
    return violations;
  }

  private count(status: number, body: string): void {
    this.stats.statuses.set(status, (this.stats.statuses.get(status) ?? 0) + 1);
    for (const m of body.matchAll(/"code":"([A-Z_]+)"/g)) this.stats.codes.set(m[1], (this.stats.codes.get(m[1]) ?? 0) + 1);
  }

  private executeHttp(c: HttpCase, retry = true): Promise<Violation[]> {
    return new Promise((resolve) => {
      const body = c.body === undefined ? undefined : Buffer.from(c.body, 'utf8');
      const headers: Record<string, string | string[]> = { ...c.headers };
      if (body) headers['content-length'] = String(body.length);
      let req;
      try {
        req = request({ host: '127.0.0.1', port: this.port(), method: c.method, path: c.path, headers, agent: this.agent, timeout: 60_000 });
      } catch (error) {
        // The generator made a request node:http refuses to send: a bug of the test, not of the server.
        resolve([{ kind: 'test bug: unsendable request', detail: String(error) }]);
        return;
      }
      req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as it was reused (its keep-alive timeout):
        // retried once on a new socket, as Node's documentation advises.
        if (retry && req.reusedSocket && error.code === 'ECONNRESET' && !this.dead) return resolve(this.executeHttp(c, false));
        // Node's server answers a request head over its limit (16 KB) with 431 and closes at once:
        // the client may see the reset before the answer.
        const head = c.path.length + JSON.stringify(c.headers).length;
        if (head > 16_000 && error.code === 'ECONNRESET') return resolve([]);
        resolve([{ kind: 'no answer (connection error)', detail: `${error.code ?? ''} ${error.message}` }]);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => resolve([{ kind: 'answer cut off', detail: String(error) }]));
        res.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
          const text = decodeBody(Buffer.concat(chunks), flat['content-encoding']);
          const answer: Answer = { status: res.statusCode ?? 0, headers: flat, body: text, method: c.method };
          this.count(answer.status, text);
          resolve([
            ...checkAnswer(answer, { codes: this.options.codes, requestText: `${c.path}\n${JSON.stringify(c.headers)}\n${c.body ?? ''}` }),
            ...graphqlRules(c, answer),
          ]);
        });
      });
      req.end(body);
    });
  }

  private async executeRaw(c: RawCase): Promise<Violation[]> {
    const result = await sendRaw(this.port(), c.bytes, 20_000);
    const out: Violation[] = [];
    for (const response of result.responses) {
      this.count(response.status, response.body);
      const method = /^\S*/.exec(c.bytes)?.[0] ?? '';
      out.push(...checkAnswer({ ...response, method }, { codes: this.options.codes, requestText: c.bytes }));
    }
    if (result.garbage) out.push({ kind: 'answer that is not HTTP', detail: result.garbage.slice(0, 200) });
    if (!result.responses.length) {
      if (result.end === 'reset') this.stats.rawReset++;
      else if (result.end === 'timeout') this.stats.rawTimeout++;
      else this.stats.rawClosedWithoutAnswer++;
      if (c.wellFormed) out.push({ kind: 'no answer to a well-formed request', detail: result.end });
    }
    return out;
  }

  /**
   * Runs the cases in batches of `batchSize`, `concurrency` at a time, checking health after each
   * batch. When the server has died (or stopped answering), it is restarted and the batch replayed
   * one case at a time, so that each crash is pinned on the case that caused it.
   */
  async run(cases: Sourced[]): Promise<Finding[]> {
    const started = Date.now();
    const findings: Finding[] = [];
    const { batchSize, concurrency } = this.options;
    for (let at = 0; at < cases.length; at += batchSize) {
      const batch = cases.slice(at, at + batchSize);
      const results = await pool(batch, concurrency, (s) => this.execute(s.case));
      if (!this.dead && (await this.healthy())) {
        // A slow answer may be another request's fault (one that blocked the event loop): replay
        // the slow ones alone, and keep what they do alone.
        for (let i = 0; i < batch.length; i++) {
          if (results[i].some((v) => v.kind.startsWith('slow answer')) && !this.dead) results[i] = await this.execute(batch[i].case);
        }
        batch.forEach((s, i) => results[i].forEach((v) => findings.push({ key: findingKey(v, s.case), kind: v.kind, detail: v.detail, at: s })));
        continue;
      }
      // Something in this batch killed the server (or hung it): find which, one case at a time.
      const hung = !this.dead;
      await this.restart();
      if (hung)
        findings.push({ key: 'server stopped answering /healthz | batch', kind: 'server stopped answering /healthz', detail: `batch at ${at}`, at: batch[0] });
      for (const s of batch) {
        const violations = await this.execute(s.case);
        const alive = !this.dead && (await this.healthy());
        if (!alive) {
          const crash = this.crashViolation();
          findings.push({ key: findingKey(crash, s.case), kind: crash.kind, detail: crash.detail, at: s });
          if (++this.stats.crashes >= this.options.maxCrashes) {
            findings.push({
              key: 'fuzz stopped: too many crashes | run',
              kind: 'fuzz stopped: too many crashes',
              detail: `after ${this.stats.crashes} crashes`,
              at: s,
            });
            this.stats.elapsedMs += Date.now() - started;
            return findings;
          }
          await this.restart();
        } else {
          violations.forEach((v) => findings.push({ key: findingKey(v, s.case), kind: v.kind, detail: v.detail, at: s }));
        }
      }
    }
    this.stats.elapsedMs += Date.now() - started;
    return findings;
  }

  /** What the dead server's output says about its death: the error code or first error line. */
  crashViolation(): Violation {
    const output = this.server.output();
    if (!this.dead) return { kind: 'server stopped answering /healthz (alive, not answering within 30 s)', detail: '' };
    const code =
      /\b(ERR_[A-Z_]+)\b/.exec(output)?.[1] ?? /(\w*Error): /.exec(output)?.[1] ?? `exit ${this.server.process.exitCode ?? this.server.process.signalCode}`;
    const tail = output
      .split('\n')
      .filter((l) => /Error|ERR_|exit|throw/i.test(l))
      .slice(-4)
      .join(' / ');
    return { kind: `server exited (${code})`, detail: tail.slice(0, 400) };
  }

  async restart(): Promise<void> {
    await this.server.kill();
    this.agent.destroy();
    this.agent = new Agent({ keepAlive: true, maxSockets: 8 });
    await this.start();
  }

  /**
   * Shrinks one example of a finding class with fast-check: replays the run that produced it
   * (same seed, its path) under a property that fails with that class, within `timeLimitMs`.
   */
  async shrink(
    finding: Finding,
    arbitrary: fc.Arbitrary<FuzzCase>,
    seed: number,
    timeLimitMs: number,
  ): Promise<{ counterexample: FuzzCase; shrinks: number } | null> {
    const property = fc.asyncProperty(arbitrary, async (c) => {
      let violations: Violation[];
      violations = await this.execute(c);
      if (this.dead || !(await this.healthy())) {
        violations = [this.crashViolation()];
        await this.restart();
      }
      return !violations.some((v) => findingKey(v, c) === finding.key);
    });
    const result = await fc.check(property, { seed, path: String(finding.at.index), interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false });
    if (!result.failed || !result.counterexample) return null;
    return { counterexample: result.counterexample[0], shrinks: result.numShrinks };
  }
}

/** Rules of GraphQL answers beyond the common ones: valid requests succeed; nodes(ids:) errors are per ID. */
function graphqlRules(c: HttpCase, answer: Answer): Violation[] {
  if (!c.expectSuccess && !c.nodesKeys?.length) return [];
  let body: { data?: unknown; errors?: Array<{ path?: unknown[]; message?: string; extensions?: { code?: string } }> } | undefined;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return c.expectSuccess ? [{ kind: `valid request not answered with JSON (${answer.status})`, detail: answer.body.slice(0, 200) }] : [];
  }
  const out: Violation[] = [];
  if (c.expectSuccess && (answer.status !== 200 || body?.errors?.length)) {
    const first = body?.errors?.[0];
    out.push({
      kind: `valid request refused: ${c.roots.join(', ')} -> ${answer.status} ${first?.extensions?.code ?? ''}`,
      detail: `${first?.message ?? answer.body}`.slice(0, 300),
    });
  }
  for (const error of body?.errors ?? []) {
    if (Array.isArray(error.path) && error.path.length === 1 && c.nodesKeys?.includes(String(error.path[0]))) {
      out.push({
        kind: 'nodes(ids:): one error for the whole list instead of per ID',
        detail: `${error.extensions?.code}: ${error.message}; data: ${JSON.stringify(body?.data)?.slice(0, 100)}`,
      });
    }
  }
  return out;
}

/** Runs `work` over `items`, at most `limit` at a time; results in input order. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}
