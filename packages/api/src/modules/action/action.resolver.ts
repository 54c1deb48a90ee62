import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { AgencyResponsibility } from '../../graphql/responsibility';
import { actionResponsibilities, distinctAgencies } from '../../loaders/responsibilities';
import { Objective } from '../objective/objective.entity';
import { Priority } from '../priority/priority.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Agency } from '../agency/agency.entity';
import { Action } from './action.entity';
import { ActionFilter } from './action.inputs';

@ObjectType()
export class ActionConnection extends Connection(Action) {}

@Resolver(() => Action)
export class ActionResolver {
  @Query(() => ActionConnection, { description: 'Actions in plan order, filtered.' })
  actions(@Ctx() ctx: RequestContext, @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return ctx.services.action.list(ctx, filter, page);
  }

  @Query(() => Action)
  action(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.action.get(ctx, id);
  }

  @FieldResolver(() => Objective)
  async objective(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.objective.load(action.objectiveId), 'objective');
  }

  @FieldResolver(() => Priority, { description: "Shortcut for objective.priority." })
  async priority(@Root() action: Action, @Ctx() ctx: RequestContext) {
    const objective = required(await ctx.loaders.objective.load(action.objectiveId), 'objective');
    return required(await ctx.loaders.priority.load(objective.priorityId), 'priority');
  }

  @FieldResolver(() => Pillar, { description: 'Shortcut for objective.priority.pillar.' })
  async pillar(@Root() action: Action, @Ctx() ctx: RequestContext) {
    const objective = required(await ctx.loaders.objective.load(action.objectiveId), 'objective');
    const priority = required(await ctx.loaders.priority.load(objective.priorityId), 'priority');
    return required(await ctx.loaders.pillar.load(priority.pillarId), 'pillar');
  }

  @FieldResolver(() => [AgencyResponsibility], { description: "The objective row's agencies, then any recorded on this action." })
  responsibilities(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return actionResponsibilities(ctx.loaders, action);
  }

  @FieldResolver(() => [Agency], { description: 'The distinct agencies responsible for this action.' })
  async agencies(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return distinctAgencies(await actionResponsibilities(ctx.loaders, action));
  }
}
