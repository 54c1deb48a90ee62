import type { RequestContext } from '../../context';
import { planOfObjective } from '../../plan-tree/plan-period';
import { joinAncestors, orderActions, planActionAgencies, planActionsQuery } from '../../plan-tree/hierarchy';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import type { SelectQueryBuilder } from 'typeorm';
import type { ChangeSet } from '../../writes/change-set';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { Action, ActionStatus } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { roleOf } from '../../auth/actor';
import { Role } from '../../auth/roles';
import { forbidden } from '../../auth/policy';
import { AuthErrorReason } from '../../auth/auth.errors';
import { toGlobalId } from '../../common/global-id';
import { PlanScope } from '../../plan-tree/scope';
import { Plan } from '../plan/plan.entity';
import type { PlanService } from '../plan/plan.service';
import { ProgressUpdate, Rag } from './progress.entity';
import { ProgressErrorReason } from './progress.errors';
import { ProgressQuarterArgs, RecordProgressInput } from './progress.inputs';
import { AgencyRags, buildCounts, ProgressReport, ReportAction } from './progress.report';
import { gateProgress } from '../round/round.gate';
import { checkQuarterWithinPlan, parseQuarter, Quarter } from './quarter';
import type { MutationNameOf } from '../../core/rules';
import type { PROGRESS_MUTATIONS } from './progress.rules';

/** Quarterly progress on actions: recording updates, and the plan's progress for a quarter. */
export class ProgressService {
  constructor(
    private readonly data: DataAccess,
    private readonly plans: PlanService,
    private readonly runner: MutationRunner<MutationNameOf<typeof PROGRESS_MUTATIONS>>,
  ) {}

  /**
   * Records a progress update (a new row: updates form a series) and, when it is the action's
   * latest (no update yet for a later quarter), gives the action its status. One transaction.
   */
  record(ctx: RequestContext, input: RecordProgressInput): Promise<MutationResult<ProgressUpdate>> {
    return this.runner.run(ctx, 'recordProgress', input, async (changes) => {
      const { problems } = changes;
      const quarter = typeof input.quarter === 'string' ? await problems.collect(() => parseQuarter(input.quarter, 'input.quarter')) : null;
      const percent = input.percentComplete ?? null;
      if (input.status === ActionStatus.COMPLETED && typeof percent === 'number' && percent < 100) {
        problems.add(
          'input.percentComplete',
          'completeIs100',
          `Argument "input.percentComplete" must be 100 (or left out) when the status is COMPLETED, got ${percent}.`,
        );
      }
      const action = await this.data.byGlobalId(changes, Action, input.actionId, 'input.actionId');
      if (action.archivedAt)
        problems.add(
          'input.actionId',
          'notArchived',
          'Argument "input.actionId" is an archived action: restore it before recording progress on it.',
          ProgressErrorReason.ACTION_ARCHIVED,
        );
      const agencyId = await this.postingAgency(changes, ctx, input, action.id);
      const plan = await planOfObjective(changes.manager, action.objectiveId);
      if (quarter) await problems.collect(() => checkQuarterWithinPlan(plan, quarter, 'input.quarter'));
      problems.throwIfAny();
      if (!quarter) throw new Error('unreachable: a quarter without a problem'); // narrows the type
      const round = await gateProgress(changes, plan.id, quarter, {
        pillarOf: () => new PlanScope().pillarOf(changes.manager, 'Action', action.id),
        today: ctx.today,
      });

      // A late update for an earlier quarter joins the series but does not change the action's
      // current status. Either way the version is checked (changes.update with no change writes nothing).
      const laterExists = await this.data
        .query(changes, ProgressUpdate, 'pu')
        .where('pu.actionId = :actionId AND pu.archivedAt IS NULL', { actionId: action.id })
        .andWhere('(pu.financialYear > :fy OR (pu.financialYear = :fy AND pu.quarter > :q))', { fy: quarter.financialYear, q: quarter.quarter })
        .getCount();
      await changes.update(Action, action.id, input.expectedVersion ?? action.version, laterExists ? {} : { status: input.status });

      return changes.create(ProgressUpdate, {
        actionId: action.id,
        agencyId,
        financialYear: quarter.financialYear,
        quarter: quarter.quarter,
        quarterLabel: quarter.label,
        periodStart: quarter.periodStart,
        periodEnd: quarter.periodEnd,
        status: input.status,
        rag: input.rag,
        percentComplete: percent,
        commentary: input.commentary,
        reportedBy: ctx.actor.name,
        roundId: round.roundId,
        late: round.late,
      });
    });
  }

