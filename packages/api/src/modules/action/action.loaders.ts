import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { Action } from './action.entity';

/** The action feature's per-request loaders. */
export const actionLoaders = (ds: DataSource) => ({
  action: byId(ds, Action),
  actionsByObjective: childrenOf(ds, Action, 'objectiveId', { position: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof actionLoaders> {}
}
