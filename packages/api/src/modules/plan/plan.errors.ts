import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of the plan feature (published in the schema as PlanErrorReason). */
export enum PlanErrorReason {
  NO_SUCH_PLAN = 'NO_SUCH_PLAN',
  PLAN_AGREED = 'PLAN_AGREED',
  NOT_DRAFT = 'NOT_DRAFT',
  PERIOD_TAKEN = 'PERIOD_TAKEN',
  NOT_A_DELIVERY_PLAN = 'NOT_A_DELIVERY_PLAN',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    plan: PlanErrorReason;
  }
}

export const PLAN_ERROR_REASONS = errorReasons('PlanErrorReason', 'the plan feature', PlanErrorReason, {
  NO_SUCH_PLAN: 'NOT_FOUND: no plan of this kind (and period label).',
  PLAN_AGREED:
    "CONFLICT: the record's plan is AGREED or SUPERSEDED, so its wording (the text of its pillars, priorities, objectives and actions) is locked; only an admin may amend it (audited as AMEND).",
  NOT_DRAFT: 'BAD_USER_INPUT: agreePlan on a plan that is not DRAFT (already agreed, or superseded).',
  PERIOD_TAKEN:
    'BAD_USER_INPUT: the partnership already has a plan of this kind for this period (same start or same label), or the new period does not follow the plan rolled over.',
  NOT_A_DELIVERY_PLAN: 'BAD_USER_INPUT: rollOverPlan from a plan that is not a delivery plan (strategies are not rolled over).',
});
