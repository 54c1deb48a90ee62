import { AppError, ErrorCode } from './errors';

/** Types that can be fetched through node(id); the global ID is base64("<Type>:<numeric id>"). */
export const NODE_TYPES = [
  'Partnership',
  'Plan',
  'Pillar',
  'Priority',
  'Objective',
  'Action',
  'Agency',
  'NationalOutcome',
  'OutcomeMeasure',
  'MeasureValue',
  'Reprocurement',
  'HelpService',
  'ProgressUpdate',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

export interface DecodedId {
  type: NodeType;
  id: number;
}

/**
 * Decodes a global ID. `argument` names the argument in the error message, e.g. "filter.pillarId".
 * A string that is not a global ID of a known type is BAD_USER_INPUT; `expected` narrows the type.
 */
export function fromGlobalId(value: string, argument: string, expected?: NodeType): DecodedId {
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').toString('utf8') : '';
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || !(NODE_TYPES as readonly string[]).includes(match[1])) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}" is not a valid ID: ${JSON.stringify(truncate(value))}.`, { argument });
  }
  const type = match[1] as NodeType;
  if (expected && type !== expected) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}" must be the ID of a ${expected}, got the ID of a ${type}.`, { argument });
  }
  return { type, id: Number(match[2]) };
}

export function truncate(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
