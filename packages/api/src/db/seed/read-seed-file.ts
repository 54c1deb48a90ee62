import { readFileSync } from 'node:fs';
import { SEED_SCHEMA_VERSION, SeedFile } from './seed-file';

/** Reads a seed file, refusing one written for another schema version. */
export function readSeedFile(file: string): SeedFile {
  const seed = JSON.parse(readFileSync(file, 'utf8')) as SeedFile;
  if (seed.schemaVersion !== SEED_SCHEMA_VERSION) {
    throw new Error(
      `${file} has seed schema version ${String(seed.schemaVersion)}; this build reads version ${SEED_SCHEMA_VERSION}. Regenerate it with \`pnpm --filter @cdp/api import:seed\`.`,
    );
  }
  if (typeof seed.key !== 'string' || !seed.key) throw new Error(`${file} has no key`);
  return seed;
}
