import { IsNull } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { ChangeSet } from '../../writes/change-set';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { AppError, badInput, ErrorCode } from '../../common/errors';
import { nextPosition } from '../../common/position';
import type { RecordVersionInput } from '../../graphql/mutation';
import { fromGlobalId } from '../../common/global-id';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import { OutcomeErrorReason } from './outcome.errors';
import { MeasureUnit, MeasureValue, NationalOutcome, OutcomeMeasure } from './outcome.entity';
import { CreateNationalOutcomeInput, UpdateNationalOutcomeInput } from './outcome.inputs';
import { Plan, PlanKind } from '../plan/plan.entity';
import { Pillar } from '../pillar/pillar.entity';
import { CreateOutcomeMeasureInput, NationalOutcomeFilter, OutcomeMeasureFilter, RecordMeasureValueInput, UpdateOutcomeMeasureInput } from './outcome.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { OUTCOME_MUTATIONS } from './outcome.rules';

/** A problem naming `argument` unless `value` fits a PERCENT measure. */
function checkPercent(changes: ChangeSet, value: number, argument: string): void {
  if (typeof value === 'number' && (value < 0 || value > 100))
    changes.problems.add(argument, 'percentRange', `Argument "${argument}" must be from 0 to 100 for a PERCENT measure, got ${value}.`);
}

