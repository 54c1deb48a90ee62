import type { RequestContext } from '../context';
import { fromGlobalId, loaderOfNodeType, NodeType } from '../common/global-id';
import type DataLoader from 'dataloader';
import { notFound } from '../common/errors';

/** The request's by-ID loader of a node type (registered by its feature); undefined for other types. */
function byIdLoader(ctx: RequestContext, type: string): DataLoader<number, unknown> | undefined {
  const name = loaderOfNodeType(type);
  return name ? (ctx.loaders as unknown as Record<string, DataLoader<number, unknown>>)[name] : undefined;
}

/**
 * Finds the record a global ID names, through the request's loaders (batched). Throws NOT_FOUND
 * naming `argument` when no such record exists; BAD_USER_INPUT when the ID is malformed or of the
 * wrong type.
 */
export async function loadByGlobalId<T>(ctx: RequestContext, value: string, argument: string, expected: NodeType): Promise<T> {
  const { id } = fromGlobalId(value, argument, expected);
  const row = await byIdLoader(ctx, expected)?.load(id);
  if (!row) throw notFound(expected, argument, value);
  return row as T;
}

/** Loads any node by global ID (for node(id)); null when it does not exist. */
export async function loadAnyNode(ctx: RequestContext, value: string, argument: string): Promise<object | null> {
  const { type, id } = fromGlobalId(value, argument);
  return ((await byIdLoader(ctx, type)?.load(id)) ?? null) as object | null;
}
