import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { PageArgs } from '../../graphql/connection';
import { Payload } from '../../graphql/mutation';
import { Action } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { ActionConnection } from '../action/action.resolver';
import { ActorKind } from '../../auth/actor';
import { ProgressUpdate, ProgressUpdateState } from './progress.entity';
import { CorrectProgressUpdateInput, ProgressQuarterArgs, RecordProgressInput, WithdrawProgressUpdateInput } from './progress.inputs';
import { stateOf } from './progress.series';
import { ProgressReport } from './progress.report';
import { ProgressService } from './progress.service';
import { ProgressMutation } from './progress.rules';

@ObjectType()
export class ProgressUpdatePayload extends Payload(ProgressUpdate) {}

@Resolver(() => ProgressUpdate)
export class ProgressResolver {
  constructor(private readonly progressService: ProgressService) {}

  @ProgressMutation('recordProgress', () => ProgressUpdatePayload, {
    nullable: true,
    description:
      'Records a quarterly progress update on an action. Updates are kept as a series; the action takes the status of its latest (by quarter, then as recorded).',
  })
  recordProgress(@Ctx() ctx: RequestContext, @Arg('input', () => RecordProgressInput) input: RecordProgressInput) {
    return this.progressService.record(ctx, input);
  }

  @ProgressMutation('correctProgressUpdate', () => ProgressUpdatePayload, {
    nullable: true,
    description:
      "Corrects a progress update with a reason: records a new update (same action, agency and quarter) with the values given and the original's for the rest, as its correction (correctionOf); the original keeps its values, becomes CORRECTED (correctedBy) and no longer counts. Returns the correction. An agency's key corrects its own agency's updates only; an update already corrected or withdrawn is a CONFLICT.",
  })
  correctProgressUpdate(@Ctx() ctx: RequestContext, @Arg('input', () => CorrectProgressUpdateInput) input: CorrectProgressUpdateInput) {
    return this.progressService.correct(ctx, input);
  }

  @ProgressMutation('withdrawProgressUpdate', () => ProgressUpdatePayload, {
    nullable: true,
    description:
      "Withdraws a progress update with a reason: it keeps its values, becomes WITHDRAWN and no longer counts; when it was the action's latest, the action takes the status of its latest remaining update (NOT_STARTED if none). An agency's key withdraws its own agency's updates only; an update already corrected or withdrawn is a CONFLICT.",
  })
  withdrawProgressUpdate(@Ctx() ctx: RequestContext, @Arg('input', () => WithdrawProgressUpdateInput) input: WithdrawProgressUpdateInput) {
    return this.progressService.withdraw(ctx, input);
  }

  @Query(() => ProgressReport, { description: "A plan's progress for a quarter: its actions counted by RAG, overall and per pillar, priority and agency." })
  progressReport(@Ctx() ctx: RequestContext, @Args(() => ProgressQuarterArgs) args: ProgressQuarterArgs) {
    return this.progressService.report(ctx, args);
  }

  @Query(() => ActionConnection, { description: "The plan's live actions with no progress update for a quarter, in plan order." })
  actionsWithoutProgress(
    @Ctx() ctx: RequestContext,
    @Args(() => ProgressQuarterArgs) args: ProgressQuarterArgs,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.progressService.actionsWithoutProgress(ctx, args, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Who reported it: the name of the API key that recorded the update (a partner system, usually named after its agency) and the key's prefix. Shown only to callers with an API key; null for callers without one.",
  })
  reportedBy(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext): string | null {
    return ctx.actor.kind === ActorKind.ANONYMOUS ? null : update.reportedBy;
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description:
      'The responsible agency the update is for; null for an update on the action as a whole (seeded and earlier updates, or one an admin or pillar lead recorded without an agency).',
  })
  async agency(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext) {
    return update.agencyId === null ? null : required(await ctx.loaders.agency.load(update.agencyId), 'agency');
  }

  @FieldResolver(() => ProgressUpdateState, { description: 'CURRENT while the update counts; CORRECTED or WITHDRAWN once set aside (it stays in the series).' })
  state(@Root() update: ProgressUpdate): ProgressUpdateState {
    return stateOf(update);
  }

  @FieldResolver(() => ProgressUpdate, {
    nullable: true,
    description: 'The update this one corrects (correctProgressUpdate); null for an update that corrects none.',
  })
  correctionOf(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext) {
    return update.correctionOfId === null ? null : ctx.loaders.progressUpdate.load(update.correctionOfId);
  }

  @FieldResolver(() => ProgressUpdate, { nullable: true, description: 'The correction that replaced this update; null while it is not corrected.' })
  correctedBy(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext) {
    return update.correctedById === null ? null : ctx.loaders.progressUpdate.load(update.correctedById);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who withdrew the update (the API key's name and prefix, as reportedBy); null while it is not withdrawn, and for callers without an API key.",
  })
  withdrawnBy(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext): string | null {
    return ctx.actor.kind === ActorKind.ANONYMOUS ? null : update.withdrawnBy;
  }

  @FieldResolver(() => Action)
  async action(@Root() update: ProgressUpdate, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.action.load(update.actionId), 'action');
  }
}