  /**
   * The agency an update is for: an agency editor's own (naming another is FORBIDDEN); for an admin
   * or pillar lead the one named, or null (the action as a whole). A named agency must be one of
   * the action's responsible agencies (its own links or its objective's), else BAD_USER_INPUT.
   */
  private async postingAgency(changes: ChangeSet, ctx: RequestContext, input: RecordProgressInput, actionId: number): Promise<number | null> {
    let agencyId: number | null = null;
    if (input.agencyId) agencyId = (await this.data.byGlobalId(changes, Agency, input.agencyId, 'input.agencyId')).id;
    if (roleOf(ctx.actor) === Role.AGENCY_EDITOR) {
      const own = ctx.actor.agencyId;
      if (agencyId !== null && agencyId !== own)
        throw forbidden(
          `This agency's key posts progress for its own agency (${own === null ? 'none' : toGlobalId('Agency', own)}) only, not for ${input.agencyId}.`,
          AuthErrorReason.SCOPE,
        );
      agencyId = own;
    }
    if (agencyId === null) return null;
    const responsible = await new PlanScope().agenciesOf(changes.manager, 'Action', actionId);
    if (!responsible.includes(agencyId))
      changes.problems.add(
        'input.agencyId',
        'responsibleAgency',
        `Argument "input.agencyId" (${toGlobalId('Agency', agencyId)}) is not one of the action's responsible agencies (its own or its objective's): ${responsible.map((id) => toGlobalId('Agency', id)).join(', ') || 'none'}.`,
        ProgressErrorReason.AGENCY_NOT_RESPONSIBLE,
      );
    return agencyId;
  }

  /**
   * The plan's progress for a quarter: its live actions counted by the RAG of their latest update
   * in that quarter, overall, per pillar, priority and agency. A fixed number of statements
   * whatever the number of actions: actions, latest updates, agency links (then pillars,
   * priorities and agencies through the batched loaders); the counting happens in memory.
   */
  async report(ctx: RequestContext, args: ProgressQuarterArgs): Promise<ProgressReport> {
    const { plan, quarter } = await this.planAndQuarter(ctx, args);
    const [actions, latest, links, pillars] = await Promise.all([
      planActionsQuery(this.data.manager(ctx), plan.id, { live: true })
        .select('a.id', 'id')
        .addSelect('pr.id', 'priorityId')
        .addSelect('pi.id', 'pillarId')
        .addSelect('a.leadAgencyId', 'leadAgencyId')
        .getRawMany<ReportAction>(),
      this.latestRagInQuarter(ctx, plan.id, quarter),
      planActionAgencies(this.data.manager(ctx), plan.id),
      ctx.loaders.pillarsByPlan.load(plan.id),
    ]);
    const priorities = (await ctx.loaders.prioritiesByPillar.loadMany(pillars.map((p) => p.id))).flatMap((list) => (list instanceof Error ? [] : list));
    const counts = buildCounts(
      actions.map((a) => ({
        id: Number(a.id),
        priorityId: Number(a.priorityId),
        pillarId: Number(a.pillarId),
        leadAgencyId: a.leadAgencyId === null ? null : Number(a.leadAgencyId),
      })),
      latest,
      links,
      pillars.map((p) => p.id),
      priorities.map((p) => p.id),
    );
    const agencyIds = [...counts.byAgency.keys()];
    const agencies = (await ctx.loaders.agency.loadMany(agencyIds)).filter((a): a is Agency => !!a && !(a instanceof Error));
    agencies.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id);

