import { badInput } from './errors';

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

/** Types that have global IDs but are not fetchable through node(id). */
export const OTHER_ID_TYPES = ['ApiKey', 'AuditEntry'] as const;
export type IdType = NodeType | (typeof OTHER_ID_TYPES)[number];
const ID_TYPES: readonly string[] = [...NODE_TYPES, ...OTHER_ID_TYPES];

export function isNodeType(type: string): type is NodeType {
  return (NODE_TYPES as readonly string[]).includes(type);
}

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

export interface DecodedId {
  type: IdType;
  id: number;
}

/**
 * Decodes a global ID. `argument` names the argument in the error message, e.g. "filter.pillarId".
 * A string that is not a global ID of a known type is BAD_USER_INPUT; `expected` narrows the type.
 */
export function fromGlobalId(value: string, argument: string, expected?: IdType): DecodedId {
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').toString('utf8') : '';
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || !ID_TYPES.includes(match[1])) {
    throw badInput(argument, `is not a valid ID: ${JSON.stringify(truncate(value))}.`, 'isGlobalId');
  }
  const type = match[1] as IdType;
  if (expected && type !== expected) {
    throw badInput(argument, `must be the ID of a ${expected}, got the ID of a ${type}.`, 'idType');
  }
  return { type, id: Number(match[2]) };
}

export function truncate(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
