/**
 * Fastify's request.query, parsed only when something reads it. Fastify parses every query string
 * as it routes; a GraphQL GET carries its whole document there (the whole-tree query is ~1 KB,
 * percent-encoded), and the GraphQL route reads the raw string instead (it is the cache key, and
 * Apollo parses it), so eager parsing was ~14% of a cached GET's CPU. Same values as
 * URLSearchParams gives, a repeated name as an array (as Fastify's parser does).
 */
export function lazyQuery(search: string): Record<string, unknown> {
  let parsed: Record<string, string | string[]> | undefined;
  const values = (): Record<string, string | string[]> => {
    if (!parsed) {
      parsed = Object.create(null) as Record<string, string | string[]>;
      for (const [name, value] of new URLSearchParams(search)) {
        const seen = parsed[name];
        parsed[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
      }
    }
    return parsed;
  };
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, name) => (typeof name === 'string' ? values()[name] : undefined),
    has: (_target, name) => typeof name === 'string' && name in values(),
    ownKeys: () => Object.keys(values()),
    getOwnPropertyDescriptor: (_target, name) => {
      if (typeof name !== 'string' || !(name in values())) return undefined;
      return { value: values()[name], enumerable: true, configurable: true, writable: false };
    },
  });
}
