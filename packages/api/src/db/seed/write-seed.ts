import type { EntityManager } from 'typeorm';
import { Partnership } from '../../modules/partnership/partnership.entity';
import { Plan, PlanKind } from '../../modules/plan/plan.entity';
import { Pillar } from '../../modules/pillar/pillar.entity';
import { Priority } from '../../modules/priority/priority.entity';
import { Objective } from '../../modules/objective/objective.entity';
import { Action, ActionStatus } from '../../modules/action/action.entity';
import { Agency, AgencyAlias, AgencyKind, ObjectiveAgency } from '../../modules/agency/agency.entity';
import { MeasureDirection, MeasureUnit, MeasureValue, MeasureValueKind, NationalOutcome, OutcomeMeasure } from '../../modules/outcome/outcome.entity';
import { Reprocurement, ReprocurementStatus } from '../../modules/reprocurement/reprocurement.entity';
import { HelpService } from '../../modules/help-service/help-service.entity';
import { findWhereIn, insertRows } from './insert-rows';
import { normalise } from './normalise';
import type { SeedFile, SeedPlan } from './seed-file';

/**
 * Writes a seed file's records through the given (transactional) EntityManager, a table at a time:
 * one multi-row INSERT per table where the parameter limit allows, then one SELECT to learn the new
 * ids by their natural keys (parent and position). Agencies that already exist by name are reused,
 * and aliases already known are left alone. Actions are due at the delivery plan's end.
 */
export async function writeSeed(manager: EntityManager, seed: SeedFile): Promise<void> {
  const partnership = await manager.getRepository(Partnership).save(manager.create(Partnership, seed.partnership));
  const strategy = await savePlan(manager, partnership.id, PlanKind.STRATEGY, seed.plans.strategy, null);
  const deliveryPlan = await savePlan(manager, partnership.id, PlanKind.DELIVERY_PLAN, seed.plans.deliveryPlan, strategy.id);
  const agencyIds = await writeAgencies(manager, seed);

  // Pillars, priorities, objectives and actions: the delivery plan's tree.
  await insertRows(
    manager,
    Pillar,
    seed.pillars.map((p) => ({
      planId: deliveryPlan.id,
      number: p.number,
      name: p.name,
      headingInPlan: p.headingInPlan,
      vision: p.vision,
      subgroup: p.subgroup,
    })),
  );
  const pillarIds = new Map((await manager.getRepository(Pillar).findBy({ planId: deliveryPlan.id })).map((p) => [p.number, p.id]));
  const pillarOf = (number: number) => mustGet(pillarIds, number, `pillar ${number}`);

  await insertRows(
    manager,
    Priority,
    seed.pillars.flatMap((p) =>
      p.priorities.map((q) => ({
        pillarId: pillarOf(p.number),
        position: q.position,
        title: q.title,
        strategyName: q.strategyName,
        strategyNarrative: q.strategyNarrative,
      })),
    ),
  );
  const priorityIds = idsByPosition(await findWhereIn(manager, Priority, 'pillarId', [...pillarIds.values()]), (q) => q.pillarId);
  const priorityOf = (pillar: number, priority: number) => mustGet(priorityIds, key(pillarOf(pillar), priority), `priority ${pillar}.${priority}`);

  const objectives = seed.pillars.flatMap((p) =>
    p.priorities.flatMap((q) => q.objectives.map((o) => ({ priorityId: priorityOf(p.number, q.position), objective: o }))),
  );
  await insertRows(
    manager,
    Objective,
    objectives.map(({ priorityId, objective: o }) => ({ priorityId, position: o.position, text: o.text, subPoints: o.subPoints })),
  );
  const objectiveIds = idsByPosition(await findWhereIn(manager, Objective, 'priorityId', [...priorityIds.values()]), (o) => o.priorityId);
  const objectiveOf = (priorityId: number, position: number) =>
    mustGet(objectiveIds, key(priorityId, position), `objective ${position} of priority #${priorityId}`);

  await insertRows(
    manager,
    ObjectiveAgency,
    objectives.flatMap(({ priorityId, objective: o }) =>
      o.agencies.map((link, i) => ({
        objectiveId: objectiveOf(priorityId, o.position),
        agencyId: mustGet(agencyIds, link.agency, `agency "${link.agency}"`),
        position: i + 1,
        asWritten: link.asWritten,
      })),
    ),
  );
  await insertRows(
    manager,
    Action,
    objectives.flatMap(({ priorityId, objective: o }) =>
      o.actions.map((a) => ({
        objectiveId: objectiveOf(priorityId, o.position),
        position: a.position,
        text: a.text,
        fundingCondition: a.fundingCondition,
        target: a.target,
        durationMonths: a.durationMonths,
        dueDate: seed.plans.deliveryPlan.periodEnd,
        status: ActionStatus.NOT_STARTED,
      })),
    ),
  );
  const actionIds = idsByPosition(await findWhereIn(manager, Action, 'objectiveId', [...objectiveIds.values()]), (a) => a.objectiveId);

  await insertRows(
    manager,
    Reprocurement,
    seed.reprocurements.map((r) => {
      const objectiveId = objectiveOf(priorityOf(r.path.pillar, r.path.priority), r.path.objective);
      return {
        objectiveId,
        actionId: mustGet(actionIds, key(objectiveId, r.path.action), `action ${r.path.action} of objective #${objectiveId}`),
        agencyId: r.agency === null ? null : mustGet(agencyIds, r.agency, `agency "${r.agency}"`),
        service: r.service,
        supplier: r.supplier,
        expiryDate: r.expiryDate,
        status: ReprocurementStatus.NOT_STARTED,
        asWritten: r.asWritten,
      };
    }),
  );

  // The outcomes framework belongs to the strategy; each outcome points at the delivery plan's pillar.
  await insertRows(
    manager,
    NationalOutcome,
    seed.outcomes.map((o) => ({ planId: strategy.id, pillarId: pillarOf(o.pillar), position: o.position, name: o.name })),
  );
  const outcomeIds = new Map((await manager.getRepository(NationalOutcome).findBy({ planId: strategy.id })).map((o) => [o.position, o.id]));
  await insertRows(
    manager,
    OutcomeMeasure,
    seed.outcomes.flatMap((o) =>
      o.measures.map((m) => ({
        outcomeId: mustGet(outcomeIds, o.position, `outcome ${o.position}`),
        position: m.position,
        name: m.name,
        unit: m.unit as MeasureUnit,
        direction: m.direction as MeasureDirection,
      })),
    ),
  );
  const measureIds = idsByPosition(await findWhereIn(manager, OutcomeMeasure, 'outcomeId', [...outcomeIds.values()]), (m) => m.outcomeId);
  await insertRows(
    manager,
    MeasureValue,
    seed.outcomes.flatMap((o) =>
      o.measures.flatMap((m) =>
        m.values.map((v) => ({
          measureId: mustGet(measureIds, key(mustGet(outcomeIds, o.position, `outcome ${o.position}`), m.position), `measure ${o.position}.${m.position}`),
          kind: v.kind as MeasureValueKind,
          periodLabel: v.periodLabel,
          periodStart: v.periodStart,
          periodEnd: v.periodEnd,
          value: v.value,
          note: v.note,
          source: v.source,
        })),
      ),
    ),
  );

  await insertRows(
    manager,
    HelpService,
    seed.helpServices.map((h) => ({ partnershipId: partnership.id, ...h })),
  );
}

