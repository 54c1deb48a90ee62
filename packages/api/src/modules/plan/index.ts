import { defineFeature } from '../../core/feature';
import { PLAN_ERROR_REASONS } from './plan.errors';
import { Plan } from './plan.entity';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';
import { planLoaders } from './plan.loaders';
import { PLAN_MUTATIONS } from './plan.rules';

/** The plan feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'plan',
  entities: [Plan],
  resolvers: [PlanResolver],
  nodes: { Plan: 'plan' },
  loaders: planLoaders,
  mutations: PLAN_MUTATIONS,
  errorReasons: [PLAN_ERROR_REASONS],
  services: ({ data, runner }) => [new PlanService(data, runner)],
});
