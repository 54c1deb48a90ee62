/**
 * Global IDs as the API makes them: base64 of "<Type>:<row id>". Tests build them to name a record
 * that does not exist, or one of the wrong type, and read them back to compare with the row ids
 * that the audit log's `changes` and the database hold.
 */

/** The global ID of row `id` of `type` ("Action", 12 -> "QWN0aW9uOjEy"). */
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** A well-formed global ID of `type` that names no record (row `id`, 99999 by default). */
export function missingId(type: string, id = 99999): string {
  return globalId(type, id);
}

/** The type and row id a global ID names; throws for a string that is not one. */
export function decodeGlobalId(id: string): { type: string; id: number } {
  const match = /^([A-Za-z]+):(\d+)$/.exec(Buffer.from(id, 'base64').toString('utf8'));
  if (!match) throw new Error(`Not a global ID: ${JSON.stringify(id)}`);
  return { type: match[1], id: Number(match[2]) };
}

/** The row id of a global ID (what audit entries record for a foreign key such as agencyId). */
export function rowId(id: string): number {
  return decodeGlobalId(id).id;
}
