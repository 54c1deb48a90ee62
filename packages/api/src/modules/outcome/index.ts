import { defineFeature } from '../../core/feature';
import { OUTCOME_ERROR_REASONS } from './outcome.errors';
import { MeasureValue, NationalOutcome, OutcomeMeasure } from './outcome.entity';
import { NationalOutcomeResolver, OutcomeMeasureResolver } from './outcome.resolver';
import { OutcomeService } from './outcome.service';
import { outcomeLoaders } from './outcome.loaders';
import { OUTCOME_MUTATIONS } from './outcome.rules';

/** The outcome feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'outcome',
  entities: [NationalOutcome, OutcomeMeasure, MeasureValue],
  resolvers: [NationalOutcomeResolver, OutcomeMeasureResolver],
  orphanedTypes: [MeasureValue],
  nodes: { NationalOutcome: 'outcome', OutcomeMeasure: 'measure', MeasureValue: 'measureValue' },
  loaders: outcomeLoaders,
  mutations: OUTCOME_MUTATIONS,
  errorReasons: [OUTCOME_ERROR_REASONS],
  services: ({ data, runner }) => [new OutcomeService(data, runner)],
});
