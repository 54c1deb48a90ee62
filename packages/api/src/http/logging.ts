import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FastifyBaseLogger, FastifyReply, FastifyRequest, FastifyServerOptions, LogController } from 'fastify';
import pino from 'pino';
import type { NodeEnv } from '../config';

/** The header a caller (or a proxy) may send to name its request; the server echoes it. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id is kept only when it is short and plain (no spaces, quotes or control characters). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Longest URL path written to the log; longer ones are cut (the query string is never logged). */
export const MAX_LOGGED_PATH = 200;

/** An API key as the server issues it (auth/api-key-secret.ts), should a caller put one in a URL. */
const API_KEY_IN_TEXT = /cdp_[a-z0-9]{10}_[A-Za-z0-9_-]{43}/g;

/**
 * Paths into a log line's object where a credential could sit; pino replaces them with the censor.
 * No wildcards: a leading `*` makes pino visit every key of every line (measured: about 15 µs a
 * line, against 2 µs for these).
 */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'request.headers.authorization',
  'request.headers.cookie',
  'res.headers["set-cookie"]',
];

export interface LoggingConfig {
  nodeEnv: NodeEnv;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

/** The id of a request: the caller's x-request-id when it is safe to log and echo, else a new UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * The path of a request target as it may be logged: no query string (a GET /graphql carries the
 * whole query, variables included), at most MAX_LOGGED_PATH characters, no API key.
 */
export function loggedPath(url: string): string {
  const query = url.indexOf('?');
  let path = query === -1 ? url : url.slice(0, query);
  if (path.length > MAX_LOGGED_PATH) path = `${path.slice(0, MAX_LOGGED_PATH)}…`;
  return path.includes('cdp_') ? path.replace(API_KEY_IN_TEXT, 'cdp_[redacted]') : path;
}

/**
 * The Fastify constructor options for logging: pino JSON lines on stdout at LOG_LEVEL (readable
 * through pino-pretty only when NODE_ENV=development), credentials redacted, a request id on every
 * line of a request, and Fastify's own two lines per request off (observability.ts writes one line
 * at completion instead).
 *
 * The id is chosen by genReqId rather than by Fastify's `requestIdHeader`: with that option Fastify
 * takes the header as it comes, whatever its length or content, without calling genReqId.
 */
export function loggingOptions(
  config: LoggingConfig,
  destination?: NodeJS.WritableStream,
): Pick<FastifyServerOptions, 'logger' | 'requestIdHeader' | 'genReqId' | 'logController' | 'childLoggerFactory'> {
  const pretty = config.nodeEnv === 'development' && !destination;
  return {
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        // Fastify's own serializer logs the whole URL, query string included.
        req: (req: Partial<FastifyRequest>) => ({
          method: req.method,
          url: typeof req.url === 'string' ? loggedPath(req.url) : undefined,
          remoteAddress: req.ip,
        }),
      },
      // pino-pretty is resolved from here: Fastify, which creates the logger, does not depend on it.
      ...(pretty
        ? { transport: { target: require.resolve('pino-pretty'), options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true } } }
        : {}),
      // Standard output, written asynchronously: a line is handed to the kernel in the background, and
      // lines that arrive while a write is in flight go out together in the next one, so a request
      // never waits on the write (sync writes, pino's default, cost about a third of a cached
      // read's throughput, measured with wrk). Lines are still written as they come (no size
      // threshold), and pino flushes what is pending when the process exits.
      ...(pretty ? {} : { stream: destination ?? pino.destination({ dest: 1, sync: false }) }),
    },
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => requestIdFor(req.headers[REQUEST_ID_HEADER]),
    logController: new RequestLogController({ requestIdLogLabel: 'reqId' }),
    childLoggerFactory: (logger, bindings, options) => new RequestLogger(logger, bindings, options),
  };
}

/**
 * A request's logger (request.log), whose pino child is made the first time the request logs
 * anything but its one request line. Most requests log only that line (logRequest), which goes on
 * the server's logger with the request id as its first field: the same JSON as a child logger's
 * line, without making a child per request. A route with a log level of its own gets its child at once.
 */
export class RequestLogger implements FastifyBaseLogger {
  private real: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Record<string, unknown>,
    private readonly options: { level?: string },
  ) {
    if (options.level) this.real = parent.child(bindings, options);
  }

  private get logger(): FastifyBaseLogger {
    return (this.real ??= this.parent.child(this.bindings, this.options));
  }

  /**
   * The logger a request line may be written on directly, with the request id as its first field:
   * the server's, while this request has no child of its own.
   */
  direct(): FastifyBaseLogger | null {
    return this.real ? null : this.parent;
  }

  get level(): string {
    return this.real?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.logger.level = level;
  }

  child(bindings: Parameters<FastifyBaseLogger['child']>[0], options?: Parameters<FastifyBaseLogger['child']>[1]): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }

  // The level methods, on the prototype (below): none is made per request.
  declare fatal: FastifyBaseLogger['fatal'];
  declare error: FastifyBaseLogger['error'];
  declare warn: FastifyBaseLogger['warn'];
  declare info: FastifyBaseLogger['info'];
  declare debug: FastifyBaseLogger['debug'];
  declare trace: FastifyBaseLogger['trace'];
  declare silent: FastifyBaseLogger['silent'];
}
for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const) {
  Object.defineProperty(RequestLogger.prototype, level, {
    value: function (this: RequestLogger, ...args: unknown[]) {
      return (this['logger'][level] as (...a: unknown[]) => void)(...args);
    },
  });
}
Object.defineProperty(RequestLogger.prototype, 'silent', { value: () => undefined });

/**
 * Fastify's log lines, less the per-request ones: no "incoming request", "request completed" or
 * "Route not found" (logRequest writes one line per request instead), and a client error handled
 * by the default error handler is not logged again (its status is on the request line). Server
 * errors keep their line, with the error, and so do answers that failed half way.
 */
class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, _request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ err: error }, 'request errored');
  }

  override defaultErrorLog(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) reply.log.error({ err: error }, error?.message);
  }
}

/** Routes that probes and scrapers call every few seconds: logged at debug level when they succeed. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/** The route a request matched (its pattern, so the set is bounded), or 'unmatched'. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

/**
 * Writes the one line of a finished request. Every field is a value the front already has; nothing
 * here reads a header but the request id's, and the API key appears only as its prefix and name.
 */
export function logRequest(request: FastifyRequest, reply: FastifyReply, route: string, durationMs = reply.elapsedTime): void {
  // The request id as the first field, as a child logger would write it (see RequestLogger).
  const direct = request.log instanceof RequestLogger ? request.log.direct() : null;
  const log = direct ?? request.log;
  const status = reply.statusCode;
  const info = request.cdp;
  const line = {
    reqId: direct ? request.id : undefined,
    method: request.method,
    route,
    url: loggedPath(request.url),
    status,
    durationMs: Math.round(durationMs * 100) / 100,
    ip: request.ip,
    operationName: info?.operationName,
    operationType: info?.operationType,
    keyPrefix: info?.keyPrefix,
    keyName: info?.keyName,
    cache: info?.cache,
    sqlStatements: info?.sqlStatements,
    rateLimited: info?.rateLimited || undefined,
  };
  if (status >= 500) log.error(line, 'request failed');
  else if (status < 400 && QUIET_ROUTES.has(route)) log.debug(line, 'request');
  else log.info(line, 'request');
}
