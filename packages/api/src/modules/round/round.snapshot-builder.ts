import { In, IsNull } from 'typeorm';
import { toGlobalId } from '../../common/global-id';
import { DataRevision } from '../../db/revision.entity';
import { joinAncestors, orderActions, planActionsQuery } from '../../plan-tree/hierarchy';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import { ActionAgency, Agency, ObjectiveAgency } from '../agency/agency.entity';
import { MeasureValue, NationalOutcome, OutcomeMeasure } from '../outcome/outcome.entity';
import { Pillar } from '../pillar/pillar.entity';
import type { Plan } from '../plan/plan.entity';
import type { ProgressService } from '../progress/progress.service';
import { AgencyRags, buildCounts, RagCounts, reportActionOf, rollUpRag } from '../progress/progress.report';
import type { Rag } from '../progress/progress.entity';
import type { Quarter } from '../progress/quarter';
import { Objective } from '../objective/objective.entity';
import { Reprocurement } from '../reprocurement/reprocurement.entity';
import type { ReportingRound } from './round.entity';
import { PlanSnapshot, SNAPSHOT_FORMAT, SnapshotAction, SnapshotContract, SnapshotCounts, SnapshotMeasure, SnapshotUpdate } from './round.snapshot';

const iso = (d: Date) => d.toISOString();
const counts = (c: RagCounts | undefined): SnapshotCounts => ({
  red: c?.red ?? 0,
  amber: c?.amber ?? 0,
  green: c?.green ?? 0,
  noUpdate: c?.noUpdate ?? 0,
  total: c?.total ?? 0,
});

/** What the snapshot's action rows are read as: an action with where it sits in the plan. */
interface ActionRow {
  id: number;
  text: string;
  status: string;
  dueDate: string | null;
  leadAgencyId: number | null;
  carriedFromId: number | null;
  objectiveId: number;
  objectiveText: string;
  objectivePosition: number;
  priorityId: number;
  priorityPosition: number;
  pillarId: number;
  pillarNumber: number;
  position: number;
}

/**
 * The plan as it stands for `quarter` (PlanSnapshot): its live actions with their quarter RAG
 * (the roll-up) and each agency's latest update in the quarter, the counts overall and per pillar
 * (as progressReport counts them), the agencies named, the outcome measures with the values whose
 * period started by the quarter's end, and the live reprocurements. Read through `via`: a request,
 * or a write's transaction (closeRound stores what it reads there). A fixed number of statements
 * whatever the plan's size: the revision, pillars, actions, latest updates, objective and action
 * agency links, agencies, measures, measure values, reprocurements.
 */
