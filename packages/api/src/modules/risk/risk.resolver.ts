import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Action } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { Risk } from './risk.entity';
import { CreateRiskInput, RiskFilter, UpdateRiskInput } from './risk.inputs';
import { RiskService } from './risk.service';
import { RiskMutation } from './risk.rules';
import { byScore } from './risk.score';

@ObjectType()
export class RiskConnection extends Connection(Risk) {}

@ObjectType()
export class RiskPayload extends Payload(Risk) {}

@Resolver(() => Risk)
export class RiskResolver {
  constructor(private readonly riskService: RiskService) {}

  @Query(() => RiskConnection, { description: 'Live risks, highest score first, then in the order they were recorded.' })
  risks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RiskFilter, { nullable: true }) filter: RiskFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.riskService.list(ctx, filter, page);
  }

  @Query(() => Risk, { description: 'One risk, archived or not.' })
  risk(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.riskService.get(ctx, id);
  }

  @RiskMutation('createRisk', () => RiskPayload, {
    nullable: true,
    description: 'Records a risk to an action. An owner agency that is archived is BAD_USER_INPUT.',
  })
  createRisk(@Ctx() ctx: RequestContext, @Arg('input', () => CreateRiskInput) input: CreateRiskInput) {
    return this.riskService.create(ctx, input);
  }

  @RiskMutation('updateRisk', () => RiskPayload, {
    nullable: true,
    description: 'Changes a risk, if it is still at expectedVersion: its ratings, owner, mitigation or status (CLOSED when it no longer applies).',
  })
  updateRisk(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateRiskInput) input: UpdateRiskInput) {
    return this.riskService.update(ctx, input);
  }

  @RiskMutation('archiveRisk', () => RiskPayload, {
    nullable: true,
    description: 'Archives a risk (one recorded in error): it leaves the lists but is kept, with its history.',
  })
  archiveRisk(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.riskService.archive(ctx, input);
  }

  @RiskMutation('restoreRisk', () => RiskPayload, { nullable: true, description: 'Restores an archived risk.' })
  restoreRisk(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.riskService.restore(ctx, input);
  }

  @FieldResolver(() => Action, { description: 'The action the risk threatens.' })
  async action(@Root() r: Risk, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.action.load(r.actionId), 'action');
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that owns the risk; null until one is named.' })
  ownerAgency(@Root() r: Risk, @Ctx() ctx: RequestContext) {
    return r.ownerAgencyId ? ctx.loaders.agency.load(r.ownerAgencyId) : null;
  }
}

/** Action.risks: the risk feature's field on the action type, declared here so that the action feature knows nothing of risks. */
@Resolver(() => Action)
export class ActionRisksResolver {
  @FieldResolver(() => [Risk], { description: 'The live risks to this action, highest score first (one statement for all the actions of a request).' })
  async risks(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return [...(await ctx.loaders.risksByAction.load(action.id))].sort(byScore);
  }
}
