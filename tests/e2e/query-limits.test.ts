// Query limits, against the real server: depth (through fragments too), aliases,
// tokens and cost, each refused with HTTP 400 and its own code before any resolver runs (no SQL
// statement is run, and a refused mutation changes nothing); `first` at most 100; the body limit;
// no batched requests; and the production settings (introspection, playground, suggestions, stack
// traces). The limits are the defaults of packages/api/src/config.ts (DEFAULT_QUERY_LIMITS), the same
// in every NODE_ENV.
import { request } from 'node:http';
import { createClient } from '@cdp/sdk';
import { bearer, createKey, gql, startServer, type TestServer } from '../support/server';

const MAX_DEPTH = 20;
const MAX_ALIASES = 25;
const MAX_TOKENS = 3000;
const MAX_COST = 1_000_000;

/** Counts SQL statements per request (x-sql-statements), so that "nothing ran" can be seen; no response cache. */
let server: TestServer;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startServer({ env: { SQL_STATEMENT_COUNT: '1', RESPONSE_CACHE: 'false' } });
  admin = bearer(createKey(server.databaseUrl, { role: 'admin', name: 'Query limits' }));
});
afterAll(async () => {
  await server?.stop();
});

/** A refusal: HTTP 400, no data, one error with the code, the limit and the measured value, and no SQL run. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown> | undefined,
  extensions: { code: string; limit?: number; measured?: number },
  headers: Record<string, string> = {},
) {
  const r = await gql(server.url, query, variables, headers);
  expect(r.status).toBe(400);
  expect(r.body.data).toBeUndefined();
  expect(r.body.errors).toHaveLength(1);
  expect(r.body.errors![0].extensions).toEqual(
    extensions.limit === undefined ? { code: extensions.code } : { limit: expect.any(Number), measured: expect.any(Number), ...extensions },
  );
  // No resolver ran: not one SQL statement (an anonymous request runs none before its resolvers).
  if (!Object.keys(headers).length) expect(r.headers.get('x-sql-statements')).toBe('0');
  return r.body.errors![0];
}

async function expectAnswered(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const r = await gql(server.url, query, variables, headers);
  expect(r.body.errors).toBeUndefined();
  expect(r.status).toBe(200);
  return r.body.data;
}

/** `{ plan { strategy { strategy { ... { title } } } } }`: a query `depth` fields deep (Plan.strategy is a Plan). */
function strategyChain(depth: number): string {
  return `{ plan { ${'strategy { '.repeat(depth - 2)}title ${'} '.repeat(depth - 2)}} }`;
}

const WHOLE_TREE = `query WholePlan { plans(filter: { kind: DELIVERY_PLAN }) { nodes { title periodLabel pillars { nodes { number name
  priorities { nodes { title objectives { nodes { text actions { nodes { text status agencies { name } } } } } } } } } } } }`;

