// Builds the SDK twice from src/: CommonJS into dist/cjs and ES modules into dist/esm (with a
// package.json {"type":"module"} so Node reads it as ESM), each with .d.ts files. The exports map
// in package.json sends `import` to one and `require` to the other.
//
// Also copies in what the published package ships beside dist: the committed schema (partners
// generate types for their own operations from it, as production servers turn introspection off)
// and the repository's licence. Runs as `build` and as `prepack`, so `npm publish` and `pnpm pack`
// always ship the schema the SDK was generated from.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.esm.json']) {
  const r = spawnSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
mkdirSync(join(root, 'dist', 'esm'), { recursive: true });
writeFileSync(join(root, 'dist', 'esm', 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(root, 'dist', 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
copyFileSync(join(root, '..', 'schema', 'schema.graphql'), join(root, 'schema.graphql'));
copyFileSync(join(root, '..', '..', 'LICENSE'), join(root, 'LICENSE'));
