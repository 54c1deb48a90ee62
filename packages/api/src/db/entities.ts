import { FEATURE_ENTITIES } from '../modules';
import { SeedRun } from './seed/seed-run.entity';
import { DataRevision } from './revision.entity';
import { IdempotencyRecord } from '../writes/idempotency.entity';
import { DenialCount } from '../writes/denial-count.entity';

/** Every TypeORM entity, in one list for the data source and the migration generator: the features' own, then the app's. */
export const ENTITIES = [...FEATURE_ENTITIES, SeedRun, IdempotencyRecord, DataRevision, DenialCount];
