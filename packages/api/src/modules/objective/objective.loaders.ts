import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { Objective } from './objective.entity';

/** The objective feature's per-request loaders. */
export const objectiveLoaders = (ds: DataSource) => ({
  objective: byId(ds, Objective),
  objectivesByPriority: childrenOf(ds, Objective, 'priorityId', { position: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof objectiveLoaders> {}
}
