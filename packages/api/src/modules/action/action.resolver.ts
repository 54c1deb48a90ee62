import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { AgencyResponsibility } from '../../graphql/responsibility';
import { actionResponsibilities, distinctAgencies } from '../../loaders/responsibilities';
import { Objective } from '../objective/objective.entity';
import { Priority } from '../priority/priority.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Agency } from '../agency/agency.entity';
import { ProgressUpdate, Rag } from '../progress/progress.entity';
import { rollUpRag } from '../progress/progress.report';
import { latestCurrent, quarterRags } from '../progress/progress.series';
import { parseQuarter } from '../progress/quarter';
import { AddActionAgencyInput, RemoveActionAgencyInput } from '../agency/agency.inputs';
import { Action } from './action.entity';
import { ActionFilter, CreateActionInput, UpdateActionInput } from './action.inputs';
import { ActionService } from './action.service';
import { AgencyService } from '../agency/agency.service';
import { ActionMutation } from './action.rules';
import { AgencyMutation } from '../agency/agency.rules';

@ObjectType()
export class ActionConnection extends Connection(Action) {}

@ObjectType()
export class ActionPayload extends Payload(Action) {}

@Resolver(() => Action)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly agencyService: AgencyService,
  ) {}

  @Query(() => ActionConnection, { description: 'Actions in plan order, filtered.' })
  actions(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.actionService.list(ctx, filter, page);
  }

  @Query(() => Action)
  action(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.actionService.get(ctx, id);
  }

  @ActionMutation('createAction', () => ActionPayload, { nullable: true, description: 'Adds an action to an objective.' })
  createAction(@Ctx() ctx: RequestContext, @Arg('input', () => CreateActionInput) input: CreateActionInput) {
    return this.actionService.create(ctx, input);
  }

  @ActionMutation('updateAction', () => ActionPayload, { nullable: true, description: 'Changes an action, if it is still at expectedVersion.' })
  updateAction(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateActionInput) input: UpdateActionInput) {
    return this.actionService.update(ctx, input);
  }

  @ActionMutation('archiveAction', () => ActionPayload, {
    nullable: true,
    description: 'Archives an action: it leaves the lists but is kept, with its history.',
  })
  archiveAction(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.actionService.archive(ctx, input);
  }

  @ActionMutation('restoreAction', () => ActionPayload, { nullable: true, description: 'Restores an archived action.' })
  restoreAction(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.actionService.restore(ctx, input);
  }

  @AgencyMutation('addActionAgency', () => ActionPayload, {
    nullable: true,
    description:
      "Makes an agency responsible for one action, beyond its objective row's agencies. A link that already exists, or an archived agency, is BAD_USER_INPUT.",
  })
  addActionAgency(@Ctx() ctx: RequestContext, @Arg('input', () => AddActionAgencyInput) input: AddActionAgencyInput) {
    return this.agencyService.addActionAgency(ctx, input);
  }

  @AgencyMutation('removeActionAgency', () => ActionPayload, {
    nullable: true,
    description: "Removes an agency's responsibility recorded on the action; NOT_FOUND when there is no such link.",
  })
  removeActionAgency(@Ctx() ctx: RequestContext, @Arg('input', () => RemoveActionAgencyInput) input: RemoveActionAgencyInput) {
    return this.agencyService.removeActionAgency(ctx, input);
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The action of the earlier plan this one was carried from (rollOverPlan).' })
  carriedFrom(@Root() record: Action, @Ctx() ctx: RequestContext) {
    return record.carriedFromId ? ctx.loaders.action.load(record.carriedFromId) : null;
  }

  @FieldResolver(() => Objective)
  async objective(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.objective.load(action.objectiveId), 'objective');
  }

  @FieldResolver(() => Priority, { description: 'Shortcut for objective.priority.' })
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

  @FieldResolver(() => ProgressUpdate, {
    nullable: true,
    description:
      'The latest progress update that counts (state CURRENT: withdrawn and corrected ones do not): of the latest quarter reported on, the last recorded (a correction in the place of the update it corrects).',
  })
  async latestProgress(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return latestCurrent(await ctx.loaders.progressByAction.load(action.id));
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The lead agency: once it has posted for a quarter, its RAG is the action's quarter RAG (quarterRag).",
  })
  async leadAgency(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return action.leadAgencyId === null ? null : required(await ctx.loaders.agency.load(action.leadAgencyId), 'agency');
  }

  @FieldResolver(() => Rag, {
    nullable: true,
    description:
      "The action's RAG for a quarter (e.g. \"2024-25 Q2\"), rolled up from its agencies' latest updates in that quarter that count (withdrawn and corrected ones do not): the lead agency's RAG when it has one and it has posted, else the worst of them (RED < AMBER < GREEN; an update without an agency counts as one more); null when none was posted.",
  })
  async quarterRag(@Root() action: Action, @Ctx() ctx: RequestContext, @Arg('quarter', () => String) quarterArg: string) {
    const quarter = parseQuarter(quarterArg, 'quarter');
    return rollUpRag(quarterRags(await ctx.loaders.progressByAction.load(action.id), quarter), action.leadAgencyId);
  }

  @FieldResolver(() => [ProgressUpdate], {
    description: 'Every progress update, oldest first (by quarter, then as recorded), withdrawn and corrected ones too (ProgressUpdate.state).',
  })
  progress(@Root() action: Action, @Ctx() ctx: RequestContext) {
    return ctx.loaders.progressByAction.load(action.id);
  }
}
