import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AppError, ErrorCode } from '../../common/errors';
import { Connection, connectionFromArray, PageArgs } from '../../graphql/connection';
import { Objective } from '../objective/objective.entity';
import { ObjectiveConnection } from '../objective/objective.resolver';
import { Action } from '../action/action.entity';
import { ActionConnection } from '../action/action.resolver';
import { Agency } from './agency.entity';
import { AgencyFilter } from './agency.inputs';

@ObjectType()
export class AgencyConnection extends Connection(Agency) {}

function live<T extends { archivedAt: Date | null }>(rows: Array<T | null | Error>): T[] {
  return rows.filter((r): r is T => !!r && !(r instanceof Error) && r.archivedAt === null);
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Canonical agencies, by name.' })
  agencies(@Ctx() ctx: RequestContext, @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return ctx.services.agency.list(ctx, filter, page);
  }

  @Query(() => Agency, { description: 'One agency by ID, or by name, short name or any alias (case-insensitive).' })
  agency(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { nullable: true }) id: string | null, @Arg('name', () => String, { nullable: true }) name: string | null) {
    if (id && name) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give either argument "id" or argument "name", not both.', { argument: 'id' });
    if (id) return ctx.services.agency.get(ctx, id);
    if (name) return ctx.services.agency.resolve(ctx, name, 'name');
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Argument "id" or argument "name" is required.', { argument: 'id' });
  }

  @FieldResolver(() => [String], { description: 'Every other name the plan or partners use for this agency.' })
  async aliases(@Root() agency: Agency, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.aliasesByAgency.load(agency.id)).map((a) => a.alias);
  }

  @FieldResolver(() => ObjectiveConnection, { description: 'Objectives this agency is listed as responsible for.' })
  async objectives(@Root() agency: Agency, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    const links = await ctx.loaders.objectiveLinksByAgency.load(agency.id);
    return connectionFromArray<Objective>(live(await ctx.loaders.objective.loadMany(links.map((l) => l.objectiveId))), page);
  }

  @FieldResolver(() => ActionConnection, { description: "Actions this agency is responsible for: its objectives' actions and actions assigned to it directly." })
  async actions(@Root() agency: Agency, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    const [objectiveLinks, actionLinks] = await Promise.all([ctx.loaders.objectiveLinksByAgency.load(agency.id), ctx.loaders.actionLinksByAgency.load(agency.id)]);
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
