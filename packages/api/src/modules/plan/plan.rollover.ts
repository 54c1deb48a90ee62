import { In, IsNull, Not } from 'typeorm';
import type { ChangeSet } from '../../writes/change-set';
import { AuditOperation } from '../audit/audit.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Priority } from '../priority/priority.entity';
import { Objective } from '../objective/objective.entity';
import { Action, ActionStatus } from '../action/action.entity';
import { ActionAgency, Agency, ObjectiveAgency } from '../agency/agency.entity';
import { agencyRef } from '../agency/agency.names';
import { Plan, PlanStatus } from './plan.entity';

/** Action statuses that end an action: such actions stay with their plan and are not carried over. */
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = [ActionStatus.COMPLETED, ActionStatus.CANCELLED];

/**
 * Writes the successor of delivery plan `source` (already checked) as a DRAFT plan: a copy of its
 * live pillars, priorities and objectives, and of its live actions that are not COMPLETED or
 * CANCELLED, each with carriedFromId naming the record it came from, and the agencies responsible
 * for each objective and action. Carried actions start again: NOT_STARTED, due at the new plan's
 * end, renumbered 1.. within their objective in their old order. Every record is a CREATE of the
 * mutation, each agency link a LINK, all in the caller's transaction; the source is not touched.
 * Progress updates, risks and reprocurements stay with the records they were made on (reachable
 * through carriedFrom); outcome measures belong to the strategy and carry on as they are.
 */
export async function rollOver(
  changes: ChangeSet,
  source: Plan,
  target: { title: string; periodLabel: string; periodStart: string; periodEnd: string },
): Promise<Plan> {
  const m = changes.manager;
  const plan = await changes.create(Plan, {
    partnershipId: source.partnershipId,
    kind: source.kind,
    title: target.title,
    periodLabel: target.periodLabel,
    periodStart: target.periodStart,
    periodEnd: target.periodEnd,
    strategyId: source.strategyId,
    summary: source.summary,
    status: PlanStatus.DRAFT,
    carriedFromId: source.id,
  });
  const agencies = new Map((await m.find(Agency)).map((a) => [a.id, a]));
  const live = { archivedAt: IsNull() };

  const pillars = await m.find(Pillar, { where: { planId: source.id, ...live }, order: { number: 'ASC', id: 'ASC' } });
  for (const pillar of pillars) {
    const newPillar = await changes.create(Pillar, {
      planId: plan.id,
      number: pillar.number,
      name: pillar.name,
      headingInPlan: pillar.headingInPlan,
      vision: pillar.vision,
      subgroup: pillar.subgroup,
      lead: pillar.lead,
      carriedFromId: pillar.id,
    });
    const priorities = await m.find(Priority, { where: { pillarId: pillar.id, ...live }, order: { position: 'ASC', id: 'ASC' } });
    for (const priority of priorities) {
      const newPriority = await changes.create(Priority, {
        pillarId: newPillar.id,
        position: priority.position,
        title: priority.title,
        strategyName: priority.strategyName,
        strategyNarrative: priority.strategyNarrative,
        carriedFromId: priority.id,
      });
      const objectives = await m.find(Objective, { where: { priorityId: priority.id, ...live }, order: { position: 'ASC', id: 'ASC' } });
      for (const objective of objectives) {
        const newObjective = await changes.create(Objective, {
          priorityId: newPriority.id,
          position: objective.position,
          text: objective.text,
          subPoints: objective.subPoints,
          carriedFromId: objective.id,
        });
        const links = await m.find(ObjectiveAgency, { where: { objectiveId: objective.id }, order: { position: 'ASC', id: 'ASC' } });
        for (const link of links) {
          await m.insert(ObjectiveAgency, { objectiveId: newObjective.id, agencyId: link.agencyId, position: link.position, asWritten: link.asWritten });
          await changes.log(
            'Objective',
            newObjective.id,
            AuditOperation.LINK,
            [{ field: 'agencies', before: null, after: ref(agencies, link) }],
            newObjective.version,
          );
        }
        const actions = await m.find(Action, {
          where: { objectiveId: objective.id, status: Not(In([...CLOSED_ACTION_STATUSES])), ...live },
          order: { position: 'ASC', id: 'ASC' },
        });
        let position = 0;
        for (const action of actions) {
          const newAction = await changes.create(Action, {
            objectiveId: newObjective.id,
            position: ++position,
            text: action.text,
            fundingCondition: action.fundingCondition,
            target: action.target,
            durationMonths: action.durationMonths,
            dueDate: target.periodEnd,
            status: ActionStatus.NOT_STARTED,
            carriedFromId: action.id,
          });
          const actionLinks = await m.find(ActionAgency, { where: { actionId: action.id }, order: { id: 'ASC' } });
          for (const link of actionLinks) {
            await m.insert(ActionAgency, { actionId: newAction.id, agencyId: link.agencyId, asWritten: link.asWritten });
            await changes.log(
              'Action',
              newAction.id,
              AuditOperation.LINK,
              [{ field: 'agencies', before: null, after: ref(agencies, link) }],
              newAction.version,
            );
          }
        }
      }
    }
  }
  return plan;
}

function ref(agencies: Map<number, Agency>, link: { agencyId: number; asWritten: string | null }) {
  const agency = agencies.get(link.agencyId);
  return agency ? agencyRef(agency, link.asWritten) : { id: link.agencyId, asWritten: link.asWritten };
}
