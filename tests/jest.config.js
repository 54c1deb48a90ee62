/**
 * The e2e suite, on the engine CDP_TEST_ENGINE names: sqlite (the default) or postgres, with
 * TEST_DATABASE_URL an administrator's URL of the PostgreSQL server (see support/engine.ts).
 * On PostgreSQL the global setup makes the template databases each test's database is copied from,
 * a reporter drops each test file's databases when the file is done, and the global teardown
 * whatever is left.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/support/drop-file-databases.cjs'],
  testTimeout: 60000,
  maxWorkers: 2,
};
