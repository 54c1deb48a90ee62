import type { RequestContext } from '../../context';
import { AppError, ErrorCode } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { MutationNameOf } from '../../core/rules';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { IsNull } from 'typeorm';
import { Pillar } from '../pillar/pillar.entity';
import { Plan } from '../plan/plan.entity';
import type { PlanService } from '../plan/plan.service';
import type { ProgressService } from '../progress/progress.service';
import { checkQuarterWithinPlan, nextQuarter, parseQuarter, Quarter } from '../progress/quarter';
import { quarterOfRound, quarterWithinPlan } from './round.quarter';
import { chaseList, ChaseList } from './round.chase';
import { LatePolicy, ReportingRound, RoundSignOff, RoundStatus } from './round.entity';
import { RoundErrorReason } from './round.errors';
import { CloseRoundInput, OpenRoundInput, SignOffPillarInput } from './round.inputs';
import { diffSnapshots, PlanDiff } from './round.diff';
import { resolveDiffEnd, resolveRound } from './round.ref';
import type { ROUND_MUTATIONS } from './round.rules';
import type { PlanSnapshot } from './round.snapshot';
import { buildSnapshot } from './round.snapshot-builder';

/** The LATE_UPDATES setting: the late policy a round gets when openRound names none. */
export type LateUpdatesSetting = 'refuse' | 'record';

/** Reporting rounds: opening a plan quarter's round, pillar sign-offs, closing it with its snapshot. */
export class RoundService {
  constructor(
    private readonly data: DataAccess,
    private readonly plans: PlanService,
    private readonly progress: ProgressService,
    private readonly runner: MutationRunner<MutationNameOf<typeof ROUND_MUTATIONS>>,
    private readonly lateUpdates: LateUpdatesSetting,
  ) {}

  /** The round `value` names (its ID or key "2024-25Q2"); NOT_FOUND naming `argument`. */
  get(via: ReadContext, value: string, argument: string): Promise<ReportingRound> {
    return resolveRound(this.data, via, value, argument);
  }

  /**
   * Opens the round of a plan quarter (the plan: planId, else the delivery plan holding the
   * quarter), OPEN, with its deadline and late policy. One round per plan quarter: a second is
   * CONFLICT (ROUND_EXISTS). From then on the plan reports through rounds (see round.gate.ts).
   */
  open(ctx: RequestContext, input: OpenRoundInput): Promise<MutationResult<ReportingRound>> {
    return this.runner.run(ctx, 'openRound', input, async (changes) => {
      const { problems } = changes;
      const quarter = typeof input.quarter === 'string' ? await problems.collect(() => parseQuarter(input.quarter, 'input.quarter')) : null;
      const plan = input.planId
        ? await this.data.byGlobalId(changes, Plan, input.planId, 'input.planId')
        : quarter
          ? await this.plans.deliveryPlanHolding(ctx, quarter.periodStart, quarter.periodEnd)
          : null;
      if (plan && quarter) await problems.collect(() => checkQuarterWithinPlan(plan, quarter, 'input.quarter'));
      if (quarter && typeof input.deadline === 'string') {
        const latest = nextQuarter(quarter).periodEnd;
        if (input.deadline < quarter.periodStart || input.deadline > latest)
          problems.add(
            'input.deadline',
            'deadlineOfQuarter',
            `Argument "input.deadline" must be from the quarter's first day (${quarter.periodStart}) to the end of the quarter after it (${latest}), got ${input.deadline}.`,
          );
      }
      problems.throwIfAny();
      if (!plan || !quarter) throw new Error('unreachable: a plan and a quarter without a problem');
      const existing = await changes.manager.findOne(ReportingRound, {
        where: { planId: plan.id, financialYear: quarter.financialYear, quarter: quarter.quarter },
        select: { id: true, status: true },
      });
      if (existing)
        throw new AppError(
          ErrorCode.CONFLICT,
          `${plan.title} already has a reporting round for ${quarter.label} (${existing.status}): one round per plan quarter.`,
          {
            argument: 'input.quarter',
            reason: RoundErrorReason.ROUND_EXISTS,
            roundId: toGlobalId('ReportingRound', existing.id),
          },
        );
      return changes.create(ReportingRound, {
        planId: plan.id,
        financialYear: quarter.financialYear,
        quarter: quarter.quarter,
        quarterLabel: quarter.label,
        status: RoundStatus.OPEN,
        deadline: input.deadline,
        latePolicy: input.latePolicy ?? (this.lateUpdates === 'record' ? LatePolicy.RECORD_LATE : LatePolicy.REFUSE),
        openedAt: changes.meta.at,
        openedBy: ctx.actor.name,
        closedAt: null,
        closedBy: null,
        snapshot: null,
      });
    });
  }

