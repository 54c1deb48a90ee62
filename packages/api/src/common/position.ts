import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ClassType } from 'type-graphql';

/** One past the largest position among the live siblings under `parentColumn = parentId`. */
export async function nextPosition<T extends ObjectLiteral>(
  manager: EntityManager,
  cls: ClassType<T>,
  parentColumn: string,
  parentId: number,
): Promise<number> {
  const row = await manager
    .getRepository(cls)
    .createQueryBuilder('s')
    .select('MAX(s.position)', 'max')
    .where(`s.${parentColumn} = :parentId`, { parentId })
    .getRawOne<{ max: number | null }>();
  return (row?.max ?? 0) + 1;
}
