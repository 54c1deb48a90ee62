import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { badInput } from '../common/errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/**
 * first/after of a connection. Resolvers take it with `validate: false` and check it with pageOf()
 * (the same rule, without running class-validator on every nested connection of a large query).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return: 0 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (a pageInfo.endCursor or edge cursor).' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay cursor connection type for `T`: `<T>Connection` with `<T>Edge`, nodes, pageInfo and totalCount. */
export function Connection<T extends object>(itemClass: ClassType<T>) {
  const name = itemClass.name;

  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => itemClass)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [itemClass], { description: 'The nodes of edges, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The offset to start from, for `after`; a cursor this API did not issue is BAD_USER_INPUT naming `after`. */
export function decodeAfter(after: string | null | undefined, argument = 'after'): number {
  if (after === undefined || after === null) return 0;
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(after) ? Buffer.from(after, 'base64').toString('utf8') : '';
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput(argument, 'is not a valid cursor: use a cursor from a previous page (pageInfo.endCursor).');
  return Number(match[1]) + 1;
}

export interface Page {
  offset: number;
  limit: number;
}

/** Checks the page arguments (first 0..100; validated by class-validator too) and returns offset and limit. */
export function pageOf(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  return { offset: decodeAfter(args.after), limit: first };
}

/** Builds a connection from one page of rows (already sliced) and the total count. */
export function connectionOf<T>(rows: T[], total: number, page: Page): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount: total,
    pageInfo: {
      hasNextPage: page.offset + rows.length < total,
      hasPreviousPage: page.offset > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** A connection over a list already in memory (a batched child list). */
export function connectionFromArray<T>(all: readonly T[], args: PageArgs): ConnectionShape<T> {
  const page = pageOf(args);
  return connectionOf(all.slice(page.offset, page.offset + page.limit), all.length, page);
}
