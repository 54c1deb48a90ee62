import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Pillar } from '../pillar/pillar.entity';
import { Objective } from '../objective/objective.entity';
import { ObjectiveConnection } from '../objective/objective.resolver';
import { Priority } from './priority.entity';
import { PriorityFilter } from './priority.inputs';

@ObjectType()
export class PriorityConnection extends Connection(Priority) {}

@Resolver(() => Priority)
export class PriorityResolver {
  @Query(() => PriorityConnection)
  priorities(@Ctx() ctx: RequestContext, @Arg('filter', () => PriorityFilter, { nullable: true }) filter: PriorityFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return ctx.services.priority.list(ctx, filter, page);
  }

  @Query(() => Priority)
  priority(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.priority.get(ctx, id);
  }

  @FieldResolver(() => Pillar)
  async pillar(@Root() priority: Priority, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.pillar.load(priority.pillarId), 'pillar');
  }

  @FieldResolver(() => ObjectiveConnection)
  async objectives(@Root() priority: Priority, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    return connectionFromArray<Objective>(await ctx.loaders.objectivesByPriority.load(priority.id), page);
  }
}
