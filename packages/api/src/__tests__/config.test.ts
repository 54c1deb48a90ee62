import { ConfigError, loadConfig } from '../config';

describe('configuration of the HTTP front', () => {
  test('NODE_ENV unset behaves as production: no playground, no introspection; --explore turns both on', () => {
    for (const env of [{}, { NODE_ENV: '' }]) {
      const config = loadConfig(env);
      expect(config.nodeEnv).toBe('production');
      expect([config.playground, config.introspection]).toEqual([false, false]);
    }
    const explored = loadConfig({}, { explore: true });
    expect([explored.nodeEnv, explored.playground, explored.introspection]).toEqual(['production', true, true]);
    expect(loadConfig({ PLAYGROUND: 'false' }, { explore: true }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).playground).toBe(true);
  });

  test('defaults', () => {
    const config = loadConfig({});
    expect(config.corsOrigins).toEqual([]);
    expect(config.rateLimit).toEqual({ enabled: true, max: 600, anonymousMax: 300, windowMs: 60_000 });
    expect(config.logLevel).toBe('info');
    expect(config.metrics).toEqual({ enabled: false, port: null });
    expect(config.shutdownGraceMs).toBe(10_000);
    expect(config.trustProxy).toBe(false);
    expect(config.requestTimeoutMs).toBe(5000);
    expect(config.maxResponseBytes).toBe(8_388_608);
  });

  test.each<[string, unknown]>([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, ::1, loopback', ['10.0.0.0/8', '::1', 'loopback']],
  ])('TRUST_PROXY=%s', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  test('CORS_ORIGINS is a comma list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://intranet.example.org, http://localhost:8080' }).corsOrigins).toEqual([
      'https://intranet.example.org',
      'http://localhost:8080',
    ]);
  });

  test('every bad value is reported at once, naming its variable', () => {
    const env = {
      CORS_ORIGINS: '*',
      RATE_LIMIT: 'maybe',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW_MS: 'soon',
      LOG_LEVEL: 'loud',
      METRICS_PORT: 'x',
      SHUTDOWN_GRACE_MS: '-1',
      TRUST_PROXY: 'proxy.example.org',
      REQUEST_TIMEOUT_MS: '0',
      MAX_RESPONSE_BYTES: '10',
    };
    let error: ConfigError | undefined;
    try {
      loadConfig(env);
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    for (const name of Object.keys(env)) expect(error!.message).toContain(name);
  });
});