export async function buildSnapshot(
  data: DataAccess,
  progress: ProgressService,
  via: ReadContext,
  plan: Plan,
  quarter: Quarter,
  round: ReportingRound | null,
  takenAt: Date,
): Promise<PlanSnapshot> {
  const manager = data.manager(via);
  const [revisionRow, pillars, actionRows, updates, objectiveLinks, actionLinks, measures, contracts] = await Promise.all([
    manager.getRepository(DataRevision).findOne({ where: { id: 1 } }),
    manager.getRepository(Pillar).find({ where: { planId: plan.id, archivedAt: IsNull() }, order: { number: 'ASC', id: 'ASC' } }),
    orderActions(planActionsQuery(manager, plan.id, { live: true }))
      .select('a.id', 'id')
      .addSelect('a.text', 'text')
      .addSelect('a.status', 'status')
      .addSelect('CAST(a.dueDate AS TEXT)', 'dueDate') // text on both engines (pg hands a raw date over as a Date)
      .addSelect('a.leadAgencyId', 'leadAgencyId')
      .addSelect('a.carriedFromId', 'carriedFromId')
      .addSelect('a.position', 'position')
      .addSelect('o.id', 'objectiveId')
      .addSelect('o.text', 'objectiveText')
      .addSelect('o.position', 'objectivePosition')
      .addSelect('pr.id', 'priorityId')
      .addSelect('pr.position', 'priorityPosition')
      .addSelect('pi.id', 'pillarId')
      .addSelect('pi.number', 'pillarNumber')
      .getRawMany<ActionRow>(),
    progress.latestUpdatesInQuarter(via, plan.id, quarter),
    joinAncestors(manager.getRepository(ObjectiveAgency).createQueryBuilder('oa').innerJoin(Objective, 'o', 'o.id = oa.objectiveId'), 'objective', 'o')
      .where('pi.planId = :planId', { planId: plan.id })
      .select('oa.objectiveId', 'ownerId')
      .addSelect('oa.agencyId', 'agencyId')
      .addSelect('oa.position', 'position')
      .addSelect('oa.id', 'linkId')
      .getRawMany<{ ownerId: number; agencyId: number; position: number; linkId: number }>(),
    planActionsQuery(manager, plan.id, { live: true })
      .innerJoin(ActionAgency, 'aa', 'aa.actionId = a.id')
      .select('a.id', 'ownerId')
      .addSelect('aa.agencyId', 'agencyId')
      .addSelect('aa.id', 'linkId')
      .getRawMany<{ ownerId: number; agencyId: number; linkId: number }>(),
    manager
      .getRepository(OutcomeMeasure)
      .createQueryBuilder('m')
      .innerJoin(NationalOutcome, 'no', 'no.id = m.outcomeId')
      .where('no.planId IN (:...planIds) AND m.archivedAt IS NULL AND no.archivedAt IS NULL', {
        planIds: plan.strategyId === null ? [plan.id] : [plan.id, plan.strategyId],
      })
      .select('m.id', 'id')
      .addSelect('m.name', 'name')
      .addSelect('m.unit', 'unit')
      .addSelect('m.direction', 'direction')
      .addSelect('no.id', 'outcomeId')
      .addSelect('no.name', 'outcomeName')
      .orderBy('no.position', 'ASC')
      .addOrderBy('no.id', 'ASC')
      .addOrderBy('m.position', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getRawMany<{
        id: number;
        name: string;
        unit: SnapshotMeasure['unit'];
        direction: SnapshotMeasure['direction'];
        outcomeId: number;
        outcomeName: string;
      }>(),
    joinAncestors(manager.getRepository(Reprocurement).createQueryBuilder('r').innerJoin(Objective, 'o', 'o.id = r.objectiveId'), 'objective', 'o')
      .where('pi.planId = :planId AND r.archivedAt IS NULL', { planId: plan.id })
      .orderBy('r.expiryDate', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany(),
  ]);
  const measureIds = measures.map((m) => Number(m.id));
  const values = measureIds.length
    ? await manager
        .getRepository(MeasureValue)
        .createQueryBuilder('v')
        .where('v.measureId IN (:...measureIds) AND v.archivedAt IS NULL AND v.periodStart <= :end', { measureIds, end: quarter.periodEnd })
        .orderBy('v.periodStart', 'ASC')
        .addOrderBy('v.id', 'ASC')
        .getMany()
    : [];

  // Responsible agencies per action: the objective's (by position), then the action's own, distinct.
  const byObjective = new Map<number, number[]>();
  for (const l of [...objectiveLinks].sort((a, b) => a.position - b.position || a.linkId - b.linkId)) {
    const list = byObjective.get(Number(l.ownerId)) ?? [];
    if (!list.includes(Number(l.agencyId))) list.push(Number(l.agencyId));
    byObjective.set(Number(l.ownerId), list);
  }
  const ownLinks = new Map<number, number[]>();
  for (const l of [...actionLinks].sort((a, b) => a.linkId - b.linkId)) {
    const list = ownLinks.get(Number(l.ownerId)) ?? [];
    list.push(Number(l.agencyId));
    ownLinks.set(Number(l.ownerId), list);
  }
  const agencyIdsOf = (a: ActionRow): number[] => [...new Set([...(byObjective.get(Number(a.objectiveId)) ?? []), ...(ownLinks.get(Number(a.id)) ?? [])])];

  const agencyIds = new Set<number>();
  for (const a of actionRows) for (const id of agencyIdsOf(a)) agencyIds.add(id);
  for (const u of updates) if (u.agencyId !== null) agencyIds.add(u.agencyId);
  for (const c of contracts) if (c.agencyId !== null) agencyIds.add(c.agencyId);
  const agencies = agencyIds.size ? await manager.getRepository(Agency).find({ where: { id: In([...agencyIds]) } }) : [];
  agencies.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id);
  const agencyRank = new Map(agencies.map((a, i) => [a.id, i]));

  const latest = new Map<number, AgencyRags>();
  const updatesOf = new Map<number, typeof updates>();
  for (const u of updates) {
    const rags = latest.get(u.actionId) ?? new Map<number | null, Rag>();
    rags.set(u.agencyId, u.rag);
    latest.set(u.actionId, rags);
    updatesOf.set(u.actionId, [...(updatesOf.get(u.actionId) ?? []), u]);
  }
  const links = new Map(actionRows.map((a) => [Number(a.id), new Set(agencyIdsOf(a))]));
  const built = buildCounts(
    actionRows.map(reportActionOf),
    latest,
    links,
    pillars.map((p) => p.id),
    [],
  );

  const snapshotUpdate = (u: (typeof updates)[number]): SnapshotUpdate => ({
    id: toGlobalId('ProgressUpdate', u.id),
    agencyId: u.agencyId === null ? null : toGlobalId('Agency', u.agencyId),
    rag: u.rag,
    status: u.status,
    percentComplete: u.percentComplete,
    commentary: u.commentary,
    reportedBy: u.reportedBy,
    recordedAt: iso(u.createdAt),
  });
  const actions: SnapshotAction[] = actionRows.map((a) => {
    const id = Number(a.id);
    const leadAgencyId = a.leadAgencyId === null ? null : Number(a.leadAgencyId);
    const own = [...(updatesOf.get(id) ?? [])].sort(
      (x, y) =>
        (x.agencyId === null ? Infinity : (agencyRank.get(x.agencyId) ?? Infinity)) -
          (y.agencyId === null ? Infinity : (agencyRank.get(y.agencyId) ?? Infinity)) || x.id - y.id,
    );
    return {
      id: toGlobalId('Action', id),
      ref: `${a.pillarNumber}.${a.priorityPosition}.${a.objectivePosition}.${a.position}`,
      pillarId: toGlobalId('Pillar', Number(a.pillarId)),
      priorityId: toGlobalId('Priority', Number(a.priorityId)),
      objectiveId: toGlobalId('Objective', Number(a.objectiveId)),
      objectiveText: a.objectiveText,
      text: a.text,
      status: a.status as SnapshotAction['status'],
      dueDate: a.dueDate,
      agencyIds: agencyIdsOf(a).map((x) => toGlobalId('Agency', x)),
      leadAgencyId: leadAgencyId === null ? null : toGlobalId('Agency', leadAgencyId),
      quarterRag: rollUpRag(latest.get(id), leadAgencyId),
      updates: own.map(snapshotUpdate),
      carriedFromId: a.carriedFromId === null ? null : toGlobalId('Action', Number(a.carriedFromId)),
    };
  });

  const valuesOf = new Map<number, MeasureValue[]>();
  for (const v of values) valuesOf.set(v.measureId, [...(valuesOf.get(v.measureId) ?? []), v]);
  const contractRows: SnapshotContract[] = contracts.map((c) => ({
    id: toGlobalId('Reprocurement', c.id),
    service: c.service,
    supplier: c.supplier,
    expiryDate: c.expiryDate,
    status: c.status,
    objectiveId: toGlobalId('Objective', c.objectiveId),
    actionId: c.actionId === null ? null : toGlobalId('Action', c.actionId),
    agencyId: c.agencyId === null ? null : toGlobalId('Agency', c.agencyId),
  }));

  return {
    format: SNAPSHOT_FORMAT,
    takenAt: iso(takenAt),
    revision: Number(revisionRow?.revision ?? 0),
    plan: {
      id: toGlobalId('Plan', plan.id),
      title: plan.title,
      periodLabel: plan.periodLabel,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status,
    },
    quarter: {
      label: quarter.label,
      financialYear: quarter.financialYear,
      quarter: quarter.quarter,
      periodStart: quarter.periodStart,
      periodEnd: quarter.periodEnd,
    },
    round: round
      ? {
          id: toGlobalId('ReportingRound', round.id),
          deadline: round.deadline,
          openedAt: iso(round.openedAt),
          closedAt: round.closedAt ? iso(round.closedAt) : null,
        }
      : null,
    overall: counts(built.overall),
    pillars: pillars.map((p) => ({
      id: toGlobalId('Pillar', p.id),
      number: p.number,
      name: p.name,
      lead: p.lead,
      subgroup: p.subgroup,
      counts: counts(built.byPillar.get(p.id)),
    })),
    actions,
    agencies: agencies.map((a) => ({ id: toGlobalId('Agency', a.id), name: a.name, shortName: a.shortName })),
    measures: measures.map((m) => ({
      id: toGlobalId('OutcomeMeasure', Number(m.id)),
      outcomeId: toGlobalId('NationalOutcome', Number(m.outcomeId)),
      outcomeName: m.outcomeName,
      name: m.name,
      unit: m.unit,
      direction: m.direction,
      values: (valuesOf.get(Number(m.id)) ?? []).map((v) => ({
        kind: v.kind,
        periodLabel: v.periodLabel,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        value: Number(v.value),
      })),
    })),
    contracts: contractRows,
  };
}
