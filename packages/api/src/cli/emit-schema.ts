/**
 * Prints the API's committed descriptions from the code (`pnpm schema:emit`):
 * - packages/schema/schema.graphql, the GraphQL SDL;
 * - packages/schema/openapi.json, the OpenAPI 3.1 document of the REST API and the other routes,
 *   as the server serves it at /api/v1/openapi.json, with examples recorded from real requests
 *   (cli/openapi-examples.ts);
 * - packages/api/src/rest/openapi-examples.json, those examples, which the server reads.
 * With --check, writes nothing and fails when a committed file differs from what the code prints.
 * (The TypeScript types of the REST API, packages/schema/openapi.d.ts, are printed from
 * openapi.json by the schema package: `pnpm --filter @cdp/schema types`.)
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../schema';
import { printOpenApi } from './openapi-examples';

export const SCHEMA_FILE = join(__dirname, '../../../schema/schema.graphql');
export const OPENAPI_FILE = join(__dirname, '../../../schema/openapi.json');
/** The examples as committed (src) and as the built server reads them (dist). */
export const EXAMPLES_FILE = join(__dirname, '../../src/rest/openapi-examples.json');
const BUILT_EXAMPLES_FILE = join(__dirname, '../rest/openapi-examples.json');

export async function printCurrentSchema(): Promise<string> {
  const header = '# Generated from the code in packages/api by `pnpm schema:emit`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function main(): Promise<void> {
  const sdl = await printCurrentSchema();
  const { document, examples, problems } = await printOpenApi();
  if (problems.length) {
    console.error(`The OpenAPI document and its examples disagree (cli/openapi-examples.ts records them):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const files: [string, string, string][] = [
    [SCHEMA_FILE, sdl, 'packages/schema/schema.graphql'],
    [OPENAPI_FILE, json(document), 'packages/schema/openapi.json'],
    [EXAMPLES_FILE, json(examples), 'packages/api/src/rest/openapi-examples.json'],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, text]) => (existsSync(file) ? readFileSync(file, 'utf8') : '') !== text).map(([, , name]) => name);
    if (stale.length) {
      console.error(
        `${stale.join(', ')} ${stale.length > 1 ? 'differ' : 'differs'} from what the code prints. Regenerate with \`pnpm schema:emit\` (at the repository root) and commit the result.`,
      );
      process.exit(1);
    }
    console.log(`${files.map(([, , name]) => name).join(', ')} match the code.`);
    return;
  }
  for (const [file, text] of files) writeFileSync(file, text);
  // The built server reads the examples from dist: keep it in step until the next build.
  if (existsSync(join(__dirname, '../rest'))) writeFileSync(BUILT_EXAMPLES_FILE, json(examples));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
