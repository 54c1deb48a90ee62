import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of reprocurement deadlines (published in the schema as ReprocurementErrorReason). */
export enum ReprocurementErrorReason {
  EXPIRY_NOT_LATER = 'EXPIRY_NOT_LATER',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    reprocurement: ReprocurementErrorReason;
  }
}

export const REPROCUREMENT_ERROR_REASONS = errorReasons('ReprocurementErrorReason', 'reprocurement deadlines', ReprocurementErrorReason, {
  EXPIRY_NOT_LATER: 'BAD_USER_INPUT: status EXTENDED without a new expiry date later than the current one.',
});
