import { join, resolve } from 'node:path';

/** The repository's data folder (packages/api/dist/.. -> ../../data), whatever the working directory. */
export const DEFAULT_DATA_DIR = join(__dirname, '..', '..', '..', 'data');

export type NodeEnv = 'development' | 'production' | 'test';

/** Limits on one GraphQL request, the same in every NODE_ENV (see graphql/limits). */
export interface QueryLimits {
  /** Most fields nested one inside another, through fragments (MAX_QUERY_DEPTH). */
  maxDepth: number;
  /** Most aliased fields in one operation, fragments expanded (MAX_ALIASES). */
  maxAliases: number;
  /** Most lexical tokens in one document (MAX_QUERY_TOKENS). */
  maxTokens: number;
  /** Highest estimated cost of one operation (MAX_QUERY_COST). */
  maxCost: number;
}

/**
 * Sized from the heaviest documents the SDK, the examples and the playground send (measured, and
 * checked with this headroom, by graphql/limits/__tests__/sizing.test.ts): depth 12 (plan() and the
 * playground's whole-tree query; GraphiQL's introspection query is 15); 13 aliases (node() and
 * nodes()); 619 tokens (nodes()); cost 482,315 (plan(), the whole tree: the cost follows each
 * relation's real fan-out, see graphql/limits/cost.ts), so 1,000,000 is twice it, and refuses one
 * `actions(first: 100) { nodes { agencies { actions(first: 100) { ... } } } }` (1.2e6, 5 MB).
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 20, maxAliases: 25, maxTokens: 3000, maxCost: 1_000_000 };

export interface Config {
  port: number;
  host: string;
  nodeEnv: NodeEnv;
  /**
   * SQLite: a file (or ':memory:'). PostgreSQL: the URL as given (with `sslmode=` and the like,
   * which pg reads), the pool size per process (DATABASE_POOL_SIZE) and the longest a statement may
   * run before PostgreSQL cancels it (DATABASE_STATEMENT_TIMEOUT_MS).
   */
  database: { type: 'sqlite'; file: string } | { type: 'postgres'; url: string; poolSize: number; statementTimeoutMs: number };
  /** Serve the GraphQL playground (default on, except in production). */
  playground: boolean;
  /** Allow introspection (default on, except in production). */
  introspection: boolean;
  /** Load the Tower Hamlets plan into an empty database on start (default on). */
  seed: boolean;
  /** What a caller without an API key may do: read the published plan (default), or nothing. */
  anonymousAccess: 'read' | 'none';
  /** Serve identical reads from a cache of response bytes, with ETags (default on). */
  responseCache: boolean;
  /** Send x-sql-statements on GraphQL responses (tests, benchmarks; refused in production). */
  sqlStatementCount: boolean;
  /** Depth, alias, token and cost limits of a GraphQL request. */
  queryLimits: QueryLimits;
  /** Origins allowed to call the API from a browser (CORS_ORIGINS); empty: no cross-origin access. */
  corsOrigins: string[];
  /** Requests per window (RATE_LIMIT, RATE_LIMIT_MAX per API key, RATE_LIMIT_ANONYMOUS_MAX per IP without a key). */
  rateLimit: { enabled: boolean; max: number; anonymousMax: number; windowMs: number };
  /** pino level (LOG_LEVEL). */
  logLevel: LogLevel;
  /** Serve /metrics (METRICS), on its own port when METRICS_PORT is set. */
  metrics: { enabled: boolean; port: number | null };
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** Which proxies' X-Forwarded-* headers to believe (TRUST_PROXY): Fastify's trustProxy. */
  trustProxy: boolean | number | string[];
  /** Time budget of one GraphQL execution (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Largest GraphQL answer sent (MAX_RESPONSE_BYTES); larger is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Months before a contract's expiry that the reprocurement calendar's reminder fires (REPROCUREMENT_ALARM_MONTHS, default 6; 0: no reminder). */
  reprocurementAlarmMonths: number;
  /** The Chromium binary that prints the board pack's PDF (CHROMIUM_PATH, default /usr/bin/chromium); missing: the PDF is SERVICE_UNAVAILABLE. */
  chromiumPath: string;
  /** The late policy of a reporting round opened without one (LATE_UPDATES: refuse, the default, or record). */
  lateUpdates: 'refuse' | 'record';
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Options that come from the command line rather than the environment. */
export interface ConfigOptions {
  /**
   * `main.js --explore` (what `npm start` runs): the playground and introspection default to on,
   * whatever NODE_ENV says; PLAYGROUND and INTROSPECTION still win when set.
   */
  explore?: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const BOOLEAN = /^(true|false|1|0|yes|no)$/i;

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (!BOOLEAN.test(raw)) {
    problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
    return fallback;
  }
  return /^(true|1|yes)$/i.test(raw);
}

