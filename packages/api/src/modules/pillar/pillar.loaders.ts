import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { Pillar } from './pillar.entity';

/** The pillar feature's per-request loaders. */
export const pillarLoaders = (ds: DataSource) => ({
  pillar: byId(ds, Pillar),
  pillarsByPlan: childrenOf(ds, Pillar, 'planId', { number: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof pillarLoaders> {}
}
