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
 * nodes()); 619 tokens (nodes()); cost 475,968 (plan(), the whole tree: the cost follows each
 * relation's real fan-out, see graphql/limits/cost.ts), so 1,000,000 is twice it, and refuses one
 * `actions(first: 100) { nodes { agencies { actions(first: 100) { ... } } } }` (1.2e6, 5 MB).
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 20, maxAliases: 25, maxTokens: 3000, maxCost: 1_000_000 };

export interface Config {
  port: number;
  host: string;
  nodeEnv: NodeEnv;
  database: { type: 'sqlite'; file: string } | { type: 'postgres'; url: string };
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

/**
 * Reads the configuration from the environment and validates it; every problem is reported at once.
 * Variables: PORT (default 4000), HOST (default 0.0.0.0), DATABASE_URL (sqlite:<path>, default
 * data/cdp.sqlite at the repository root; postgres://... is recognised but not yet supported), NODE_ENV
 * (development | production | test, default development), PLAYGROUND, INTROSPECTION, SEED,
 * ANONYMOUS_ACCESS (read | none, default read), and the query limits MAX_QUERY_DEPTH, MAX_ALIASES,
 * MAX_QUERY_TOKENS and MAX_QUERY_COST (DEFAULT_QUERY_LIMITS).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  let nodeEnv: NodeEnv = 'development';
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
    problems.push('DATABASE_URL postgres://... is not supported yet; use sqlite:<path>');
  } else {
    problems.push(`DATABASE_URL must be sqlite:<path> or postgres://..., got ${JSON.stringify(url.replace(/:[^:@/]*@/, ':***@'))}`);
  }

  const production = nodeEnv === 'production';
  const playground = parseBoolean('PLAYGROUND', env.PLAYGROUND, !production, problems);
  const introspection = parseBoolean('INTROSPECTION', env.INTROSPECTION, !production, problems);
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

  if (problems.length) throw new ConfigError(problems);
  return { port, host, nodeEnv, database, playground, introspection, seed, anonymousAccess: anonymousAccess as Config['anonymousAccess'], responseCache, sqlStatementCount, queryLimits };
}
