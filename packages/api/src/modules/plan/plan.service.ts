import type { RequestContext } from '../../context';
import { AppError, ErrorCode } from '../../common/errors';
import { PlanErrorReason } from './plan.errors';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess } from '../../writes/data-access';
import { Plan, PlanKind, PlanStatus } from './plan.entity';
import { AgreePlanInput, CreatePlanInput, PlanFilter, RollOverPlanInput, UpdatePlanInput } from './plan.inputs';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { ChangeSet } from '../../writes/change-set';
import type { MutationNameOf } from '../../core/rules';
import type { PLAN_MUTATIONS } from './plan.rules';
import { fromGlobalId } from '../../common/global-id';
import { Partnership } from '../partnership/partnership.entity';
import { rollOver } from './plan.rollover';

export class PlanService {
  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof PLAN_MUTATIONS>>,
  ) {}

  /** A new DRAFT plan (a strategy, or a delivery plan of one). */
  create(ctx: RequestContext, input: CreatePlanInput): Promise<MutationResult<Plan>> {
    return this.runner.run(ctx, 'createPlan', input, async (changes) => {
      const strategy = input.strategyId ? await this.data.byGlobalId(changes, Plan, input.strategyId, 'input.strategyId') : null;
      if (strategy && (strategy.kind !== PlanKind.STRATEGY || input.kind !== PlanKind.DELIVERY_PLAN))
        changes.problems.add(
          'input.strategyId',
          'strategyOfDeliveryPlan',
          'Argument "input.strategyId" must name a STRATEGY, and only a DELIVERY_PLAN has one.',
        );
      const partnershipId = strategy?.partnershipId ?? (await changes.manager.find(Partnership, { order: { id: 'ASC' }, take: 1 }))[0]?.id;
      if (partnershipId === undefined) throw new AppError(ErrorCode.NOT_FOUND, 'There is no partnership to add a plan to: load the data first.');
      await this.checkPeriod(changes, { ...input, partnershipId });
      return changes.create(Plan, {
        partnershipId,
        kind: input.kind,
        title: input.title,
        periodLabel: input.periodLabel,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        strategyId: strategy?.id ?? null,
        summary: input.summary ?? null,
        status: PlanStatus.DRAFT,
      });
    });
  }

  update(ctx: RequestContext, input: UpdatePlanInput): Promise<MutationResult<Plan>> {
    return this.runner.run(ctx, 'updatePlan', input, (changes) => {
      const { title, summary } = input;
      return changes.update(Plan, fromGlobalId(input.id, 'input.id', 'Plan').id, input.expectedVersion, { title, summary });
    });
  }

  /**
   * Records that a DRAFT plan was agreed (AGREED, agreedOn, agreedBy): its wording is locked from
   * then on. When it was rolled over from an AGREED plan, that plan becomes SUPERSEDED, in the same
   * transaction.
   */
  agree(ctx: RequestContext, input: AgreePlanInput): Promise<MutationResult<Plan>> {
    return this.runner.run(ctx, 'agreePlan', input, async (changes) => {
      const plan = await changes.get(Plan, fromGlobalId(input.id, 'input.id', 'Plan').id);
      changes.checkVersion(plan, input.expectedVersion);
      if (plan.status !== PlanStatus.DRAFT)
        changes.problems.add(
          'input.id',
          'draft',
          `Argument "input.id" is a plan that is ${plan.status}: only a DRAFT plan can be agreed.`,
          PlanErrorReason.NOT_DRAFT,
        );
      const agreed = await changes.update(Plan, plan.id, input.expectedVersion, {
        status: PlanStatus.AGREED,
        agreedOn: input.agreedOn,
        agreedBy: input.agreedBy,
      });
      if (plan.carriedFromId !== null) {
        const earlier = await changes.get(Plan, plan.carriedFromId);
        if (earlier.status === PlanStatus.AGREED) await changes.update(Plan, earlier.id, earlier.version, { status: PlanStatus.SUPERSEDED });
      }
      return agreed;
    });
  }

  /** The next year's DRAFT delivery plan, carried from `input.fromPlanId` (see plan.rollover.ts), in one transaction. */
  rollOver(ctx: RequestContext, input: RollOverPlanInput): Promise<MutationResult<Plan>> {
    return this.runner.run(ctx, 'rollOverPlan', input, async (changes) => {
      const source = await this.data.byGlobalId(changes, Plan, input.fromPlanId, 'input.fromPlanId');
      if (source.kind !== PlanKind.DELIVERY_PLAN)
        changes.problems.add(
          'input.fromPlanId',
          'deliveryPlan',
          `Argument "input.fromPlanId" is a ${source.kind}: only a delivery plan is rolled over.`,
          PlanErrorReason.NOT_A_DELIVERY_PLAN,
        );
      if (typeof input.periodStart === 'string' && input.periodStart <= source.periodEnd)
        changes.problems.add(
          'input.periodStart',
          'afterSource',
          `Argument "input.periodStart" must be after the period of the plan rolled over (${source.periodLabel}, to ${source.periodEnd}), got ${input.periodStart}.`,
          PlanErrorReason.PERIOD_TAKEN,
        );
      await this.checkPeriod(changes, { partnershipId: source.partnershipId, kind: source.kind, ...input });
      changes.problems.throwIfAny();
      return rollOver(changes, source, {
        title: input.title ?? `Annual Delivery Plan ${input.periodLabel}`,
        periodLabel: input.periodLabel,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
      });
    });
  }

  /** Problems unless the period is ordered and no plan of the kind has its start or its label. */
  private async checkPeriod(
    changes: ChangeSet,
    p: { partnershipId: number; kind: PlanKind; periodLabel: string; periodStart: string; periodEnd: string },
  ): Promise<void> {
    if (typeof p.periodStart !== 'string' || typeof p.periodEnd !== 'string') return;
    if (p.periodStart > p.periodEnd)
      changes.problems.add(
        'input.periodEnd',
        'afterStart',
        `Argument "input.periodEnd" must be on or after input.periodStart (${p.periodStart}), got ${p.periodEnd}.`,
      );
    const taken = await changes.manager.find(Plan, {
      where: [
        { partnershipId: p.partnershipId, kind: p.kind, periodStart: p.periodStart },
        { partnershipId: p.partnershipId, kind: p.kind, periodLabel: p.periodLabel },
      ],
    });
    for (const other of taken) {
      const argument = other.periodLabel === p.periodLabel ? 'input.periodLabel' : 'input.periodStart';
      changes.problems.add(
        argument,
        'periodFree',
        `Argument "${argument}" is taken: the ${p.kind} "${other.title}" (${other.periodLabel}, from ${other.periodStart}) has it.`,
        PlanErrorReason.PERIOD_TAKEN,
      );
    }
  }

  /**
   * One plan: by ID, or by kind and period label, or (with neither) the current delivery plan: the
   * one whose period contains today, else the latest.
   */
  async get(ctx: RequestContext, args: { id?: string | null; kind?: PlanKind | null; periodLabel?: string | null }): Promise<Plan> {
    if (args.id) return this.data.byGlobalId(ctx, Plan, args.id, 'id');
    const kind = args.kind ?? PlanKind.DELIVERY_PLAN;
    const qb = this.data.query(ctx, Plan, 'p').where('p.kind = :kind', { kind }).andWhere('p.archivedAt IS NULL');
    if (args.periodLabel) qb.andWhere('p.periodLabel = :label', { label: args.periodLabel });
    const plans = await qb.orderBy('p.periodStart', 'DESC').addOrderBy('p.id', 'DESC').getMany();
    const current = plans.find((p) => p.periodStart <= ctx.today && ctx.today <= p.periodEnd) ?? plans[0];
    if (!current) {
      const argument = args.periodLabel ? 'periodLabel' : 'kind';
      throw new AppError(
        ErrorCode.NOT_FOUND,
        `No ${kind} plan found${args.periodLabel ? ` for argument "periodLabel": ${JSON.stringify(args.periodLabel)}` : ''}.`,
        { argument, reason: PlanErrorReason.NO_SUCH_PLAN },
      );
    }
    return current;
  }

  /**
   * The live delivery plan whose period holds the whole of `start` to `end` (a quarter), the latest
   * starting if several do; else the current delivery plan (get with no arguments).
   */
  async deliveryPlanHolding(ctx: RequestContext, start: string, end: string): Promise<Plan> {
    const holding = await this.data
      .query(ctx, Plan, 'p')
      .where('p.kind = :kind AND p.archivedAt IS NULL', { kind: PlanKind.DELIVERY_PLAN })
      .andWhere('p.periodStart <= :start AND p.periodEnd >= :end', { start, end })
      .orderBy('p.periodStart', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .getOne();
    return holding ?? this.get(ctx, {});
  }

  list(ctx: RequestContext, filter: PlanFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Plan>> {
    return pagedList(args, () => {
      const qb = this.data.query(ctx, Plan, 'p').where('p.archivedAt IS NULL');
      if (filter?.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
      if (filter?.periodLabel) qb.andWhere('p.periodLabel = :label', { label: filter.periodLabel });
      if (filter?.status) qb.andWhere('p.status = :status', { status: filter.status });
      return qb.orderBy('p.periodStart', 'DESC').addOrderBy('p.kind', 'ASC').addOrderBy('p.id', 'ASC');
    });
  }
}
