import recorded from './openapi-examples.json';

/**
 * The OpenAPI document's examples: real requests and the answers the server gave them, recorded
 * by cli/openapi-examples.ts on an in-memory copy of the Tower Hamlets plan (`pnpm schema:emit`)
 * and committed as openapi-examples.json. The document takes them by operation (addExamples: the
 * parameters', bodies' and answers' examples), and the end-to-end tests send every one of them
 * again to a real server and check the answer against the document (tests/e2e/openapi.test.ts).
 *
 * What changes from run to run is made fixed when recorded (normaliseExample): the times records
 * were written at, random request IDs and the API keys' prefixes; "today" is a fixed date of the
 * plan year (RECORDED_ON).
 */

/** Who sends an example request. `made-up key` is a well-formed key that does not exist. */
export type Caller = 'anonymous' | 'admin' | 'reader' | 'made-up key';

export interface ExampleRequest {
  method: string;
  /** The path and query string, as sent. */
  url: string;
  as: Caller;
  /** Headers other than Authorization (lower case). */
  headers?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A body that is not JSON, sent as is (its type is in headers). */
  text?: string;
  /** A JSON body of this many bytes (too large to record). */
  bodyBytes?: number;
  /**
   * What must hold before the request is sent: `metrics on` (sent to a second server, started
   * with METRICS=true, the default rate limits and no plan), `rate limit spent` (sent to that
   * server once the same client has used up its anonymous allowance), `unknown migration` (the
   * database names a migration this version does not know; removed again afterwards), `no
   * chromium` (sent to a server whose CHROMIUM_PATH names no file: the examples' own server is one).
   */
  setup?: 'metrics on' | 'rate limit spent' | 'unknown migration' | 'no chromium';
}

export interface ExampleResponse {
  status: number;
  /** The media type (without parameters), when there is a body. */
  contentType?: string;
  /** A JSON body, or the text of any other (NDJSON, CSV, ...). */
  body?: unknown;
  /** Response headers worth showing (Location, Link, X-Total-Count, Idempotent-Replayed). */
  headers?: Record<string, string>;
  /** Why the body is not recorded (it is this document, or it changes on every request). */
  omitted?: string;
}

export interface RecordedExample {
  /** The operation and its path template in the document. */
  operationId: string;
  path: string;
  /** Unique within the operation's answers of one status. */
  name: string;
  summary: string;
  /** Used for every operation whose answer of this status and type has no example of its own (429). */
  shared?: boolean;
  request: ExampleRequest;
  response: ExampleResponse;
}

export interface ExampleFile {
  /** The date requests took as today. */
  today: string;
  /** The time every timestamp written while recording is shown as. */
  instant: string;
  /** The keys the examples are sent with: created in this order, before any example, as the CLI does. */
  keys: { role: 'admin' | 'reader'; name: string; prefix: string }[];
  examples: RecordedExample[];
}

export const RECORDED_EXAMPLES = recorded as ExampleFile;

/** A well-formed key no database has (401). */
export const MADE_UP_KEY = `cdp_madeupkey0_${'A'.repeat(43)}`;

/** The environment of the second server, which the `metrics on` and `rate limit spent` examples go to (with the default rate limits). */
export const SECOND_SERVER = { SEED: 'false', METRICS: 'true' };

/** The migration a database from a newer version would have (the `unknown migration` setup: GET /readyz is 503). */
export const UNKNOWN_MIGRATION = { timestamp: 1900000000000, name: 'FromANewerVersion1900000000000' };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g;
export const FIXED_UUID = '00000000-0000-4000-8000-000000000000';

export interface Normalisation {
  /** Timestamps at or after this (ms) were written while recording: they become `instant`. */
  since: number;
  instant: string;
  /** Substrings to replace (a key's real prefix → the one the examples show). */
  replace: Record<string, string>;
}

/** A value as recorded: times of the run fixed, random request IDs and key prefixes replaced. */
export function normaliseExample(value: unknown, n: Normalisation): unknown {
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value) && Date.parse(value) >= n.since) return n.instant;
    let out = value.replace(UUID, FIXED_UUID);
    for (const [from, to] of Object.entries(n.replace)) out = out.split(from).join(to);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => normaliseExample(v, n));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, normaliseExample(v, n)]));
  }
  return value;
}

type Json = Record<string, unknown>;

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; schema?: Json; example?: unknown }[];
  requestBody?: { content: Record<string, { examples?: Json }> };
  responses: Record<string, { content?: Record<string, { examples?: Json }>; headers?: Record<string, Json> }>;
}

const mediaType = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

/** A query or header value as its parameter's type (a list parameter's example is a list). */
function typed(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if (type === 'array') return value.split(',').map((v) => typed(v, schema?.items as Json | undefined));
  if (type === 'integer' || type === 'number') return Number(value);
  if (type === 'boolean') return value === 'true';
  return value;
}

