import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { ProgressUpdate } from './progress.entity';

/** The progress feature's per-request loaders. */
export const progressLoaders = (ds: DataSource) => ({
  progressUpdate: byId(ds, ProgressUpdate),
  progressByAction: childrenOf(ds, ProgressUpdate, 'actionId', { financialYear: 'ASC', quarter: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof progressLoaders> {}
}
