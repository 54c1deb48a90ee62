import { Arg, Args, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '../../context';
import { daysBetween } from '../../common/dates';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Objective } from '../objective/objective.entity';
import { Action } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { Reprocurement } from './reprocurement.entity';
import { CreateReprocurementInput, ReprocurementFilter, SetReprocurementStatusInput, UpdateReprocurementInput } from './reprocurement.inputs';
import { ReprocurementService } from './reprocurement.service';
import { ReprocurementMutation } from './reprocurement.rules';

@ObjectType()
export class ReprocurementConnection extends Connection(Reprocurement) {}

@ObjectType()
export class ReprocurementPayload extends Payload(Reprocurement) {}

@Resolver(() => Reprocurement)
export class ReprocurementResolver {
  constructor(private readonly reprocurementService: ReprocurementService) {}

  @Query(() => ReprocurementConnection, { description: 'Contracts to reprocure, by expiry date.' })
  reprocurements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReprocurementFilter, { nullable: true }) filter: ReprocurementFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.reprocurementService.list(ctx, filter, page);
  }

  @Query(() => Reprocurement)
  reprocurement(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.reprocurementService.get(ctx, id);
  }

  @ReprocurementMutation('createReprocurement', () => ReprocurementPayload, { nullable: true, description: 'Adds a contract to reprocure under an objective.' })
  createReprocurement(@Ctx() ctx: RequestContext, @Arg('input', () => CreateReprocurementInput) input: CreateReprocurementInput) {
    return this.reprocurementService.create(ctx, input);
  }

  @ReprocurementMutation('updateReprocurement', () => ReprocurementPayload, {
    nullable: true,
    description: 'Corrects a reprocurement, if it is still at expectedVersion; its status changes through setReprocurementStatus.',
  })
  updateReprocurement(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateReprocurementInput) input: UpdateReprocurementInput) {
    return this.reprocurementService.update(ctx, input);
  }

  @ReprocurementMutation('setReprocurementStatus', () => ReprocurementPayload, {
    nullable: true,
    description: 'Sets the status of a reprocurement and, where it changes, its expiry date (EXTENDED needs a later one).',
  })
  setReprocurementStatus(@Ctx() ctx: RequestContext, @Arg('input', () => SetReprocurementStatusInput) input: SetReprocurementStatusInput) {
    return this.reprocurementService.setStatus(ctx, input);
  }

  @ReprocurementMutation('archiveReprocurement', () => ReprocurementPayload, {
    nullable: true,
    description: 'Archives a reprocurement: it leaves the lists but is kept, with its history.',
  })
  archiveReprocurement(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.reprocurementService.archive(ctx, input);
  }

  @ReprocurementMutation('restoreReprocurement', () => ReprocurementPayload, { nullable: true, description: 'Restores an archived reprocurement.' })
  restoreReprocurement(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.reprocurementService.restore(ctx, input);
  }

  @FieldResolver(() => Boolean, {
    description: "Still open (not started or in progress) and past its expiry date on asOf (default: the list's filter.asOf, else today).",
  })
  overdue(@Root() r: Reprocurement, @Ctx() ctx: RequestContext, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null) {
    return this.reprocurementService.isOverdue(r, this.reprocurementService.asOfFor(ctx, r, asOf));
  }

  @FieldResolver(() => Int, { description: "Days from asOf (default: the list's filter.asOf, else today) to the expiry date; negative once expired." })
  daysUntilExpiry(@Root() r: Reprocurement, @Ctx() ctx: RequestContext, @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null) {
    return daysBetween(this.reprocurementService.asOfFor(ctx, r, asOf), r.expiryDate);
  }

  @FieldResolver(() => Objective)
  async objective(@Root() r: Reprocurement, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.objective.load(r.objectiveId), 'objective');
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The plan bullet this deadline was written as.' })
  action(@Root() r: Reprocurement, @Ctx() ctx: RequestContext) {
    return r.actionId ? ctx.loaders.action.load(r.actionId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency responsible for reprocuring it.' })
  agency(@Root() r: Reprocurement, @Ctx() ctx: RequestContext) {
    return r.agencyId ? ctx.loaders.agency.load(r.agencyId) : null;
  }
}
