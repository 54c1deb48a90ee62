/**
 * Emits the GraphQL SDL from the code to packages/schema/schema.graphql (`pnpm schema:emit`).
 * With --check, writes nothing and fails when the committed file differs from the code.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../schema';

export const SCHEMA_FILE = join(__dirname, '../../../schema/schema.graphql');

export async function printCurrentSchema(): Promise<string> {
  const header = '# Generated from the code in packages/api by `pnpm schema:emit`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}

async function main(): Promise<void> {
  const sdl = await printCurrentSchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      /* missing counts as different */
    }
    if (committed !== sdl) {
      console.error(
        'packages/schema/schema.graphql differs from the schema the code emits. Regenerate it with `pnpm schema:emit` (at the repository root) and commit it.',
      );
      process.exit(1);
    }
    console.log('packages/schema/schema.graphql matches the code.');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