    const report = new ProgressReport();
    Object.assign(report, {
      plan,
      quarter: quarter.label,
      periodStart: quarter.periodStart,
      periodEnd: quarter.periodEnd,
      overall: counts.overall,
      pillars: pillars.map((pillar) => ({ pillar, counts: counts.byPillar.get(pillar.id)! })),
      priorities: priorities.map((priority) => ({ priority, counts: counts.byPriority.get(priority.id)! })),
      agencies: agencies.map((agency) => ({ agency, counts: counts.byAgency.get(agency.id)! })),
    });
    return report;
  }

  /** The plan's live actions with no update for the quarter, in plan order: a count and a page. */
  async actionsWithoutProgress(ctx: RequestContext, args: ProgressQuarterArgs, pageArgs: PageArgs): Promise<ConnectionShape<Action>> {
    return pagedList(pageArgs, async () => {
      const { plan, quarter } = await this.planAndQuarter(ctx, args);
      const qb = planActionsQuery(this.data.manager(ctx), plan.id, { live: true });
      const updated = qb
        .subQuery()
        .select('1')
        .from(ProgressUpdate, 'pu')
        .where('pu.actionId = a.id AND pu.financialYear = :fy AND pu.quarter = :q AND pu.archivedAt IS NULL')
        .getQuery();
      return orderActions(qb.andWhere(`NOT EXISTS ${updated}`, { fy: quarter.financialYear, q: quarter.quarter }));
    });
  }

  /** The plan (by planId, default the current delivery plan) and the quarter, checked to lie within it. */
  private async planAndQuarter(ctx: RequestContext, args: ProgressQuarterArgs): Promise<{ plan: Plan; quarter: Quarter }> {
    const quarter = parseQuarter(args.quarter, 'quarter');
    // Without a plan, the quarter names it: the delivery plan whose period holds the quarter.
    const plan = args.planId
      ? await this.data.byGlobalId(ctx, Plan, args.planId, 'planId')
      : await this.plans.deliveryPlanHolding(ctx, quarter.periodStart, quarter.periodEnd);
    checkQuarterWithinPlan(plan, quarter, 'quarter');
    return { plan, quarter };
  }

  /**
   * The IDs of the latest update per action and agency (agency null: on the action as a whole) in
   * the quarter, for the plan's actions: a subquery of `qb` with the parameters planId, fy and q.
   * The one definition of which updates count for a quarter (the report, the snapshot).
   */
  private latestInQuarterIds(qb: SelectQueryBuilder<ProgressUpdate>): string {
    return joinAncestors(qb.subQuery().select('MAX(p2.id)').from(ProgressUpdate, 'p2').innerJoin(Action, 'a', 'a.id = p2.actionId'), 'action', 'a')
      .where('pi.planId = :planId AND p2.financialYear = :fy AND p2.quarter = :q AND p2.archivedAt IS NULL')
      .groupBy('p2.actionId')
      .addGroupBy('p2.agencyId')
      .getQuery();
  }

  /** Action id -> its agencies' latest RAGs in the quarter (key null: updates without an agency), for the plan's actions: one statement. */
  private async latestRagInQuarter(ctx: RequestContext, planId: number, quarter: Quarter): Promise<Map<number, AgencyRags>> {
    const qb = this.data.query(ctx, ProgressUpdate, 'pu');
    const rows = await qb
      .select('pu.actionId', 'actionId')
      .addSelect('pu.agencyId', 'agencyId')
      .addSelect('pu.rag', 'rag')
      .where(`pu.id IN ${this.latestInQuarterIds(qb)}`, { planId, fy: quarter.financialYear, q: quarter.quarter })
      .getRawMany<{ actionId: number; agencyId: number | null; rag: Rag }>();
    const latest = new Map<number, AgencyRags>();
    for (const r of rows) {
      const rags = latest.get(Number(r.actionId)) ?? new Map<number | null, Rag>();
      rags.set(r.agencyId === null ? null : Number(r.agencyId), r.rag);
      latest.set(Number(r.actionId), rags);
    }
    return latest;
  }

  /**
   * The latest update per action and agency in the quarter (the same updates the report counts),
   * for the plan's actions, in the request or inside a write: one statement. The snapshot's rows.
   */
  latestUpdatesInQuarter(via: ReadContext, planId: number, quarter: Quarter): Promise<ProgressUpdate[]> {
    const qb = this.data.query(via, ProgressUpdate, 'pu');
    return qb
      .where(`pu.id IN ${this.latestInQuarterIds(qb)}`, { planId, fy: quarter.financialYear, q: quarter.quarter })
      .orderBy('pu.actionId', 'ASC')
      .addOrderBy('pu.id', 'ASC')
      .getMany();
  }
}
