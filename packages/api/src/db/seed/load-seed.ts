import type { DataSource, EntityManager } from 'typeorm';
import { Partnership } from '../../modules/partnership/partnership.entity';
import { readSeedFile } from './read-seed-file';
import { DEFAULT_SEED_FILE } from './seed-paths';
import { SeedRun } from './seed-run.entity';
import { writeSeed } from './write-seed';

export { SeedRun } from './seed-run.entity';

/** Thrown inside the transaction to roll it back when the seed must not be written. */
class SeedSkipped extends Error {}

/**
 * Loads the default data set (seed/tower-hamlets-2024-25.json, or `options.file`) in one transaction,
 * if and only if it has never been loaded: the load is recorded in SeedRun under the file's key, so a
 * later start never loads it again, whatever has since happened to the records (edited, archived).
 *
 * The SeedRun row is claimed first (INSERT OR IGNORE), which also takes the write lock, so two
 * processes starting together cannot both load. If the partnership already exists without a record
 * of the load (data entered another way), nothing is written and nothing is recorded.
 */
export async function loadDefaultSeed(dataSource: DataSource, options: { file?: string } = {}): Promise<{ loaded: boolean }> {
  const seed = readSeedFile(options.file ?? DEFAULT_SEED_FILE);
  try {
    return await dataSource.transaction(async (manager) => {
      if (!(await claimSeedRun(manager, seed.key))) return { loaded: false };
      if (await manager.getRepository(Partnership).existsBy({ name: seed.partnership.name })) throw new SeedSkipped();
      await writeSeed(manager, seed);
      return { loaded: true };
    });
  } catch (error) {
    if (error instanceof SeedSkipped) return { loaded: false };
    throw error;
  }
}

/** Records the seed as applied now; false if it had already been recorded. */
async function claimSeedRun(manager: EntityManager, key: string): Promise<boolean> {
  const appliedAt = new Date();
  await manager.createQueryBuilder().insert().into(SeedRun).values({ key, appliedAt }).orIgnore().updateEntity(false).execute();
  const run = await manager.getRepository(SeedRun).findOneByOrFail({ key });
  return run.appliedAt.getTime() === appliedAt.getTime();
}
