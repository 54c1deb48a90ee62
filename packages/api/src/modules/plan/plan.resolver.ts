import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Partnership } from '../partnership/partnership.entity';
import { Pillar } from '../pillar/pillar.entity';
import { PillarConnection } from '../pillar/pillar.resolver';
import { NationalOutcome } from '../outcome/outcome.entity';
import { Plan, PlanKind } from './plan.entity';
import { PlanFilter } from './plan.inputs';
import { PlanService } from './plan.service';

@ObjectType()
export class PlanConnection extends Connection(Plan) {}

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
