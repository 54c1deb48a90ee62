import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import type { RequestContext } from '../context';
import { countStatements } from '../db/statement-count';
import { cacheKey, etagFor, matchesEtag, passesCsrfCheck, ResponseCache } from './response-cache';

export const GRAPHQL_PATH = '/graphql';
/** Largest request body accepted; a plan query is a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLargeError());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extraHeaders });
  res.end(text);
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export interface HttpOptions {
  apollo: ApolloServer<RequestContext>;
  context: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  /** Other routes (playground): return true when handled. */
  routes: Array<(req: IncomingMessage, res: ServerResponse) => boolean>;
  /** Whether / should send a browser to the playground. */
  playground: boolean;
  /** Response caching and ETags for reads; omit to turn them off. */
  cache?: {
    store: ResponseCache;
    /** The data revision now. */
    revision: () => number;
    /** The caller's access class (see context.ts), or null when its credentials are refused. */
    accessClass: (headers: IncomingHttpHeaders) => Promise<string | null>;
  };
  /** Send x-sql-statements (tests and benchmarks only). */
  countStatements: boolean;
  log: (message: string, error?: unknown) => void;
}

/**
 * The HTTP front: GraphQL on /graphql through Apollo's executeHTTPGraphQLRequest (no framework:
 * this is where the body limit, CORS and response caching live), /healthz, and the playground.
 *
 * Reads (queries that answered without errors) are cached as the bytes sent, per caller access
 * class and exact request, for the current data revision. GET answers carry an ETag made of the
 * revision and the request, and Cache-Control: private, no-cache; a GET whose If-None-Match
 * matches gets 304 before anything else runs. Any write moves the revision on.
 */
export function createHttpServer(options: HttpOptions): Server {
  const { apollo, context, routes, log, cache } = options;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST') {
      return sendJson(res, 405, errorBody('METHOD_NOT_ALLOWED', 'Use GET or POST on /graphql.'), { allow: 'GET, POST' });
    }
    let raw = '';
    if (method === 'POST') {
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return sendJson(res, 413, errorBody('PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
        throw e;
      }
    }

    // The cache is consulted before the GraphQL pipeline runs.
    let key: string | null = null;
    let revision = 0;
    if (cache && passesCsrfCheck(req.headers)) {
      const accessClass = await cache.accessClass(req.headers);
      if (accessClass !== null) {
        revision = cache.revision();
        key = cacheKey(accessClass, method, method === 'GET' ? url.search : raw);
        if (method === 'GET' && matchesEtag(req.headers, etagFor(revision, key))) {
          res.writeHead(304, { etag: etagFor(revision, key), 'cache-control': 'private, no-cache', vary: 'Authorization', 'x-cache': 'revalidated' });
          return void res.end();
        }
        const hit = cache.store.get(key, revision);
        if (hit) {
          res.writeHead(200, { ...hit.headers, 'content-length': String(hit.body.length), 'x-cache': 'hit', ...(method === 'GET' ? { etag: hit.etag } : {}) });
          return void res.end(hit.body);
        }
      }
    }

    let body: unknown = undefined;
    if (method === 'POST') {
      const type = String(req.headers['content-type'] ?? '');
      if (type.includes('application/json')) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          return sendJson(res, 400, errorBody('BAD_REQUEST', 'The request body is not valid JSON.'));
        }
      } else {
        body = raw;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body };
    let requestContext: RequestContext | undefined;
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => (requestContext = await context(req.headers)),
      });
    const { result: response, statements } = options.countStatements ? await countStatements(execute) : { result: await execute(), statements: 0 };

    const outHeaders: Record<string, string> = {};
    for (const [name, value] of response.headers) outHeaders[name] = value;
    if (options.countStatements) outHeaders['x-sql-statements'] = String(statements);
    if (response.body.kind !== 'complete') {
      res.writeHead(response.status ?? 200, outHeaders);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      return void res.end();
    }
    const bytes = Buffer.from(response.body.string, 'utf8');
    const status = response.status ?? 200;
    if (cache && key !== null && status === 200 && requestContext?.answer.cacheable) {
      const etag = etagFor(revision, key);
      const stored = { 'content-type': outHeaders['content-type'] ?? 'application/json; charset=utf-8', 'cache-control': 'private, no-cache', vary: 'Authorization' };
      cache.store.set(key, { revision, etag, body: bytes, headers: stored });
      Object.assign(outHeaders, stored);
      if (method === 'GET') outHeaders.etag = etag;
    }
    if (cache && key !== null) outHeaders['x-cache'] = 'miss';
    outHeaders['content-length'] = String(bytes.length);
    res.writeHead(status, outHeaders);
    res.end(bytes);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        for (const route of routes) if (route(req, res)) return;
        if (url.pathname === GRAPHQL_PATH) return await handleGraphQL(req, res, url);
        if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
        if (url.pathname === '/' && options.playground) {
          res.writeHead(302, { location: '/playground' });
          return void res.end();
        }
        sendJson(res, 404, errorBody('NOT_FOUND', `No route ${url.pathname}. The GraphQL endpoint is ${GRAPHQL_PATH}.`));
      } catch (error) {
        log('Unhandled error in HTTP handler', error);
        if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
        else res.destroy();
      }
    })();
  });
}
