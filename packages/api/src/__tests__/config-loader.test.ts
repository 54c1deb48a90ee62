import { join, resolve } from 'node:path';
import { ConfigError, DEFAULT_DATA_DIR, DEFAULT_QUERY_LIMITS, loadConfig } from '../config';

/**
 * The config loader reads the environment it is given (never process.env in these tests) and
 * either returns a whole Config or throws one ConfigError listing every problem. The HTTP front's
 * settings (CORS, rate limits, proxies, defaults of the front) are in config.test.ts; these cover
 * the rest: port, database URL, NODE_ENV, booleans, query limits and the guards between settings.
 */

/** The problems loadConfig reports for `env`; fails the test if it does not throw a ConfigError. */
function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('port, host and NODE_ENV', () => {
  test('defaults: port 4000 on every interface, production, seeded, anonymous read, response cache on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      nodeEnv: 'production',
      seed: true,
      anonymousAccess: 'read',
      responseCache: true,
      sqlStatementCount: false,
    });
  });

  test('PORT and HOST are taken as given; PORT 0 asks the system for a free port', () => {
    expect(loadConfig({ PORT: '8080', HOST: '127.0.0.1' })).toMatchObject({ port: 8080, host: '127.0.0.1' });
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  test.each(['-1', '65536', '80a', '', ' 80'])('PORT=%j is refused, naming PORT and the value', (raw) => {
    expect(problemsOf({ PORT: raw })).toEqual([`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(raw)}`]);
  });

  test('NODE_ENV development and test are kept; anything else is refused', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).nodeEnv).toBe('development');
    expect(loadConfig({ NODE_ENV: 'test' }).nodeEnv).toBe('test');
    expect(problemsOf({ NODE_ENV: 'staging' })).toEqual(['NODE_ENV must be development, production or test, got "staging"']);
  });
});

describe('DATABASE_URL', () => {
  test('unset: data/cdp.sqlite at the repository root, whatever the working directory', () => {
    expect(loadConfig({}).database).toEqual({ type: 'sqlite', file: join(DEFAULT_DATA_DIR, 'cdp.sqlite') });
  });

  test('sqlite:<relative path> is resolved from the working directory; sqlite:///abs and sqlite:/abs are absolute', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:./tmp/plan.sqlite' }).database).toEqual({ type: 'sqlite', file: resolve('tmp/plan.sqlite') });
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/cdp/plan.sqlite' }).database).toEqual({ type: 'sqlite', file: '/var/lib/cdp/plan.sqlite' });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/cdp/plan.sqlite' }).database).toEqual({ type: 'sqlite', file: '/var/lib/cdp/plan.sqlite' });
  });

  test('sqlite::memory: stays an in-memory database', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ type: 'sqlite', file: ':memory:' });
  });

  test('sqlite: with no path is refused', () => {
    expect(problemsOf({ DATABASE_URL: 'sqlite:' })).toEqual(['DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/cdp.sqlite']);
  });

  test('postgres:// and postgresql:// are PostgreSQL, with the pool size and statement timeout defaults', () => {
    for (const url of ['postgres://cdp@db/cdp', 'postgresql://cdp@db:5433/cdp?sslmode=require']) {
      expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ type: 'postgres', url, poolSize: 10, statementTimeoutMs: 30_000 });
    }
  });

  test('DATABASE_POOL_SIZE and DATABASE_STATEMENT_TIMEOUT_MS are read, and checked', () => {
    const env = { DATABASE_URL: 'postgres://cdp@db/cdp', DATABASE_POOL_SIZE: '25', DATABASE_STATEMENT_TIMEOUT_MS: '0' };
    expect(loadConfig(env).database).toMatchObject({ poolSize: 25, statementTimeoutMs: 0 });
    expect(problemsOf({ ...env, DATABASE_POOL_SIZE: '0', DATABASE_STATEMENT_TIMEOUT_MS: 'soon' })).toEqual([
      'DATABASE_POOL_SIZE must be a whole number of at least 1, got "0"',
      'DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of at least 0, got "soon"',
    ]);
    expect(problemsOf({ ...env, DATABASE_POOL_SIZE: '5000' })).toEqual(['DATABASE_POOL_SIZE must be at most 1000, got 5000']);
  });

  test('a postgres:// URL without a database name is refused, its password masked', () => {
    const problems = problemsOf({ DATABASE_URL: 'postgres://cdp:s3cret@db:5432/' });
    expect(problems).toEqual(['DATABASE_URL postgres:// needs a database name, e.g. postgres://cdp:secret@db.internal:5432/cdp']);
    expect(problemsOf({ DATABASE_URL: 'postgres://cdp:s3cret@[bad/cdp' })[0]).toBe(
      'DATABASE_URL is not a valid postgres:// URL: "postgres://cdp:***@[bad/cdp"',
    );
  });

  test('any other URL is refused without echoing its password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://cdp:s3cret@db/cdp' });
    expect(problem).toBe('DATABASE_URL must be sqlite:<path> or postgres://..., got "mysql://cdp:***@db/cdp"');
    expect(problem).not.toContain('s3cret');
  });
});

