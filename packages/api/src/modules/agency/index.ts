import { defineFeature } from '../../core/feature';
import { AGENCY_ERROR_REASONS } from './agency.errors';
import { ActionAgency, Agency, AgencyAlias, ObjectiveAgency } from './agency.entity';
import { AgencyResolver } from './agency.resolver';
import { AgencyService } from './agency.service';
import { agencyLoaders } from './agency.loaders';
import { AGENCY_MUTATIONS } from './agency.rules';

/** The agency feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'agency',
  entities: [Agency, AgencyAlias, ObjectiveAgency, ActionAgency],
  resolvers: [AgencyResolver],
  nodes: { Agency: 'agency' },
  loaders: agencyLoaders,
  mutations: AGENCY_MUTATIONS,
  errorReasons: [AGENCY_ERROR_REASONS],
  services: ({ data, runner }) => [new AgencyService(data, runner)],
});
