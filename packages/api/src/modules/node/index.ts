import { defineFeature } from '../../core/feature';
import { NodeResolver } from './node.resolver';

/** The node feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'node',
  resolvers: [NodeResolver],
});
