import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { connectionOf, ConnectionShape, Page, PageArgs, pageOf } from './connection';

/** Runs a list query as one page: a count and a page of rows (two statements; one when the count says the page is empty). */
export async function fetchPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, page: Page): Promise<[T[], number]> {
  const total = await qb.getCount();
  if (page.limit === 0 || page.offset >= total) return [[], total];
  const rows = await qb.offset(page.offset).limit(page.limit).getMany();
  return [rows, total];
}

export interface PagedListOptions<T> {
  /**
   * Called when nothing matches, before answering: to tell a filter naming nothing (NOT_FOUND) from
   * one that matches no rows, without a look-up on every list.
   */
  whenEmpty?: () => Promise<unknown>;
  /** Called with the page's rows, before answering. */
  withRows?: (rows: T[]) => void;
}

/**
 * Every paged list of the API (a `<T>Connection` field with first/after): checks the page
 * arguments (pageOf: first 0..100, a cursor this API issued), then builds the query (`query` is
 * called after that check, so a bad `first` is reported before a bad filter ID), then reads the
 * count and the page, and answers the connection with offset cursors.
 */
export async function pagedList<T extends ObjectLiteral>(
  args: PageArgs,
  query: () => SelectQueryBuilder<T> | Promise<SelectQueryBuilder<T>>,
  options: PagedListOptions<T> = {},
): Promise<ConnectionShape<T>> {
  const page = pageOf(args);
  const [rows, total] = await fetchPage(await query(), page);
  if (total === 0 && options.whenEmpty) await options.whenEmpty();
  options.withRows?.(rows);
  return connectionOf(rows, total, page);
}
