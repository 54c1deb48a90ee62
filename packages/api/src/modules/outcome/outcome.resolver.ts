import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { required } from '../../common/required';
import { Connection, PageArgs } from '../../graphql/connection';
import { Payload, RecordVersionInput } from '../../graphql/mutation';
import { Plan } from '../plan/plan.entity';
import { Pillar } from '../pillar/pillar.entity';
import { MeasureValue, MeasureValueKind, NationalOutcome, OutcomeMeasure } from './outcome.entity';
import { CreateOutcomeMeasureInput, NationalOutcomeFilter, OutcomeMeasureFilter, RecordMeasureValueInput, UpdateOutcomeMeasureInput } from './outcome.inputs';
import { OutcomeService } from './outcome.service';
import { CreateNationalOutcomeInput, UpdateNationalOutcomeInput } from './outcome.inputs';
import { OutcomeMutation } from './outcome.rules';

@ObjectType()
export class NationalOutcomeConnection extends Connection(NationalOutcome) {}

@ObjectType()
export class OutcomeMeasureConnection extends Connection(OutcomeMeasure) {}

@ObjectType()
export class NationalOutcomePayload extends Payload(NationalOutcome) {}

@ObjectType()
export class OutcomeMeasurePayload extends Payload(OutcomeMeasure) {}

@ObjectType()
export class MeasureValuePayload extends Payload(MeasureValue) {}

@Resolver(() => NationalOutcome)
export class NationalOutcomeResolver {
  constructor(private readonly outcomeService: OutcomeService) {}

  @Query(() => NationalOutcomeConnection)
  nationalOutcomes(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NationalOutcomeFilter, { nullable: true }) filter: NationalOutcomeFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.outcomeService.listOutcomes(ctx, filter, page);
  }

  @OutcomeMutation('createNationalOutcome', () => NationalOutcomePayload, {
    nullable: true,
    description: "Adds a national outcome to a strategy's outcomes framework, optionally under a pillar.",
  })
  createNationalOutcome(@Ctx() ctx: RequestContext, @Arg('input', () => CreateNationalOutcomeInput) input: CreateNationalOutcomeInput) {
    return this.outcomeService.createOutcome(ctx, input);
  }

  @OutcomeMutation('updateNationalOutcome', () => NationalOutcomePayload, {
    nullable: true,
    description: 'Changes a national outcome, if it is still at expectedVersion.',
  })
  updateNationalOutcome(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateNationalOutcomeInput) input: UpdateNationalOutcomeInput) {
    return this.outcomeService.updateOutcome(ctx, input);
  }

  @OutcomeMutation('archiveNationalOutcome', () => NationalOutcomePayload, {
    nullable: true,
    description: 'Archives a national outcome: it leaves the lists but is kept, with its measures and history.',
  })
  archiveNationalOutcome(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.outcomeService.archiveOutcome(ctx, input);
  }

  @OutcomeMutation('restoreNationalOutcome', () => NationalOutcomePayload, { nullable: true, description: 'Restores an archived national outcome.' })
  restoreNationalOutcome(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.outcomeService.restoreOutcome(ctx, input);
  }

  @FieldResolver(() => Plan, { description: 'The strategy whose outcomes framework lists it.' })
  async plan(@Root() outcome: NationalOutcome, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.plan.load(outcome.planId), 'plan');
  }

  @FieldResolver(() => Pillar, { nullable: true })
  pillar(@Root() outcome: NationalOutcome, @Ctx() ctx: RequestContext) {
    return outcome.pillarId ? ctx.loaders.pillar.load(outcome.pillarId) : null;
  }

  @FieldResolver(() => [OutcomeMeasure], { description: 'The local measures of this outcome.' })
  measures(@Root() outcome: NationalOutcome, @Ctx() ctx: RequestContext) {
    return ctx.loaders.measuresByOutcome.load(outcome.id);
  }
}

@Resolver(() => OutcomeMeasure)
export class OutcomeMeasureResolver {
  constructor(private readonly outcomeService: OutcomeService) {}

  @Query(() => OutcomeMeasureConnection, { description: 'Local outcome measures, in framework order.' })
  outcomeMeasures(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OutcomeMeasureFilter, { nullable: true }) filter: OutcomeMeasureFilter | null,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
  ) {
    return this.outcomeService.listMeasures(ctx, filter, page);
  }

  @Query(() => OutcomeMeasure)
  outcomeMeasure(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.outcomeService.getMeasure(ctx, id);
  }

  @OutcomeMutation('createOutcomeMeasure', () => OutcomeMeasurePayload, { nullable: true, description: 'Adds a local measure under a national outcome.' })
  createOutcomeMeasure(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOutcomeMeasureInput) input: CreateOutcomeMeasureInput) {
    return this.outcomeService.createMeasure(ctx, input);
  }

  @OutcomeMutation('updateOutcomeMeasure', () => OutcomeMeasurePayload, {
    nullable: true,
    description: 'Changes a measure, if it is still at expectedVersion.',
  })
  updateOutcomeMeasure(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOutcomeMeasureInput) input: UpdateOutcomeMeasureInput) {
    return this.outcomeService.updateMeasure(ctx, input);
  }

  @OutcomeMutation('archiveOutcomeMeasure', () => OutcomeMeasurePayload, {
    nullable: true,
    description: 'Archives a measure: it leaves the lists but is kept, with its values and history.',
  })
  archiveOutcomeMeasure(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.outcomeService.archiveMeasure(ctx, input);
  }

  @OutcomeMutation('restoreOutcomeMeasure', () => OutcomeMeasurePayload, { nullable: true, description: 'Restores an archived measure.' })
  restoreOutcomeMeasure(@Ctx() ctx: RequestContext, @Arg('input', () => RecordVersionInput) input: RecordVersionInput) {
    return this.outcomeService.restoreMeasure(ctx, input);
  }

  @OutcomeMutation('recordMeasureValue', () => MeasureValuePayload, {
    nullable: true,
    description:
      "Records a measure's baseline, target or observed value for a period; a value of the same kind for the same period is updated instead (expectedVersion required).",
  })
  recordMeasureValue(@Ctx() ctx: RequestContext, @Arg('input', () => RecordMeasureValueInput) input: RecordMeasureValueInput) {
    return this.outcomeService.recordValue(ctx, input);
  }

  @FieldResolver(() => NationalOutcome)
  async outcome(@Root() measure: OutcomeMeasure, @Ctx() ctx: RequestContext) {
    return required(await ctx.loaders.outcome.load(measure.outcomeId), 'outcome');
  }

  @FieldResolver(() => [MeasureValue], { description: 'Baselines, targets and observed values, by period.' })
  values(@Root() measure: OutcomeMeasure, @Ctx() ctx: RequestContext, @Arg('kind', () => MeasureValueKind, { nullable: true }) kind: MeasureValueKind | null) {
    return ctx.loaders.valuesByMeasure.load(measure.id).then((values) => (kind ? values.filter((v) => v.kind === kind) : values));
  }

  @FieldResolver(() => MeasureValue, { nullable: true, description: 'The latest baseline.' })
  async baseline(@Root() measure: OutcomeMeasure, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.valuesByMeasure.load(measure.id)).filter((v) => v.kind === MeasureValueKind.BASELINE).pop() ?? null;
  }

  @FieldResolver(() => MeasureValue, { nullable: true, description: 'The latest observed value.' })
  async latest(@Root() measure: OutcomeMeasure, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.valuesByMeasure.load(measure.id)).filter((v) => v.kind === MeasureValueKind.OBSERVED).pop() ?? null;
  }
}
