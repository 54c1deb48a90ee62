/**
 * The form an agency name is matched by: trimmed, trailing commas and full stops removed, runs of
 * whitespace collapsed to one space, lower-cased. "  LBTH ASC, " and "lbth  asc" both give "lbth asc".
 * The seed importer keys aliases by it; the API's agency filter looks names up by it.
 */
export function normalise(name: string): string {
  return name
    .trim()
    .replace(/[\s,.]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
