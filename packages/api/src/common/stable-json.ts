/**
 * JSON with object keys sorted, so that equal values serialise equally whatever their key order;
 * `skip` leaves out keys (at every level) that do not count, e.g. an idempotency key.
 */
export function stableJson(value: unknown, skip: ReadonlySet<string> = NO_KEYS): string {
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v, skip)).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && !skip.has(k))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v, skip)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const NO_KEYS: ReadonlySet<string> = new Set();
