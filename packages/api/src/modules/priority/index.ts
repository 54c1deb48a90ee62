import { defineFeature } from '../../core/feature';
import { Priority } from './priority.entity';
import { PriorityResolver } from './priority.resolver';
import { PriorityService } from './priority.service';
import { priorityLoaders } from './priority.loaders';
import { PRIORITY_MUTATIONS } from './priority.rules';

/** The priority feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'priority',
  entities: [Priority],
  resolvers: [PriorityResolver],
  nodes: { Priority: 'priority' },
  loaders: priorityLoaders,
  mutations: PRIORITY_MUTATIONS,
  services: ({ data, runner }) => [new PriorityService(data, runner)],
});
