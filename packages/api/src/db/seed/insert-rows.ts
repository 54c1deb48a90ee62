import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Bound parameters per INSERT statement. SQLite allows 32766 on current builds (999 on old ones);
 * keeping well under the old limit costs little and never fails.
 */
const PARAMETERS_PER_STATEMENT = 900;

/** Inserts rows with as few multi-row INSERT statements as the parameter limit allows. */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = manager.connection.getMetadata(entity).columns.length;
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns));
  for (let start = 0; start < rows.length; start += perStatement) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + perStatement))
      .updateEntity(false)
      .callListeners(false)
      .execute();
  }
}

/** Rows whose `key` column is one of `values`, in look-ups of modest size. */
export async function findWhereIn<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  values: unknown[],
): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < values.length; start += PARAMETERS_PER_STATEMENT) {
    found.push(...(await manager.getRepository(entity).find({ where: { [key]: In(values.slice(start, start + PARAMETERS_PER_STATEMENT)) } as never })));
  }
  return found;
}
