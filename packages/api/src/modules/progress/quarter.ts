import { badInput } from '../../common/errors';

/**
 * A financial-year quarter, as a board report names it: "2024-25 Q1". The financial year runs
 * April to March: Q1 is April to June, Q2 July to September, Q3 October to December, Q4 January
 * to March (of the second calendar year).
 */
export interface Quarter {
  /** The first calendar year of the financial year: 2024 for 2024-25. */
  financialYear: number;
  /** 1 to 4. */
  quarter: number;
  /** "2024-25 Q1". */
  label: string;
  /** First day, YYYY-MM-DD. */
  periodStart: string;
  /** Last day, YYYY-MM-DD. */
  periodEnd: string;
}

const LABEL = /^(\d{4})-(\d{2}) Q([1-4])$/;
const FIRST_MONTH = [4, 7, 10, 1];
const LAST_DAY = ['06-30', '09-30', '12-31', '03-31'];

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterOf(financialYear: number, quarter: number): Quarter {
  const startYear = quarter === 4 ? financialYear + 1 : financialYear;
  return {
    financialYear,
    quarter,
    label: `${financialYear}-${pad((financialYear + 1) % 100)} Q${quarter}`,
    periodStart: `${startYear}-${pad(FIRST_MONTH[quarter - 1])}-01`,
    periodEnd: `${startYear}-${LAST_DAY[quarter - 1]}`,
  };
}

/** The quarter containing an ISO date (YYYY-MM-DD). */
export function quarterContaining(isoDate: string): Quarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (month >= 4) return quarterOf(year, Math.floor((month - 4) / 3) + 1);
  return quarterOf(year - 1, 4);
}

/** The quarter after `q`. */
export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? quarterOf(q.financialYear + 1, 1) : quarterOf(q.financialYear, q.quarter + 1);
}

/**
 * Parses "2024-25 Q1"; BAD_USER_INPUT naming `argument` when it is not that form or the two years
 * are not consecutive ("2024-26 Q1").
 */
export function parseQuarter(value: string, argument: string): Quarter {
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  const match = LABEL.exec(value);
  if (!match) {
    throw badInput(argument, `must be a financial-year quarter like "2024-25 Q1" (Q1 is April to June, Q4 January to March), got ${shown}.`, 'isQuarter');
  }
  const financialYear = Number(match[1]);
  if ((financialYear + 1) % 100 !== Number(match[2])) {
    throw badInput(
      argument,
      `must name two consecutive years, like "${financialYear}-${pad((financialYear + 1) % 100)} Q${match[3]}", got ${shown}.`,
      'isQuarter',
    );
  }
  return quarterOf(financialYear, Number(match[3]));
}

/** The whole quarters within a period (inclusive ISO dates), in order. */
export function quartersWithin(periodStart: string, periodEnd: string): Quarter[] {
  const out: Quarter[] = [];
  for (let q = quarterContaining(periodStart); q.periodStart <= periodEnd; q = nextQuarter(q)) {
    if (q.periodStart >= periodStart && q.periodEnd <= periodEnd) out.push(q);
  }
  return out;
}

/**
 * BAD_USER_INPUT naming `argument` unless the quarter lies wholly within the plan's period; the
 * message lists the quarters that do.
 */
export function checkQuarterWithinPlan(plan: { periodStart: string; periodEnd: string; periodLabel: string }, q: Quarter, argument: string): void {
  if (q.periodStart >= plan.periodStart && q.periodEnd <= plan.periodEnd) return;
  const allowed = quartersWithin(plan.periodStart, plan.periodEnd).map((a) => a.label);
  const choice = allowed.length ? `one of ${allowed.join(', ')}` : 'none: the plan period holds no whole quarter';
  throw badInput(
    argument,
    `must be a quarter within the plan period ${plan.periodStart} to ${plan.periodEnd} (${plan.periodLabel}): ${choice}; got "${q.label}".`,
    'withinPlanPeriod',
  );
}
