import { createClient, type CdpClient, type FieldProblem, type TypedDocument } from '@cdp/sdk';
import { bearer, createKey, type KeyOptions, type TestServer } from './server';

/**
 * Typed requests for the e2e tests. A test sends either the SDK (`api.client`, for what its
 * methods cover) or a document written with `graphql(`...`)` from support/generated, typed by
 * codegen from the committed schema (tests/codegen.ts): `read` and `mutate` return the document's
 * result type, `send` the whole response (data and errors) for the tests that check a refusal.
 *
 * Raw HTTP stays in support/server.ts's `gql` (untyped) for the tests whose subject is the request
 * itself: malformed, hostile or oversized requests and raw wire shapes (fuzz, http-front,
 * graphql-over-http, query-limits, denial-flood), and for documents codegen cannot type: built at
 * run time (access-control's aliases, read-defects' over-long literals, the README's examples in
 * examples) or refused by the schema (an unknown enum value or field in read-plan and
 * server-lifecycle). Tests whose subject is a header or the cache (http-caching, observability,
 * statement-count) send typed documents with `post` or their own fetch.
 */

/** What `extensions` of an error carries in this API (see packages/api/src/graphql/format-error.ts). */
export interface ErrorExtensions {
  code?: string;
  /** The argument a NOT_FOUND or CONFLICT names. */
  argument?: string;
  /** The specific reason of a CONFLICT or refusal (IDEMPOTENCY_KEY_REUSED, DUPLICATE_LINK, ...). */
  reason?: string;
  /** Every field problem of a BAD_USER_INPUT. */
  fields?: FieldProblem[];
  [key: string]: unknown;
}

export interface ErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: ErrorExtensions;
}

/** One GraphQL response over HTTP, its data typed by the document that was sent. */
export interface Response<TData> {
  status: number;
  headers: Headers;
  body: { data?: TData | null; errors?: ErrorEntry[] };
}

/** The variables argument: optional when the document has no required variables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: every variable of T is optional
type Variables<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The result type of a typed document. */
export type ResultOf<D> = D extends TypedDocument<infer R, any> ? R : never;
/** The variables type of a typed document. */
export type VariablesOf<D> = D extends TypedDocument<any, infer V> ? V : never;
/** The input of a mutation document `mutation($input: X!) { ... }`. */
export type InputOf<D> = VariablesOf<D> extends { input: infer I } ? I : never;

/** The payload of a mutation document's one root field. */
export type PayloadOf<TData> = NonNullable<TData[keyof TData]>;
/** The record in a mutation payload ({ priority, replayed } -> the priority). */
export type RecordOf<TData> = NonNullable<Exclude<PayloadOf<TData>[keyof PayloadOf<TData>], boolean | string | number | null | undefined>>;

/** POSTs a typed document with JSON; the whole response. */
export async function post<TData, TVariables>(
  url: string,
  document: TypedDocument<TData, TVariables>,
  variables: unknown,
  headers: Record<string, string> = {},
): Promise<Response<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const text = await res.text();
  try {
    return { status: res.status, headers: res.headers, body: JSON.parse(text) as Response<TData>['body'] };
  } catch {
    throw new Error(`Non-JSON response (${res.status}): ${text.slice(0, 500)}`);
  }
}

export interface Api {
  /** The GraphQL endpoint. */
  url: string;
  /** The API key these requests send, if any. */
  key: string | undefined;
  /** Headers that send the key ({} without one). */
  headers: Record<string, string>;
  /** The SDK with this key. */
  client: CdpClient;
  /** Sends `document`; the whole response, whatever it holds. */
  send<TData, TVariables>(document: TypedDocument<TData, TVariables>, ...variables: Variables<TVariables>): Promise<Response<TData>>;
  /**
   * Sends `document` with variables that are not checked against its type: for the tests that
   * send values the schema or the API's rules refuse (a wrong enum value, a field of the wrong type).
   */
  sendInvalid<TData>(document: TypedDocument<TData, any>, variables: Record<string, unknown>): Promise<Response<TData>>;
  /** Sends `document`, expects no errors, returns its data. */
  read<TData, TVariables>(document: TypedDocument<TData, TVariables>, ...variables: Variables<TVariables>): Promise<TData>;
  /** Sends a mutation document with `{ input }`, expects no errors, returns the payload of its one root field. */
  mutate<TData, TInput>(document: TypedDocument<TData, { input: TInput }>, input: TInput): Promise<PayloadOf<TData>>;
}

/** Requests to `server` sending `key` (none: anonymous). */
export function connect(server: { url: string }, key?: string): Api {
  const headers = key ? bearer(key) : {};
  const api: Api = {
    url: server.url,
    key,
    headers,
    client: createClient({ url: server.url, apiKey: key }),
    send: (document, ...[variables]) => post(server.url, document, variables, headers),
    sendInvalid: (document, variables) => post(server.url, document, variables, headers),
    async read(document, ...[variables]) {
      const { body } = await post(server.url, document, variables, headers);
      expect({ variables, errors: body.errors }).toEqual({ variables, errors: undefined });
      return body.data!;
    },
    async mutate(document, input) {
      const { body } = await post(server.url, document, { input }, headers);
      expect({ input, errors: body.errors }).toEqual({ input, errors: undefined });
      const fields = Object.keys(body.data ?? {});
      expect(fields).toHaveLength(1);
      return (body.data as Record<string, unknown>)[fields[0]] as never;
    },
  };
  return api;
}

/** Creates a key with the CLI (as an operator does) for `server`'s database and connects with it. */
export function connectAs(server: TestServer, options: KeyOptions): Api {
  return connect(server, createKey(server.databaseUrl, options));
}

/** An admin key named `name` for `server`, connected. */
export function connectAsAdmin(server: TestServer, name = 'Test coordinator'): Api {
  return connectAs(server, { role: 'admin', name });
}
