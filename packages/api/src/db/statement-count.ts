import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements a request runs (for the statement-count tests and the benchmark):
 * requests run inside `countStatements`, and the read data source's logger calls `recordStatement`
 * for each query, attributed through AsyncLocalStorage to the request that made it.
 */
const storage = new AsyncLocalStorage<{ count: number }>();

export function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const store = { count: 0 };
  return storage.run(store, async () => ({ result: await work(), statements: store.count }));
}

export function recordStatement(): void {
  const store = storage.getStore();
  if (store) store.count++;
}
