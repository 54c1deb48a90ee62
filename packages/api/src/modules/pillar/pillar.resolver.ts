import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Plan } from '../plan/plan.entity';
import { Priority } from '../priority/priority.entity';
import { PriorityConnection } from '../priority/priority.resolver';
import { NationalOutcome } from '../outcome/outcome.entity';
import { Pillar } from './pillar.entity';
import { PillarFilter } from './pillar.inputs';
import { PillarService } from './pillar.service';

@ObjectType()
export class PillarConnection extends Connection(Pillar) {}

@Resolver(() => Pillar)
export class PillarResolver {
  constructor(private readonly pillarService: PillarService) {}

  @Query(() => PillarConnection)
  pillars(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PillarFilter, { nullable: true }) filter: PillarFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.pillarService.list(ctx, filter, page);
  }

  @Query(() => Pillar)
  pillar(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.pillarService.get(ctx, id);
  }

  @FieldResolver(() => Plan)
  async plan(@Root() pillar: Pillar, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.plan.load(pillar.planId), 'plan');
  }

  @FieldResolver(() => PriorityConnection)
  async priorities(@Root() pillar: Pillar, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return connectionFromArray<Priority>(await ctx.loaders.prioritiesByPillar.load(pillar.id), page);
  }

  @FieldResolver(() => [NationalOutcome], { description: 'The national outcomes the strategy lists under this pillar.' })
  nationalOutcomes(@Root() pillar: Pillar, @Ctx() ctx: RequestContext) {
    return ctx.loaders.outcomesByPillar.load(pillar.id);
  }
}