function parseLimit(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || !Number.isSafeInteger(value)) {
    problems.push(`${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
    return fallback;
  }
  return value;
}

/** An origin as a browser sends it: scheme://host[:port], no path. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function parseOrigins(raw: string | undefined, problems: string[]): string[] {
  if (!raw || !raw.trim()) return [];
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!ORIGIN.test(origin))
      problems.push(`CORS_ORIGINS must be a comma list of origins such as https://intranet.example.org (no path, no *), got ${JSON.stringify(origin)}`);
  }
  return origins.map((o) => o.toLowerCase());
}

/** An IPv4 or IPv6 address, optionally with a /prefix (no DNS names: a proxy is trusted by address). */
const ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)(\/\d{1,3})?$/;

function parseTrustProxy(raw: string | undefined, problems: string[]): Config['trustProxy'] {
  if (raw === undefined || raw.trim() === '') return false;
  const value = raw.trim();
  if (/^(true|false|yes|no)$/i.test(value)) return /^(true|yes)$/i.test(value);
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 100) problems.push(`TRUST_PROXY as a hop count must be from 1 to 100, got ${JSON.stringify(raw)}`);
    return hops;
  }
  const list = value
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const address of list) {
    if (!ADDRESS.test(address) && !['loopback', 'linklocal', 'uniquelocal'].includes(address)) {
      problems.push(
        `TRUST_PROXY must be true, false, a hop count or a comma list of addresses/CIDRs (or loopback, linklocal, uniquelocal), got ${JSON.stringify(address)}`,
      );
    }
  }
  return list;
}

function parseWholeNumber(name: string, raw: string | undefined, fallback: number, min: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || !Number.isSafeInteger(value)) {
    problems.push(`${name} must be a whole number of at least ${min}, got ${JSON.stringify(raw)}`);
    return fallback;
  }
  return value;
}

