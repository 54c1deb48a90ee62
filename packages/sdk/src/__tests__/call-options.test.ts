// Per-call options ({ signal, headers }) on every method, and the operationName each request
// sends, against a local node:http stub (127.0.0.1) that records what arrives. The same against
// the real server is in tests/e2e/sdk.test.ts.
import { getEventListeners } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { collect, createClient, NetworkError, NotFoundError, TypedDocumentString, type CallOptions, type CdpClient } from '../index';
import * as sdk from '../index';
import { operationName } from '../transport';

interface Received {
  headers: IncomingHttpHeaders;
  body: { query: string; variables: unknown; operationName?: string | null };
}

let stub: Server;
let url: string;
let received: Received[] = [];
/** What the stub answers; `hold` keeps the request open until the test ends it. */
let answer: 'not-found' | 'hold' | { status: number; body: unknown } = 'not-found';
const held: Array<() => void> = [];

beforeAll(async () => {
  stub = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (answer === 'hold') held.push(() => reply(200, { data: null, errors: [{ message: 'late', extensions: { code: 'NOT_FOUND' } }] }));
      else if (answer === 'not-found') reply(200, { data: null, errors: [{ message: 'stub: not found', extensions: { code: 'NOT_FOUND' } }] });
      else reply(answer.status, answer.body);
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
});
beforeEach(() => {
  received = [];
  answer = 'not-found';
});
afterEach(() => {
  for (const release of held.splice(0)) release();
});
afterAll(async () => {
  stub.closeAllConnections();
  await new Promise<void>((resolve) => stub.close(() => resolve()));
});

type Method = (...args: unknown[]) => Promise<unknown> | AsyncGenerator<unknown>;

/** Every method of a client: its queries and mutations, and each paginate walker as `paginate.<list>`. */
function methods(client: CdpClient): Array<[string, Method]> {
  const own = Object.entries(client).filter(([name, value]) => typeof value === 'function' && name !== 'request');
  const pagers = Object.entries(client.paginate).map(([name, value]) => [`paginate.${name}`, value]);
  return [...own, ...pagers] as Array<[string, Method]>;
}

/** Calls one method with the given options; the stub does not look at the variables, so the first argument is left out. */
async function call(method: Method, options: CallOptions): Promise<unknown> {
  const result = method(undefined, options);
  return Symbol.asyncIterator in result ? collect(result) : result;
}

/** The name of the one operation in a document, by graphql-js (not the SDK's own scan). */
function parsedOperationName(query: string): string | undefined {
  const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  expect(operations).toHaveLength(1);
  return operations[0].name?.value;
}

describe('every method', () => {
  const client = createClient({ url: 'http://127.0.0.1:1/graphql' });

  it('there are methods to check: every query and mutation, and the paginate walkers', () => {
    const names = methods(client).map(([name]) => name);
    expect(names.length).toBeGreaterThan(60);
    expect(names).toEqual(
      expect.arrayContaining(['plan', 'node', 'nodes', 'reprocurement', 'createAction', 'revokeApiKey', 'paginate.actions', 'paginate.history']),
    );
  });

  it.each(methods(createClient({ url: 'http://127.0.0.1:1/graphql' })).map(([name]) => [name]))(
    "%s sends its operationName and this call's headers, and takes a signal",
    async (name) => {
      const client = createClient({ url, apiKey: 'client-key', headers: { 'x-client': 'sdk-test', 'x-call': 'from the client' } });
      const method = methods(client).find(([n]) => n === name)![1];
      const controller = new AbortController();
      await expect(call(method, { signal: controller.signal, headers: { 'X-Call': name, 'x-skipped': undefined } })).rejects.toBeInstanceOf(NotFoundError);
      expect(received).toHaveLength(1);
      const [{ headers, body }] = received;
      expect(body.operationName).toBe(name.replace(/^paginate\./, '').replace(/^./, (c) => c.toUpperCase()));
      expect(body.operationName).toBe(parsedOperationName(body.query));
      expect(headers).toMatchObject({ 'x-call': name, 'x-client': 'sdk-test', authorization: 'Bearer client-key', 'content-type': 'application/json' });
      expect(headers).not.toHaveProperty('x-skipped');
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0); // nothing left listening after the call

      controller.abort();
      received = [];
      await expect(call(method, { signal: controller.signal })).rejects.toMatchObject({ constructor: NetworkError, reason: 'aborted' });
      expect(received).toHaveLength(0); // an aborted signal sends nothing
    },
  );

  // A compile-time check (ts-jest type-checks this file): the last parameter of every method
  // accepts CallOptions. A method without them makes `everyMethodTakesCallOptions` name it.
  type Last<A extends unknown[]> = Required<A> extends [...unknown[], infer L] ? L : never;
  type TakesCallOptions<F> = F extends (...args: infer A) => unknown ? (CallOptions extends Last<A> ? true : false) : false;
  type Without<T> = { [K in keyof T]: TakesCallOptions<T[K]> extends true ? never : K }[keyof T];
  type Missing = Without<Omit<CdpClient, 'paginate'>> | Without<CdpClient['paginate']>;
  const everyMethodTakesCallOptions: [Missing] extends [never] ? 'all take them' : Missing = 'all take them';

  it('every method takes CallOptions last (checked by the compiler)', () => {
    expect(everyMethodTakesCallOptions).toBe('all take them');
  });
});

