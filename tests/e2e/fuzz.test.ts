// Fuzz test: a few thousand generated requests with a fixed seed, against a real server
// on its own fresh database: GraphQL requests over every root query and mutation of the committed
// schema (packages/schema/schema.graphql), requests to the other routes, and malformed HTTP over raw
// TCP. After every batch and at the end the server must still be up; no answer may be a 5xx, leak
// a stack frame or a path, or carry an error whose `extensions.code` is missing or not in README.md's
// "Error codes" table (with the status it came with); INTERNAL_SERVER_ERROR is never expected.
// Requests built only from valid values (real IDs, valid dates, as admin) must succeed, and
// nodes(ids:) errors are per ID. A small seed corpus (support/fuzz/corpus.ts) runs first; a probe
// then times a long comma string against a plain one on every String argument of the root queries.
// The server runs with RATE_LIMIT=false and its own fresh database.
//
// On failure it prints every class of finding with one example, and the examples of the first
// classes shrunk by fast-check. FUZZ_SEED, FUZZ_RUNS (a multiplier) and FUZZ_SHRINK=0 change the run.
import fc from 'fast-check';
import { bearer, createKey, gql, startServer, tempDatabase, type TestServer } from '../support/server';
import { documentedErrorCodes } from '../support/fuzz/checks';
import { graphqlCase, loadSchema, rootFields, routeCase, type GraphQLFuzzContext } from '../support/fuzz/graphql-cases';
import { Finding, Harness, Sourced } from '../support/fuzz/harness';
import { abbreviate, describeCase, FuzzCase } from '../support/fuzz/http-case';
import { rawCase } from '../support/fuzz/raw-http';
import { corpus } from '../support/fuzz/corpus';
import { runStringProbes, stringProbes } from '../support/fuzz/probe';

const SEED = Number(process.env.FUZZ_SEED ?? 20240401);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
/** Cases per source: random GraphQL requests, requests to each root field, other routes, raw TCP. */
const RUNS = { graphql: Math.round(1000 * SCALE), perRoot: Math.max(1, Math.round(12 * SCALE)), route: Math.round(200 * SCALE), raw: Math.round(700 * SCALE) };
const SHRINK = process.env.FUZZ_SHRINK !== '0';

jest.setTimeout(15 * 60_000);

/** One database for the whole fuzz: the harness restarts the server on it after a crash. Made in beforeAll. */
let databaseUrl: string;
const env = {
  // Rate limits would refuse a fuzz's thousands of requests; the time budget is raised so that a
  // loaded machine never turns a heavy (valid) query into a timeout: the fuzz does not depend on timing.
  RATE_LIMIT: 'false',
  REQUEST_TIMEOUT_MS: '120000',
};
const codes = documentedErrorCodes();
const harness = new Harness({
  start: () => startServer({ databaseUrl, env }),
  codes,
  concurrency: 4,
  batchSize: 50,
  slowMs: 10_000,
  maxCrashes: Number(process.env.FUZZ_MAX_CRASHES ?? 40),
});
let server: TestServer;
let context: GraphQLFuzzContext;

/** Real IDs from every root list that needs no argument, and the keys' own IDs. */
async function realIds(url: string, admin: string): Promise<{ ids: Map<string, string[]>; adminKeyId: string }> {
  const schema = loadSchema();
  const lists = Object.values(schema.getQueryType()!.getFields()).filter(
    (f) => /Connection!?$/.test(String(f.type)) && f.args.every((a) => !String(a.type).endsWith('!') || a.defaultValue !== undefined),
  );
  const query = `{ ${lists.map((f) => `${f.name}(first: 100) { nodes { __typename id } }`).join(' ')} apiKeys { id name } }`;
  const { body } = await gql(url, query, undefined, bearer(admin));
  if (!body.data) throw new Error(`could not read IDs: ${JSON.stringify(body.errors)}`);
  const ids = new Map<string, string[]>();
  for (const f of lists) {
    for (const node of (body.data[f.name]?.nodes ?? []) as Array<{ __typename: string; id: string }>) {
      ids.set(node.__typename, [...(ids.get(node.__typename) ?? []), node.id]);
    }
  }
  const keys = body.data.apiKeys as Array<{ id: string; name: string }>;
  ids.set(
    'ApiKey',
    keys.filter((k) => k.name !== 'Fuzz admin').map((k) => k.id),
  );
  return { ids, adminKeyId: keys.find((k) => k.name === 'Fuzz admin')!.id };
}

beforeAll(async () => {
  databaseUrl = await tempDatabase();
  await harness.start();
  server = harness.server;
  const admin = createKey(databaseUrl, { role: 'admin', name: 'Fuzz admin' });
  const reader = createKey(databaseUrl, { role: 'reader', name: 'Fuzz reader' });
  const { ids, adminKeyId } = await realIds(server.url, admin);
  context = { schema: loadSchema(), ids, keys: { admin, reader }, protectedIds: new Set([adminKeyId]) };
});

