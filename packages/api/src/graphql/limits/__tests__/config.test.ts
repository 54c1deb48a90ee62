import { ConfigError, DEFAULT_QUERY_LIMITS, loadConfig } from '../../../config';

describe('query limit settings', () => {
  test('default to DEFAULT_QUERY_LIMITS, the same in every NODE_ENV', () => {
    for (const NODE_ENV of ['development', 'production', 'test']) {
      expect(loadConfig({ NODE_ENV }).queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
    }
    expect(DEFAULT_QUERY_LIMITS).toEqual({ maxDepth: 20, maxAliases: 25, maxTokens: 3000, maxCost: 1_000_000 });
  });

  test('are read from MAX_QUERY_DEPTH, MAX_ALIASES, MAX_QUERY_TOKENS and MAX_QUERY_COST', () => {
    const env = { MAX_QUERY_DEPTH: '12', MAX_ALIASES: '5', MAX_QUERY_TOKENS: '800', MAX_QUERY_COST: '2500000' };
    expect(loadConfig(env).queryLimits).toEqual({ maxDepth: 12, maxAliases: 5, maxTokens: 800, maxCost: 2_500_000 });
  });

  test('must be whole numbers of at least 1; every problem is reported at once', () => {
    const env = { MAX_QUERY_DEPTH: '0', MAX_ALIASES: '-3', MAX_QUERY_TOKENS: '2e3', MAX_QUERY_COST: 'lots' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'MAX_QUERY_DEPTH must be a whole number of at least 1, got "0"',
        'MAX_ALIASES must be a whole number of at least 1, got "-3"',
        'MAX_QUERY_TOKENS must be a whole number of at least 1, got "2e3"',
        'MAX_QUERY_COST must be a whole number of at least 1, got "lots"',
      ]);
    }
  });
});
