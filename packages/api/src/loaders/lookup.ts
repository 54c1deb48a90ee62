import type { RequestContext } from '../context';
import { fromGlobalId, isNodeType, NodeType } from '../common/global-id';
import { notFound } from '../common/errors';


type ByIdLoaderName = 'partnership' | 'plan' | 'pillar' | 'priority' | 'objective' | 'action' | 'agency' | 'outcome' | 'measure' | 'measureValue' | 'reprocurement' | 'helpService' | 'progressUpdate';

export const LOADER_FOR_TYPE: Record<NodeType, ByIdLoaderName> = {
  Partnership: 'partnership',
  Plan: 'plan',
  Pillar: 'pillar',
  Priority: 'priority',
  Objective: 'objective',
  Action: 'action',
  Agency: 'agency',
  NationalOutcome: 'outcome',
  OutcomeMeasure: 'measure',
  MeasureValue: 'measureValue',
  Reprocurement: 'reprocurement',
  HelpService: 'helpService',
  ProgressUpdate: 'progressUpdate',
};

/**
 * Finds the record a global ID names, through the request's loaders (batched). Throws NOT_FOUND
 * naming `argument` when no such record exists; BAD_USER_INPUT when the ID is malformed or of the
 * wrong type.
 */
export async function loadByGlobalId<T>(ctx: RequestContext, value: string, argument: string, expected: NodeType): Promise<T> {
  const { id } = fromGlobalId(value, argument, expected);
  const loader = ctx.loaders[LOADER_FOR_TYPE[expected]];
  const row = await loader.load(id);
  if (!row) throw notFound(expected, argument, value);
  return row as T;
}

/** Loads any node by global ID (for node(id)); null when it does not exist. */
export async function loadAnyNode(ctx: RequestContext, value: string, argument: string): Promise<object | null> {
  const { type, id } = fromGlobalId(value, argument);
  if (!isNodeType(type)) return null;
  return (await ctx.loaders[LOADER_FOR_TYPE[type]].load(id)) as object | null;
}
