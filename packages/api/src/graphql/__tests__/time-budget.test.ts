import { ApolloServer } from '@apollo/server';
import { createErrorFormatter } from '../format-error';
import { DEFAULT_REQUEST_TIMEOUT_MS, timeBudgetPlugin } from '../time-budget';

/**
 * The time budget wired into Apollo Server as app.ts wires it, with the API's error formatter, on
 * an executable schema whose resolvers move a fake clock on: each `next` takes 10 ms.
 */
const typeDefs = `#graphql
  type Query { step: Step }
  type Mutation { write: Step }
  type Step { depth: Int! next: Step }
`;

let clock = 0;
let calls = 0;
const next = async (parent: { depth: number }) => {
  calls++;
  await new Promise((resolve) => setImmediate(resolve));
  clock += 10;
  return { depth: parent.depth + 1 };
};
const resolvers = {
  Query: { step: () => ({ depth: 0 }) },
  Mutation: { write: () => ({ depth: 0 }) },
  Step: { next },
};

const logged: unknown[] = [];
function serverWith(budgetMs: number | undefined) {
  return new ApolloServer({
    typeDefs,
    resolvers,
    plugins: [timeBudgetPlugin(budgetMs === undefined ? { now: () => clock } : { budgetMs, now: () => clock })],
    formatError: createErrorFormatter({ exposeStack: false, log: (_m, e) => logged.push(e) }),
  });
}

const chain = (operation: 'query' | 'mutation', depth: number) =>
  `${operation} { ${operation === 'query' ? 'step' : 'write'} { depth ${'next { depth '.repeat(depth)}${'} '.repeat(depth)}} }`;

async function run(server: ApolloServer, query: string) {
  const { http, body } = await server.executeOperation({ query });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return { status: http.status ?? 200, ...body.singleResult };
}

beforeEach(() => {
  clock = 0;
  calls = 0;
  logged.length = 0;
});

test('past the budget no further resolver starts, and the answer is one REQUEST_TIMEOUT error saying the budget', async () => {
  const server = serverWith(25);
  await server.start();
  const result = await run(server, chain('query', 10));
  await server.stop();
  // The 1st, 2nd and 3rd `next` run (the clock reads 0, 10, 20 as each starts); the 4th starts at 30, past 25.
  expect(calls).toBe(3);
  expect(result).toEqual({
    status: 200,
    data: null,
    errors: [
      {
        message:
          'The request ran past its time budget of 25 ms and was stopped; nothing more was read. Ask for less (fewer items per page, fewer nested lists) or try again later.',
        extensions: { code: 'REQUEST_TIMEOUT', budgetMs: 25 },
      },
    ],
  });
  expect(logged).toEqual([]);
});

test('within the budget the query is answered in full', async () => {
  const server = serverWith(1000);
  await server.start();
  const result = await run(server, chain('query', 10));
  await server.stop();
  expect(calls).toBe(10);
  expect(result.errors).toBeUndefined();
  expect(JSON.stringify(result.data)).toContain('"depth":10');
});

test(`the default budget is ${DEFAULT_REQUEST_TIMEOUT_MS} ms (REQUEST_TIMEOUT_MS)`, async () => {
  expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(5000);
  const server = serverWith(undefined);
  await server.start();
  clock = 0;
  const within = await run(server, chain('query', 3));
  expect(within.errors).toBeUndefined();
  const slow = new ApolloServer({
    typeDefs,
    resolvers: { ...resolvers, Step: { next: async (p: { depth: number }) => ((clock += 2000), next(p)) } },
    plugins: [timeBudgetPlugin({ now: () => clock })],
  });
  await slow.start();
  clock = 0;
  calls = 0;
  const past = await run(slow, chain('query', 10));
  await Promise.all([server.stop(), slow.stop()]);
  expect(past.errors![0].extensions).toEqual({ code: 'REQUEST_TIMEOUT', budgetMs: 5000 });
  expect(calls).toBe(3); // starting at 0, 2010 and 4020 ms; the 4th would start at 6030
});

test('a mutation is not cut short: a write that has started completes and its answer is sent', async () => {
  const server = serverWith(25);
  await server.start();
  const result = await run(server, chain('mutation', 10));
  await server.stop();
  expect(calls).toBe(10);
  expect(result.errors).toBeUndefined();
});
