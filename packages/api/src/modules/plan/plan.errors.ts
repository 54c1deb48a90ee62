import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of the plan feature (published in the schema as PlanErrorReason). */
export enum PlanErrorReason {
  NO_SUCH_PLAN = 'NO_SUCH_PLAN',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    plan: PlanErrorReason;
  }
}

export const PLAN_ERROR_REASONS = errorReasons('PlanErrorReason', 'the plan feature', PlanErrorReason, {
  NO_SUCH_PLAN: 'NOT_FOUND: no plan of this kind (and period label).',
});
