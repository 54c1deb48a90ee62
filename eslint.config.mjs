// ESLint for the whole workspace (flat config). Run by the test command (`pnpm lint`), after the
// build: generated files and build output are not linted. Formatting is Prettier's (`pnpm format`);
// eslint-config-prettier turns off every rule that would disagree with it.
//
// Boundaries of packages/api/src (API_BOUNDARIES, below): `common/` imports no feature; the write
// pipeline no feature's internals; context.ts nothing that builds the app; no module looks services
// up from the app; runtime code does not import the seed importer; the board pack imports the
// PlanSnapshot types and common/ only. Import cycles are refused,
// type-only imports included (scripts/eslint/no-type-cycle.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import noTypeCycle from './scripts/eslint/no-type-cycle.mjs';

const local = { rules: { 'no-type-cycle': noTypeCycle } };

const API = './packages/api/src';

/**
 * The boundaries of packages/api/src (import-x/no-restricted-paths: type-only imports count too).
 * Each zone: files in `target` may not import from `from`, save `except`.
 */
const API_BOUNDARIES = [
  { target: `${API}/common`, from: `${API}/modules`, message: 'common/ is shared by every feature and imports none of them.' },
  {
    target: `${API}/writes`,
    from: `${API}/modules`,
    except: ['./audit/audit.entity.ts'],
    message: 'The write pipeline serves every feature: of theirs it may use the audit entry it writes, nothing else.',
  },
  {
    target: `${API}/context.ts`,
    from: [`${API}/app-services.ts`, `${API}/request-contexts.ts`, `${API}/auth/authenticator.ts`],
    message: "context.ts is the request context's shape only: imported everywhere, it imports nothing that builds the app.",
  },
  {
    target: `${API}/board-pack`,
    from: `${API}/modules`,
    except: ['./round/round.snapshot.ts'],
    message: 'The board pack renders plain data: of the features it may use the PlanSnapshot types (modules/round/round.snapshot.ts), nothing else.',
  },
  {
    target: `${API}/board-pack`,
    from: [
      'db',
      'writes',
      'core',
      'auth',
      'loaders',
      'graphql',
      'rest',
      'http',
      'plan-tree',
      'cli',
      'app-services.ts',
      'request-contexts.ts',
      'context.ts',
      'config.ts',
      'schema.ts',
      'app.ts',
    ].map((part) => `${API}/${part}`),
    message: 'The board pack is pure rendering: no service, no database, no request context (the wiring passes it the data and the options).',
  },
  ...['modules', 'auth', 'writes', 'plan-tree', 'loaders', 'graphql', 'common', 'core', 'rest'].map((folder) => ({
    target: `${API}/${folder}`,
    from: [`${API}/app-services.ts`, `${API}/request-contexts.ts`],
    message: 'Services are injected (resolver constructors, service factories), never looked up from the app.',
  })),
  ...['modules', 'auth', 'writes', 'plan-tree', 'loaders', 'graphql', 'common', 'core', 'http', 'rest', 'app.ts', 'schema.ts', 'app-services.ts'].map(
    (part) => ({
      target: `${API}/${part}`,
      from: `${API}/db/seed`,
      except: ['./load-seed.ts', './seed-paths.ts', './seed-run.entity.ts'],
      message: 'Runtime code does not import the seed importer (a build-time tool): only db/seed/load-seed, which loads a built seed file.',
    }),
  ),
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'packages/schema/**', 'tests/bench/results/**', 'tests/artifacts/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are mistakes, except a deliberately ignored `_argument`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
      // A variable assigned after a closure that reads it (app.ts: the HTTP server, read by Apollo's drain plugin) stays `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-console': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'examples/src/**/*.ts'],
    plugins: { local },
    rules: { 'local/no-type-cycle': 'error' },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    rules: {
      // TypeORM and type-graphql take entity, resolver and type classes as `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // A feature adds its loaders to the Loaders interface with `interface Loaders extends ... {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    ignores: ['**/__tests__/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: API_BOUNDARIES }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/__tests__/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
