import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { errorFromResponse, NetworkError, UnknownError, type GraphQLErrorEntry } from './errors.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** A fetch implementation; Node 20's global fetch by default. */
  fetch?: typeof fetch;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** Abort a request that has not answered within this many milliseconds; default 30000, 0 for never. */
  timeoutMs?: number;
}

/**
 * A GraphQL document typed with its result and variables: the SDK's generated `...Document`
 * constants, or any TypedDocumentString from graphql-codegen.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & String;

/** The variables argument: optional when the operation has no required variables. */
export type VariablesArg<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Sends one typed document and returns its `data`, or throws a CdpApiError subclass. */
export type RequestFunction = <TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...variables: VariablesArg<TVariables>
) => Promise<TResult>;

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createRequest(options: ClientOptions): RequestFunction {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    ...options.headers,
    'content-type': 'application/json',
  };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  return async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult> {
    const controller = new AbortController();
    const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      const timedOut = controller.signal.aborted;
      const message = timedOut
        ? `No response from ${options.url} within ${timeoutMs} ms`
        : `Request to ${options.url} failed: ${describe(cause)}`;
      throw new NetworkError(message, { reason: timedOut ? 'timeout' : 'fetch-failed', cause });
    } finally {
      clearTimeout(timer);
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

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // Node's fetch reports "fetch failed" and puts the reason (ECONNREFUSED...) in cause.
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`;
}