describe('switches', () => {
  test.each<[string, boolean]>([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['No', false],
  ])('a boolean variable reads %j as %s', (raw, expected) => {
    const config = loadConfig({ SEED: raw, RESPONSE_CACHE: raw, PLAYGROUND: raw, INTROSPECTION: raw, METRICS: raw, RATE_LIMIT: raw });
    expect([config.seed, config.responseCache, config.playground, config.introspection, config.metrics.enabled, config.rateLimit.enabled]).toEqual(
      Array(6).fill(expected),
    );
  });

  test('an empty boolean variable is the default', () => {
    expect(loadConfig({ SEED: '', NODE_ENV: 'test', PLAYGROUND: '' })).toMatchObject({ seed: true, playground: true });
  });

  test.each(['SEED', 'RESPONSE_CACHE', 'PLAYGROUND', 'INTROSPECTION', 'METRICS', 'SQL_STATEMENT_COUNT'])('%s=on is refused as not true or false', (name) => {
    expect(problemsOf({ NODE_ENV: 'test', [name]: 'on' })).toEqual([`${name} must be true or false, got "on"`]);
  });

  test('outside production the playground and introspection default to on, and either can be turned off', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ playground: true, introspection: true });
    expect(loadConfig({ NODE_ENV: 'development', INTROSPECTION: 'false' })).toMatchObject({ playground: true, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', PLAYGROUND: 'true' })).toMatchObject({ playground: true, introspection: false });
  });

  test('ANONYMOUS_ACCESS is read or none', () => {
    expect(loadConfig({ ANONYMOUS_ACCESS: 'none' }).anonymousAccess).toBe('none');
    expect(problemsOf({ ANONYMOUS_ACCESS: 'write' })).toEqual(['ANONYMOUS_ACCESS must be read or none, got "write"']);
  });

  test('SQL_STATEMENT_COUNT is allowed in test and development but refused in production', () => {
    expect(loadConfig({ NODE_ENV: 'test', SQL_STATEMENT_COUNT: 'true' }).sqlStatementCount).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', SQL_STATEMENT_COUNT: 'true' }).sqlStatementCount).toBe(true);
    expect(problemsOf({ SQL_STATEMENT_COUNT: 'true' })).toEqual(['SQL_STATEMENT_COUNT is for tests and benchmarks; it cannot be on in production']);
  });

  test("LOG_LEVEL is one of pino's levels, any case", () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual(['LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"']);
  });

  test('METRICS_PORT gives /metrics its own port', () => {
    expect(loadConfig({ METRICS: 'true', METRICS_PORT: '9464' }).metrics).toEqual({ enabled: true, port: 9464 });
    expect(problemsOf({ METRICS_PORT: '70000' })).toEqual(['METRICS_PORT must be a whole number from 0 to 65535, got "70000"']);
  });
});