describe('depth', () => {
  test(`a query ${MAX_DEPTH} fields deep runs; one deeper is QUERY_TOO_DEEP, naming the limit and the depth`, async () => {
    expect(await expectAnswered(strategyChain(MAX_DEPTH))).toEqual({ plan: { strategy: { strategy: null } } });
    const error = await expectRefused(strategyChain(MAX_DEPTH + 1), undefined, { code: 'QUERY_TOO_DEEP', limit: MAX_DEPTH, measured: MAX_DEPTH + 1 });
    expect(error.message).toBe(`Query is too deep: it nests ${MAX_DEPTH + 1} levels of fields (fragments included); the maximum depth is ${MAX_DEPTH}.`);

    // A GET (the cacheable route) is refused the same way.
    const get = await fetch(`${server.url}?query=${encodeURIComponent(strategyChain(MAX_DEPTH + 1))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: MAX_DEPTH, measured: MAX_DEPTH + 1 });
  });

  test('depth hidden in nested fragments and inline fragments is counted', async () => {
    // plan, then 6 + 6 + 6 strategies through three fragments and inline fragments, then title: 20 deep.
    const six = 'strategy { strategy { strategy { strategy { strategy { strategy {';
    const hidden = (extra: string) => `query Hidden { plan { ...A } }
      fragment A on Plan { ${six} ...B } } } } } } }
      fragment B on Plan { ... on Plan { ${six} ... { ...C } } } } } } } } }
      fragment C on Plan { ${six} ${extra} } } } } } } }`;
    expect(await expectAnswered(hidden('title'))).toEqual({ plan: { strategy: { strategy: null } } });
    const error = await expectRefused(hidden('strategy { title }'), undefined, { code: 'QUERY_TOO_DEEP', limit: MAX_DEPTH, measured: MAX_DEPTH + 1 });
    expect(error.message).toContain(`nests ${MAX_DEPTH + 1} levels`);
  });

  test("the playground's whole-tree query (12 deep) and the SDK's deepest operation, plan(), run", async () => {
    const data = await expectAnswered(WHOLE_TREE);
    expect(data.plans.nodes[0].pillars.nodes).toHaveLength(3);
    const plan = await createClient({ url: server.url }).plan();
    expect(plan.pillars.nodes.flatMap((p) => p.priorities.nodes.flatMap((q) => q.objectives.nodes.flatMap((o) => o.actions.nodes)))).toHaveLength(156);
  });
});

describe('aliases', () => {
  const aliased = (n: number, field = 'plan { title }') => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

  test(`${MAX_ALIASES} aliased fields run; 200 are TOO_MANY_ALIASES, naming the limit and the count`, async () => {
    await expectAnswered(`{ ${aliased(MAX_ALIASES)} }`);
    const error = await expectRefused(`{ ${aliased(200)} }`, undefined, { code: 'TOO_MANY_ALIASES', limit: MAX_ALIASES, measured: 200 });
    expect(error.message).toBe(`Query has too many aliases: 200 aliased fields (fragments included); the maximum is ${MAX_ALIASES}.`);
  });

  test('aliases inside fragments count each time the fragment is spread', async () => {
    const query = `{ plan { ...Thirteen strategy { ...Thirteen } } } fragment Thirteen on Plan { ${aliased(13, 'title')} }`;
    await expectRefused(query, undefined, { code: 'TOO_MANY_ALIASES', limit: MAX_ALIASES, measured: 26 });
  });

  test("the SDK's node() and nodes() (13 aliases each, one per type) run", async () => {
    const client = createClient({ url: server.url });
    const actions = await client.actions({ first: 100 });
    const node = await client.node(actions.nodes[0].id);
    expect(node.__typename).toBe('Action');
    const nodes = await client.nodes(actions.nodes.map((a) => a.id));
    expect(nodes).toHaveLength(100);
  });

  test('a mutation of 30 aliased updateAction calls is refused whole: nothing is written', async () => {
    const auditSize = async () => (await expectAnswered('{ changes(first: 0) { totalCount } }', undefined, admin)).changes.totalCount as number;
    const { actions } = await expectAnswered('{ actions(first: 1) { nodes { id version target } } }');
    const [action] = actions.nodes;
    const before = await auditSize();

    const calls = Array.from(
      { length: 30 },
      (_, i) => `u${i}: updateAction(input: { id: $id, expectedVersion: $version, target: "Changed ${i}" }) { action { version } }`,
    );
    const mutation = `mutation($id: ID!, $version: Int!) { ${calls.join(' ')} }`;
    const error = await expectRefused(
      mutation,
      { id: action.id, version: action.version },
      { code: 'TOO_MANY_ALIASES', limit: MAX_ALIASES, measured: 30 },
      admin,
    );
    expect(error.message).toMatch(/^Mutation has too many aliases: 30/);
    expect(await auditSize()).toBe(before);
    expect((await expectAnswered('query($id: ID!) { action(id: $id) { version target } }', { id: action.id })).action).toEqual({
      version: action.version,
      target: action.target,
    });

    // The same call once is within the limits, and writes: the refusal above is what kept it out.
    const once = `mutation($id: ID!, $version: Int!) { ${calls[0]} }`;
    expect((await expectAnswered(once, { id: action.id, version: action.version }, admin)).u0.action.version).toBe(action.version + 1);
    expect(await auditSize()).toBe(before + 1);
  });
});

describe('tokens', () => {
  /**
   * `{ plan { ... } }` of exactly n tokens: `{ plan {` and `} }` are 5, `title @include(if: true)` is 8,
   * `title` is 1. (Not n plain titles: graphql-js 16.15 itself stops validating around a thousand
   * same-named fields, "Validation aborted.".)
   */
  const tokens = (n: number) => {
    const k = Math.floor((n - 5) / 8);
    return `{ plan { ${'title @include(if: true) '.repeat(k)}${'title '.repeat(n - 5 - 8 * k)}} }`;
  };

  test(`a document of ${MAX_TOKENS} tokens runs; one more fails to parse, GRAPHQL_PARSE_FAILED naming the limit`, async () => {
    expect((await expectAnswered(tokens(MAX_TOKENS))).plan.title).toEqual(expect.any(String));
    const error = await expectRefused(tokens(MAX_TOKENS + 1), undefined, { code: 'GRAPHQL_PARSE_FAILED' });
    // graphql-js's own wording (its typo included): parsing stops at the limit, so no total is known.
    expect(error.message).toBe(`Syntax Error: Document contains more that ${MAX_TOKENS} tokens. Parsing aborted.`);
  });
});

describe('cost', () => {
  test('a chain back through agencies under 3 aliases (15.7 MB in 1.9 s before) is QUERY_TOO_COMPLEX, naming the limit and the estimate', async () => {
    const chain = 'actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { text agencies { name } } } } } }';
    const aliased = `{ ${[0, 1, 2].map((i) => `a${i}: ${chain}`).join(' ')} }`;
    const error = await expectRefused(aliased, undefined, { code: 'QUERY_TOO_COMPLEX', limit: MAX_COST });
    expect(error.extensions!.measured).toBeGreaterThan(MAX_COST);
    expect(error.message).toMatch(new RegExp(`^Query is too complex: its estimated cost is ${error.extensions!.measured}, over the maximum of ${MAX_COST}\\.`));
    // One of them alone (5.2 MB) is refused too; 25 of them were admitted before.
    await expectRefused(`{ a0: ${chain} }`, undefined, { code: 'QUERY_TOO_COMPLEX', limit: MAX_COST });
  });

  test('the seeded plan fits the fan-out the estimate counts down the tree (ITEMS_PER_PARENT)', async () => {
    const plan = await createClient({ url: server.url }).plan();
    const most = (counts: number[]) => Math.max(...counts);
    const priorities = plan.pillars.nodes.map((p) => p.priorities);
    const objectives = priorities.flatMap((c) => c.nodes.map((q) => q.objectives));
    const actions = objectives.flatMap((c) => c.nodes.map((o) => o.actions));
    expect(plan.pillars.totalCount).toBeLessThanOrEqual(3);
    expect(most(priorities.map((c) => c.totalCount))).toBeLessThanOrEqual(5);
    expect(most(objectives.map((c) => c.totalCount))).toBeLessThanOrEqual(10);
    expect(most(actions.map((c) => c.totalCount))).toBeLessThanOrEqual(20);
    expect((await createClient({ url: server.url }).plans({ first: 100 })).totalCount).toBeLessThanOrEqual(10);
  });

  test('`first` given in variables counts: the same document runs with small pages and is refused with large ones', async () => {
    const query = `query($n: Int!) { actions(first: $n) { nodes { agencies { actions(first: $n) { nodes { agencies {
      actions(first: $n) { nodes { agencies { actions(first: $n) { nodes { id } } } } } } } } } } } }`;
    const small = await expectAnswered(query, { n: 2 });
    expect(small.actions.nodes).toHaveLength(2);
    await expectRefused(query, { n: 100 }, { code: 'QUERY_TOO_COMPLEX', limit: MAX_COST });
  });

  test("a chain back and forth through agencies is refused; one agency's page of actions runs", async () => {
    const chain = '{ actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { id } } } } } } } } }';
    await expectRefused(chain, undefined, { code: 'QUERY_TOO_COMPLEX', limit: MAX_COST });
    const own = await expectAnswered('{ agency(name: "RESET") { actions(first: 100) { totalCount nodes { text objective { text } agencies { name } } } } }');
    expect(own.agency.actions.nodes.length).toBeGreaterThan(50);
  });

  test("the playground's whole-tree query, the SDK's plan() (the heaviest it sends) and a page of 100 actions run", async () => {
    expect((await expectAnswered(WHOLE_TREE)).plans.nodes).toHaveLength(1);
    const client = createClient({ url: server.url });
    expect((await client.plan()).pillars.totalCount).toBe(3);
    expect((await client.actions({ first: 100 })).nodes).toHaveLength(100);
  });

  test('a mutation over the cost limit is refused before it runs: nothing is written', async () => {
    const auditSize = async () => (await expectAnswered('{ changes(first: 0) { totalCount } }', undefined, admin)).changes.totalCount as number;
    const { actions } = await expectAnswered('{ actions(first: 1, after: "b2Zmc2V0OjA=") { nodes { id version } } }');
    const [action] = actions.nodes;
    const before = await auditSize();
    const mutation = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { agencies { actions(first: 100) { nodes {
      agencies { actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { id } } } } } } } } } } } } } } }`;
    const error = await expectRefused(
      mutation,
      { input: { id: action.id, expectedVersion: action.version, target: 'Too costly' } },
      { code: 'QUERY_TOO_COMPLEX', limit: MAX_COST },
      admin,
    );
    expect(error.message).toMatch(/^Mutation is too complex/);
    expect(await auditSize()).toBe(before);
    expect((await expectAnswered('query($id: ID!) { action(id: $id) { version } }', { id: action.id })).action.version).toBe(action.version);
  });
});

