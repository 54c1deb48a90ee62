import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { Payload } from '../../graphql/mutation';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import { ProgressUpdate } from '../progress/progress.entity';
import { ReportingRound, RoundSignOff } from './round.entity';
import { CloseRoundInput, OpenRoundInput, SignOffPillarInput } from './round.inputs';
import { roundKey } from './round.ref';
import { RoundMutation } from './round.rules';
import { RoundService } from './round.service';
import { PlanSnapshotType } from './round.snapshot-types';
import { ChaseList } from './round.chase';
import { PlanDiffResult, toPlanDiffResult } from './round.diff.types';

@ObjectType()
export class ReportingRoundConnection extends Connection(ReportingRound) {}

@ObjectType()
export class ReportingRoundPayload extends Payload(ReportingRound) {}

@ObjectType()
export class RoundSignOffPayload extends Payload(RoundSignOff) {}

@ObjectType({ description: "A pillar of the round's plan and whether it is signed off in the round." })
export class RoundPillarStatus {
  @Field(() => Pillar)
  pillar!: Pillar;

  @Field()
  signedOff!: boolean;

  @Field(() => RoundSignOff, { nullable: true })
  signOff!: RoundSignOff | null;
}

const ROUND_REF = 'The round: its ID, or its key "2024-25Q2" (also "2024-25 Q2").';

@Resolver(() => ReportingRound)
export class RoundResolver {
  constructor(private readonly roundService: RoundService) {}

  @Query(() => ReportingRound, { description: 'One reporting round, by ID or by key ("2024-25Q2").' })
  round(@Ctx() ctx: RequestContext, @Arg('ref', () => String, { description: ROUND_REF }) ref: string) {
    return this.roundService.get(ctx, ref, 'ref');
  }

  @Query(() => ReportingRoundConnection, { description: "Reporting rounds, latest quarter first: a plan's, or every plan's." })
  rounds(
    @Ctx() ctx: RequestContext,
    @Arg('planId', () => ID, { nullable: true }) planId: string | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.roundService.list(ctx, planId, page);
  }

  @Query(() => ChaseList, {
    description:
      "Who to chase for a round: per agency responsible for a live action of the plan with no update of its own for the round's quarter, those actions, the agency's contact and the days to the deadline. One request, a fixed number of statements.",
  })
  chaseList(@Ctx() ctx: RequestContext, @Arg('round', () => String, { description: ROUND_REF }) round: string) {
    return this.roundService.chaseList(ctx, round);
  }

  @Query(() => PlanDiffResult, {
    description:
      "What changed between two snapshots of a plan: actions added, removed, reworded (before and after), RAG and status movements, new measure values, reprocurements that moved. Each end is a round (its ID or key \"2024-25Q2\": a CLOSED round's stored snapshot, an OPEN round's draft) or a plan's ID (the plan read live, for the quarter of its latest closed round, else the quarter holding today within the plan's period). Between two plans an action matches the one it was carried from.",
  })
  async planDiff(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'The earlier end: a round (ID or key "2024-25Q1") or a plan\'s ID.' }) from: string,
    @Arg('to', () => String, { description: 'The later end: a round (ID or key "2024-25Q2") or a plan\'s ID.' }) to: string,
  ): Promise<PlanDiffResult> {
    return toPlanDiffResult(await this.roundService.planDiff(ctx, from, to));
  }

  @RoundMutation('openRound', () => ReportingRoundPayload, {
    nullable: true,
    description:
      "Opens a plan quarter's reporting round (the coordinator): agencies post their updates until the deadline, pillar leads sign off, then closeRound. Once a plan has a round, progress is accepted only for quarters whose round is open (see ReportingRound).",
  })
  openRound(@Ctx() ctx: RequestContext, @Arg('input', () => OpenRoundInput) input: OpenRoundInput) {
    return this.roundService.open(ctx, input);
  }

  @RoundMutation('signOffPillar', () => RoundSignOffPayload, {
    nullable: true,
    description: "Signs off a pillar in an open round (its lead, or an admin): the pillar's updates for the quarter are final.",
  })
  signOffPillar(@Ctx() ctx: RequestContext, @Arg('input', () => SignOffPillarInput) input: SignOffPillarInput) {
    return this.roundService.signOff(ctx, input);
  }

  @RoundMutation('closeRound', () => ReportingRoundPayload, {
    nullable: true,
    description:
      'Closes a round once every pillar of its plan is signed off (else CONFLICT, PILLARS_NOT_SIGNED_OFF), storing its snapshot: what the board saw.',
  })
  closeRound(@Ctx() ctx: RequestContext, @Arg('input', () => CloseRoundInput) input: CloseRoundInput) {
    return this.roundService.close(ctx, input);
  }

  @FieldResolver(() => String, { description: 'The round\'s key, e.g. "2024-25Q2": accepted wherever a round is asked for.' })
  key(@Root() round: ReportingRound): string {
    return roundKey(round);
  }

  @FieldResolver(() => Plan)
  async plan(@Root() round: ReportingRound, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.plan.load(round.planId), 'plan');
  }

  @FieldResolver(() => [RoundSignOff], { description: 'The sign-offs given, in order.' })
  signOffs(@Root() round: ReportingRound, @Ctx() ctx: RequestContext) {
    return ctx.loaders.signOffsByRound.load(round.id);
  }

  @FieldResolver(() => [RoundPillarStatus], { description: 'Every live pillar of the plan, in order, and whether it is signed off in this round.' })
  async pillars(@Root() round: ReportingRound, @Ctx() ctx: RequestContext): Promise<RoundPillarStatus[]> {
    const [pillars, signOffs] = await Promise.all([ctx.loaders.pillarsByPlan.load(round.planId), ctx.loaders.signOffsByRound.load(round.id)]);
    return pillars.map((pillar) => {
      const signOff = signOffs.find((s) => s.pillarId === pillar.id) ?? null;
      return { pillar, signedOff: signOff !== null, signOff };
    });
  }

  @FieldResolver(() => PlanSnapshotType, {
    nullable: true,
    description:
      'What the board saw: the plan as it stood for the quarter when the round closed, stored then and never changed. Null while the round is OPEN (see draftSnapshot).',
  })
  snapshot(@Root() round: ReportingRound) {
    return this.roundService.storedSnapshot(round);
  }

  @FieldResolver(() => PlanSnapshotType, {
    nullable: true,
    description: 'For an OPEN round, the snapshot as it would be if the round closed now, built from live data (a draft); null once CLOSED.',
  })
  draftSnapshot(@Root() round: ReportingRound, @Ctx() ctx: RequestContext) {
    return this.roundService.draftSnapshot(ctx, round);
  }
}

@Resolver(() => RoundSignOff)
export class RoundSignOffResolver {
  @FieldResolver(() => ReportingRound)
  async round(@Root() s: RoundSignOff, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.reportingRound.load(s.roundId), 'round');
  }

  @FieldResolver(() => Pillar)
  async pillar(@Root() s: RoundSignOff, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.pillar.load(s.pillarId), 'pillar');
  }
}

/** ProgressUpdate.round: the round feature's field on progress updates. */
@Resolver(() => ProgressUpdate)
export class ProgressUpdateRoundResolver {
  @FieldResolver(() => ReportingRound, { nullable: true, description: 'The reporting round it was posted in; null when its plan used no rounds then.' })
  async round(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext) {
    return update.roundId === null ? null : ctx.loaders.reportingRound.load(update.roundId);
  }
}
