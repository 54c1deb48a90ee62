import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, IsNull, ObjectLiteral } from 'typeorm';
import { Plan } from '../modules/plan/plan.entity';
import { Partnership } from '../modules/partnership/partnership.entity';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Action } from '../modules/action/action.entity';
import { ActionAgency, Agency, AgencyAlias, ObjectiveAgency } from '../modules/agency/agency.entity';
import { MeasureValue, NationalOutcome, OutcomeMeasure } from '../modules/outcome/outcome.entity';
import { Reprocurement } from '../modules/reprocurement/reprocurement.entity';
import { HelpService } from '../modules/help-service/help-service.entity';
import { ProgressUpdate } from '../modules/progress/progress.entity';

/** Loads records by primary key, one statement per batch; archived records are still found by id. */
function byId<T extends ObjectLiteral & { id: number }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ds.getRepository(entity).find({ where: { id: In([...ids]) } as never });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * Loads the live (not archived) children of many parents in one statement, grouped by `key`, in
 * `order`. Pagination of a child list happens in memory: a plan's child lists are short.
 */
function childrenOf<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
  live = true,
) {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const where: Record<string, unknown> = { [key]: In([...parentIds]) };
    if (live) where.archivedAt = IsNull();
    const rows = await ds.getRepository(entity).find({ where: where as never, order: order as never });
    const groups = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row[key] as number)?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** Link rows (objective-agency, action-agency, aliases): no archive marker. */
function linksOf<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, key: keyof T & string, order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>) {
  return childrenOf(ds, entity, key, order, false);
}

/** One set of loaders per request, so that nothing is cached across requests or users. */
export function createLoaders(ds: DataSource) {
  return {
    partnership: byId(ds, Partnership),
    plan: byId(ds, Plan),
    pillar: byId(ds, Pillar),
    priority: byId(ds, Priority),
    objective: byId(ds, Objective),
    action: byId(ds, Action),
    agency: byId(ds, Agency),
    outcome: byId(ds, NationalOutcome),
    measure: byId(ds, OutcomeMeasure),
    measureValue: byId(ds, MeasureValue),
    reprocurement: byId(ds, Reprocurement),
    helpService: byId(ds, HelpService),
    progressUpdate: byId(ds, ProgressUpdate),

    pillarsByPlan: childrenOf(ds, Pillar, 'planId', { number: 'ASC', id: 'ASC' }),
    prioritiesByPillar: childrenOf(ds, Priority, 'pillarId', { position: 'ASC', id: 'ASC' }),
    objectivesByPriority: childrenOf(ds, Objective, 'priorityId', { position: 'ASC', id: 'ASC' }),
    actionsByObjective: childrenOf(ds, Action, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    reprocurementsByObjective: childrenOf(ds, Reprocurement, 'objectiveId', { expiryDate: 'ASC', id: 'ASC' }),
    outcomesByPlan: childrenOf(ds, NationalOutcome, 'planId', { position: 'ASC', id: 'ASC' }),
    outcomesByPillar: childrenOf(ds, NationalOutcome, 'pillarId', { position: 'ASC', id: 'ASC' }),
    measuresByOutcome: childrenOf(ds, OutcomeMeasure, 'outcomeId', { position: 'ASC', id: 'ASC' }),
    valuesByMeasure: childrenOf(ds, MeasureValue, 'measureId', { periodStart: 'ASC', id: 'ASC' }),
    progressByAction: childrenOf(ds, ProgressUpdate, 'actionId', { financialYear: 'ASC', quarter: 'ASC', id: 'ASC' }),
    helpServicesByPartnership: childrenOf(ds, HelpService, 'partnershipId', { position: 'ASC', id: 'ASC' }),

    objectiveLinksByObjective: linksOf(ds, ObjectiveAgency, 'objectiveId', { position: 'ASC', id: 'ASC' }),
    actionLinksByAction: linksOf(ds, ActionAgency, 'actionId', { id: 'ASC' }),
    objectiveLinksByAgency: linksOf(ds, ObjectiveAgency, 'agencyId', { objectiveId: 'ASC' }),
    actionLinksByAgency: linksOf(ds, ActionAgency, 'agencyId', { actionId: 'ASC' }),
    aliasesByAgency: linksOf(ds, AgencyAlias, 'agencyId', { alias: 'ASC' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