/**
 * Reads the configuration from the environment and validates it; every problem is reported at once.
 * Variables: PORT (default 4000), HOST (default 0.0.0.0), DATABASE_URL (sqlite:<path>, default
 * data/cdp.sqlite at the repository root; or postgres://user:pass@host:5432/db, with DATABASE_POOL_SIZE and
 * DATABASE_STATEMENT_TIMEOUT_MS), NODE_ENV
 * (development | production | test; unset behaves as production: stack traces and paths
 * leave the server only with NODE_ENV=development), PLAYGROUND, INTROSPECTION, SEED,
 * ANONYMOUS_ACCESS (read | none, default read), and the query limits MAX_QUERY_DEPTH, MAX_ALIASES,
 * MAX_QUERY_TOKENS and MAX_QUERY_COST (DEFAULT_QUERY_LIMITS).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: ConfigOptions = {}): Config {
  const problems: string[] = [];

  // Unset (or empty) is production-safe: development behaviour is only ever asked for explicitly.
  const nodeEnvRaw = env.NODE_ENV || 'production';
  let nodeEnv: NodeEnv = 'production';
  if (nodeEnvRaw === 'development' || nodeEnvRaw === 'production' || nodeEnvRaw === 'test') nodeEnv = nodeEnvRaw;
  else problems.push(`NODE_ENV must be development, production or test, got ${JSON.stringify(nodeEnvRaw)}`);

  const portRaw = env.PORT ?? '4000';
  const port = Number(portRaw);
  if (!/^\d+$/.test(portRaw) || port > 65535) problems.push(`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(portRaw)}`);

  const host = env.HOST || '0.0.0.0';

  const url = env.DATABASE_URL || `sqlite:${join(DEFAULT_DATA_DIR, 'cdp.sqlite')}`;
  let database: Config['database'] = { type: 'sqlite', file: join(DEFAULT_DATA_DIR, 'cdp.sqlite') };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) problems.push('DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/cdp.sqlite');
    else database = { type: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    const poolSize = parseWholeNumber('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10, 1, problems);
    if (poolSize > 1000) problems.push(`DATABASE_POOL_SIZE must be at most 1000, got ${poolSize}`);
    const statementTimeoutMs = parseWholeNumber('DATABASE_STATEMENT_TIMEOUT_MS', env.DATABASE_STATEMENT_TIMEOUT_MS, 30_000, 0, problems);
    try {
      const parsed = new URL(url);
      if (!parsed.pathname || parsed.pathname === '/')
        problems.push('DATABASE_URL postgres:// needs a database name, e.g. postgres://cdp:secret@db.internal:5432/cdp');
      database = { type: 'postgres', url, poolSize, statementTimeoutMs };
    } catch {
      problems.push(`DATABASE_URL is not a valid postgres:// URL: ${JSON.stringify(maskPassword(url))}`);
    }
  } else {
    problems.push(`DATABASE_URL must be sqlite:<path> or postgres://..., got ${JSON.stringify(maskPassword(url))}`);
  }

  const production = nodeEnv === 'production';
  const explore = options.explore === true || !production;
  const playground = parseBoolean('PLAYGROUND', env.PLAYGROUND, explore, problems);
  const introspection = parseBoolean('INTROSPECTION', env.INTROSPECTION, explore, problems);
  const seed = parseBoolean('SEED', env.SEED, true, problems);
  const anonymousAccess = env.ANONYMOUS_ACCESS || 'read';
  if (anonymousAccess !== 'read' && anonymousAccess !== 'none') problems.push(`ANONYMOUS_ACCESS must be read or none, got ${JSON.stringify(anonymousAccess)}`);

  const responseCache = parseBoolean('RESPONSE_CACHE', env.RESPONSE_CACHE, true, problems);
  const sqlStatementCount = parseBoolean('SQL_STATEMENT_COUNT', env.SQL_STATEMENT_COUNT, false, problems);
  if (sqlStatementCount && production) problems.push('SQL_STATEMENT_COUNT is for tests and benchmarks; it cannot be on in production');

  const queryLimits: QueryLimits = {
    maxDepth: parseLimit('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, DEFAULT_QUERY_LIMITS.maxDepth, problems),
    maxAliases: parseLimit('MAX_ALIASES', env.MAX_ALIASES, DEFAULT_QUERY_LIMITS.maxAliases, problems),
    maxTokens: parseLimit('MAX_QUERY_TOKENS', env.MAX_QUERY_TOKENS, DEFAULT_QUERY_LIMITS.maxTokens, problems),
    maxCost: parseLimit('MAX_QUERY_COST', env.MAX_QUERY_COST, DEFAULT_QUERY_LIMITS.maxCost, problems),
  };

  const corsOrigins = parseOrigins(env.CORS_ORIGINS, problems);
  const rateLimit = {
    enabled: parseBoolean('RATE_LIMIT', env.RATE_LIMIT, true, problems),
    max: parseWholeNumber('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX, 600, 1, problems),
    anonymousMax: parseWholeNumber('RATE_LIMIT_ANONYMOUS_MAX', env.RATE_LIMIT_ANONYMOUS_MAX, 300, 1, problems),
    windowMs: parseWholeNumber('RATE_LIMIT_WINDOW_MS', env.RATE_LIMIT_WINDOW_MS, 60_000, 1, problems),
  };
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(env.LOG_LEVEL)}`);
  const metricsPortRaw = env.METRICS_PORT;
  let metricsPort: number | null = null;
  if (metricsPortRaw !== undefined && metricsPortRaw !== '') {
    metricsPort = Number(metricsPortRaw);
    if (!/^\d+$/.test(metricsPortRaw) || metricsPort > 65535)
      problems.push(`METRICS_PORT must be a whole number from 0 to 65535, got ${JSON.stringify(metricsPortRaw)}`);
  }
  const metrics = { enabled: parseBoolean('METRICS', env.METRICS, false, problems), port: metricsPort };
  const shutdownGraceMs = parseWholeNumber('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 10_000, 0, problems);
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const requestTimeoutMs = parseWholeNumber('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, 5000, 1, problems);
  const maxResponseBytes = parseWholeNumber('MAX_RESPONSE_BYTES', env.MAX_RESPONSE_BYTES, 8 * 1024 * 1024, 1024, problems);
  const reprocurementAlarmMonths = parseWholeNumber('REPROCUREMENT_ALARM_MONTHS', env.REPROCUREMENT_ALARM_MONTHS, 6, 0, problems);
  if (reprocurementAlarmMonths > 36) problems.push(`REPROCUREMENT_ALARM_MONTHS must be at most 36, got ${reprocurementAlarmMonths}`);

  const chromiumPath = env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
  const lateUpdates = (env.LATE_UPDATES || 'refuse').toLowerCase();
  if (lateUpdates !== 'refuse' && lateUpdates !== 'record') problems.push(`LATE_UPDATES must be refuse or record, got ${JSON.stringify(env.LATE_UPDATES)}`);

  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    host,
    nodeEnv,
    database,
    playground,
    introspection,
    seed,
    anonymousAccess: anonymousAccess as Config['anonymousAccess'],
    responseCache,
    sqlStatementCount,
    queryLimits,
    corsOrigins,
    rateLimit,
    logLevel,
    metrics,
    shutdownGraceMs,
    trustProxy,
    requestTimeoutMs,
    maxResponseBytes,
    reprocurementAlarmMonths,
    chromiumPath,
    lateUpdates: lateUpdates as Config['lateUpdates'],
  };
}

/** A database URL with its password masked, for messages and logs. */
export function maskPassword(url: string): string {
  return url.replace(/^(\w+:\/\/[^:@/?#]*):[^@/?#]*@/, '$1:***@');
}
