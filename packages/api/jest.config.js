/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: false }],
    // content-disposition 3 (under @fastify/static) ships ES modules only; Node 20 loads it with
    // require(esm), Jest's module runtime does not: compiled to CommonJS for the unit tests.
    '/content-disposition/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/)?content-disposition)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 30000,
};
