import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSeed } from './build-seed';
import type { Curation } from './curation';
import { parseDeliveryPlan } from './parse-delivery-plan';
import { DEFAULT_SEED_FILE, DEFAULT_SEED_KEY, SEED_DIR, SOURCE_FILES } from './seed-paths';
import type { SeedFile } from './seed-file';

export { parseDeliveryPlan } from './parse-delivery-plan';

/**
 * The importer for the default data set: parses the delivery plan (seed/sources/001_…), joins it to
 * seed/curation.json and checks it against the strategy (seed/sources/003_…). Run as a program
 * (`pnpm --filter @cdp/api import:seed`, after a build) it rewrites seed/tower-hamlets-2024-25.json.
 */
export function importPlan(seedDir: string = SEED_DIR): SeedFile {
  const read = (file: string) => readFileSync(join(seedDir, file), 'utf8');
  const deliveryPlanText = read(SOURCE_FILES.deliveryPlan);
  const packageDir = join(seedDir, '..');
  const recorded = (file: string) => relative(packageDir, join(seedDir, file)).split('\\').join('/');
  return buildSeed({
    key: DEFAULT_SEED_KEY,
    sources: {
      deliveryPlan: recorded(SOURCE_FILES.deliveryPlan),
      strategy: recorded(SOURCE_FILES.strategy),
      consultation: recorded(SOURCE_FILES.consultation),
      curation: recorded(SOURCE_FILES.curation),
    },
    deliveryPlanText,
    strategyText: read(SOURCE_FILES.strategy),
    pillars: parseDeliveryPlan(deliveryPlanText),
    curation: JSON.parse(read(SOURCE_FILES.curation)) as Curation,
  });
}

/** The seed file's text: two-space JSON with a final newline, key order as built, so it diffs well. */
export function formatSeedFile(seed: SeedFile): string {
  return `${JSON.stringify(seed, null, 2)}\n`;
}

function main(): void {
  const seed = importPlan();
  writeFileSync(DEFAULT_SEED_FILE, formatSeedFile(seed));
  const objectives = seed.pillars.flatMap((p) => p.priorities.flatMap((q) => q.objectives));
  process.stdout.write(
    `Wrote ${relative(process.cwd(), DEFAULT_SEED_FILE)}: ${seed.pillars.length} pillars, ` +
      `${seed.pillars.reduce((n, p) => n + p.priorities.length, 0)} priorities, ${objectives.length} objectives, ` +
      `${objectives.reduce((n, o) => n + o.actions.length, 0)} actions, ${seed.agencies.length} agencies, ` +
      `${seed.reprocurements.length} reprocurements, ${seed.outcomes.reduce((n, o) => n + o.measures.length, 0)} outcome measures\n`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
