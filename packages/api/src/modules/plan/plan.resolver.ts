import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Payload } from '../../graphql/mutation';
import { PlanMutation } from './plan.rules';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Partnership } from '../partnership/partnership.entity';
import { Pillar } from '../pillar/pillar.entity';
import { PillarConnection } from '../pillar/pillar.resolver';
import { NationalOutcome } from '../outcome/outcome.entity';
import { Plan, PlanKind } from './plan.entity';
import { AgreePlanInput, CreatePlanInput, PlanFilter, RollOverPlanInput, UpdatePlanInput } from './plan.inputs';
import { PlanService } from './plan.service';

@ObjectType()
export class PlanConnection extends Connection(Plan) {}

@ObjectType()
export class PlanPayload extends Payload(Plan) {}

@Resolver(() => Plan)
export class PlanResolver {
  constructor(private readonly planService: PlanService) {}

  @Query(() => PlanConnection, { description: 'Strategies and delivery plans, newest period first.' })
  plans(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PlanFilter, { nullable: true }) filter: PlanFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.planService.list(ctx, filter, page);
  }

  @Query(() => Plan, { description: 'One plan by ID, or by kind and period label; with no arguments, the current delivery plan.' })
  plan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('kind', () => PlanKind, { nullable: true }) kind: PlanKind | null,
    @Arg('periodLabel', () => String, { nullable: true, description: 'e.g. "2024-25"; at most 50 characters.' }) periodLabel: string | null,
  ) {
    return this.planService.get(ctx, { id, kind, periodLabel });
  }

  @PlanMutation('createPlan', () => PlanPayload, { nullable: true, description: 'Adds a DRAFT plan: a strategy, or a delivery plan (of a strategy).' })
  createPlan(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePlanInput) input: CreatePlanInput) {
    return this.planService.create(ctx, input);
  }

  @PlanMutation('updatePlan', () => PlanPayload, { nullable: true, description: "Changes a plan's title or summary, if it is still at expectedVersion." })
  updatePlan(@Ctx() ctx: RequestContext, @Arg('input', () => UpdatePlanInput) input: UpdatePlanInput) {
    return this.planService.update(ctx, input);
  }

  @PlanMutation('agreePlan', () => PlanPayload, {
    nullable: true,
    description:
      'Records that a DRAFT plan was agreed (agreedOn, agreedBy): it becomes AGREED and its wording is locked (admins only may amend it, audited as AMEND). The plan it was rolled over from, if AGREED, becomes SUPERSEDED.',
  })
  agreePlan(@Ctx() ctx: RequestContext, @Arg('input', () => AgreePlanInput) input: AgreePlanInput) {
    return this.planService.agree(ctx, input);
  }

  @PlanMutation('rollOverPlan', () => PlanPayload, {
    nullable: true,
    description:
      "Starts the next period's delivery plan, DRAFT, from an existing one (left untouched): its pillars, priorities and objectives, and every action not COMPLETED or CANCELLED (reset to NOT_STARTED, due at the new period's end), each with carriedFrom, the agencies responsible kept. One transaction; every new record audited as a CREATE of rollOverPlan.",
  })
  rollOverPlan(@Ctx() ctx: RequestContext, @Arg('input', () => RollOverPlanInput) input: RollOverPlanInput) {
    return this.planService.rollOver(ctx, input);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan this one was rolled over from (rollOverPlan).' })
  carriedFrom(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.carriedFromId ? ctx.loaders.plan.load(plan.carriedFromId) : null;
  }

  @FieldResolver(() => Partnership)
  async partnership(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.partnership.load(plan.partnershipId), 'partnership');
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'For a delivery plan: the strategy it delivers.' })
  strategy(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return plan.strategyId ? ctx.loaders.plan.load(plan.strategyId) : null;
  }

  @FieldResolver(() => PillarConnection)
  async pillars(@Root() plan: Plan, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return connectionFromArray<Pillar>(await ctx.loaders.pillarsByPlan.load(plan.id), page);
  }

  @FieldResolver(() => [NationalOutcome], { description: 'For a strategy: the national outcomes of its outcomes framework.' })
  nationalOutcomes(@Root() plan: Plan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.outcomesByPlan.load(plan.id);
  }
}
