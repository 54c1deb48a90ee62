import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import type { RequestContext } from '../context';

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
  log: (message: string, error?: unknown) => void;
}

/**
 * The HTTP front: GraphQL on /graphql through Apollo's executeHTTPGraphQLRequest (no framework:
 * this is where the body limit, CORS and, later, response caching live), /healthz, and the
 * playground routes.
 */
export function createHttpServer(options: HttpOptions): Server {
  const { apollo, context, routes, log } = options;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST') {
      return sendJson(res, 405, errorBody('METHOD_NOT_ALLOWED', 'Use GET or POST on /graphql.'), { allow: 'GET, POST' });
    }
    let body: unknown = undefined;
    if (method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req, MAX_BODY_BYTES);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return sendJson(res, 413, errorBody('PAYLOAD_TOO_LARGE', `Request body exceeds ${MAX_BODY_BYTES} bytes.`));
        throw e;
      }
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
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req.headers) });
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of response.headers) outHeaders[key] = value;
    if (response.body.kind === 'complete') {
      outHeaders['content-length'] = String(Buffer.byteLength(response.body.string));
      res.writeHead(response.status ?? 200, outHeaders);
      res.end(response.body.string);
      return;
    }
    res.writeHead(response.status ?? 200, outHeaders);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
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