describe('headers', () => {
  it("this call's headers win over the client's whatever their case, an Authorization included", async () => {
    const client = createClient({ url, apiKey: 'client-key', headers: { 'X-Source': 'client' } });
    await client.plan({}, { headers: { Authorization: 'Bearer call-key', 'x-source': 'call' } }).catch(() => undefined);
    await client.plan().catch(() => undefined);
    expect(received.map((r) => [r.headers.authorization, r.headers['x-source']])).toEqual([
      ['Bearer call-key', 'call'],
      ['Bearer client-key', 'client'], // the next call is back to the client's own
    ]);
  });

  it('the body stays JSON: a content-type of the call cannot change it', async () => {
    await createClient({ url })
      .plan({}, { headers: { 'content-type': 'text/plain' } })
      .catch(() => undefined);
    expect(received[0].headers['content-type']).toBe('application/json');
  });

  it('request() takes them after the variables; node() beside asOf', async () => {
    const client = createClient({ url });
    await client
      .request(new TypedDocumentString<unknown, Record<string, never>>('query Mine { plan { id } }'), {}, { headers: { 'x-call': 'request' } })
      .catch(() => undefined);
    await client.node('X', { asOf: '2024-04-01', headers: { 'x-call': 'node' } }).catch(() => undefined);
    expect(received.map((r) => [r.headers['x-call'], r.body.operationName, r.body.variables])).toEqual([
      ['request', 'Mine', {}],
      ['node', 'Node', { id: 'X', asOf: '2024-04-01' }],
    ]);
  });
});

describe('signal', () => {
  it('aborting while the server has not answered rejects at once with reason "aborted", not "timeout"', async () => {
    answer = 'hold';
    const controller = new AbortController();
    const client = createClient({ url, timeoutMs: 10_000 });
    const started = Date.now();
    const pending = client.plan({}, { signal: controller.signal }).catch((e: unknown) => e);
    while (received.length === 0) await new Promise((r) => setTimeout(r, 5)); // the stub has the request
    controller.abort(new Error('user navigated away'));
    const error = await pending;
    expect(error).toMatchObject({ constructor: NetworkError, code: 'NETWORK_ERROR', reason: 'aborted', cause: new Error('user navigated away') });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('timeoutMs still times out, as "timeout", when a signal is given and not aborted', async () => {
    answer = 'hold';
    const controller = new AbortController();
    await expect(createClient({ url, timeoutMs: 100 }).plan({}, { signal: controller.signal })).rejects.toMatchObject({ reason: 'timeout' });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('a paginate walker stops at the next page once aborted', async () => {
    const page = (id: string, hasNextPage: boolean) => ({
      status: 200,
      body: { data: { actions: { totalCount: 2, pageInfo: { hasNextPage, endCursor: id }, nodes: [{ id }] } } },
    });
    answer = page('a', true);
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = (async () => {
      for await (const action of createClient({ url }).paginate.actions({}, { signal: controller.signal })) {
        seen.push(action.id);
        controller.abort();
      }
    })();
    await expect(walk).rejects.toMatchObject({ constructor: NetworkError, reason: 'aborted' });
    expect(seen).toEqual(['a']);
    expect(received).toHaveLength(1);
  });
});

describe('operationName', () => {
  it('is the name of the one operation, wherever its fragments are', () => {
    expect(operationName('query Plan { plan { ...P } } fragment P on Plan { id }')).toBe('Plan');
    expect(operationName('fragment P on Plan { id }\nmutation  Create($x: Int = 1) { create(x: $x) { ...P } }')).toBe('Create');
    expect(operationName('subscription\tOnChange { changed }')).toBe('OnChange');
  });

  it('is null for an anonymous operation, or for several (the server picks or refuses)', () => {
    expect(operationName('{ plan { title } }')).toBeNull();
    expect(operationName('query { plan { title } }')).toBeNull();
    expect(operationName('query ($id: ID!) { node(id: $id) { id } }')).toBeNull();
    expect(operationName('query A { a } query B { b }')).toBeNull();
    expect(operationName('query A { a } { b }')).toBeNull();
  });

  it('is not fooled by strings, comments, default values or field names', () => {
    expect(operationName('# query Commented { x }\nquery Real { a(s: "query Quoted { }") }')).toBe('Real');
    expect(operationName('query Real($f: F = { a: "}" }) { a(t: """ block \\""" } query Inside { """) { query mutation } }')).toBe('Real');
    expect(operationName('query Real { query: plan { mutation: id } }')).toBe('Real');
  });

  it('agrees with graphql-js on every document the SDK exports (fragments have none)', () => {
    const documents = Object.entries(sdk).filter(([name, value]) =>
      name.endsWith('Document') || name.endsWith('FragmentDoc') ? value instanceof TypedDocumentString : false,
    );
    expect(documents.length).toBeGreaterThan(60);
    for (const [name, document] of documents) {
      const text = String(document);
      const operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect({ name, operationName: operationName(text) }).toEqual({ name, operationName: operations.length === 1 ? operations[0].name!.value : null });
    }
  });
});
