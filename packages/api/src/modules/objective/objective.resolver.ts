import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { AgencyResponsibility } from '../../graphql/responsibility';
import { distinctAgencies, objectiveResponsibilities } from '../../loaders/responsibilities';
import { Priority } from '../priority/priority.entity';
import { Action } from '../action/action.entity';
import { ActionConnection } from '../action/action.resolver';
import { Agency } from '../agency/agency.entity';
import { Reprocurement } from '../reprocurement/reprocurement.entity';
import { Objective } from './objective.entity';
import { ObjectiveFilter } from './objective.inputs';

@ObjectType()
export class ObjectiveConnection extends Connection(Objective) {}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @Query(() => ObjectiveConnection)
  objectives(@Ctx() ctx: RequestContext, @Arg('filter', () => ObjectiveFilter, { nullable: true }) filter: ObjectiveFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return ctx.services.objective.list(ctx, filter, page);
  }

  @Query(() => Objective)
  objective(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.objective.get(ctx, id);
  }

  @FieldResolver(() => Priority)
  async priority(@Root() objective: Objective, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.priority.load(objective.priorityId), 'priority');
  }

  @FieldResolver(() => ActionConnection)
  async actions(@Root() objective: Objective, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    return connectionFromArray<Action>(await ctx.loaders.actionsByObjective.load(objective.id), page);
  }

  @FieldResolver(() => [AgencyResponsibility], { description: 'The responsible agencies as the plan lists them on this objective row, in order.' })
  responsibilities(@Root() objective: Objective, @Ctx() ctx: RequestContext) {
    return objectiveResponsibilities(ctx.loaders, objective.id);
  }

  @FieldResolver(() => [Agency], { description: 'The distinct responsible agencies.' })
  async agencies(@Root() objective: Objective, @Ctx() ctx: RequestContext) {
    return distinctAgencies(await objectiveResponsibilities(ctx.loaders, objective.id));
  }

  @FieldResolver(() => [Reprocurement], { description: 'Reprocurement deadlines listed under this objective.' })
  reprocurements(@Root() objective: Objective, @Ctx() ctx: RequestContext) {
    return ctx.loaders.reprocurementsByObjective.load(objective.id);
  }
}
