import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of national outcomes and their measures (published in the schema as OutcomeErrorReason). */
export enum OutcomeErrorReason {
  MEASURE_ARCHIVED = 'MEASURE_ARCHIVED',
  NO_VALUE_TO_EXPECT = 'NO_VALUE_TO_EXPECT',
  VALUE_ALREADY_RECORDED = 'VALUE_ALREADY_RECORDED',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    outcome: OutcomeErrorReason;
  }
}

export const OUTCOME_ERROR_REASONS = errorReasons('OutcomeErrorReason', 'national outcomes and their measures', OutcomeErrorReason, {
  MEASURE_ARCHIVED: 'BAD_USER_INPUT: a value recorded on an archived measure.',
  NO_VALUE_TO_EXPECT: 'CONFLICT: expectedVersion sent, but no value of this kind is recorded for the period yet.',
  VALUE_ALREADY_RECORDED: 'CONFLICT: a value of this kind is already recorded for the period: send expectedVersion (extensions.currentVersion) to change it.',
});