describe('numbers with a floor', () => {
  test('the query limits default to DEFAULT_QUERY_LIMITS and each can be set', () => {
    expect(loadConfig({}).queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(loadConfig({ MAX_QUERY_DEPTH: '8', MAX_ALIASES: '3', MAX_QUERY_TOKENS: '500', MAX_QUERY_COST: '1000' }).queryLimits).toEqual({
      maxDepth: 8,
      maxAliases: 3,
      maxTokens: 500,
      maxCost: 1000,
    });
  });

  test.each(['0', '-3', '2.5', 'lots', '9007199254740993'])('a query limit of %j is refused', (raw) => {
    expect(problemsOf({ MAX_QUERY_DEPTH: raw })).toEqual([`MAX_QUERY_DEPTH must be a whole number of at least 1, got ${JSON.stringify(raw)}`]);
  });

  test('SHUTDOWN_GRACE_MS may be 0; REQUEST_TIMEOUT_MS at least 1; MAX_RESPONSE_BYTES at least 1024', () => {
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '0', REQUEST_TIMEOUT_MS: '1', MAX_RESPONSE_BYTES: '1024' })).toMatchObject({
      shutdownGraceMs: 0,
      requestTimeoutMs: 1,
      maxResponseBytes: 1024,
    });
    expect(problemsOf({ REQUEST_TIMEOUT_MS: '0', MAX_RESPONSE_BYTES: '1023' })).toEqual([
      'REQUEST_TIMEOUT_MS must be a whole number of at least 1, got "0"',
      'MAX_RESPONSE_BYTES must be a whole number of at least 1024, got "1023"',
    ]);
  });
});

test('LATE_UPDATES: refuse by default, or record; anything else is refused', () => {
  expect(loadConfig({}).lateUpdates).toBe('refuse');
  expect(loadConfig({ LATE_UPDATES: 'record' }).lateUpdates).toBe('record');
  expect(loadConfig({ LATE_UPDATES: 'REFUSE' }).lateUpdates).toBe('refuse');
  expect(problemsOf({ LATE_UPDATES: 'accept' })).toEqual(['LATE_UPDATES must be refuse or record, got "accept"']);
});

test('REPROCUREMENT_ALARM_MONTHS: 6 by default, 0 to 36', () => {
  expect(loadConfig({}).reprocurementAlarmMonths).toBe(6);
  expect(loadConfig({ REPROCUREMENT_ALARM_MONTHS: '0' }).reprocurementAlarmMonths).toBe(0);
  expect(problemsOf({ REPROCUREMENT_ALARM_MONTHS: '37' })).toEqual(['REPROCUREMENT_ALARM_MONTHS must be at most 36, got 37']);
  expect(problemsOf({ REPROCUREMENT_ALARM_MONTHS: 'six' })).toEqual(['REPROCUREMENT_ALARM_MONTHS must be a whole number of at least 0, got "six"']);
});

test('CHROMIUM_PATH: /usr/bin/chromium by default, else as given (blank is the default)', () => {
  expect(loadConfig({}).chromiumPath).toBe('/usr/bin/chromium');
  expect(loadConfig({ CHROMIUM_PATH: '/opt/chrome/chrome' }).chromiumPath).toBe('/opt/chrome/chrome');
  expect(loadConfig({ CHROMIUM_PATH: '  ' }).chromiumPath).toBe('/usr/bin/chromium');
});

describe('ConfigError', () => {
  test('lists every problem, one a line, in the order the variables are read', () => {
    const error = (() => {
      try {
        loadConfig({ NODE_ENV: 'staging', PORT: 'x', DATABASE_URL: 'ftp://files', MAX_ALIASES: '0' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('loadConfig accepted the environment');
    })();
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toEqual([
      'NODE_ENV must be development, production or test, got "staging"',
      'PORT must be a whole number from 0 to 65535, got "x"',
      'DATABASE_URL must be sqlite:<path> or postgres://..., got "ftp://files"',
      'MAX_ALIASES must be a whole number of at least 1, got "0"',
    ]);
    expect(error.message).toBe(`Invalid configuration:\n${error.problems.map((p) => `  - ${p}`).join('\n')}`);
  });

  test('a valid environment gives every field of the Config', () => {
    expect(Object.keys(loadConfig({})).sort()).toEqual(
      [
        'port',
        'host',
        'nodeEnv',
        'database',
        'playground',
        'introspection',
        'seed',
        'anonymousAccess',
        'responseCache',
        'sqlStatementCount',
        'queryLimits',
        'corsOrigins',
        'rateLimit',
        'logLevel',
        'metrics',
        'shutdownGraceMs',
        'trustProxy',
        'requestTimeoutMs',
        'maxResponseBytes',
        'reprocurementAlarmMonths',
        'chromiumPath',
        'lateUpdates',
      ].sort(),
    );
  });
});
