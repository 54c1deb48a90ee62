// Regenerates everything the SDK makes from the committed schema and src/operations, in order:
//   1. src/operations/node.graphql (codegen/node-document.cjs): the Node and Nodes queries, one
//      alias per Node type of the schema;
//   2. src/generated/ (graphql-codegen with codegen.ts): typed documents and their types in
//      graphql.ts, then the client's methods, paginate walkers and Node type names in sdk.ts
//      and sdk-methods.ts (codegen/sdk-plugin.cjs).
// `--out <dir>` works on a copy of the documents in <dir>/operations and writes <dir>/generated/
// instead (codegen:check does, and compares): the same folder layout, so the same output.
// `--from <dir>` reads the documents from another folder and `--schema <file>` another schema
// (the generator's own tests use both).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { nodeDocument, FILE } = createRequire(import.meta.url)('../codegen/node-document.cjs');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? resolve(process.argv[at + 1]) : fallback;
}
const out = option('--out', join(root, 'src'));
const from = option('--from', join(root, 'src', 'operations'));
const schema = option('--schema', join(root, '..', 'schema', 'schema.graphql'));

const operations = join(out, 'operations');
if (operations !== from) cpSync(from, operations, { recursive: true });
const nodeFile = join(operations, FILE);
mkdirSync(dirname(nodeFile), { recursive: true });
try {
  writeFileSync(nodeFile, nodeDocument({ schemaFile: schema, operationsDir: from }));
} catch (error) {
  console.error(`codegen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const r = spawnSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts'], {
  cwd: root,
  env: { ...process.env, CDP_CODEGEN_OUT: join(out, 'generated'), CDP_OPERATIONS: operations, CDP_SCHEMA: schema },
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
