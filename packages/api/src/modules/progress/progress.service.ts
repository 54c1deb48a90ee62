import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { fromGlobalId } from '../../common/global-id';
import { loadByGlobalId } from '../../loaders/lookup';
import { planOfObjective } from '../../plan-tree/plan-period';
import { fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { Action, ActionStatus } from '../action/action.entity';
import { Objective } from '../objective/objective.entity';
import { Priority } from '../priority/priority.entity';
import { Pillar } from '../pillar/pillar.entity';
import { ActionAgency, Agency, ObjectiveAgency } from '../agency/agency.entity';
import type { Plan } from '../plan/plan.entity';
import type { PlanService } from '../plan/plan.service';
import { ProgressUpdate, Rag } from './progress.entity';
import { ProgressQuarterArgs, RecordProgressInput } from './progress.inputs';
import { buildCounts, ProgressReport, ReportAction } from './progress.report';
import { checkQuarterWithinPlan, parseQuarter, Quarter } from './quarter';
import type { MutationNameOf } from '../../core/rules';
import type { PROGRESS_MUTATIONS } from './progress.rules';

/** Quarterly progress on actions: recording updates, and the plan's progress for a quarter. */
export class ProgressService {
  constructor(
    private readonly ds: DataSource,
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
        problems.add('input.percentComplete', 'completeIs100', `Argument "input.percentComplete" must be 100 (or left out) when the status is COMPLETED, got ${percent}.`);
      }
      const action = await changes.get(Action, fromGlobalId(input.actionId, 'input.actionId', 'Action').id, 'input.actionId');
      if (action.archivedAt) problems.add('input.actionId', 'notArchived', 'Argument "input.actionId" is an archived action: restore it before recording progress on it.');
      if (quarter) await problems.collect(async () => checkQuarterWithinPlan(await planOfObjective(changes.manager, action.objectiveId), quarter, 'input.quarter'));
      problems.throwIfAny();
      if (!quarter) throw new Error('unreachable: a quarter without a problem'); // narrows the type

      // A late update for an earlier quarter joins the series but does not change the action's
      // current status. Either way the version is checked (changes.update with no change writes nothing).
      const laterExists = await changes.manager
        .getRepository(ProgressUpdate)
        .createQueryBuilder('pu')
        .where('pu.actionId = :actionId AND pu.archivedAt IS NULL', { actionId: action.id })
        .andWhere('(pu.financialYear > :fy OR (pu.financialYear = :fy AND pu.quarter > :q))', { fy: quarter.financialYear, q: quarter.quarter })
        .getCount();
      await changes.update(Action, action.id, input.expectedVersion ?? action.version, laterExists ? {} : { status: input.status });

      return changes.create(ProgressUpdate, {
        actionId: action.id,
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
      });
    });
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
      this.liveActions(plan.id)
        .select('a.id', 'id')
        .addSelect('pr.id', 'priorityId')
        .addSelect('pi.id', 'pillarId')
        .getRawMany<ReportAction>(),
      this.latestRagInQuarter(plan.id, quarter),
      this.agencyLinks(plan.id),
      ctx.loaders.pillarsByPlan.load(plan.id),
    ]);
    const priorities = (await ctx.loaders.prioritiesByPillar.loadMany(pillars.map((p) => p.id))).flatMap((list) => (list instanceof Error ? [] : list));
    const counts = buildCounts(
      actions.map((a) => ({ id: Number(a.id), priorityId: Number(a.priorityId), pillarId: Number(a.pillarId) })),
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
    const page = pageOf(pageArgs);
    const { plan, quarter } = await this.planAndQuarter(ctx, args);
    const qb = this.liveActions(plan.id);
    const updated = qb
      .subQuery()
      .select('1')
      .from(ProgressUpdate, 'pu')
      .where('pu.actionId = a.id AND pu.financialYear = :fy AND pu.quarter = :q AND pu.archivedAt IS NULL')
      .getQuery();
    qb.andWhere(`NOT EXISTS ${updated}`, { fy: quarter.financialYear, q: quarter.quarter });
    qb.orderBy('pi.number', 'ASC').addOrderBy('pr.position', 'ASC').addOrderBy('o.position', 'ASC').addOrderBy('a.position', 'ASC').addOrderBy('a.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }

  /** The plan (by planId, default the current delivery plan) and the quarter, checked to lie within it. */
  private async planAndQuarter(ctx: RequestContext, args: ProgressQuarterArgs): Promise<{ plan: Plan; quarter: Quarter }> {
    const quarter = parseQuarter(args.quarter, 'quarter');
    const plan = args.planId ? await loadByGlobalId<Plan>(ctx, args.planId, 'planId', 'Plan') : await this.plans.get(ctx, {});
    checkQuarterWithinPlan(plan, quarter, 'quarter');
    return { plan, quarter };
  }

  /**
   * The live actions of a plan: the action and every level above it (objective, priority,
   * pillar) not archived. Aliases a, o, pr, pi.
   */
  private liveActions(planId: number): SelectQueryBuilder<Action> {
    return this.ds
      .getRepository(Action)
      .createQueryBuilder('a')
      .innerJoin(Objective, 'o', 'o.id = a.objectiveId')
      .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
      .innerJoin(Pillar, 'pi', 'pi.id = pr.pillarId')
      .where('pi.planId = :planId', { planId })
      .andWhere('a.archivedAt IS NULL AND o.archivedAt IS NULL AND pr.archivedAt IS NULL AND pi.archivedAt IS NULL');
  }

  /** Action id -> RAG of its latest recorded update in the quarter, for the plan's actions: one statement. */
  private async latestRagInQuarter(planId: number, quarter: Quarter): Promise<Map<number, Rag>> {
    const qb = this.ds.getRepository(ProgressUpdate).createQueryBuilder('pu');
    const latestIds = qb
      .subQuery()
      .select('MAX(p2.id)')
      .from(ProgressUpdate, 'p2')
      .innerJoin(Action, 'a', 'a.id = p2.actionId')
      .innerJoin(Objective, 'o', 'o.id = a.objectiveId')
      .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
      .innerJoin(Pillar, 'pi', 'pi.id = pr.pillarId')
      .where('pi.planId = :planId AND p2.financialYear = :fy AND p2.quarter = :q AND p2.archivedAt IS NULL')
      .groupBy('p2.actionId')
      .getQuery();
    const rows = await qb
      .select('pu.actionId', 'actionId')
      .addSelect('pu.rag', 'rag')
      .where(`pu.id IN ${latestIds}`, { planId, fy: quarter.financialYear, q: quarter.quarter })
      .getRawMany<{ actionId: number; rag: Rag }>();
    return new Map(rows.map((r) => [Number(r.actionId), r.rag]));
  }

  /**
   * Action id -> the agencies responsible for it, through its objective or directly, for the
   * plan's actions: one statement (a UNION of the two kinds of link).
   */
  private async agencyLinks(planId: number): Promise<Map<number, Set<number>>> {
    const t = (entity: Parameters<DataSource['getMetadata']>[0]) => this.ds.driver.escape(this.ds.getMetadata(entity).tableName);
    const planActions = `${t(Action)} a JOIN ${t(Objective)} o ON o.id = a.objectiveId JOIN ${t(Priority)} pr ON pr.id = o.priorityId JOIN ${t(Pillar)} pi ON pi.id = pr.pillarId`;
    const sql = `SELECT a.id AS actionId, oa.agencyId AS agencyId FROM ${planActions} JOIN ${t(ObjectiveAgency)} oa ON oa.objectiveId = a.objectiveId WHERE pi.planId = :planId
      UNION
      SELECT a.id AS actionId, aa.agencyId AS agencyId FROM ${planActions} JOIN ${t(ActionAgency)} aa ON aa.actionId = a.id WHERE pi.planId = :planId`;
    const [query, parameters] = this.ds.driver.escapeQueryWithParameters(sql, { planId });
    const rows = (await this.ds.query(query, parameters)) as Array<{ actionId: number; agencyId: number }>;
    const links = new Map<number, Set<number>>();
    for (const { actionId, agencyId } of rows) {
      const set = links.get(Number(actionId)) ?? new Set<number>();
      set.add(Number(agencyId));
      links.set(Number(actionId), set);
    }
    return links;
  }
}
