import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of the agency feature (agencies, their names, their responsibility for objectives and actions, merges) (published in the schema as AgencyErrorReason). */
export enum AgencyErrorReason {
  NAME_TAKEN = 'NAME_TAKEN',
  AGENCY_ARCHIVED = 'AGENCY_ARCHIVED',
  DUPLICATE_LINK = 'DUPLICATE_LINK',
  AGENCY_MERGED = 'AGENCY_MERGED',
  SAME_AGENCY = 'SAME_AGENCY',
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
  NOT_RESPONSIBLE = 'NOT_RESPONSIBLE',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    agency: AgencyErrorReason;
  }
}

export const AGENCY_ERROR_REASONS = errorReasons(
  'AgencyErrorReason',
  'the agency feature (agencies, their names, their responsibility for objectives and actions, merges)',
  AgencyErrorReason,
  {
    NAME_TAKEN: "BAD_USER_INPUT: a name, short name or alias that is already another agency's.",
    AGENCY_ARCHIVED: 'BAD_USER_INPUT: the agency named is archived (or merged into another), so it cannot be made responsible for anything or merged.',
    DUPLICATE_LINK: 'BAD_USER_INPUT: the agency is already responsible for this objective or action.',
    AGENCY_MERGED: 'BAD_USER_INPUT: the agency was merged into another, so it cannot be restored.',
    SAME_AGENCY: 'BAD_USER_INPUT: an agency cannot be merged into itself.',
    AGENCY_NOT_FOUND: 'NOT_FOUND: no agency has this name, short name or alias.',
    NOT_RESPONSIBLE: 'NOT_FOUND: the agency is not responsible for this objective or action, so there is no link to remove.',
  },
);