async function savePlan(manager: EntityManager, partnershipId: number, kind: PlanKind, plan: SeedPlan, strategyId: number | null): Promise<Plan> {
  return manager.getRepository(Plan).save(manager.create(Plan, { partnershipId, kind, strategyId, ...plan }));
}

/** Inserts the agencies not already present by name, and the aliases not already known; returns ids by name. */
async function writeAgencies(manager: EntityManager, seed: SeedFile): Promise<Map<string, number>> {
  const names = seed.agencies.map((a) => a.name);
  const existing = new Set((await findWhereIn(manager, Agency, 'name', names)).map((a) => a.name));
  await insertRows(
    manager,
    Agency,
    seed.agencies
      .filter((a) => !existing.has(a.name))
      .map((a) => ({ name: a.name, shortName: a.shortName, kind: a.kind as AgencyKind, description: a.description })),
  );
  const ids = new Map((await findWhereIn(manager, Agency, 'name', names)).map((a) => [a.name, a.id]));

  const aliases = new Map<string, { normalised: string; alias: string; agencyId: number }>();
  for (const agency of seed.agencies) {
    for (const alias of agency.aliases) {
      const normalised = normalise(alias);
      if (!aliases.has(normalised)) aliases.set(normalised, { normalised, alias, agencyId: mustGet(ids, agency.name, `agency "${agency.name}"`) });
    }
  }
  const known = new Set((await findWhereIn(manager, AgencyAlias, 'normalised', [...aliases.keys()])).map((a) => a.normalised));
  await insertRows(
    manager,
    AgencyAlias,
    [...aliases.values()].filter((a) => !known.has(a.normalised)),
  );
  return ids;
}

function key(parentId: number, position: number): string {
  return `${parentId}:${position}`;
}

function idsByPosition<T extends { id: number; position: number }>(rows: T[], parentOf: (row: T) => number): Map<string, number> {
  return new Map(rows.map((row) => [key(parentOf(row), row.position), row.id]));
}

function mustGet<K, V>(map: Map<K, V>, k: K, what: string): V {
  const value = map.get(k);
  if (value === undefined) throw new Error(`Seed refers to ${what}, which was not written`);
  return value;
}
