// What every answer of the fuzz test must satisfy, whatever was sent: no 5xx, no stack frame or
// server path in the body, every error with a code that README.md's "Error codes" table lists (with
// the status it was sent with), never INTERNAL_SERVER_ERROR, and `nosniff` on every typed answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const README = resolve(__dirname, '../../../README.md');

/** The "Error codes" table of README.md: code -> the HTTP statuses it is documented with. */
export function documentedErrorCodes(readme = readFileSync(README, 'utf8')): Map<string, Set<number>> {
  const start = readme.search(/^## Error codes\s*$/m);
  if (start < 0) throw new Error('README.md has no "## Error codes" section');
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const section = end < 0 ? rest : rest.slice(0, end);
  const codes = new Map<string, Set<number>>();
  for (const line of section) {
    const cells = /^\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split('|')
      .map((c) => c.trim());
    if (!cells || cells.length < 3) continue;
    const code = /^`([A-Z][A-Z0-9_]*)`$/.exec(cells[0])?.[1];
    if (!code) continue; // the header row and the separator
    const statuses = new Set((cells[1].match(/\b[1-5]\d\d\b/g) ?? []).map(Number));
    if (!statuses.size) throw new Error(`README "Error codes": ${code} has no HTTP status`);
    codes.set(code, statuses);
  }
  if (!codes.size) throw new Error('README "Error codes" has no table rows');
  return codes;
}

/**
 * Signs that a body carries a stack frame or a path of the server's files. Each is reported only
 * when the request itself did not contain it (an error message may quote what was sent).
 */
export const LEAK_PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'stack frame', pattern: /(^|\n|\\n|") {4}at \S/ },
  { name: '/work/ path', pattern: /\/work\// },
  { name: '/tmp/ path', pattern: /\/tmp\// },
  { name: 'node_modules', pattern: /node_modules/ },
  { name: '.ts:line', pattern: /\.ts:\d+/ },
  { name: '.js:line', pattern: /\.js:\d+/ },
  { name: 'stacktrace', pattern: /stacktrace/i },
];

/** Rewrites generated text so that it can never look like a leak when the server echoes or stores it. */
export function defuse(text: string): string {
  return text
    .replace(/ {4,}at /g, ' at ')
    .replace(/\/work\//g, '/w0rk/')
    .replace(/\/tmp\//g, '/tmq/')
    .replace(/node_modules/g, 'node-modules')
    .replace(/\.(ts|js):(\d)/g, '.$1 $2')
    .replace(/stacktrace/gi, 'stack-trace');
}

/** A broken rule: `kind` groups findings into classes; `detail` is one example's specifics. */
export interface Violation {
  kind: string;
  detail: string;
}

/** One answer as the fuzz harness saw it (an HTTP response, decoded). */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The decoded body (after content-encoding), as text. */
  body: string;
  /** The request method (HEAD and 304 answers have no body). */
  method: string;
}

export interface CheckContext {
  codes: Map<string, Set<number>>;
  /** The request as sent (text): leak patterns it contains are not held against the answer. */
  requestText: string;
}

function isJson(headers: Record<string, string>): boolean {
  return /json/i.test(headers['content-type'] ?? '');
}

/** The rules every answer follows. */
export function checkAnswer(answer: Answer, context: CheckContext): Violation[] {
  const out: Violation[] = [];
  const { status, body, headers } = answer;
  if (status >= 500) out.push({ kind: `HTTP ${status}`, detail: body.slice(0, 300) });

  // Static assets (the playground) are minified code: leaks matter in errors and JSON answers.
  const checkLeaks = isJson(headers) || /^text\/plain/i.test(headers['content-type'] ?? '') || status >= 400 || !headers['content-type'];
  if (checkLeaks) {
    for (const { name, pattern } of LEAK_PATTERNS) {
      const m = pattern.exec(body);
      if (m && !pattern.test(context.requestText)) {
        out.push({ kind: `leak: ${name}`, detail: body.slice(Math.max(0, m.index - 120), m.index + 120) });
      }
    }
  }

  // A browser must never sniff an answer into HTML (a 404 echoes the path it was sent).
  if (headers['content-type'] && !/^nosniff$/i.test(headers['x-content-type-options'] ?? '')) {
    out.push({ kind: 'no X-Content-Type-Options: nosniff', detail: `${status} ${headers['content-type']}` });
  }

  if (answer.method === 'HEAD' || status === 304 || status === 204 || status < 200) return out;
  let parsed: unknown = undefined;
  if (isJson(headers) || /^\s*[{[]/.test(body)) {
    try {
      parsed = JSON.parse(body);
    } catch {
      if (isJson(headers)) out.push({ kind: 'JSON answer that does not parse', detail: body.slice(0, 200) });
    }
  }
  const errors = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { errors?: unknown }).errors : undefined;
  if (status >= 400) {
    if (!Array.isArray(errors) || errors.length === 0) {
      // Node's own parser answers a malformed request with an empty 400; anything with a body says why.
      if (body.length > 0) out.push({ kind: `error ${status} without errors[].extensions.code`, detail: body.slice(0, 200) });
      return out;
    }
  }
  if (errors === undefined) return out;
  if (!Array.isArray(errors)) {
    out.push({ kind: 'errors is not a list', detail: body.slice(0, 200) });
    return out;
  }
  const codes = new Set<string>();
  for (const error of errors as Array<{ message?: unknown; extensions?: { code?: unknown } }>) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string') {
      out.push({ kind: 'error without extensions.code', detail: JSON.stringify(error).slice(0, 200) });
      continue;
    }
    if (typeof error.message !== 'string') out.push({ kind: 'error without a message', detail: JSON.stringify(error).slice(0, 200) });
    if (code === 'INTERNAL_SERVER_ERROR') {
      out.push({ kind: 'INTERNAL_SERVER_ERROR', detail: JSON.stringify(error).slice(0, 200) });
      continue;
    }
    if (!context.codes.has(code)) out.push({ kind: `undocumented code ${code}`, detail: JSON.stringify(error).slice(0, 200) });
    codes.add(code);
  }
  const known = [...codes].filter((c) => context.codes.has(c));
  if (known.length && !known.some((c) => context.codes.get(c)!.has(status))) {
    out.push({ kind: `status ${status} not documented for ${known.join(', ')}`, detail: body.slice(0, 200) });
  }
  return out;
}
