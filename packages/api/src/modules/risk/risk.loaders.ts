import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { Risk } from './risk.entity';

/** The risk feature's per-request loaders. */
export const riskLoaders = (ds: DataSource) => ({
  risk: byId(ds, Risk),
  /** An action's live risks, in the order they were recorded (Action.risks ranks them by score). */
  risksByAction: childrenOf(ds, Risk, 'actionId', { id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof riskLoaders> {}
}
