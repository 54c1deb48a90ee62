/** A parent a foreign key points at must exist; a missing one is a data fault, not a client error. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing ${what}`);
  return value;
}
