// Fails when src/generated/ or src/operations/node.graphql is not what `codegen` makes from the
// committed schema and the operation documents today: it regenerates into a temporary directory
// (scripts/codegen.mjs --out) and compares, file by file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tempDir = mkdtempSync(join(tmpdir(), 'cdp-sdk-codegen-'));
const REGENERATE = 'pnpm --filter @cdp/sdk codegen';

try {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'codegen.mjs'), '--out', tempDir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}${r.stderr}\n`);
    console.error(`codegen:check: codegen failed (see above): fix src/operations for the schema, then run \`${REGENERATE}\`.`);
    process.exit(1);
  }
  const generated = (dir) => readdirSync(join(dir, 'generated')).map((file) => join('generated', file));
  const expected = [...generated(tempDir), join('operations', 'node.graphql')].sort();
  const committed = generated(join(root, 'src')).sort();
  const stale = [...new Set([...expected, ...committed])].filter((file) => {
    const [made, kept] = [join(tempDir, file), join(root, 'src', file)];
    if (!existsSync(made) || !existsSync(kept)) return true;
    return readFileSync(made, 'utf8') !== readFileSync(kept, 'utf8');
  });
  if (stale.length > 0) {
    console.error(
      `codegen:check: packages/sdk/src is out of date with packages/schema/schema.graphql and src/operations ` +
        `(${stale.map((file) => `src/${file}`).join(', ')} differ).\nRun \`${REGENERATE}\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('codegen:check: src/generated and src/operations/node.graphql match the schema and the operation documents.');
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
