import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { AgencyResponsibility } from '../../graphql/responsibility';
import { distinctAgencies, objectiveResponsibilities } from '../../loaders/responsibilities';
import { Priority } from '../priority/priority.entity';
import { Action } from '../action/action.entity';
import { ActionConnection } from '../action/action.resolver';
import { Agency } from '../agency/agency.entity';
import { Reprocurement } from '../reprocurement/reprocurement.entity';
import { Objective } from './objective.entity';
import { AddObjectiveAgencyInput, RemoveObjectiveAgencyInput } from '../agency/agency.inputs';
import { CreateObjectiveInput, ObjectiveFilter, UpdateObjectiveInput } from './objective.inputs';
import { AgencyService } from '../agency/agency.service';
import { ObjectiveService } from './objective.service';
import { AgencyMutation } from '../agency/agency.rules';
import { ObjectiveMutation } from './objective.rules';

@ObjectType()
export class ObjectiveConnection extends Connection(Objective) {}

@ObjectType()
export class ObjectivePayload extends Payload(Objective) {}

@Resolver(() => Objective)
export class ObjectiveResolver {
  constructor(
    private readonly agencyService: AgencyService,
    private readonly objectiveService: ObjectiveService,
  ) {}

  @Query(() => ObjectiveConnection)
  objectives(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ObjectiveFilter, { nullable: true }) filter: ObjectiveFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.objectiveService.list(ctx, filter, page);
  }

  @Query(() => Objective)
  objective(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.objectiveService.get(ctx, id);
  }

  @ObjectiveMutation('createObjective', () => ObjectivePayload, { nullable: true, description: 'Adds an objective to a priority.' })
  createObjective(@Ctx() ctx: RequestContext, @Arg('input', () => CreateObjectiveInput) input: CreateObjectiveInput) {
    return this.objectiveService.create(ctx, input);
  }

  @ObjectiveMutation('updateObjective', () => ObjectivePayload, { nullable: true, description: 'Changes an objective, if it is still at expectedVersion.' })
  updateObjective(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateObjectiveInput) input: UpdateObjectiveInput) {
    return this.objectiveService.update(ctx, input);
  }

  @ObjectiveMutation('archiveObjective', () => ObjectivePayload, {
    nullable: true,
    description: 'Archives an objective: it leaves the lists but is kept, with its history.',
  })
  archiveObjective(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.objectiveService.archive(ctx, input);
  }

  @ObjectiveMutation('restoreObjective', () => ObjectivePayload, { nullable: true, description: 'Restores an archived objective.' })
  restoreObjective(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.objectiveService.restore(ctx, input);
  }

  @AgencyMutation('addObjectiveAgency', () => ObjectivePayload, {
    nullable: true,
    description: 'Makes an agency responsible for an objective. A link that already exists, or an archived agency, is BAD_USER_INPUT.',
  })
  addObjectiveAgency(@Ctx() ctx: RequestContext, @Arg('input', () => AddObjectiveAgencyInput) input: AddObjectiveAgencyInput) {
    return this.agencyService.addObjectiveAgency(ctx, input);
  }

  @AgencyMutation('removeObjectiveAgency', () => ObjectivePayload, {
    nullable: true,
    description: "Removes an agency's responsibility for an objective; NOT_FOUND when there is no such link.",
  })
  removeObjectiveAgency(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveObjectiveAgencyInput) input: RemoveObjectiveAgencyInput) {
    return this.agencyService.removeObjectiveAgency(ctx, input);
  }

  @FieldResolver(() => Objective, { nullable: true, description: 'The objective of the earlier plan this one was carried from (rollOverPlan).' })
  carriedFrom(@Root() record: Objective, @Ctx() ctx: RequestContext) {
    return record.carriedFromId ? ctx.loaders.objective.load(record.carriedFromId) : null;
  }

  @FieldResolver(() => Priority)
  async priority(@Root() objective: Objective, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.priority.load(objective.priorityId), 'priority');
  }

  @FieldResolver(() => ActionConnection)
  async actions(@Root() objective: Objective, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
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
