import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { ReportingRound, RoundSignOff } from './round.entity';

/** The reporting-round feature's per-request loaders. */
export const roundLoaders = (ds: DataSource) => ({
  reportingRound: byId(ds, ReportingRound),
  roundSignOff: byId(ds, RoundSignOff),
  /** A round's sign-offs, in the order they were given. */
  signOffsByRound: childrenOf(ds, RoundSignOff, 'roundId', { id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof roundLoaders> {}
}
