import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Plan } from '../plan/plan.entity';
import { Priority } from '../priority/priority.entity';
import { PriorityConnection } from '../priority/priority.resolver';
import { NationalOutcome } from '../outcome/outcome.entity';
import { Pillar } from './pillar.entity';
import { CreatePillarInput, PillarFilter, UpdatePillarInput } from './pillar.inputs';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { PillarMutation } from './pillar.rules';
import { PillarService } from './pillar.service';

@ObjectType()
export class PillarConnection extends Connection(Pillar) {}

@ObjectType()
export class PillarPayload extends Payload(Pillar) {}

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

  @PillarMutation('createPillar', () => PillarPayload, { nullable: true, description: 'Adds a pillar to a plan.' })
  createPillar(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePillarInput) input: CreatePillarInput) {
    return this.pillarService.create(ctx, input);
  }

  @PillarMutation('updatePillar', () => PillarPayload, {
    nullable: true,
    description:
      "Changes a pillar, if it is still at expectedVersion. Once its plan is AGREED, its wording (name, headingInPlan, vision) is an admin's amendment.",
  })
  updatePillar(@Ctx() ctx: RequestContext, @Arg('input', () => UpdatePillarInput) input: UpdatePillarInput) {
    return this.pillarService.update(ctx, input);
  }

  @PillarMutation('archivePillar', () => PillarPayload, {
    nullable: true,
    description: 'Archives a pillar: it leaves the lists but is kept, with its history.',
  })
  archivePillar(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.pillarService.archive(ctx, input);
  }

  @PillarMutation('restorePillar', () => PillarPayload, { nullable: true, description: 'Restores an archived pillar.' })
  restorePillar(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.pillarService.restore(ctx, input);
  }

  @FieldResolver(() => Pillar, { nullable: true, description: 'The pillar of the earlier plan this one was carried from (rollOverPlan).' })
  carriedFrom(@Root() pillar: Pillar, @Ctx() ctx: RequestContext) {
    return pillar.carriedFromId ? ctx.loaders.pillar.load(pillar.carriedFromId) : null;
  }

  @FieldResolver(() => Plan)
  async plan(@Root() pillar: Pillar, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.plan.load(pillar.planId), 'plan');
  }

  @FieldResolver(() => PriorityConnection)
  async priorities(@Root() pillar: Pillar, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return connectionFromArray<Priority>(await ctx.loaders.prioritiesByPillar.load(pillar.id), page);
  }

  @FieldResolver(() => [NationalOutcome], {
    description:
      "The national outcomes the strategy lists under this pillar. They belong to the strategy, not to a delivery plan: a pillar carried from an earlier plan (rollOverPlan) also has those listed under the pillars it was carried from, the earliest's first.",
  })
  async nationalOutcomes(@Root() pillar: Pillar, @Ctx() ctx: RequestContext) {
    const chain: number[] = [pillar.id];
    let earlier = pillar.carriedFromId;
    while (earlier !== null && chain.length < 100) {
      const at = await ctx.loaders.pillar.load(earlier);
      if (!at) break;
      chain.unshift(at.id);
      earlier = at.carriedFromId;
    }
    return (await Promise.all(chain.map((id) => ctx.loaders.outcomesByPillar.load(id)))).flat();
  }
}
