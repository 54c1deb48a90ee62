import { defineFeature } from '../../core/feature';
import { AgencyService } from '../agency/agency.service';
import { Risk } from './risk.entity';
import { ActionRisksResolver, RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';
import { riskLoaders } from './risk.loaders';
import { RISK_MUTATIONS } from './risk.rules';

/** The risk feature: risks to actions, with their ratings, owner and mitigation (see core/feature.ts). */
export const feature = defineFeature({
  name: 'risk',
  entities: [Risk],
  resolvers: [RiskResolver, ActionRisksResolver],
  nodes: { Risk: 'risk' },
  loaders: riskLoaders,
  mutations: RISK_MUTATIONS,
  // A risk is in the scope of its action: pillar leads of the action's pillar, editors of its agencies.
  scopeParents: { Risk: { entity: Risk, column: 'actionId', type: 'Action' } },
  services: ({ data, runner, get }) => [new RiskService(data, get(AgencyService), runner)],
});
