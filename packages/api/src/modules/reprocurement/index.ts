import { defineFeature } from '../../core/feature';
import { REPROCUREMENT_ERROR_REASONS } from './reprocurement.errors';
import { Reprocurement } from './reprocurement.entity';
import { ReprocurementResolver } from './reprocurement.resolver';
import { ReprocurementService } from './reprocurement.service';
import { reprocurementLoaders } from './reprocurement.loaders';
import { REPROCUREMENT_MUTATIONS } from './reprocurement.rules';

/** The reprocurement feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'reprocurement',
  entities: [Reprocurement],
  resolvers: [ReprocurementResolver],
  nodes: { Reprocurement: 'reprocurement' },
  loaders: reprocurementLoaders,
  mutations: REPROCUREMENT_MUTATIONS,
  errorReasons: [REPROCUREMENT_ERROR_REASONS],
  services: ({ data, runner }) => [new ReprocurementService(data, runner)],
});
