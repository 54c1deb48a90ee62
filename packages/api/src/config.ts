import { join, resolve } from 'node:path';

/** The repository's data folder (packages/api/dist/.. -> ../../data), whatever the working directory. */
export const DEFAULT_DATA_DIR = join(__dirname, '..', '..', '..', 'data');

export type NodeEnv = 'development' | 'production' | 'test';

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

/**
 * Reads the configuration from the environment and validates it; every problem is reported at once.
 * Variables: PORT (default 4000), HOST (default 0.0.0.0), DATABASE_URL (sqlite:<path>, default
 * data/cdp.sqlite at the repository root; postgres://... is recognised but not yet supported), NODE_ENV
 * (development | production | test, default development), PLAYGROUND, INTROSPECTION, SEED,
 * ANONYMOUS_ACCESS (read | none, default read).
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

  if (problems.length) throw new ConfigError(problems);
  return { port, host, nodeEnv, database, playground, introspection, seed, anonymousAccess: anonymousAccess as Config['anonymousAccess'], responseCache, sqlStatementCount };
}
