// ESLint for the whole workspace (flat config). Run by the test command (`pnpm lint`), after the
// build: generated files and build output are not linted. Formatting is Prettier's (`pnpm format`);
// eslint-config-prettier turns off every rule that would disagree with it.
//
// Boundaries of packages/api/src (no-restricted-imports, below): `common/` is shared by every
// feature and imports none; runtime code does not import the seed importer (db/seed/: only the CLI,
// start-up loading through db/seed's public entry, and tests); features reach each other's records
// through the plan hierarchy, not through each other's internals. Import cycles are refused,
// type-only imports included (scripts/eslint/no-type-cycle.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import noTypeCycle from './scripts/eslint/no-type-cycle.mjs';

const local = { rules: { 'no-type-cycle': noTypeCycle } };

/** A no-restricted-imports pattern refusing relative imports whose path matches `regex`. */
const refuse = (regex, message) => ({ regex, message });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'packages/schema/**',
      'tests/bench/results/**',
      'tests/artifacts/**',
      '**/*.d.ts',
      'packages/api/dist-base/**',
    ],
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
      'no-console': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'examples/src/**/*.ts'],
    plugins: { local },
    rules: { 'local/no-type-cycle': 'error' },
  },
  {
    files: ['packages/api/src/common/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [refuse('^\\.\\./(\\.\\./)*modules/', 'common/ is shared by every feature and imports none of them.')] }],
    },
  },
  {
    files: ['packages/api/src/**/*.ts'],
    ignores: ['packages/api/src/db/seed/**', 'packages/api/src/cli/**', '**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [refuse('(^|/)db/seed/(?!seed-paths$|index$)', 'Runtime code does not import the seed importer; the CLI and start-up loading use db/seed\'s entry point.')] }],
    },
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
