import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of quarterly progress (published in the schema as ProgressErrorReason). */
export enum ProgressErrorReason {
  ACTION_ARCHIVED = 'ACTION_ARCHIVED',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    progress: ProgressErrorReason;
  }
}

export const PROGRESS_ERROR_REASONS = errorReasons('ProgressErrorReason', 'quarterly progress', ProgressErrorReason, {
  ACTION_ARCHIVED: 'BAD_USER_INPUT: progress recorded on an archived action.',
});
