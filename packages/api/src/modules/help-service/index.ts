import { defineFeature } from '../../core/feature';
import { HelpService } from './help-service.entity';
import { HelpServiceResolver } from './help-service.resolver';
import { HelpServiceService } from './help-service.service';
import { helpServiceLoaders } from './help-service.loaders';
import { HELP_SERVICE_MUTATIONS } from './help-service.rules';

/** The help service feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'helpService',
  entities: [HelpService],
  resolvers: [HelpServiceResolver],
  nodes: { HelpService: 'helpService' },
  loaders: helpServiceLoaders,
  mutations: HELP_SERVICE_MUTATIONS,
  services: ({ data, runner }) => [new HelpServiceService(data, runner)],
});
