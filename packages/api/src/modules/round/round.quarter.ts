import { Quarter, quarterOf } from '../progress/quarter';

/** The quarter a round reports on. */
export function quarterOfRound(round: { financialYear: number; quarter: number }): Quarter {
  return quarterOf(round.financialYear, round.quarter);
}