describe('first, body size and batching', () => {
  test('`first` over 100 is BAD_USER_INPUT naming the argument, on root and nested lists alike', async () => {
    for (const [query, variables] of [
      ['{ actions(first: 101) { nodes { id } } }', undefined],
      ['query($n: Int!) { plan { pillars(first: $n) { totalCount } } }', { n: 1000 }],
    ] as const) {
      const r = await gql(server.url, query, variables);
      expect(r.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors![0].message).toMatch(/first/);
    }
    await expectAnswered('{ actions(first: 100) { totalCount } }');
  });

  test('a body over 256 KiB is 413, whether its length is declared or streamed', async () => {
    const big = JSON.stringify({ query: `{ plan { title } } #${'x'.repeat(300_000)}` });
    const declared = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ errors: [{ message: 'Request body exceeds 262144 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });

    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 16_384) req.write(big.slice(i, i + 16_384));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a batch (a JSON array of operations) is refused with BAD_REQUEST, and none of it runs', async () => {
    const { actions } = await expectAnswered('{ actions(first: 1) { nodes { id version } } }');
    const [action] = actions.nodes;
    const { changes } = await expectAnswered('{ changes(first: 0) { totalCount } }', undefined, admin);
    const update = {
      query: 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { version } } }',
      variables: { input: { id: action.id, expectedVersion: action.version, target: 'Batched' } },
    };
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify([update, { query: '{ plan { title } }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] });
    expect((await expectAnswered('{ changes(first: 0) { totalCount } }', undefined, admin)).changes.totalCount).toBe(changes.totalCount);
  });
});

describe('production settings', () => {
  let production: TestServer;
  let configured: TestServer;
  let development: TestServer;
  beforeAll(async () => {
    [production, configured, development] = await Promise.all([
      startServer({ env: { NODE_ENV: 'production', SEED: 'false' } }),
      startServer({ env: { NODE_ENV: 'production', SEED: 'false', INTROSPECTION: 'true', PLAYGROUND: 'true', MAX_QUERY_DEPTH: '4', MAX_ALIASES: '1' } }),
      startServer({ env: { NODE_ENV: 'development', SEED: 'false' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([production?.stop(), configured?.stop(), development?.stop()]);
  });

  const introspection = '{ __schema { queryType { name } } }';

  test('NODE_ENV=production: no introspection, no playground, no field suggestions, no stack traces', async () => {
    const intro = await gql(production.url, introspection);
    expect(intro.status).toBe(400);
    expect(intro.body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(intro.body.errors![0].message).toMatch(/introspection is not allowed/);
    // One named type may still be looked up (GraphQL over HTTP clients and the graphql-http audit
    // use __type; the schema ships with the SDK): only the whole-schema query is refused.
    expect((await gql(production.url, '{ __type(name: "Action") { name } }')).body).toEqual({ data: { __type: { name: 'Action' } } });
    expect((await fetch(`${production.origin}/playground`)).status).toBe(404);

    const typo = await gql(production.url, '{ plann { title } }');
    expect(typo.body.errors![0].message).toBe('Cannot query field "plann" on type "Query".');
    for (const query of ['{ plann { title } }', '{ action(id: "nope") { id } }', strategyChain(MAX_DEPTH + 1)]) {
      const r = await gql(production.url, query);
      expect(r.body.errors![0].extensions!.stacktrace).toBeUndefined();
    }
  });

  test('...where development has suggestions and stack traces (so the checks above can fail)', async () => {
    const typo = await gql(development.url, '{ plann { title } }');
    expect(typo.body.errors![0].message).toMatch(/Did you mean "plan"/);
    const bad = await gql(development.url, '{ action(id: "nope") { id } }');
    expect(Array.isArray(bad.body.errors![0].extensions!.stacktrace)).toBe(true);
    expect((await gql(development.url, introspection)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  test('the query limits are the same in production: not left to NODE_ENV', async () => {
    const r = await gql(production.url, strategyChain(MAX_DEPTH + 1));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: MAX_DEPTH, measured: MAX_DEPTH + 1 });
  });

  test('INTROSPECTION=true and PLAYGROUND=true turn them on in production; MAX_QUERY_DEPTH and MAX_ALIASES set the limits', async () => {
    expect((await gql(configured.url, introspection)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await fetch(`${configured.origin}/playground`)).status).toBe(200);
    const deep = await gql(configured.url, strategyChain(5));
    expect(deep.body.errors![0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 4, measured: 5 });
    const aliases = await gql(configured.url, '{ a: __typename b: __typename }');
    expect(aliases.body.errors![0].extensions).toEqual({ code: 'TOO_MANY_ALIASES', limit: 1, measured: 2 });
    expect(aliases.body.errors![0].extensions!.stacktrace).toBeUndefined();
  });
});