  /**
   * Signs off a live pillar of the round's plan while the round is OPEN: the pillar's updates for
   * the quarter are final from then on (the gate refuses more, PILLAR_SIGNED_OFF). Once per pillar.
   */
  signOff(ctx: RequestContext, input: SignOffPillarInput): Promise<MutationResult<RoundSignOff>> {
    return this.runner.run(ctx, 'signOffPillar', input, async (changes) => {
      const round = await resolveRound(this.data, changes, input.roundId, 'input.roundId');
      const pillar = await this.data.byGlobalId(changes, Pillar, input.pillarId, 'input.pillarId');
      if (pillar.planId !== round.planId || pillar.archivedAt)
        changes.problems.add(
          'input.pillarId',
          'pillarOfPlan',
          `Argument "input.pillarId" (${input.pillarId}) is not a live pillar of the round's plan.`,
          RoundErrorReason.PILLAR_NOT_IN_PLAN,
        );
      changes.problems.throwIfAny();
      if (round.status !== RoundStatus.OPEN)
        throw new AppError(ErrorCode.CONFLICT, `The ${round.quarterLabel} reporting round is ${round.status}: pillars are signed off while it is OPEN.`, {
          argument: 'input.roundId',
          reason: RoundErrorReason.ROUND_CLOSED,
        });
      const already = await changes.manager.findOne(RoundSignOff, { where: { roundId: round.id, pillarId: pillar.id } });
      if (already)
        throw new AppError(
          ErrorCode.CONFLICT,
          `Pillar ${pillar.number} is already signed off in the ${round.quarterLabel} round (by ${already.signedOffBy}, ${already.signedOffAt.toISOString()}).`,
          { argument: 'input.pillarId', reason: RoundErrorReason.PILLAR_SIGNED_OFF },
        );
      return changes.create(RoundSignOff, {
        roundId: round.id,
        pillarId: pillar.id,
        signedOffBy: ctx.actor.name,
        signedOffAt: changes.meta.at,
        note: input.note ?? null,
      });
    });
  }

  /**
   * Closes an OPEN round once every live pillar of its plan is signed off (else CONFLICT,
   * PILLARS_NOT_SIGNED_OFF, naming them in `extensions.pillars`), and stores its snapshot, built in
   * the same transaction: what the board saw, which nothing changes afterwards.
   */
  close(ctx: RequestContext, input: CloseRoundInput): Promise<MutationResult<ReportingRound>> {
    return this.runner.run(ctx, 'closeRound', input, async (changes) => {
      const round = await resolveRound(this.data, changes, input.roundId, 'input.roundId');
      const expectedVersion = input.expectedVersion ?? round.version;
      changes.checkVersion(round, expectedVersion);
      if (round.status !== RoundStatus.OPEN)
        throw new AppError(ErrorCode.CONFLICT, `The ${round.quarterLabel} reporting round is already closed (${round.closedAt?.toISOString()}).`, {
          argument: 'input.roundId',
          reason: RoundErrorReason.ROUND_CLOSED,
        });
      const [pillars, signOffs] = await Promise.all([
        changes.manager.find(Pillar, { where: { planId: round.planId, archivedAt: IsNull() }, order: { number: 'ASC', id: 'ASC' } }),
        changes.manager.find(RoundSignOff, { where: { roundId: round.id } }),
      ]);
      const signed = new Set(signOffs.map((s) => s.pillarId));
      const missing = pillars.filter((p) => !signed.has(p.id));
      if (missing.length)
        throw new AppError(
          ErrorCode.CONFLICT,
          `The ${round.quarterLabel} round cannot close: ${missing.map((p) => `pillar ${p.number} (${p.name})`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not signed off.`,
          { argument: 'input.roundId', reason: RoundErrorReason.PILLARS_NOT_SIGNED_OFF, pillars: missing.map((p) => toGlobalId('Pillar', p.id)) },
        );
      const plan = await changes.get(Plan, round.planId);
      const at = changes.meta.at;
      const snapshot = await buildSnapshot(this.data, this.progress, changes, plan, quarterOfRound(round), { ...round, closedAt: at } as ReportingRound, at);
      return changes.update(ReportingRound, round.id, expectedVersion, { status: RoundStatus.CLOSED, closedAt: at, closedBy: ctx.actor.name, snapshot });
    });
  }

