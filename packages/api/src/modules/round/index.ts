import { defineFeature } from '../../core/feature';
import { PlanService } from '../plan/plan.service';
import { ProgressService } from '../progress/progress.service';
import { ReportingRound, RoundSignOff } from './round.entity';
import { ROUND_ERROR_REASONS } from './round.errors';
import { roundLoaders } from './round.loaders';
import { ProgressUpdateRoundResolver, RoundResolver, RoundSignOffResolver } from './round.resolver';
import { ROUND_MUTATIONS } from './round.rules';
import { RoundService } from './round.service';

/** The reporting-round feature: a plan quarter's round, its sign-offs, its snapshot, and the gate on progress (round.gate.ts). */
export const feature = defineFeature({
  name: 'round',
  entities: [ReportingRound, RoundSignOff],
  resolvers: [RoundResolver, RoundSignOffResolver, ProgressUpdateRoundResolver],
  nodes: { ReportingRound: 'reportingRound', RoundSignOff: 'roundSignOff' },
  loaders: roundLoaders,
  mutations: ROUND_MUTATIONS,
  errorReasons: [ROUND_ERROR_REASONS],
  // A sign-off is in the scope of its pillar.
  scopeParents: { RoundSignOff: { entity: RoundSignOff, column: 'pillarId', type: 'Pillar' } },
  services: ({ data, runner, get, settings }) => [new RoundService(data, get(PlanService), get(ProgressService), runner, settings.lateUpdates)],
});
