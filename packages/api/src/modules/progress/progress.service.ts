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
import { AppError, ErrorCode } from '../../common/errors';
import { ProgressUpdate, ProgressUpdateState, Rag } from './progress.entity';
import { ProgressErrorReason } from './progress.errors';
import { CorrectProgressUpdateInput, ProgressQuarterArgs, RecordProgressInput, WithdrawProgressUpdateInput } from './progress.inputs';
import { currentSql, latestCurrent, positionOf, positionSql, stateOf } from './progress.series';
import { AgencyRags, buildCounts, ProgressReport, ReportAction, reportActionOf } from './progress.report';
import { gateProgress, type RoundGate } from '../round/round.gate';
import { checkQuarterWithinPlan, parseQuarter, Quarter, quarterOf } from './quarter';
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
      const round = await this.gate(changes, ctx, action, quarter, plan.id);

      // A late update for an earlier quarter joins the series but does not change the action's
      // current status (withdrawn and corrected updates do not count as later). Either way the version is checked (changes.update with no change writes nothing).
      const laterExists = await this.data
        .query(changes, ProgressUpdate, 'pu')
        .where(`pu.actionId = :actionId AND ${currentSql('pu')}`, { actionId: action.id })
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
   * Corrects a progress update: a new update for the same action, agency and quarter, with the
   * values given and the original's for the rest, recorded as a correction of it (correctionOf,
   * correctionReason) in its place in the series; the original keeps its values and is marked
   * corrected (correctedBy, correctedAt). When the original was the action's latest update that
   * counts, the action takes the correction's status. One transaction, two audit entries (three
   * with the action's status).
   */
  correct(ctx: RequestContext, input: CorrectProgressUpdateInput): Promise<MutationResult<ProgressUpdate>> {
    return this.runner.run(ctx, 'correctProgressUpdate', input, async (changes) => {
      const { problems } = changes;
      const original = await this.data.byGlobalId(changes, ProgressUpdate, input.id, 'input.id');
      this.checkOwnUpdate(ctx, original, 'correct');
      if (input.expectedVersion) changes.checkVersion(original, input.expectedVersion);
      this.checkCurrent(original, 'correct');
      const action = await changes.get(Action, original.actionId, 'input.id');
      if (action.archivedAt)
        problems.add(
          'input.id',
          'notArchived',
          'Argument "input.id" is a progress update on an archived action: restore the action before correcting its progress.',
          ProgressErrorReason.ACTION_ARCHIVED,
        );
      const status = input.status ?? original.status;
      const percent = input.percentComplete === undefined ? original.percentComplete : input.percentComplete;
      if (status === ActionStatus.COMPLETED && typeof percent === 'number' && percent < 100)
        problems.add(
          'input.percentComplete',
          'completeIs100',
          `Argument "input.percentComplete" must be 100 (or left out) when the status is COMPLETED, got ${percent}${input.percentComplete === undefined ? " (the original's)" : ''}.`,
        );
      problems.throwIfAny();
      const round = await this.gate(changes, ctx, action, quarterOf(original.financialYear, original.quarter));

      const wasLatest = (await this.latestOfAction(changes, action.id))?.id === original.id;
      const correction = await changes.create(ProgressUpdate, {
        actionId: original.actionId,
        agencyId: original.agencyId,
        financialYear: original.financialYear,
        quarter: original.quarter,
        quarterLabel: original.quarterLabel,
        periodStart: original.periodStart,
        periodEnd: original.periodEnd,
        status,
        rag: input.rag ?? original.rag,
        percentComplete: percent,
        commentary: input.commentary ?? original.commentary,
        reportedBy: ctx.actor.name,
        correctionOfId: original.id,
        originalId: positionOf(original),
        correctionReason: input.reason,
        roundId: round.roundId,
        late: round.late,
      });
      await changes.update(ProgressUpdate, original.id, original.version, { correctedById: correction.id, correctedAt: changes.meta.at });
      if (wasLatest) await changes.update(Action, action.id, action.version, { status });
      return correction;
    });
  }

  /**
   * Withdraws a progress update: it keeps its values and is marked withdrawn (withdrawnAt,
   * withdrawnBy, withdrawnReason), and no longer counts. When it was the action's latest update
   * that counts, the action takes the status of its latest remaining one, or NOT_STARTED when no
   * update counts any more. One transaction, audited.
   */
  withdraw(ctx: RequestContext, input: WithdrawProgressUpdateInput): Promise<MutationResult<ProgressUpdate>> {
    return this.runner.run(ctx, 'withdrawProgressUpdate', input, async (changes) => {
      const update = await this.data.byGlobalId(changes, ProgressUpdate, input.id, 'input.id');
      this.checkOwnUpdate(ctx, update, 'withdraw');
      if (input.expectedVersion) changes.checkVersion(update, input.expectedVersion);
      this.checkCurrent(update, 'withdraw');
      changes.problems.throwIfAny();
      await this.gate(changes, ctx, await changes.get(Action, update.actionId, 'input.id'), quarterOf(update.financialYear, update.quarter));

      const wasLatest = (await this.latestOfAction(changes, update.actionId))?.id === update.id;
      const withdrawn = await changes.update(ProgressUpdate, update.id, update.version, {
        withdrawnAt: changes.meta.at,
        withdrawnBy: ctx.actor.name,
        withdrawnReason: input.reason,
      });
      if (wasLatest) {
        const action = await changes.get(Action, update.actionId, 'input.id');
        const status = (await this.latestOfAction(changes, action.id))?.status ?? ActionStatus.NOT_STARTED;
        await changes.update(Action, action.id, action.version, { status });
      }
      return withdrawn;
    });
  }

  /**
   * The reporting-round gate (round/round.gate.ts) for a progress write on the action in the
   * quarter: recording, correcting and withdrawing alike, so a closed round's quarter changes only
   * as its late policy allows, and never its stored snapshot. `planId`: the action's plan, when the
   * caller has it already (else it is looked up).
   */
  private async gate(changes: ChangeSet, ctx: RequestContext, action: Action, quarter: Quarter, planId?: number): Promise<RoundGate> {
    return gateProgress(changes, planId ?? (await planOfObjective(changes.manager, action.objectiveId)).id, quarter, {
      pillarOf: () => new PlanScope().pillarOf(changes.manager, 'Action', action.id),
      today: ctx.today,
    });
  }

  /** The action's latest update that counts (by quarter, then position), read in the write transaction. */
  private async latestOfAction(changes: ChangeSet, actionId: number): Promise<ProgressUpdate | null> {
    return latestCurrent(
      await this.data
        .query(changes, ProgressUpdate, 'pu')
        .where(`pu.actionId = :actionId AND ${currentSql('pu')}`, { actionId })
        .getMany(),
    );
  }

  /** An agency editor corrects and withdraws its own agency's updates only (not another's, nor one on the action as a whole): FORBIDDEN, reason SCOPE. */
  private checkOwnUpdate(ctx: RequestContext, update: ProgressUpdate, verb: 'correct' | 'withdraw'): void {
    if (roleOf(ctx.actor) !== Role.AGENCY_EDITOR || update.agencyId === ctx.actor.agencyId) return;
    const own = ctx.actor.agencyId === null ? 'none' : toGlobalId('Agency', ctx.actor.agencyId);
    const theirs = update.agencyId === null ? 'the action as a whole' : `agency ${toGlobalId('Agency', update.agencyId)}`;
    throw forbidden(
      `This agency's key may ${verb} its own agency's (${own}) progress updates only; ${toGlobalId('ProgressUpdate', update.id)} is for ${theirs}.`,
      AuthErrorReason.SCOPE,
    );
  }

  /** A corrected or withdrawn update is not corrected or withdrawn again: CONFLICT, reason ALREADY_CORRECTED or WITHDRAWN. */
  private checkCurrent(update: ProgressUpdate, verb: 'correct' | 'withdraw'): void {
    const state = stateOf(update);
    const id = toGlobalId('ProgressUpdate', update.id);
    if (state === ProgressUpdateState.CORRECTED)
      throw new AppError(
        ErrorCode.CONFLICT,
        `Progress update ${id} was already corrected by ${toGlobalId('ProgressUpdate', update.correctedById!)}: ${verb} that correction instead.`,
        { argument: 'input.id', reason: ProgressErrorReason.ALREADY_CORRECTED, currentVersion: update.version },
      );
    if (state === ProgressUpdateState.WITHDRAWN)
      throw new AppError(
        ErrorCode.CONFLICT,
        `Progress update ${id} was withdrawn (${update.withdrawnReason ?? 'no reason'}): it cannot be ${verb === 'correct' ? 'corrected' : 'withdrawn'} again.`,
        {
          argument: 'input.id',
          reason: ProgressErrorReason.WITHDRAWN,
          currentVersion: update.version,
        },
      );
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
      actions.map(reportActionOf),
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

  /** The plan's live actions with no update for the quarter that counts (withdrawn and corrected ones do not), in plan order: a count and a page. */
  async actionsWithoutProgress(ctx: RequestContext, args: ProgressQuarterArgs, pageArgs: PageArgs): Promise<ConnectionShape<Action>> {
    return pagedList(pageArgs, async () => {
      const { plan, quarter } = await this.planAndQuarter(ctx, args);
      const qb = planActionsQuery(this.data.manager(ctx), plan.id, { live: true });
      const updated = qb
        .subQuery()
        .select('1')
        .from(ProgressUpdate, 'pu')
        .where(`pu.actionId = a.id AND pu.financialYear = :fy AND pu.quarter = :q AND ${currentSql('pu')}`)
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
   * The condition on `qb`'s alias pu that keeps the latest update per action and agency (agency
   * null: on the action as a whole) in the quarter, for the plan's actions, with the parameters
   * planId, fy and q. Only updates that count (not withdrawn or corrected), the latest by position
   * (a correction in its original's place: progress.series.ts); a position is one chain of
   * corrections, of which one update at most counts. The one definition of which updates count for
   * a quarter (the report, the snapshot).
   */
  private latestInQuarter(qb: SelectQueryBuilder<ProgressUpdate>): string {
    const latestPositions = joinAncestors(
      qb
        .subQuery()
        .select(`MAX(${positionSql('p2')})`)
        .from(ProgressUpdate, 'p2')
        .innerJoin(Action, 'a', 'a.id = p2.actionId'),
      'action',
      'a',
    )
      .where(`pi.planId = :planId AND p2.financialYear = :fy AND p2.quarter = :q AND ${currentSql('p2')}`)
      .groupBy('p2.actionId')
      .addGroupBy('p2.agencyId')
      .getQuery();
    return `pu.financialYear = :fy AND pu.quarter = :q AND ${currentSql('pu')} AND ${positionSql('pu')} IN ${latestPositions}`;
  }

  /** Action id -> its agencies' latest RAGs in the quarter (key null: updates without an agency), for the plan's actions: one statement. */
  private async latestRagInQuarter(ctx: RequestContext, planId: number, quarter: Quarter): Promise<Map<number, AgencyRags>> {
    const qb = this.data.query(ctx, ProgressUpdate, 'pu');
    const rows = await qb
      .select('pu.actionId', 'actionId')
      .addSelect('pu.agencyId', 'agencyId')
      .addSelect('pu.rag', 'rag')
      .where(this.latestInQuarter(qb), { planId, fy: quarter.financialYear, q: quarter.quarter })
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
      .where(this.latestInQuarter(qb), { planId, fy: quarter.financialYear, q: quarter.quarter })
      .orderBy('pu.actionId', 'ASC')
      .addOrderBy('pu.id', 'ASC')
      .getMany();
  }
}
