import { defineFeature } from '../../core/feature';
import { Action } from './action.entity';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { actionLoaders } from './action.loaders';
import { ACTION_MUTATIONS } from './action.rules';
import { AgencyService } from '../agency/agency.service';

/** The action feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'action',
  entities: [Action],
  resolvers: [ActionResolver],
  nodes: { Action: 'action' },
  loaders: actionLoaders,
  mutations: ACTION_MUTATIONS,
  services: ({ data, runner, get }) => [new ActionService(data, get(AgencyService), runner)],
});
