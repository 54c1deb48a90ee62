/**
 * The form an agency name is matched by: trimmed, trailing commas and full stops removed, runs of
 * whitespace collapsed to one space, lower-cased. "  LBTH ASC, " and "lbth  asc" both give "lbth asc".
 * Aliases are stored under it, and every look-up by name (agency(name:), the agency filters,
 * responsibilities) goes through it, so it runs on request data.
 *
 * Linear in the length of `name`: the trailing run is stripped by a scan from the end, not by
 * /[\s,.]+$/, which V8 retries from every position of a long run of commas that is not at the end
 * (quadratic: "a" + 120,000 commas + "b" took 6.6 s).
 */
export function normalise(name: string): string {
  const trimmed = name.trim();
  let end = trimmed.length;
  while (end > 0 && isTrailing(trimmed.charCodeAt(end - 1))) end--;
  return trimmed.slice(0, end).replace(/\s+/g, ' ').toLowerCase();
}

const COMMA = 0x2c;
const FULL_STOP = 0x2e;
/** One character of the regular expression's class [\s,.]: a comma, a full stop, or what \s matches. */
function isTrailing(code: number): boolean {
  return code === COMMA || code === FULL_STOP || WHITESPACE.test(String.fromCharCode(code));
}
const WHITESPACE = /^\s$/;