afterAll(async () => {
  await harness.stop();
});

function report(findings: Finding[], shrunk: Map<string, string>, run: { cases: number; ms: number }): string {
  const classes = new Map<string, Finding[]>();
  for (const f of findings) classes.set(f.key, [...(classes.get(f.key) ?? []), f]);
  const lines = [`${findings.length} findings in ${classes.size} classes (seed ${SEED}):`];
  let n = 0;
  for (const [key, list] of classes) {
    if (++n > 60) {
      lines.push(`… and ${classes.size - 60} more classes`);
      break;
    }
    const first = list[0];
    lines.push(`\n[${n}] ${key}  ×${list.length}`);
    lines.push(`    detail:  ${abbreviate(first.detail, 300)}`);
    lines.push(`    example: ${describeCase(first.at.case)}  (${first.at.source} #${first.at.index})`);
    const small = shrunk.get(key);
    if (small) lines.push(`    shrunk:  ${small}`);
  }
  const s = harness.stats;
  lines.push(
    `\n${run.cases} requests in ${(run.ms / 1000).toFixed(1)} s (before shrinking); statuses ${JSON.stringify(Object.fromEntries(s.statuses))}; ` +
      `raw TCP without an answer: ${s.rawClosedWithoutAnswer} closed, ${s.rawReset} reset, ${s.rawTimeout} timed out; crashes ${s.crashes}`,
    `slowest: ${s.slowest.map((x) => `${x.ms} ms ${x.what}`).join('\n         ')}`,
  );
  return lines.join('\n');
}

test('generated requests: the server stays up; no 5xx, no leak; every error has a documented code', async () => {
  // Every root query and mutation of the committed schema is generated at least once.
  const graphqlArb = graphqlCase(context, { saneShare: 0.15 });
  const roots = rootFields(context.schema).map(({ operation, field }) => `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`);
  const sources: Array<{ name: string; arb: fc.Arbitrary<FuzzCase>; runs: number }> = [
    { name: 'graphql', arb: graphqlArb, runs: RUNS.graphql },
    ...roots.map((root) => ({ name: root, arb: graphqlCase(context, { saneShare: 0.25, root }), runs: RUNS.perRoot })),
    { name: 'route', arb: routeCase(), runs: RUNS.route },
    { name: 'raw', arb: rawCase(), runs: RUNS.raw },
  ];
  const cases: Sourced[][] = sources.map(({ name, arb, runs }) =>
    fc.sample(arb, { seed: SEED, numRuns: runs }).map((c, index) => ({ source: name, index, case: c })),
  );
  const covered = new Set(cases.flat().flatMap((s) => (s.case.kind === 'http' ? s.case.roots : [])));
  expect(roots.filter((name) => !covered.has(name))).toEqual([]);

  // Interleave the sources so that every batch mixes them; the seed corpus goes first.
  const all: Sourced[] = corpus(context).map((c, index) => ({ source: 'corpus', index, case: c }));
  for (let i = 0; i < Math.max(...cases.map((c) => c.length)); i++) for (const list of cases) if (list[i]) all.push(list[i]);
  const started = Date.now();
  const findings = await harness.run(all);

  // Long strings that backtracking regular expressions trip on, one request at a time.
  for (const v of await runStringProbes(harness.server.url, bearer(context.keys.admin), stringProbes(context.schema))) {
    findings.push({
      key: `${v.kind} | ${v.probe}`,
      kind: v.kind,
      detail: v.detail,
      at: { source: 'probe', index: 0, case: { kind: 'http', family: 'probe', method: 'POST', path: '/graphql', headers: {}, body: v.probe, roots: [] } },
    });
  }

  // At the end, the process is still running and answers.
  const upAtEnd = await harness.healthy();
  if (!upAtEnd)
    findings.push({
      key: 'server down at the end | run',
      kind: 'server down at the end',
      detail: harness.server.output().slice(-500),
      at: all[all.length - 1],
    });

  const run = { cases: harness.stats.cases, ms: Date.now() - started };
  const shrunk = new Map<string, string>();
  if (findings.length && SHRINK) {
    const seen = new Set<string>();
    const budget = Date.now() + 90_000;
    for (const f of findings) {
      const source = sources.find((s) => s.name === f.at.source);
      if (!source) continue; // a corpus or probe case: already small
      if (seen.has(f.key) || seen.size >= 8 || Date.now() > budget) continue;
      seen.add(f.key);
      const small = await harness.shrink(f, source.arb, SEED, 12_000);
      if (small) shrunk.set(f.key, `${describeCase(small.counterexample)}  (${small.shrinks} shrinks)`);
    }
  }
  if (findings.length) throw new Error(report(findings, shrunk, run));
  console.log(`fuzz: ${run.cases} requests in ${(run.ms / 1000).toFixed(1)} s, no finding (seed ${SEED})`);
});
