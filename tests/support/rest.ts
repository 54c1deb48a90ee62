import { bearer } from './server';

/**
 * Raw HTTP to the REST API (/api/v1) for the e2e tests whose subject is the REST routes
 * themselves: status, headers and the body as sent (JSON parsed when it is JSON).
 */
export const REST = '/api/v1';

export interface RestResponse<T = any> {
  status: number;
  headers: Headers;
  /** The body as text ('' for none). */
  text: string;
  /** The body parsed, when its type is JSON (application/json or application/problem+json); otherwise undefined. */
  body: T;
}

export interface RestOptions {
  /** A JSON body (sent as application/json unless `headers` names another type). */
  json?: unknown;
  /** A body sent as it is. */
  raw?: string;
  headers?: Record<string, string>;
}

export type RestCall = <T = any>(method: string, path: string, options?: RestOptions) => Promise<RestResponse<T>>;

/** Requests to `origin` + /api/v1 + path, sending `key` when given. */
export function restClient(origin: string, key?: string): RestCall {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(key ? bearer(key) : {}) };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.raw !== undefined) body = options.raw;
    Object.assign(headers, options.headers ?? {});
    const res = await fetch(`${origin}${path.startsWith(REST) ? '' : REST}${path}`, { method, headers, body });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown;
    if (/^application\/(problem\+)?json/.test(type) && text !== '') parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, text, body: parsed as never };
  };
}

/** The problem+json members every REST error has. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  reason?: string;
  argument?: string;
  fields?: Array<{ path: string; rule?: string; message: string }>;
  [member: string]: unknown;
}

/** Checks the RFC 9457 shape of a problem answer and returns it. */
export function expectProblem(res: RestResponse, status: number, code: string): Problem {
  expect({ status: res.status, type: res.headers.get('content-type'), code: res.body?.code }).toEqual({
    status,
    type: 'application/problem+json; charset=utf-8',
    code,
  });
  const problem = res.body as Problem;
  expect(problem).toMatchObject({ type: `${REST}/problems/${code}`, status, code });
  expect(typeof problem.title).toBe('string');
  expect(problem.title.length).toBeGreaterThan(0);
  expect(typeof problem.detail).toBe('string');
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(res.text).not.toMatch(/\n\s+at |node_modules|\/work\//); // no stack trace, no server paths
  return problem;
}
