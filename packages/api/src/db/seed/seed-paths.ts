import { join, resolve } from 'node:path';

/** packages/api/seed, found from both src/db/seed (ts-jest) and dist/db/seed (built). */
export const SEED_DIR = resolve(__dirname, '../../../seed');

export const SOURCE_FILES = {
  deliveryPlan: 'sources/001_f351cd7b2125e9da.txt',
  strategy: 'sources/003_c48d907e13175c76.txt',
  consultation: 'sources/004_1ba82cec41cae9a3.txt',
  curation: 'curation.json',
} as const;

export const DEFAULT_SEED_FILE = join(SEED_DIR, 'tower-hamlets-2024-25.json');

/** The key the default data set is recorded under once loaded. */
export const DEFAULT_SEED_KEY = 'tower-hamlets-2024-25';
