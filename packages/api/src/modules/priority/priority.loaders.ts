import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { Priority } from './priority.entity';

/** The priority feature's per-request loaders. */
export const priorityLoaders = (ds: DataSource) => ({
  priority: byId(ds, Priority),
  prioritiesByPillar: childrenOf(ds, Priority, 'pillarId', { position: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof priorityLoaders> {}
}
