import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import type { RequestContext } from '../context';
import { countStatements } from '../db/statement-count';
import { chooseEncoding, compress, COMPRESS_THRESHOLD } from './encoding';
import { errorBody, HttpError, HttpErrorCode, JSON_TYPE, MAX_BODY_BYTES } from './http-errors';
import type { PlaygroundPage } from './playground';
import { DOCUMENTATION_ONLY, GRAPHQL_GET_SCHEMA, GRAPHQL_POST_SCHEMA } from './route-docs';
import { cacheKey, entityTag, etagOf, matchesEtag, passesCsrfCheck, READ_CACHE_CONTROL, ResponseCache, variantOf, varyWith } from './response-cache';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLRouteOptions {
  apollo: ApolloServer<RequestContext>;
  context: (headers: IncomingHttpHeaders) => Promise<RequestContext>;
  /** Response caching and ETags for reads; omit to turn them off. */
  cache?: {
    store: ResponseCache;
    /** The data revision now. */
    revision: () => number;
    /**
     * The caller's access class (see context.ts), or null when its credentials are refused; known
     * at once (no promise) for a request without an Authorization header.
     */
    accessClass: (headers: IncomingHttpHeaders) => string | null | Promise<string | null>;
  };
  /** The public prefix and name of the request's API key, when it has a valid one (for the request log). */
  keyInfo?: (headers: IncomingHttpHeaders) => Promise<{ prefix: string; name: string } | null>;
  /** Send x-sql-statements (tests and benchmarks only). */
  countStatements: boolean;
  /** Largest answer sent (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** The playground page for a browser navigating to the endpoint (null: not such a request, or no playground). */
  browserPage?: PlaygroundPage | null;
}

function operationNameOf(method: string, body: unknown, search: string): string | undefined {
  if (method === 'POST') {
    const name = body && typeof body === 'object' ? (body as { operationName?: unknown }).operationName : undefined;
    return typeof name === 'string' && name ? name : undefined;
  }
  if (!search.includes('operationName=')) return undefined;
  return new URLSearchParams(search).get('operationName') || undefined;
}

/**
 * GraphQL on /graphql: Apollo's executeHTTPGraphQLRequest called from a Fastify route of our own
 * rather than @as-integrations/fastify's handler, because the response cache answers before the
 * pipeline (and before Fastify's JSON parser: the key is the raw body) and stores the compressed
 * bytes it sends, which a handler that hands its string to reply.send() and @fastify/compress
 * cannot do. The route therefore opts out of @fastify/compress and compresses itself.
 *
 * Reads (queries that answered without errors) are cached as the bytes sent, per caller access
 * class, method, Accept and exact request, for the current data revision; each content coding of
 * an entry is compressed once, when first asked for. GET answers carry an ETag made of the
 * revision, the request and the coding, and Cache-Control: private, no-cache; a GET whose
 * If-None-Match matches a stored answer's gets 304 before anything else runs. Any write moves the
 * revision on.
 */
