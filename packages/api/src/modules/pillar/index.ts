import { defineFeature } from '../../core/feature';
import { Pillar } from './pillar.entity';
import { PillarResolver } from './pillar.resolver';
import { PillarService } from './pillar.service';
import { pillarLoaders } from './pillar.loaders';
import { PILLAR_MUTATIONS } from './pillar.rules';

/** The pillar feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'pillar',
  entities: [Pillar],
  resolvers: [PillarResolver],
  nodes: { Pillar: 'pillar' },
  loaders: pillarLoaders,
  mutations: PILLAR_MUTATIONS,
  services: ({ data, runner }) => [new PillarService(data, runner)],
});
