import { defineFeature } from '../../core/feature';
import { PROGRESS_ERROR_REASONS } from './progress.errors';
import { ProgressUpdate } from './progress.entity';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';
import { progressLoaders } from './progress.loaders';
import { PROGRESS_MUTATIONS } from './progress.rules';
import { PlanService } from '../plan/plan.service';

/** The progress feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'progress',
  entities: [ProgressUpdate],
  resolvers: [ProgressResolver],
  nodes: { ProgressUpdate: 'progressUpdate' },
  loaders: progressLoaders,
  mutations: PROGRESS_MUTATIONS,
  errorReasons: [PROGRESS_ERROR_REASONS],
  // An update is in the scope of its action: pillar leads of the action's pillar, editors of its agencies.
  scopeParents: { ProgressUpdate: { entity: ProgressUpdate, column: 'actionId', type: 'Action' } },
  services: ({ data, runner, get }) => [new ProgressService(data, get(PlanService), runner)],
});
