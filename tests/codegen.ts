// graphql-codegen for the e2e tests: the committed schema (packages/schema/schema.graphql) and the
// documents the tests write with `graphql(`...`)` (imported from support/generated) give each
// document its result and variable types, in support/generated/. Never reads a live server.
// `pnpm --filter @cdp/tests codegen` regenerates; `codegen:check` (run by the tests' `test`
// script) regenerates into a temporary directory (CDP_CODEGEN_OUT) and fails when they differ.
//
// The client preset with documentMode 'string' makes TypedDocumentString values: the SDK's
// `request` and support/api.ts send them as they are. Fragments are not masked: a test reads the
// fields of its fragments directly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The files whose documents are typed: those that import `graphql` from support/generated. The
 * other tests build raw documents (some deliberately malformed) that are not for codegen to parse.
 */
function documentFiles(): string[] {
  return ['e2e', 'support']
    .flatMap((dir) => readdirSync(join(__dirname, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => file.endsWith('.ts') && !file.startsWith(join('support', 'generated')))
    .filter((file) => /from '(\.\.?\/)+(support\/)?generated'/.test(readFileSync(join(__dirname, file), 'utf8')))
    .sort();
}

const output = process.env.CDP_CODEGEN_OUT ?? 'support/generated/';

const config: CodegenConfig = {
  overwrite: true,
  schema: '../packages/schema/schema.graphql',
  documents: documentFiles(),
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          LocalDate: { input: 'string', output: 'string' },
          JSON: { input: 'unknown', output: 'unknown' },
        },
        strictScalars: true,
      },
    },
  },
};

export default config;