export class OutcomeService {
  private readonly measureArchiving: Archiving<OutcomeMeasure>;
  private readonly outcomeArchiving: Archiving<NationalOutcome>;

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof OUTCOME_MUTATIONS>>,
  ) {
    this.measureArchiving = archiving(runner, OutcomeMeasure, { archive: 'archiveOutcomeMeasure', restore: 'restoreOutcomeMeasure' });
    this.outcomeArchiving = archiving(runner, NationalOutcome, { archive: 'archiveNationalOutcome', restore: 'restoreNationalOutcome' });
  }

  /** A national outcome of a strategy, optionally under a pillar (of a delivery plan of that strategy). */
  createOutcome(ctx: RequestContext, input: CreateNationalOutcomeInput): Promise<MutationResult<NationalOutcome>> {
    return this.runner.run(ctx, 'createNationalOutcome', input, async (changes) => {
      const plan = await this.data.byGlobalId(changes, Plan, input.planId, 'input.planId');
      if (plan.kind !== PlanKind.STRATEGY)
        changes.problems.add('input.planId', 'strategy', `Argument "input.planId" must name a STRATEGY (outcomes belong to the strategy), got a ${plan.kind}.`);
      const pillar = input.pillarId ? await this.data.byGlobalId(changes, Pillar, input.pillarId, 'input.pillarId') : null;
      if (pillar) {
        const pillarPlan = await changes.manager.findOneBy(Plan, { id: pillar.planId });
        if (pillarPlan?.id !== plan.id && pillarPlan?.strategyId !== plan.id)
          changes.problems.add(
            'input.pillarId',
            'ofStrategy',
            'Argument "input.pillarId" must name a pillar of this strategy or of one of its delivery plans.',
          );
      }
      return changes.create(NationalOutcome, {
        planId: plan.id,
        pillarId: pillar?.id ?? null,
        name: input.name,
        position: input.position ?? (await nextPosition(changes.manager, NationalOutcome, 'planId', plan.id)),
      });
    });
  }

  updateOutcome(ctx: RequestContext, input: UpdateNationalOutcomeInput): Promise<MutationResult<NationalOutcome>> {
    return this.runner.run(ctx, 'updateNationalOutcome', input, (changes) => {
      const { name, position } = input;
      return changes.update(NationalOutcome, fromGlobalId(input.id, 'input.id', 'NationalOutcome').id, input.expectedVersion, { name, position });
    });
  }

  archiveOutcome(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<NationalOutcome>> {
    return this.outcomeArchiving.archive(ctx, input);
  }

  restoreOutcome(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<NationalOutcome>> {
    return this.outcomeArchiving.restore(ctx, input);
  }

  createMeasure(ctx: RequestContext, input: CreateOutcomeMeasureInput): Promise<MutationResult<OutcomeMeasure>> {
    return this.runner.run(ctx, 'createOutcomeMeasure', input, async (changes) => {
      const outcome = await this.data.byGlobalId(changes, NationalOutcome, input.outcomeId, 'input.outcomeId');
      return changes.create(OutcomeMeasure, {
        outcomeId: outcome.id,
        name: input.name,
        unit: input.unit,
        direction: input.direction,
        position: input.position ?? (await nextPosition(changes.manager, OutcomeMeasure, 'outcomeId', outcome.id)),
      });
    });
  }

  updateMeasure(ctx: RequestContext, input: UpdateOutcomeMeasureInput): Promise<MutationResult<OutcomeMeasure>> {
    return this.runner.run(ctx, 'updateOutcomeMeasure', input, async (changes) => {
      const id = fromGlobalId(input.id, 'input.id', 'OutcomeMeasure').id;
      // An empty patch checks the version and writes nothing: a stale version is a CONFLICT before any rule.
      await changes.update(OutcomeMeasure, id, input.expectedVersion, {});
      if (input.unit === MeasureUnit.PERCENT) {
        const values = await changes.manager.find(MeasureValue, { where: { measureId: id, archivedAt: IsNull() } });
        const outside = values.find((v) => v.value < 0 || v.value > 100);
        if (outside)
          throw badInput(
            'input.unit',
            `cannot be PERCENT: the measure has a ${outside.kind} value of ${outside.value} (${outside.periodLabel}), outside 0 to 100.`,
            'percentValues',
          );
      }
      const { name, unit, direction, position } = input;
      return changes.update(OutcomeMeasure, id, input.expectedVersion, { name, unit, direction, position });
    });
  }

  archiveMeasure(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<OutcomeMeasure>> {
    return this.measureArchiving.archive(ctx, input);
  }

  restoreMeasure(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<OutcomeMeasure>> {
    return this.measureArchiving.restore(ctx, input);
  }

  /**
   * Records a baseline, target or observed value for a period: a new value, or, when the measure
   * already has one of that kind for the same period, a change to it (checked against expectedVersion,
   * which is then required).
   */
  recordValue(ctx: RequestContext, input: RecordMeasureValueInput): Promise<MutationResult<MeasureValue>> {
    return this.runner.run(ctx, 'recordMeasureValue', input, async (changes) => {
      const measure = await this.data.byGlobalId(changes, OutcomeMeasure, input.measureId, 'input.measureId');
      const { problems } = changes;
      if (measure.archivedAt)
        problems.add(
          'input.measureId',
          'notArchived',
          'Argument "input.measureId" is an archived measure: restore it before recording values.',
          OutcomeErrorReason.MEASURE_ARCHIVED,
        );
      if (input.periodStart > input.periodEnd)
        problems.add(
          'input.periodEnd',
          'periodOrder',
          `Argument "input.periodEnd" must be on or after input.periodStart (${input.periodStart}), got ${input.periodEnd}.`,
        );
      if (measure.unit === MeasureUnit.PERCENT) checkPercent(changes, input.value, 'input.value');
      problems.throwIfAny();
      const { kind, periodStart, periodEnd } = input;
      const existing = await changes.manager.findOne(MeasureValue, { where: { measureId: measure.id, kind, periodStart, periodEnd, archivedAt: IsNull() } });
      const period = `${periodStart} to ${periodEnd}`;
      if (!existing) {
        if (input.expectedVersion !== null && input.expectedVersion !== undefined) {
          throw new AppError(
            ErrorCode.CONFLICT,
            `No ${kind} value of this measure is recorded for ${period}, so there is no version to expect: omit expectedVersion to record one.`,
            {
              argument: 'input.expectedVersion',
              reason: OutcomeErrorReason.NO_VALUE_TO_EXPECT,
            },
          );
        }
        return changes.create(MeasureValue, {
          measureId: measure.id,
          kind,
          periodLabel: input.periodLabel,
          periodStart,
          periodEnd,
          value: input.value,
          note: input.note ?? null,
          source: input.source ?? null,
        });
      }
      if (input.expectedVersion === null || input.expectedVersion === undefined) {
        throw new AppError(
          ErrorCode.CONFLICT,
          `A ${kind} value of this measure is already recorded for ${period} (${existing.value}, version ${existing.version}). To change it, send expectedVersion: the version you last read.`,
          { argument: 'input.expectedVersion', currentVersion: existing.version, reason: OutcomeErrorReason.VALUE_ALREADY_RECORDED },
        );
      }
      const { periodLabel, value, note, source } = input;
      return changes.update(MeasureValue, existing.id, input.expectedVersion, { periodLabel, value, note, source });
    });
  }

  getMeasure(ctx: RequestContext, id: string): Promise<OutcomeMeasure> {
    return this.data.byGlobalId(ctx, OutcomeMeasure, id, 'id');
  }

  listOutcomes(ctx: RequestContext, filter: NationalOutcomeFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<NationalOutcome>> {
    return pagedList(args, () => {
      const qb = this.data.query(ctx, NationalOutcome, 'no').where('no.archivedAt IS NULL');
      if (filter?.planId) qb.andWhere('no.planId = :planId', { planId: fromGlobalId(filter.planId, 'filter.planId', 'Plan').id });
      if (filter?.pillarId) qb.andWhere('no.pillarId = :pillarId', { pillarId: fromGlobalId(filter.pillarId, 'filter.pillarId', 'Pillar').id });
      return qb.orderBy('no.planId', 'ASC').addOrderBy('no.position', 'ASC').addOrderBy('no.id', 'ASC');
    });
  }

  listMeasures(ctx: RequestContext, filter: OutcomeMeasureFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<OutcomeMeasure>> {
    return pagedList(args, () => {
      const qb = this.data.query(ctx, OutcomeMeasure, 'm').innerJoin(NationalOutcome, 'no', 'no.id = m.outcomeId').where('m.archivedAt IS NULL');
      if (filter?.outcomeId) qb.andWhere('no.id = :outcomeId', { outcomeId: fromGlobalId(filter.outcomeId, 'filter.outcomeId', 'NationalOutcome').id });
      if (filter?.pillarId) qb.andWhere('no.pillarId = :pillarId', { pillarId: fromGlobalId(filter.pillarId, 'filter.pillarId', 'Pillar').id });
      return qb.orderBy('no.planId', 'ASC').addOrderBy('no.position', 'ASC').addOrderBy('m.position', 'ASC').addOrderBy('m.id', 'ASC');
    });
  }
}
