import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of quarterly progress (published in the schema as ProgressErrorReason). */
export enum ProgressErrorReason {
  ACTION_ARCHIVED = 'ACTION_ARCHIVED',
  AGENCY_NOT_RESPONSIBLE = 'AGENCY_NOT_RESPONSIBLE',
  ALREADY_CORRECTED = 'ALREADY_CORRECTED',
  WITHDRAWN = 'WITHDRAWN',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    progress: ProgressErrorReason;
  }
}

export const PROGRESS_ERROR_REASONS = errorReasons('ProgressErrorReason', 'quarterly progress', ProgressErrorReason, {
  ACTION_ARCHIVED: 'BAD_USER_INPUT: progress recorded on an archived action.',
  AGENCY_NOT_RESPONSIBLE:
    "BAD_USER_INPUT: an agency named for a progress update, or as an action's lead agency, that is not one of the action's responsible agencies (its own or its objective's).",
  ALREADY_CORRECTED:
    'CONFLICT: the progress update to correct or withdraw was already corrected (correctedBy): correct or withdraw the correction instead. Nothing is written.',
  WITHDRAWN: 'CONFLICT: the progress update to correct or withdraw was already withdrawn. Nothing is written.',
});
