import { ApolloServer } from '@apollo/server';
import { createErrorFormatter } from '../../format-error';
import { queryLimitOptions } from '..';

/**
 * The limits wired into Apollo Server as app.ts wires them, with the API's error formatter: each
 * refusal is HTTP 400 with its own code (the formatter passes it through) and no resolver runs.
 */
const typeDefs = `#graphql
  type Query { items(first: Int = 50): ItemConnection! item: Item find(name: String): Item }
  type Mutation { touch: Int! }
  type ItemConnection { totalCount: Int! nodes: [Item!]! }
  type Item { id: ID! name: String! children(first: Int = 50): ItemConnection! }
`;

let calls = 0;
const item = () => (calls++, { id: '1', name: 'one' });
const connection = () => (calls++, { totalCount: 1, nodes: [item()] });
const resolvers = {
  Query: { items: connection, item, find: item },
  Mutation: { touch: () => ++calls },
  Item: { children: connection },
};

const limits = queryLimitOptions({ maxDepth: 6, maxAliases: 3, maxTokens: 60, maxCost: 1000 });
const logged: unknown[] = [];
const server = new ApolloServer({
  typeDefs,
  resolvers,
  parseOptions: limits.parseOptions,
  validationRules: limits.validationRules,
  plugins: [limits.plugin],
  formatError: createErrorFormatter({ exposeStack: false, log: (_m, e) => logged.push(e) }),
});

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => {
  calls = 0;
  logged.length = 0;
});

async function run(query: string, variables?: Record<string, unknown>) {
  const { http, body } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return { status: http.status ?? 200, ...body.singleResult };
}

test('a query within every limit runs', async () => {
  const result = await run('{ items(first: 2) { nodes { children(first: 2) { nodes { name } } } } }');
  expect(result.errors).toBeUndefined();
  expect(result.status).toBe(200);
  expect(calls).toBeGreaterThan(0);
});

test.each([
  ['too deep', '{ items { nodes { children { nodes { children { nodes { id } } } } } } }', { code: 'QUERY_TOO_DEEP', limit: 6, measured: 7 }],
  [
    'too deep through fragments',
    '{ ...Q } fragment Q on Query { items { ...C } } fragment C on ItemConnection { nodes { children { nodes { children { nodes { id } } } } } }',
    { code: 'QUERY_TOO_DEEP', limit: 6, measured: 7 },
  ],
  ['too many aliases', '{ a: item { id } b: item { id } c: item { id } d: item { e: id } }', { code: 'TOO_MANY_ALIASES', limit: 3, measured: 5 }],
  [
    'too complex',
    '{ items(first: 30) { nodes { children(first: 40) { nodes { id } } } } }',
    { code: 'QUERY_TOO_COMPLEX', limit: 1000, measured: 1 + 1 + 30 * (1 + 1 + 40) },
  ],
])('%s: refused with HTTP 400 and its code, before any resolver', async (_label, query, extensions) => {
  const result = await run(query);
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors).toEqual([
    { message: expect.stringMatching(new RegExp(`\\b${extensions.measured}\\b.*\\b${extensions.limit}\\b`)), locations: [{ line: 1, column: 1 }], extensions },
  ]);
  expect(calls).toBe(0);
  expect(logged).toEqual([]);
});

test("the cost is estimated with the request's variables", async () => {
  const query = 'query($n: Int) { items(first: $n) { nodes { children(first: $n) { nodes { id } } } } }';
  expect((await run(query, { n: 20 })).errors).toBeUndefined();
  const refused = await run(query, { n: 40 });
  expect(refused.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 1000, measured: 1 + 1 + 40 * (1 + 1 + 40) });
  expect(refused.errors![0].message).toBe(
    'Query is too complex: its estimated cost is 1682, over the maximum of 1000. Each field costs 1 and a list multiplies the cost of what it holds ' +
      '(a connection by its `first`, 50 when absent): ask for fewer items per page or fewer nested lists.',
  );
});

test('mutations are limited too, and a refused one runs nothing', async () => {
  const result = await run('mutation { a: touch b: touch c: touch d: touch }');
  expect(result.status).toBe(400);
  expect(result.errors![0].extensions!.code).toBe('TOO_MANY_ALIASES');
  expect(result.errors![0].message).toMatch(/^Mutation has too many aliases/);
  expect(calls).toBe(0);
});

test('a document over the token limit fails to parse: GRAPHQL_PARSE_FAILED, naming the limit', async () => {
  const result = await run(`{ ${'item { id } '.repeat(20)}}`);
  expect(result.status).toBe(400);
  expect(result.errors).toEqual([
    expect.objectContaining({ message: 'Syntax Error: Document contains more that 60 tokens. Parsing aborted.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
  ]);
  expect(calls).toBe(0);
});

test('an ordinary validation error is still GRAPHQL_VALIDATION_FAILED', async () => {
  const result = await run('{ nope }');
  expect(result.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
});

test('a subscription is OPERATION_NOT_SUPPORTED, HTTP 400, before anything runs, and is not logged', async () => {
  // graphql-js 16 validates it and fails only when executing: INTERNAL_SERVER_ERROR, logged with a stack trace.
  const result = await run('subscription { item { id } }');
  expect(result.status).toBe(400);
  expect(result.errors).toEqual([
    {
      message: expect.stringMatching(/^Subscriptions are not supported/),
      locations: [{ line: 1, column: 1 }],
      extensions: { code: 'OPERATION_NOT_SUPPORTED' },
    },
  ]);
  expect(calls).toBe(0);
  expect(logged).toEqual([]);
});

test('a persisted-query hash that does not match its query is BAD_REQUEST (Apollo gives it no code), HTTP 400, not logged', async () => {
  const { http, body } = await server.executeOperation({
    query: '{ item { id } }',
    extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
  });
  expect(http.status).toBe(400);
  expect(body.kind === 'single' && body.singleResult.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
  const version = await server.executeOperation({ query: '{ item { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'f'.repeat(64) } } });
  expect(version.body.kind === 'single' && version.body.singleResult.errors![0].extensions).toEqual({ code: 'BAD_REQUEST' });
  expect(calls).toBe(0);
  expect(logged).toEqual([]);
});

test('a string over its bound is BAD_USER_INPUT in the validation shape, HTTP 400, before any resolver', async () => {
  const result = await run('query($n: String) { find(name: $n) { id } }', { n: 'x'.repeat(10_001) });
  expect(result.status).toBe(400);
  expect(result.errors).toEqual([
    {
      message: 'Invalid argument: Argument "name" must be at most 10000 characters long, got 10001.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'name', rule: 'maxLength', message: 'Argument "name" must be at most 10000 characters long, got 10001.' }],
      },
    },
  ]);
  expect(calls).toBe(0);
  expect((await run('query($n: String) { find(name: $n) { id } }', { n: 'x'.repeat(10_000) })).errors).toBeUndefined();
});