/** The request's body as it is shown (a large one by its size). */
function requestExample(example: RecordedExample): unknown {
  const { request } = example;
  if (request.body !== undefined) return request.body;
  if (request.text !== undefined) return request.text;
  return undefined;
}

/**
 * Puts the recorded examples into an OpenAPI document (@fastify/swagger's output, before it is
 * served): each answer's example under its status and media type, the request bodies, and the
 * parameters of each operation's first successful example. An example of an answer the document
 * does not describe (a status or media type not in its responses) is an error: the document would
 * be wrong. Returns the answers that have no example (the emitter refuses to print with any).
 */
export function addExamples(document: Json, file: ExampleFile): string[] {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const problems: string[] = [];
  const covered = new Set<string>();
  const shared: Record<string, RecordedExample> = {};
  const seenSuccess = new Set<string>();

  for (const example of file.examples) {
    const method = example.request.method.toLowerCase();
    const operation = paths[example.path]?.[method];
    if (!operation || operation.operationId !== example.operationId) {
      problems.push(`${example.operationId} (${example.request.method} ${example.path}) is not in the document`);
      continue;
    }
    const { status } = example.response;
    const response = operation.responses[String(status)];
    if (!response) {
      problems.push(`${example.operationId}: answered ${status} (${example.name}), which the document does not list`);
      continue;
    }
    covered.add(`${example.operationId} ${status}`);
    if (example.response.omitted) covered.add(`${example.operationId} ${status} ${example.response.contentType}`);
    if (example.shared) shared[`${status} ${example.response.contentType}`] = example;

    if (example.response.contentType && !example.response.omitted) {
      const media = response.content?.[example.response.contentType];
      if (!media) {
        problems.push(`${example.operationId}: answered ${status} as ${example.response.contentType}, which the document does not list`);
        continue;
      }
      media.examples ??= {};
      if (example.name in media.examples) problems.push(`${example.operationId}: two ${status} examples named ${example.name}`);
      media.examples[example.name] = { summary: example.summary, value: example.response.body };
    }
    for (const [name, value] of Object.entries(example.response.headers ?? {})) {
      const header = response.headers?.[name];
      if (header && !('example' in header)) header.example = typed(value, header.schema as Json | undefined);
    }

    // Bodies of the requests that succeeded (a refused one need not match the body's schema).
    const body = requestExample(example);
    if (status < 300 && body !== undefined && operation.requestBody) {
      const type = mediaType(example.request.headers?.['content-type'] ?? 'application/json');
      const media = operation.requestBody.content[type];
      if (media) {
        media.examples ??= {};
        media.examples[example.name in media.examples ? `${example.name}-${status}` : example.name] = { summary: example.summary, value: body };
      }
    }

    // The parameters' examples: those of the operation's first answer that succeeded.
    if (status < 300 && !seenSuccess.has(example.operationId)) {
      seenSuccess.add(example.operationId);
      const url = new URL(example.request.url, 'http://example');
      const template = example.path.split('/');
      const actual = url.pathname.split('/');
      for (const parameter of operation.parameters ?? []) {
        let value: string | undefined;
        if (parameter.in === 'path') value = decodeURIComponent(actual[template.indexOf(`{${parameter.name}}`)] ?? '');
        else if (parameter.in === 'query') value = url.searchParams.getAll(parameter.name).join(',') || undefined;
        else if (parameter.in === 'header') value = example.request.headers?.[parameter.name.toLowerCase()];
        if (value !== undefined && value !== '') parameter.example = typed(value, parameter.schema);
      }
    }
  }

  // Answers every operation may give alike (429): the shared example, once, by reference.
  const components = ((document.components as Json | undefined) ?? {}) as Json;
  const componentExamples: Json = {};
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (media.examples) continue;
          const example = shared[`${status} ${type}`];
          if (!example) continue;
          const key = `${example.operationId}_${example.name}`;
          componentExamples[key] = { summary: example.summary, value: example.response.body };
          media.examples = { [example.name]: { $ref: `#/components/examples/${key}` } };
        }
        // Every answer with a body has an example of each of its media types (or says why not: omitted).
        const where = `${operation.operationId} (${method.toUpperCase()} ${path})`;
        if (status === '304') continue;
        if (!response.content && !covered.has(`${operation.operationId} ${status}`)) problems.push(`${where}: no example of ${status}`);
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!media.examples && !covered.has(`${operation.operationId} ${status} ${type}`)) problems.push(`${where}: no example of ${status} as ${type}`);
        }
      }
    }
  }
  if (Object.keys(componentExamples).length) document.components = { ...components, examples: componentExamples };
  return problems;
}
