// A seed corpus: requests of the kinds that broke the server before (a security review found them), run on
// every fuzz run next to the generated ones and judged by the same generic rules. Generated
// requests reach some of these only by luck (a request target of exactly two slashes).
import type { GraphQLFuzzContext } from './graphql-cases';
import type { FuzzCase, HttpCase } from './http-case';

function post(family: string, query: string, variables: Record<string, unknown> | undefined, extra: Partial<HttpCase> = {}, body?: string): HttpCase {
  return {
    kind: 'http',
    family,
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(extra.headers ?? {}) },
    body: body ?? JSON.stringify({ query, variables }),
    roots: [],
    ...extra,
    ...(extra.headers ? { headers: { 'content-type': 'application/json', ...extra.headers } } : {}),
  };
}

export function corpus(ctx: GraphQLFuzzContext): FuzzCase[] {
  const admin = { authorization: `Bearer ${ctx.keys.admin}` };
  const planId = ctx.ids.get('Plan')?.[0] ?? 'UGxhbjoy';
  const targets = ['//', '///', '//%', '//[', '/\\', '//a:99999/', '//@/', 'http://[/graphql'];
  return [
    ...targets.map((t): FuzzCase => ({ kind: 'raw', family: 'corpus: request target', bytes: `GET ${t} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n` })),
    post('corpus: subscription', 'subscription { plan { id } }', undefined),
    post(
      'corpus: persisted query hash mismatch',
      '{ plan { id } }',
      undefined,
      {},
      JSON.stringify({ query: '{ plan { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    ),
    post('corpus: nodes with one malformed ID', `{ nodes(ids: ["x", ${JSON.stringify(planId)}]) { id } }`, undefined, { nodesKeys: ['nodes'] }),
    post('corpus: changes since', '{ changes(since: "2024-01-01T00:00:00Z", until: "2030-01-01T00:00:00Z") { totalCount } }', undefined, {
      headers: admin,
      expectSuccess: true,
      roots: ['Query.changes'],
    }),
    post(
      'corpus: 3 aliased heavy lists',
      `{ ${Array.from({ length: 3 }, (_, i) => `a${i}: actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { text agencies { name } } } } } }`).join(' ')} }`,
      undefined,
    ),
  ];
}
