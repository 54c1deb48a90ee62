import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, IsNull, ObjectLiteral } from 'typeorm';
/** Loads records by primary key, one statement per batch; archived records are still found by id. */
export function byId<T extends ObjectLiteral & { id: number }>(ds: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ds.getRepository(entity).find({ where: { id: In([...ids]) } as never });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * Loads the live (not archived) children of many parents in one statement, grouped by `key`, in
 * `order`. Pagination of a child list happens in memory: a plan's child lists are short.
 */
export function childrenOf<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
  live = true,
) {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const where: Record<string, unknown> = { [key]: In([...parentIds]) };
    if (live) where.archivedAt = IsNull();
    const rows = await ds.getRepository(entity).find({ where: where as never, order: order as never });
    const groups = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row[key] as number)?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** Link rows (objective-agency, action-agency, aliases): no archive marker. */
export function linksOf<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
) {
  return childrenOf(ds, entity, key, order, false);
}

/**
 * The per-request loaders, by name. Each feature adds its own to this interface from its
 * `<feature>.loaders.ts` (`declare module '../../loaders' { interface Loaders extends ... }`), and
 * its loader factory to its manifest: the app builds them all from FEATURES.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the features' declarations
export interface Loaders {}

/** A loader factory: the per-request DataLoaders a feature contributes to ctx.loaders. */
export type LoaderFactory = (ds: DataSource) => Record<string, DataLoader<never, unknown>>;

/** One set of loaders per request, so that nothing is cached across requests or users. */
export function createLoaders(ds: DataSource, factories: readonly LoaderFactory[]): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const factory of factories) Object.assign(loaders, factory(ds));
  return loaders as unknown as Loaders;
}
