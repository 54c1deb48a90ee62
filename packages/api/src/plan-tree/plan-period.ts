import type { EntityManager } from 'typeorm';
import { badInput } from '../common/errors';
import { Plan } from '../modules/plan/plan.entity';
import { Objective } from '../modules/objective/objective.entity';
import { joinAncestors } from './hierarchy';

/** The plan an objective belongs to (objective -> priority -> pillar -> plan), in one statement. */
export async function planOfObjective(manager: EntityManager, objectiveId: number): Promise<Plan> {
  const qb = manager.getRepository(Plan).createQueryBuilder('p');
  const planIds = joinAncestors(qb.subQuery().select('pi.planId').from(Objective, 'o'), 'objective', 'o').where('o.id = :objectiveId').getQuery();
  return qb.where(`p.id IN ${planIds}`, { objectiveId }).getOneOrFail();
}

/** BAD_USER_INPUT naming `argument` unless `date` lies within the plan's period. */
export function checkWithinPlan(plan: Plan, date: string, argument: string): void {
  if (date < plan.periodStart || date > plan.periodEnd) {
    throw badInput(argument, `must be within the plan period ${plan.periodStart} to ${plan.periodEnd} (${plan.periodLabel}), got ${date}.`, 'withinPlanPeriod');
  }
}
