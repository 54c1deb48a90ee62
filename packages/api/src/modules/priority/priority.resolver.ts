import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Pillar } from '../pillar/pillar.entity';
import { Objective } from '../objective/objective.entity';
import { ObjectiveConnection } from '../objective/objective.resolver';
import { Priority } from './priority.entity';
import { CreatePriorityInput, PriorityFilter, UpdatePriorityInput } from './priority.inputs';
import { PriorityService } from './priority.service';
import { PriorityMutation } from './priority.rules';

@ObjectType()
export class PriorityConnection extends Connection(Priority) {}

@ObjectType()
export class PriorityPayload extends Payload(Priority) {}

@Resolver(() => Priority)
export class PriorityResolver {
  constructor(private readonly priorityService: PriorityService) {}

  @Query(() => PriorityConnection)
  priorities(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PriorityFilter, { nullable: true }) filter: PriorityFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.priorityService.list(ctx, filter, page);
  }

  @Query(() => Priority)
  priority(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.priorityService.get(ctx, id);
  }

  @PriorityMutation('createPriority', () => PriorityPayload, { nullable: true, description: 'Adds a local priority to a pillar.' })
  createPriority(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePriorityInput) input: CreatePriorityInput) {
    return this.priorityService.create(ctx, input);
  }

  @PriorityMutation('updatePriority', () => PriorityPayload, { nullable: true, description: 'Changes a priority, if it is still at expectedVersion.' })
  updatePriority(@Ctx() ctx: RequestContext, @Arg('input', () => UpdatePriorityInput) input: UpdatePriorityInput) {
    return this.priorityService.update(ctx, input);
  }

  @PriorityMutation('archivePriority', () => PriorityPayload, {
    nullable: true,
    description: 'Archives a priority: it leaves the lists but is kept, with its history.',
  })
  archivePriority(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.priorityService.archive(ctx, input);
  }

  @PriorityMutation('restorePriority', () => PriorityPayload, { nullable: true, description: 'Restores an archived priority.' })
  restorePriority(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.priorityService.restore(ctx, input);
  }

  @FieldResolver(() => Priority, { nullable: true, description: 'The priority of the earlier plan this one was carried from (rollOverPlan).' })
  carriedFrom(@Root() record: Priority, @Ctx() ctx: RequestContext) {
    return record.carriedFromId ? ctx.loaders.priority.load(record.carriedFromId) : null;
  }

  @FieldResolver(() => Pillar)
  async pillar(@Root() priority: Priority, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.pillar.load(priority.pillarId), 'pillar');
  }

  @FieldResolver(() => ObjectiveConnection)
  async objectives(@Root() priority: Priority, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return connectionFromArray<Objective>(await ctx.loaders.objectivesByPriority.load(priority.id), page);
  }
}
