import { defineFeature } from '../../core/feature';
import { Objective } from './objective.entity';
import { ObjectiveResolver } from './objective.resolver';
import { ObjectiveService } from './objective.service';
import { objectiveLoaders } from './objective.loaders';
import { OBJECTIVE_MUTATIONS } from './objective.rules';
import { AgencyService } from '../agency/agency.service';

/** The objective feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'objective',
  entities: [Objective],
  resolvers: [ObjectiveResolver],
  nodes: { Objective: 'objective' },
  loaders: objectiveLoaders,
  mutations: OBJECTIVE_MUTATIONS,
  services: ({ data, runner, get }) => [new ObjectiveService(data, get(AgencyService), runner)],
});
