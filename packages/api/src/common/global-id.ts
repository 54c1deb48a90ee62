import { badInput } from './errors';

/**
 * The record types that have global IDs, each feature's own (its manifest's `nodes` and `idTypes`),
 * registered once when the feature list is loaded (modules/index.ts). Node types are fetchable
 * through node(id), through the by-ID loader named here.
 */
const NODE_LOADERS = new Map<string, string>();
const ID_TYPES = new Set<string>();

export type NodeType = string;
export type IdType = string;

/** Registers record types with global IDs: node types with their loader, other types without. */
export function registerIdTypes(nodes: Readonly<Record<string, string>>, others: readonly string[] = []): void {
  for (const [type, loader] of Object.entries(nodes)) {
    NODE_LOADERS.set(type, loader);
    ID_TYPES.add(type);
  }
  for (const type of others) ID_TYPES.add(type);
}

export function isNodeType(type: string): boolean {
  return NODE_LOADERS.has(type);
}

/** The ctx.loaders key of a node type's by-ID loader. */
export function loaderOfNodeType(type: string): string | undefined {
  return NODE_LOADERS.get(type);
}

/** Every registered type with a global ID, node types first, in registration order. */
export function idTypes(): string[] {
  return [...NODE_LOADERS.keys(), ...[...ID_TYPES].filter((t) => !NODE_LOADERS.has(t))];
}

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** The largest record ID: PostgreSQL's integer (SERIAL) maximum. */
export const MAX_RECORD_ID = 2_147_483_647;

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
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  // Record IDs are 32-bit (PostgreSQL's integer, SQLite's rowids as the API makes them): a larger
  // number names no record on either engine, and PostgreSQL would refuse to compare it.
  if (!match || !ID_TYPES.has(match[1]) || Number(match[2]) > MAX_RECORD_ID) {
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
