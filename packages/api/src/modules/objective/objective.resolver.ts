import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { rolesFor } from '../../auth/policy';
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

@ObjectType()
export class ObjectiveConnection extends Connection(Objective) {}

@ObjectType()
export class ObjectivePayload extends Payload(Objective) {}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @Query(() => ObjectiveConnection)
  objectives(@Ctx() ctx: RequestContext, @Arg('filter', () => ObjectiveFilter, { nullable: true }) filter: ObjectiveFilter | null, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    return ctx.services.objective.list(ctx, filter, page);
  }

  @Query(() => Objective)
  objective(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ctx.services.objective.get(ctx, id);
  }

  @Authorized(...rolesFor('createObjective'))
  @Mutation(() => ObjectivePayload, { nullable: true, description: 'Adds an objective to a priority.' })
  createObjective(@Ctx() ctx: RequestContext, @Arg('input', () => CreateObjectiveInput) input: CreateObjectiveInput) {
    return ctx.services.objective.create(ctx, input);
  }

  @Authorized(...rolesFor('updateObjective'))
  @Mutation(() => ObjectivePayload, { nullable: true, description: 'Changes an objective, if it is still at expectedVersion.' })
  updateObjective(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateObjectiveInput) input: UpdateObjectiveInput) {
    return ctx.services.objective.update(ctx, input);
  }

  @Authorized(...rolesFor('archiveObjective'))
  @Mutation(() => ObjectivePayload, { nullable: true, description: 'Archives an objective: it leaves the lists but is kept, with its history.' })
  archiveObjective(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return ctx.services.objective.archive(ctx, input);
  }

  @Authorized(...rolesFor('restoreObjective'))
  @Mutation(() => ObjectivePayload, { nullable: true, description: 'Restores an archived objective.' })
  restoreObjective(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return ctx.services.objective.restore(ctx, input);
  }

  @Authorized(...rolesFor('addObjectiveAgency'))
  @Mutation(() => ObjectivePayload, { nullable: true, description: 'Makes an agency responsible for an objective. A link that already exists, or an archived agency, is BAD_USER_INPUT.' })
  addObjectiveAgency(@Ctx() ctx: RequestContext, @Arg('input', () => AddObjectiveAgencyInput) input: AddObjectiveAgencyInput) {
    return ctx.services.agency.addObjectiveAgency(ctx, input);
  }

  @Authorized(...rolesFor('removeObjectiveAgency'))
  @Mutation(() => ObjectivePayload, { nullable: true, description: "Removes an agency's responsibility for an objective; NOT_FOUND when there is no such link." })
  removeObjectiveAgency(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveObjectiveAgencyInput) input: RemoveObjectiveAgencyInput) {
    return ctx.services.agency.removeObjectiveAgency(ctx, input);
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
