import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { MeasureValue, NationalOutcome, OutcomeMeasure } from './outcome.entity';

/** The outcome feature's per-request loaders. */
export const outcomeLoaders = (ds: DataSource) => ({
  outcome: byId(ds, NationalOutcome),
  measure: byId(ds, OutcomeMeasure),
  measureValue: byId(ds, MeasureValue),
  outcomesByPlan: childrenOf(ds, NationalOutcome, 'planId', { position: 'ASC', id: 'ASC' }),
  outcomesByPillar: childrenOf(ds, NationalOutcome, 'pillarId', { position: 'ASC', id: 'ASC' }),
  measuresByOutcome: childrenOf(ds, OutcomeMeasure, 'outcomeId', { position: 'ASC', id: 'ASC' }),
  valuesByMeasure: childrenOf(ds, MeasureValue, 'measureId', { periodStart: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof outcomeLoaders> {}
}
