import { defineFeature } from '../../core/feature';
import { Partnership } from './partnership.entity';
import { PartnershipResolver } from './partnership.resolver';
import { partnershipLoaders } from './partnership.loaders';

/** The partnership feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'partnership',
  entities: [Partnership],
  resolvers: [PartnershipResolver],
  orphanedTypes: [Partnership],
  nodes: { Partnership: 'partnership' },
  loaders: partnershipLoaders,
});
