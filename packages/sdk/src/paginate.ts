/** One page of a connection, as every list query of the SDK returns it. */
export interface Page<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Walks a connection page by page and yields its nodes. `fetchPage` gets the cursor to continue
 * after (undefined for the first page):
 *
 *   for await (const action of paginate((after) => client.actions({ filter, first: 100, after })))
 */
export async function* paginate<TNode>(fetchPage: (after: string | undefined) => Promise<Page<TNode>>): AsyncGenerator<TNode, void, undefined> {
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    yield* page.nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || page.pageInfo.endCursor === after) return;
    after = page.pageInfo.endCursor;
  }
}

/** Reads every node of an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
