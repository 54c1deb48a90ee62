import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from '../graphql/connection';

/** Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Runs a list query as one page: a count and a page of rows (two statements). */
export async function fetchPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, page: Page): Promise<[T[], number]> {
  const total = await qb.getCount();
  if (page.limit === 0 || page.offset >= total) return [[], total];
  const rows = await qb.offset(page.offset).limit(page.limit).getMany();
  return [rows, total];
}
