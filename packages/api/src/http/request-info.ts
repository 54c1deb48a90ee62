import type {} from 'fastify';

/**
 * What the GraphQL handler learns about one request, for the request log line and the metrics
 * (http/observability.ts reads it in onResponse). The HTTP front fills it in as it goes; every
 * field is optional because a request can end before it is known (a 404, a refused body).
 */
export interface RequestInfo {
  /** The GraphQL operation name, when the request named one (or the document had one). */
  operationName?: string;
  /** 'query' | 'mutation' | 'subscription', when known. */
  operationType?: string;
  /** The API key's public prefix and name, when the request carried a valid key. Never the secret. */
  keyPrefix?: string;
  keyName?: string;
  /** The response cache's verdict. */
  cache?: 'hit' | 'miss' | 'revalidated' | 'bypass';
  /** SQL statements the request ran, when counted. */
  sqlStatements?: number;
  /** The answer was refused by the rate limiter. */
  rateLimited?: boolean;
  /** A REST answer read something live (the audit log, where refusals are appended without a new data revision): it is not stored in the response cache. */
  live?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the HTTP front (an empty object on every request); see RequestInfo. */
    cdp: RequestInfo;
  }
}
