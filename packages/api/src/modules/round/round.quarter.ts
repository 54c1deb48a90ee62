import { Quarter, quarterContaining, quarterOf, quartersWithin } from '../progress/quarter';

/** The quarter a round reports on. */
export function quarterOfRound(round: { financialYear: number; quarter: number }): Quarter {
  return quarterOf(round.financialYear, round.quarter);
}

/**
 * The quarter holding `today` (YYYY-MM-DD), clipped to the plan's period: its first whole quarter
 * before the plan starts, its last after it ends (today's quarter when the period holds none).
 */
export function quarterWithinPlan(plan: { periodStart: string; periodEnd: string }, today: string): Quarter {
  const quarters = quartersWithin(plan.periodStart, plan.periodEnd);
  const current = quarterContaining(today);
  if (!quarters.length) return current;
  const [first, last] = [quarters[0], quarters[quarters.length - 1]];
  if (current.periodStart < first.periodStart) return first;
  return current.periodStart > last.periodStart ? last : current;
}