export async function registerGraphQLRoute(app: FastifyInstance, options: GraphQLRouteOptions): Promise<void> {
  const { apollo, context, cache, keyInfo } = options;

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    if (options.browserPage && request.method !== 'POST') {
      const page = options.browserPage(request, reply);
      if (page) return page;
    }
    const headers = request.raw.headers;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const url = request.url;
    const queryAt = url.indexOf('?');
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    const raw = method === 'POST' && typeof request.body === 'string' ? request.body : '';
    const encoding = chooseEncoding(headers['accept-encoding']);
    const vary = varyWith(reply);
    const info = request.cdp;
    if (keyInfo && headers.authorization) {
      const key = await keyInfo(headers);
      if (key) {
        info.keyPrefix = key.prefix;
        info.keyName = key.name;
      }
    }

    // The cache is consulted before the GraphQL pipeline runs.
    let key: string | null = null;
    let revision = 0;
    info.cache = 'bypass';
    if (cache && passesCsrfCheck(headers)) {
      const accessClass = cache.accessClass(headers);
      const resolved = typeof accessClass === 'string' || accessClass === null ? accessClass : await accessClass;
      if (resolved !== null) {
        revision = cache.revision();
        key = cacheKey(resolved, method, headers.accept ?? '', method === 'GET' ? search : raw);
        const hit = cache.store.get(key, revision);
        if (hit) {
          info.operationType = 'query';
          info.operationName = hit.operationName;
          const etag = method === 'GET' ? etagOf(hit.etag, encoding) : undefined;
          if (etag && matchesEtag(headers, etag)) {
            info.cache = 'revalidated';
            return reply.code(304).headers({ etag, 'cache-control': READ_CACHE_CONTROL, vary, 'x-cache': 'revalidated' }).send();
          }
          info.cache = 'hit';
          const variant = await variantOf(cache.store, key, hit, encoding);
          reply.code(200).headers(hit.headers).header('vary', vary).header('x-cache', 'hit');
          if (variant.encoding !== 'identity') reply.header('content-encoding', variant.encoding);
          if (etag) reply.header('etag', etag);
          return reply.send(variant.bytes);
        }
        info.cache = 'miss';
      }
    }

    let body: unknown = undefined;
    if (method === 'POST') {
      const type = String(headers['content-type'] ?? '');
      if (type.toLowerCase().includes('application/json')) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          throw new HttpError(400, HttpErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
        }
      } else {
        body = raw;
      }
    }
    info.operationName = operationNameOf(method, body, search);
    const headerMap = new HeaderMap();
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) headerMap.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers: headerMap, search, body };
    let requestContext: RequestContext | undefined;
    const execute = () => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => (requestContext = await context(headers)) });
    const { result: response, statements } = options.countStatements ? await countStatements(execute) : { result: await execute(), statements: 0 };
    if (options.countStatements) info.sqlStatements = statements;
    if (requestContext?.answer.operationType) info.operationType = requestContext.answer.operationType;
    if (requestContext?.answer.operationName && !info.operationName) info.operationName = requestContext.answer.operationName;

    const status = response.status ?? 200;
    for (const [name, value] of response.headers) if (name !== 'vary') reply.header(name, value);
    reply.code(status).header('vary', vary);
    if (options.countStatements) reply.header('x-sql-statements', String(statements));
    if (key !== null) reply.header('x-cache', 'miss');
    if (response.body.kind !== 'complete') {
      // Incremental delivery (not enabled here): streamed as Apollo produces it, never cached.
      return reply.send(Readable.from(response.body.asyncIterator));
    }

    let bytes = Buffer.from(response.body.string, 'utf8');
    let cacheable = cache && key !== null && status === 200 && requestContext?.answer.cacheable === true;
    if (bytes.length > options.maxResponseBytes) {
      // Past the cap the answer is replaced, not truncated; execution has run, so data is null.
      cacheable = false;
      bytes = Buffer.from(
        JSON.stringify({
          data: null,
          ...errorBody(
            HttpErrorCode.RESPONSE_TOO_LARGE,
            `The answer (${bytes.length} bytes) exceeds the limit of ${options.maxResponseBytes} bytes: ask for fewer fields or smaller pages.`,
            { maxBytes: options.maxResponseBytes },
          ),
        }),
        'utf8',
      );
      reply.code(200);
    }
    if (cacheable && cache && key !== null) {
      const tag = entityTag(revision, key);
      const stored = { 'content-type': String(reply.getHeader('content-type') ?? JSON_TYPE), 'cache-control': READ_CACHE_CONTROL };
      cache.store.set(key, { revision, etag: tag, body: bytes, headers: stored, operationName: info.operationName });
      reply.header('cache-control', READ_CACHE_CONTROL);
      if (method === 'GET') reply.header('etag', etagOf(tag, encoding));
    }
    if (encoding !== 'identity' && bytes.length >= COMPRESS_THRESHOLD) {
      const compressed = await compress(bytes, encoding);
      if (cacheable && cache && key !== null) cache.store.addVariant(key, revision, encoding, compressed);
      reply.header('content-encoding', encoding);
      return reply.send(compressed);
    }
    return reply.send(bytes);
  }

  const methodNotAllowed = async (): Promise<never> => {
    throw new HttpError(405, HttpErrorCode.METHOD_NOT_ALLOWED, `Use GET or POST on ${GRAPHQL_PATH}.`, {}, { allow: 'GET, POST' });
  };

  await app.register(async (scope) => {
    // The body arrives as a string, whatever its type (the cache key is the raw body; Apollo
    // judges the Content-Type); over MAX_BODY_BYTES it is refused with 413 before it is read whole.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_BODY_BYTES }, (_request, payload, done) => done(null, payload));
    // Two routes with one handler: a GET has no body, so it runs no request decompression hook
    // (@fastify/compress's preParsing); a POST body may arrive gzip-, deflate- or br-encoded.
    // The schemas document the routes in the OpenAPI document (route-docs.ts); they validate nothing.
    scope.route({ method: ['GET'], url: GRAPHQL_PATH, compress: false, decompress: false, handler: handle, schema: GRAPHQL_GET_SCHEMA, ...DOCUMENTATION_ONLY });
    scope.route({ method: ['POST'], url: GRAPHQL_PATH, compress: false, handler: handle, schema: GRAPHQL_POST_SCHEMA, ...DOCUMENTATION_ONLY });
    scope.route({ method: ['PUT', 'DELETE', 'PATCH'], url: GRAPHQL_PATH, handler: methodNotAllowed });
  });
}