  /**
   * The board before this round's: the latest CLOSED round of an earlier quarter, of any plan of
   * the partnership (so 2025-26 Q1's is 2024-25 Q4's), or null. What the board pack's movement is
   * measured from.
   */
  previousClosed(via: ReadContext, round: ReportingRound): Promise<ReportingRound | null> {
    return this.data
      .query(via, ReportingRound, 'r')
      .where('r.archivedAt IS NULL AND r.status = :closed', { closed: RoundStatus.CLOSED })
      .andWhere('(r.financialYear < :fy OR (r.financialYear = :fy AND r.quarter < :q))', { fy: round.financialYear, q: round.quarter })
      .orderBy('r.financialYear', 'DESC')
      .addOrderBy('r.quarter', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getOne();
  }

  /**
   * What changed "since the last board" for this round (changes(round:), the board pack): from the
   * previous closed round's close (previousClosed; without one, from this round's opening) to this
   * round's close, or open-ended (until now) while it is OPEN. Since is inclusive, until exclusive,
   * as changes(since, until) takes them; the close's own audit entry is at closedAt, so until is
   * closedAt plus 1 ms to keep it in.
   */
  async changeWindow(via: ReadContext, round: ReportingRound): Promise<{ since: Date; until: Date | null }> {
    const previous = await this.previousClosed(via, round);
    const since = previous?.closedAt ? new Date(previous.closedAt.getTime() + 1) : round.openedAt;
    const until = round.closedAt ? new Date(round.closedAt.getTime() + 1) : null;
    return { since, until };
  }

  /** changeWindow of the round `ref` names (its ID or key); NOT_FOUND naming `argument`. For changes(round:). */
  async changeWindowOf(via: ReadContext, ref: string, argument: string): Promise<{ since: Date; until: Date | null }> {
    return this.changeWindow(via, await this.get(via, ref, argument));
  }

  /** The round's stored snapshot (CLOSED), else null. */
  storedSnapshot(round: ReportingRound): PlanSnapshot | null {
    return round.status === RoundStatus.CLOSED ? round.snapshot : null;
  }

  /** An OPEN round's snapshot as it would be if it closed now (a draft); null once CLOSED (its snapshot is stored). */
  async draftSnapshot(ctx: RequestContext, round: ReportingRound): Promise<PlanSnapshot | null> {
    if (round.status !== RoundStatus.OPEN) return null;
    const plan = await this.data.byGlobalId(ctx, Plan, toGlobalId('Plan', round.planId), 'planId');
    return buildSnapshot(this.data, this.progress, ctx, plan, quarterOfRound(round), round, new Date());
  }

  /**
   * planDiff(from, to): the differences between two snapshots (round.diff.ts). Each end is a round
   * (its ID or key: a CLOSED round's stored snapshot, an OPEN round's draft) or a plan's ID (a live
   * snapshot of the plan for planQuarter's quarter). NOT_FOUND / BAD_USER_INPUT name `from` or `to`.
   */
  async planDiff(ctx: RequestContext, from: string, to: string): Promise<PlanDiff> {
    const [before, after] = await Promise.all([this.snapshotAt(ctx, from, 'from'), this.snapshotAt(ctx, to, 'to')]);
    return diffSnapshots(before, after);
  }

  /** The snapshot one end of planDiff names (see planDiff). */
  private async snapshotAt(ctx: RequestContext, value: string, argument: string): Promise<PlanSnapshot> {
    const end = await resolveDiffEnd(this.data, ctx, value, argument);
    if (end.round) return end.round.status === RoundStatus.CLOSED && end.round.snapshot ? end.round.snapshot : this.liveSnapshot(ctx, end.round);
    const plan = await this.data.byGlobalId(ctx, Plan, value.trim(), argument);
    return buildSnapshot(this.data, this.progress, ctx, plan, await this.planQuarter(ctx, plan), null, new Date());
  }

  private async liveSnapshot(ctx: RequestContext, round: ReportingRound): Promise<PlanSnapshot> {
    const plan = await this.data.byGlobalId(ctx, Plan, toGlobalId('Plan', round.planId), 'planId');
    return buildSnapshot(this.data, this.progress, ctx, plan, quarterOfRound(round), round, new Date());
  }

  /**
   * The quarter a plan is read live for (a plan's end of planDiff): the quarter of its latest
   * CLOSED round, if it has one (what its last board saw, as it stands now); else the quarter
   * holding today, clipped to the plan's period (its first quarter before the plan starts, its
   * last after it ends).
   */
  async planQuarter(via: ReadContext, plan: Plan): Promise<Quarter> {
    const latest = await this.data
      .query(via, ReportingRound, 'r')
      .where('r.planId = :planId AND r.archivedAt IS NULL AND r.status = :closed', { planId: plan.id, closed: RoundStatus.CLOSED })
      .orderBy('r.financialYear', 'DESC')
      .addOrderBy('r.quarter', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getOne();
    return latest ? quarterOfRound(latest) : quarterWithinPlan(plan, new Date().toISOString().slice(0, 10));
  }

  /** The round's chase list (round.chase.ts). */
  async chaseList(ctx: RequestContext, ref: string): Promise<ChaseList> {
    return chaseList(this.data, this.progress, ctx, await this.get(ctx, ref, 'round'));
  }

  /** Rounds, latest quarter first (a plan's, or every plan's): a count and a page. */
  list(ctx: RequestContext, planId: string | null | undefined, args: PageArgs): Promise<ConnectionShape<ReportingRound>> {
    return pagedList(args, async () => {
      const qb = this.data.query(ctx, ReportingRound, 'r').where('r.archivedAt IS NULL');
      if (planId) qb.andWhere('r.planId = :planId', { planId: (await this.data.byGlobalId(ctx, Plan, planId, 'planId')).id });
      return qb.orderBy('r.financialYear', 'DESC').addOrderBy('r.quarter', 'DESC').addOrderBy('r.planId', 'ASC').addOrderBy('r.id', 'ASC');
    });
  }
}
