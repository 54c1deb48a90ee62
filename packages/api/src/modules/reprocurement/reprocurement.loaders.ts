import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { Reprocurement } from './reprocurement.entity';

/** The reprocurement feature's per-request loaders. */
export const reprocurementLoaders = (ds: DataSource) => ({
  reprocurement: byId(ds, Reprocurement),
  reprocurementsByObjective: childrenOf(ds, Reprocurement, 'objectiveId', { expiryDate: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof reprocurementLoaders> {}
}
