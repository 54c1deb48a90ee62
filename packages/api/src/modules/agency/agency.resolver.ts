import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { validationError } from '../../common/errors';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Objective } from '../objective/objective.entity';
import { ObjectiveConnection } from '../objective/objective.resolver';
import { Action } from '../action/action.entity';
import { ActionConnection } from '../action/action.resolver';
import { Agency } from './agency.entity';
import { AgencyFilter, CreateAgencyInput, MergeAgenciesInput, UpdateAgencyInput } from './agency.inputs';
import { AgencyService } from './agency.service';
import { AgencyMutation } from './agency.rules';
import { ActorKind } from '../../auth/actor';

@ObjectType()
export class AgencyConnection extends Connection(Agency) {}

@ObjectType()
export class AgencyPayload extends Payload(Agency) {}

function live<T extends { archivedAt: Date | null }>(rows: Array<T | null | Error>): T[] {
  return rows.filter((r): r is T => !!r && !(r instanceof Error) && r.archivedAt === null);
}

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(private readonly agencyService: AgencyService) {}

  @Query(() => AgencyConnection, { description: 'Canonical agencies, by name.' })
  agencies(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.agencyService.list(ctx, filter, page);
  }

  @Query(() => Agency, { description: 'One agency by ID, or by name, short name or any alias (case-insensitive).' })
  agency(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true, description: 'A name, short name or alias, any case; at most 200 characters.' }) name: string | null,
  ) {
    if (id && name) throw validationError([{ path: 'name', rule: 'exclusive', message: 'Give either argument "id" or argument "name", not both.' }]);
    if (id) return this.agencyService.get(ctx, id);
    if (name) return this.agencyService.resolve(ctx, name, 'name');
    throw validationError([{ path: 'id', rule: 'required', message: 'Argument "id" or argument "name" is required.' }]);
  }

  @AgencyMutation('createAgency', () => AgencyPayload, {
    nullable: true,
    description: 'Adds an agency. A name, short name or alias that already names another agency is BAD_USER_INPUT.',
  })
  createAgency(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAgencyInput) input: CreateAgencyInput) {
    return this.agencyService.create(ctx, input);
  }

  @AgencyMutation('updateAgency', () => AgencyPayload, {
    nullable: true,
    description: 'Changes an agency, if it is still at expectedVersion; aliases, when given, replace the set.',
  })
  updateAgency(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateAgencyInput) input: UpdateAgencyInput) {
    return this.agencyService.update(ctx, input);
  }

  @AgencyMutation('archiveAgency', () => AgencyPayload, {
    nullable: true,
    description: 'Archives an agency: it leaves the lists but is kept, with its history and responsibilities.',
  })
  archiveAgency(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.agencyService.archive(ctx, input);
  }

  @AgencyMutation('restoreAgency', () => AgencyPayload, { nullable: true, description: 'Restores an archived agency (not one merged into another).' })
  restoreAgency(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.agencyService.restore(ctx, input);
  }

  @AgencyMutation('mergeAgencies', () => AgencyPayload, {
    nullable: true,
    description:
      "Merges the source agency into the target, which is returned: the source's responsibilities, reprocurements, name, short name and aliases move to the target and the source is archived. Both must be live and at the versions given.",
  })
  mergeAgencies(@Ctx() ctx: RequestContext, @Arg('input', () => MergeAgenciesInput) input: MergeAgenciesInput) {
    return this.agencyService.merge(ctx, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The agency's contact for the plan (its lead): who a reporting round's chase list goes to. Shown only to callers with an API key; null for callers without one.",
  })
  contactName(@Root() a: Agency, @Ctx() ctx: RequestContext): string | null {
    return ctx.actor.kind === ActorKind.ANONYMOUS ? null : a.contactName;
  }

  @FieldResolver(() => String, { nullable: true, description: "The contact's email address; shown only to callers with an API key." })
  contactEmail(@Root() a: Agency, @Ctx() ctx: RequestContext): string | null {
    return ctx.actor.kind === ActorKind.ANONYMOUS ? null : a.contactEmail;
  }

  @FieldResolver(() => String, { nullable: true, description: "The contact's telephone number (UK); shown only to callers with an API key." })
  contactPhone(@Root() a: Agency, @Ctx() ctx: RequestContext): string | null {
    return ctx.actor.kind === ActorKind.ANONYMOUS ? null : a.contactPhone;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency this one was merged into (it is then archived).' })
  mergedInto(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return agency.mergedIntoId ? ctx.loaders.agency.load(agency.mergedIntoId) : null;
  }

  @FieldResolver(() => [String], { description: 'Every other name the plan or partners use for this agency.' })
  async aliases(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.aliasesByAgency.load(agency.id)).map((a) => a.alias);
  }

  @FieldResolver(() => ObjectiveConnection, { description: 'Objectives this agency is listed as responsible for.' })
  async objectives(@Root() agency: Agency, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    const links = await ctx.loaders.objectiveLinksByAgency.load(agency.id);
    return connectionFromArray<Objective>(live(await ctx.loaders.objective.loadMany(links.map((l) => l.objectiveId))), page);
  }

  @FieldResolver(() => ActionConnection, {
    description: "Actions this agency is responsible for: its objectives' actions and actions assigned to it directly.",
  })
  async actions(@Root() agency: Agency, @Ctx() ctx: RequestContext, @Args(() => PageArgs, { validate: false }) page: PageArgs) {
    const [objectiveLinks, actionLinks] = await Promise.all([
      ctx.loaders.objectiveLinksByAgency.load(agency.id),
      ctx.loaders.actionLinksByAgency.load(agency.id),
    ]);
    const [viaObjectives, direct] = await Promise.all([
      ctx.loaders.actionsByObjective.loadMany(objectiveLinks.map((l) => l.objectiveId)),
      ctx.loaders.action.loadMany(actionLinks.map((l) => l.actionId)),
    ]);
    const all = live<Action>([...viaObjectives.flatMap((r) => (r instanceof Error ? [] : r)), ...direct]);
    const seen = new Set<number>();
    const distinct = all.filter((a) => !seen.has(a.id) && seen.add(a.id));
    return connectionFromArray<Action>(distinct, page);
  }
}
