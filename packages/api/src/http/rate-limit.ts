import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Config } from '../config';
import { HttpError, HttpErrorCode } from './http-errors';

/** The public prefix of a key in `Authorization: Bearer cdp_<prefix>_<secret>` (never the secret). */
const KEY_PREFIX = /^\s*Bearer\s+cdp_([a-z0-9]{1,32})_/i;

/** Routes that are never limited: probes and scrapes must keep answering under a flood. */
const UNLIMITED = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Rate limits (@fastify/rate-limit, in memory, fixed windows of RATE_LIMIT_WINDOW_MS): a caller
 * with a valid API key is counted by the key's public prefix (RATE_LIMIT_MAX), any other caller by
 * its IP address (RATE_LIMIT_ANONYMOUS_MAX), as Fastify sees it (request.ip: the socket's address,
 * or X-Forwarded-For's when TRUST_PROXY says so). A made-up or revoked key is counted as its IP,
 * so inventing prefixes buys no fresh allowance. A refusal is 429 with Retry-After and
 * `extensions: { code: 'RATE_LIMITED', retryAfter }` (seconds).
 */
export async function registerRateLimit(
  app: FastifyInstance,
  limits: Config['rateLimit'],
  keyInfo: ((headers: IncomingHttpHeaders) => Promise<{ prefix: string } | null>) | undefined,
): Promise<void> {
  const keyOf = async (request: FastifyRequest): Promise<string> => {
    const header = request.headers.authorization;
    if (header && keyInfo) {
      const prefix = KEY_PREFIX.exec(header)?.[1];
      if (prefix && (await keyInfo(request.raw.headers))?.prefix === prefix) return `key:${prefix}`;
    }
    return `ip:${request.ip}`;
  };
  await app.register(fastifyRateLimit, {
    global: true,
    timeWindow: limits.windowMs,
    max: (_request, key) => (key.startsWith('key:') ? limits.max : limits.anonymousMax),
    keyGenerator: keyOf,
    allowList: (request) => UNLIMITED.has(request.routeOptions.url ?? ''),
    errorResponseBuilder: (request, context) => {
      const retryAfter = Math.max(1, Math.ceil(context.ttl / 1000));
      request.cdp.rateLimited = true;
      return new HttpError(
        429,
        HttpErrorCode.RATE_LIMITED,
        `Too many requests: at most ${context.max} per ${Math.round(limits.windowMs / 1000)} s. Retry after ${retryAfter} s.`,
        { retryAfter },
        { 'retry-after': String(retryAfter) },
      );
    },
  });
}
