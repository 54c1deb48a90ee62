import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { errorFromResponse, NetworkError, UnknownError, type GraphQLErrorEntry } from './errors.js';

// Optional properties say `| undefined` so that a consumer compiling with
// exactOptionalPropertyTypes can pass a value that may be missing (`apiKey: process.env.X`).
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; none when empty or undefined. */
  apiKey?: string | undefined;
  /** A fetch implementation; Node 20's global fetch by default. */
  fetch?: typeof fetch | undefined;
  /** Extra headers for every request (an undefined value is left out). */
  headers?: Record<string, string | undefined> | undefined;
  /** Abort a request that has not answered within this many milliseconds; default 30000, 0 for never. */
  timeoutMs?: number | undefined;
}

/** Options for one call, the last argument of every method. */
export interface CallOptions {
  /** Cancels the call: it rejects with a NetworkError whose reason is 'aborted'. */
  signal?: AbortSignal | undefined;
  /**
   * Headers for this call, merged over the client's (names are case-insensitive; this call's
   * value wins, e.g. an `authorization` of its own). An undefined value is left out.
   */
  headers?: Record<string, string | undefined> | undefined;
}

/**
 * A GraphQL document typed with its result and variables: the SDK's generated `...Document`
 * constants, or any TypedDocumentString from graphql-codegen.
 */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- graphql-codegen's TypedDocumentString is a String subclass
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & String;

/** The variables argument: optional when the operation has no required variables. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: every variable of T is optional
export type VariablesArg<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** The variables argument, then the call's options. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: every variable of T is optional
export type VariablesAndOptions<TVariables> = {} extends TVariables
  ? [variables?: TVariables, options?: CallOptions]
  : [variables: TVariables, options?: CallOptions];

/** Sends one typed document and returns its `data`, or throws a CdpApiError subclass. */
export type RequestFunction = <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...args: VariablesAndOptions<TVariables>) => Promise<TResult>;

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createRequest(options: ClientOptions): RequestFunction {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clientHeaders = mergeHeaders({ accept: 'application/graphql-response+json, application/json' }, options.headers);
  if (options.apiKey) clientHeaders.authorization = `Bearer ${options.apiKey}`;

  return async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables, call = {}]: VariablesAndOptions<TVariables>
  ): Promise<TResult> {
    const { signal } = call;
    if (signal?.aborted) throw aborted(options.url, signal);
    // The body is JSON whatever a caller's headers say. That content type is also what gets the
    // request past Apollo's CSRF prevention (no HTML form can send it), with no extra header.
    const headers = { ...mergeHeaders({ ...clientHeaders }, call.headers), 'content-type': 'application/json' };
    const query = document.toString();

    const controller = new AbortController();
    let abortedBy: 'caller' | 'timeout' | undefined;
    const onCallerAbort = () => {
      abortedBy ??= 'caller';
      controller.abort(signal?.reason);
    };
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            abortedBy ??= 'timeout';
            controller.abort();
          }, timeoutMs)
        : undefined;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationName(query) }),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      if (abortedBy === 'caller') throw aborted(options.url, signal!);
      const timedOut = abortedBy === 'timeout';
      const message = timedOut ? `No response from ${options.url} within ${timeoutMs} ms` : `Request to ${options.url} failed: ${describe(cause)}`;
      throw new NetworkError(message, { reason: timedOut ? 'timeout' : 'fetch-failed', cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }

    const { status, headers: responseHeaders } = response;
    let body: GraphQLResponseBody;
    try {
      body = JSON.parse(text) as GraphQLResponseBody;
    } catch (cause) {
      const reason = status >= 500 ? 'server-error' : 'non-json';
      throw new NetworkError(`HTTP ${status} from ${options.url} with a body that is not JSON: ${text.slice(0, 200)}`, { reason, status, cause });
    }
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    if (errors.length > 0 || status >= 400) {
      throw errorFromResponse({ status, headers: responseHeaders, errors, data: body?.data });
    }
    if (body?.data === undefined || body.data === null) {
      throw new UnknownError('The response had neither data nor errors', { code: 'UNKNOWN', status });
    }
    return body.data as TResult;
  };
}

/** The caller's signal aborted the call; `cause` is the signal's reason (an AbortError unless one was given). */
function aborted(url: string, signal: AbortSignal): NetworkError {
  return new NetworkError(`Request to ${url} was aborted by its signal`, { reason: 'aborted', cause: signal.reason });
}

/** Copies `extra` onto `target` with lower-case names (so that one name is one header), skipping undefined values. */
function mergeHeaders(target: Record<string, string>, extra: Record<string, string | undefined> | undefined): Record<string, string> {
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value !== undefined) target[name.toLowerCase()] = value;
  }
  return target;
}

const operationNames = new Map<string, string | null>();

/**
 * The name of the document's operation, or null when it has none or several (the server then
 * picks or refuses as GraphQL says). Read with a small scan rather than graphql-js's parser, which
 * the SDK does not need at run time: top-level `query|mutation|subscription Name`, outside
 * strings, comments and selection sets. Remembered per document text (the SDK's are a fixed set).
 */
export function operationName(query: string): string | null {
  let name = operationNames.get(query);
  if (name !== undefined) return name;
  name = scanOperationName(query);
  if (operationNames.size < 1000) operationNames.set(query, name);
  return name;
}

function scanOperationName(query: string): string | null {
  const tokens = [...structuralTokens(query)];
  const names: Array<string | null> = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (token === 'query' || token === 'mutation' || token === 'subscription') {
      const next = tokens[i + 1];
      names.push(next !== undefined && /^[_A-Za-z]/.test(next) ? next : null);
    } else if (token === '{') {
      names.push(null); // the shorthand `{ ... }` is an anonymous query
    } else if (token !== 'fragment') {
      i++;
      continue;
    }
    i = pastDefinition(tokens, i);
  }
  return names.length === 1 ? names[0] : null;
}

/** The index after the selection set of the definition starting at `start` (its braces balanced; `(...)` skipped, default values may hold braces). */
function pastDefinition(tokens: string[], start: number): number {
  let parens = 0;
  let i = start;
  for (; i < tokens.length; i++) {
    if (tokens[i] === '(') parens++;
    else if (tokens[i] === ')') parens--;
    else if (tokens[i] === '{' && parens === 0) break;
  }
  for (let depth = 0; i < tokens.length; i++) {
    if (tokens[i] === '{') depth++;
    else if (tokens[i] === '}' && --depth === 0) return i + 1;
  }
  return tokens.length;
}

/** Names and the punctuators `{ } ( )` of a GraphQL document; strings, comments and the rest are left out. */
function* structuralTokens(query: string): Generator<string> {
  const name = /[_A-Za-z][_0-9A-Za-z]*/y;
  for (let i = 0; i < query.length;) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (query.startsWith('"""', i)) {
      let close = query.indexOf('"""', i + 3);
      while (close !== -1 && query[close - 1] === '\\') close = query.indexOf('"""', close + 3); // \""" does not close it
      i = close === -1 ? query.length : close + 3;
    } else if (c === '"') {
      for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n';) i += query[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '{' || c === '}' || c === '(' || c === ')') {
      yield c;
      i++;
    } else if (/[_A-Za-z]/.test(c)) {
      name.lastIndex = i;
      const word = name.exec(query)![0];
      yield word;
      i += word.length;
    } else {
      i++;
    }
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // Node's fetch reports "fetch failed" and puts the reason (ECONNREFUSED...) in cause.
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`;
}
