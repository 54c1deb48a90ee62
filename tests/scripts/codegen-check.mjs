// Fails when support/generated/ is not what codegen makes today from the committed schema and the
// documents in the tests: it regenerates into a temporary directory and compares file by file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committedDir = join(root, 'support', 'generated');
const tempDir = mkdtempSync(join(tmpdir(), 'cdp-tests-codegen-'));
const REGENERATE = 'pnpm --filter @cdp/tests codegen';

try {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts'], {
    cwd: root,
    env: { ...process.env, CDP_CODEGEN_OUT: `${tempDir}/` },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}${r.stderr}\n`);
    console.error(`codegen:check: codegen failed (see above): fix the tests' documents for the schema, then run \`${REGENERATE}\`.`);
    process.exit(1);
  }
  const expected = readdirSync(tempDir).sort();
  const committed = readdirSync(committedDir).sort();
  const stale = [...new Set([...expected, ...committed])].filter((file) => {
    if (!expected.includes(file) || !committed.includes(file)) return true;
    return readFileSync(join(tempDir, file), 'utf8') !== readFileSync(join(committedDir, file), 'utf8');
  });
  if (stale.length > 0) {
    console.error(
      `codegen:check: tests/support/generated is out of date with packages/schema/schema.graphql and the tests' documents ` +
        `(${stale.join(', ')} differ).\nRun \`${REGENERATE}\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('codegen:check: tests/support/generated matches the schema and the documents.');
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
