import { defineFeature } from '../../core/feature';
import { PLAN_ERROR_REASONS } from './plan.errors';
import { Plan } from './plan.entity';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';
import { planLoaders } from './plan.loaders';

/** The plan feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'plan',
  entities: [Plan],
  resolvers: [PlanResolver],
  nodes: { Plan: 'plan' },
  loaders: planLoaders,
  errorReasons: [PLAN_ERROR_REASONS],
  services: ({ data }) => [new PlanService(data)],
});
