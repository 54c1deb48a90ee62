import type { EntityManager } from 'typeorm';
import { badInput } from '../common/errors';
import { Plan } from '../modules/plan/plan.entity';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';

/** The plan an objective belongs to (objective -> priority -> pillar -> plan), in one statement. */
export async function planOfObjective(manager: EntityManager, objectiveId: number): Promise<Plan> {
  return manager
    .getRepository(Plan)
    .createQueryBuilder('p')
    .innerJoin(Pillar, 'pi', 'pi.planId = p.id')
    .innerJoin(Priority, 'pr', 'pr.pillarId = pi.id')
    .innerJoin(Objective, 'o', 'o.priorityId = pr.id')
    .where('o.id = :objectiveId', { objectiveId })
    .getOneOrFail();
}

/** BAD_USER_INPUT naming `argument` unless `date` lies within the plan's period. */
export function checkWithinPlan(plan: Plan, date: string, argument: string): void {
  if (date < plan.periodStart || date > plan.periodEnd) {
    throw badInput(argument, `must be within the plan period ${plan.periodStart} to ${plan.periodEnd} (${plan.periodLabel}), got ${date}.`, 'withinPlanPeriod');
  }
}
