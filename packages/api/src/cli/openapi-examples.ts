/**
 * Records the OpenAPI document's examples (rest/examples.ts): starts the server on an in-memory
 * copy of the Tower Hamlets plan, creates the two keys the examples use (as `pnpm cli keys create`
 * does), sends the requests below in order and keeps each answer, with what changes from run to
 * run made fixed (the times records were written at, request IDs, the keys' prefixes). "Today" is
 * RECORDED_ON, a day of the plan year, so that the reprocurement deadlines read as they did then.
 *
 * Each request is a real one about the plan; most write a little of a quarter's work (a progress
 * update on the naloxone-on-release action, a risk to it, a new help service), and the reads after
 * them show it. For every answer the document lists, an example is recorded: the successful
 * request written out below, and its refusals made from it (addVariants: a made-up ID for 404, no
 * key for 401, a reader's key for 403, a stale If-Match for 412, ...). The emitter refuses to print
 * a document with an answer that has no example, or an example of an answer it does not list.
 *
 * Run by `pnpm schema:emit` (cli/emit-schema.ts); the end-to-end tests send the same requests to a
 * real server and compare (tests/e2e/openapi.test.ts).
 */
import 'reflect-metadata';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config';
import { startApp, type App } from '../app';
import { createContextFactory } from '../request-contexts';
import { ApiKeyService } from '../auth/api-key.service';
import { CLI_ACTOR } from '../auth/actor';
import type { Role } from '../auth/roles';
import { toGlobalId } from '../common/global-id';
import { MADE_UP_KEY, SECOND_SERVER, UNKNOWN_MIGRATION } from '../rest/examples';
import { addExamples, Caller, ExampleFile, ExampleRequest, ExampleResponse, normaliseExample, Normalisation, RecordedExample } from '../rest/examples';

/** The day the examples are recorded on, and the time every record written then shows. */
export const RECORDED_ON = '2024-10-01';
export const RECORDED_AT = '2024-10-01T09:00:00.000Z';

/** The keys the examples are sent with, created in this order before any example; the prefix each shows. */
export const EXAMPLE_KEYS: { role: 'admin' | 'reader'; name: string; prefix: string }[] = [
  { role: 'admin', name: 'CDP coordinator', prefix: 'coordinatr' },
  { role: 'reader', name: 'Council intranet', prefix: 'intranet01' },
];

/** The largest body is 256 KiB: this is over it. */
const TOO_LARGE = 300_000;

type Json = Record<string, unknown>;

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  requestBody?: { content: Record<string, { schema?: Json }> };
  responses: Record<string, unknown>;
  security?: Record<string, unknown>[];
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The JSON body ({} when there is none). */
  json: Json;
  text: string;
}

const SHOWN_HEADERS = ['location', 'link', 'x-total-count', 'idempotent-replayed', 'retry-after'];

const NDJSON = 'application/x-ndjson';

/** The records of an NDJSON body. */
export function ndjsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

const mediaType = (value: string | undefined) => (value ? value.split(';')[0].trim().toLowerCase() : undefined);
const isJson = (type: string | undefined) => !!type && (type === 'application/json' || type.endsWith('+json'));

/** The global ID of a record of the same type that does not exist. */
export function madeUpId(id: string): string {
  const [type] = Buffer.from(id, 'base64').toString('utf8').split(':');
  return toGlobalId(type, 9999);
}

class Recorder {
  readonly examples: RecordedExample[] = [];
  /** `${operationId} ${status}`: answers that have an example. */
  private readonly recorded = new Set<string>();
  private readonly names = new Map<string, Set<string>>();
  /** Clients of the second server so far (each 429 example spends the allowance of a new one). */
  private clients = 0;

  constructor(
    private readonly app: App,
    private readonly document: { paths: Record<string, Record<string, Operation>> },
    private readonly secrets: Partial<Record<Caller, string>>,
    private readonly normalisation: Normalisation,
    /** The second server: METRICS=true, the default rate limits, no plan (SECOND_SERVER). */
    private readonly limited: App,
  ) {}

  /** The operation of the document a request goes to (the template with the fewest parameters wins). */
  operationOf(method: string, url: string): { path: string; operation: Operation } {
    const pathname = url.split('?')[0];
    let best: { path: string; operation: Operation; params: number } | undefined;
    for (const [path, operations] of Object.entries(this.document.paths)) {
      const operation = operations[method.toLowerCase()];
      if (!operation) continue;
      const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (!pattern.test(pathname)) continue;
      const params = (path.match(/\{/g) ?? []).length;
      if (!best || params < best.params) best = { path, operation, params };
    }
    if (!best) throw new Error(`No operation in the document answers ${method} ${pathname}.`);
    return best;
  }

  private async inject(request: ExampleRequest): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(request.headers ?? {}) };
    const secret = this.secrets[request.as];
    if (secret) headers.authorization = `Bearer ${secret}`;
    let payload: string | undefined;
    if (request.body !== undefined) {
      payload = JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    } else if (request.text !== undefined) payload = request.text;
    else if (request.bodyBytes !== undefined) {
      payload = JSON.stringify({ text: 'x'.repeat(request.bodyBytes - 11) });
      headers['content-type'] ??= 'application/json';
    }
    if (request.setup === 'metrics on') return this.limited.http.inject({ method: request.method as 'GET', url: request.url, headers, payload });
    if (request.setup === 'rate limit spent') {
      // A client of its own (a fresh address, no key) spends the default anonymous allowance on a
      // cheap route, then sends the request. Retry-After counts whole seconds of the window left:
      // spent within the first second, it is the whole window, whatever the machine's speed.
      const { anonymousMax, windowMs } = this.limited.config.rateLimit;
      for (let attempt = 0; ; attempt++) {
        const remoteAddress = `192.0.2.${++this.clients}`;
        for (let i = 0; i < anonymousMax; i++) await this.limited.http.inject({ method: 'GET', url: '/api/v1/problems/NOT_FOUND', remoteAddress });
        const res = await this.limited.http.inject({ method: request.method as 'GET', url: request.url, headers, payload, remoteAddress });
        if (res.headers['retry-after'] === String(windowMs / 1000) || attempt === 4) return res;
      }
    }
    if (request.setup === 'unknown migration') {
      const table = this.app.database.write.options.migrationsTableName ?? 'migrations';
      await this.app.database.write.query(`INSERT INTO "${table}" ("timestamp", "name") VALUES (?, ?)`, [UNKNOWN_MIGRATION.timestamp, UNKNOWN_MIGRATION.name]);
      try {
        return await this.app.http.inject({ method: request.method as 'GET', url: request.url, headers, payload });
      } finally {
        await this.app.database.write.query(`DELETE FROM "${table}" WHERE "name" = ?`, [UNKNOWN_MIGRATION.name]);
      }
    }
    return this.app.http.inject({ method: request.method as 'GET', url: request.url, headers, payload });
  }

  /** Sends a request and records its answer as an example of its operation. */
  async record(name: string, summary: string, request: ExampleRequest, options: { shared?: boolean; omit?: string; expect?: number } = {}): Promise<Answer> {
    const { path, operation } = this.operationOf(request.method, request.url);
    const res = await this.inject(request);
    if (options.expect !== undefined && res.statusCode !== options.expect) {
      throw new Error(
        `${operation.operationId}, ${name}: ${request.method} ${request.url} answered ${res.statusCode}, not ${options.expect}: ${res.body.slice(0, 500)}`,
      );
    }
    const type = mediaType(res.headers['content-type'] as string | undefined);
    const text = res.body;
    const json = isJson(type) && text ? JSON.parse(text) : undefined;
    const headers: Record<string, string> = {};
    for (const h of SHOWN_HEADERS) if (res.headers[h] !== undefined) headers[h] = String(res.headers[h]);
    const response: ExampleResponse = { status: res.statusCode };
    if (type && text) {
      response.contentType = type;
      if (options.omit) response.omitted = options.omit;
      else if (type === NDJSON)
        response.body = ndjsonLines(text)
          .map((line) => `${JSON.stringify(normaliseExample(line, this.normalisation))}\n`)
          .join('');
      else response.body = normaliseExample(json ?? text, this.normalisation);
    }
    if (Object.keys(headers).length) response.headers = normaliseExample(headers, this.normalisation) as Record<string, string>;
    const key = `${operation.operationId} ${res.statusCode}`;
    if (type) this.recorded.add(`${key} ${type}`);
    const taken = this.names.get(key) ?? new Set<string>();
    let unique = name;
    for (let i = 2; taken.has(unique); i++) unique = `${name}_${i}`;
    taken.add(unique);
    this.names.set(key, taken);
    this.recorded.add(key);
    const example: RecordedExample = { operationId: operation.operationId, path, name: unique, summary, request: stripped(request), response };
    if (options.shared) example.shared = true;
    this.examples.push(example);
    return { status: res.statusCode, headers: res.headers as Record<string, string>, json: (json ?? {}) as Json, text };
  }

  /**
   * An answer described, not sent: for one this server cannot give (the board pack's PDF: the
   * examples are recorded without Chromium, so that emitting them needs none).
   */
  described(
    name: string,
    summary: string,
    request: ExampleRequest,
    response: { status: number; contentType: string; omitted: string; headers?: Record<string, string> },
  ): void {
    const { path, operation } = this.operationOf(request.method, request.url);
    const key = `${operation.operationId} ${response.status}`;
    this.recorded.add(`${key} ${response.contentType}`);
    this.recorded.add(key);
    this.examples.push({ operationId: operation.operationId, path, name, summary, request: stripped(request), response: { ...response } });
  }

  has(operationId: string, status: number, type?: string): boolean {
    return this.recorded.has(type ? `${operationId} ${status} ${type}` : `${operationId} ${status}`);
  }

  private documents(request: ExampleRequest, status: number): { operation: Operation; yes: boolean } {
    const { operation } = this.operationOf(request.method, request.url);
    return { operation, yes: String(status) in operation.responses && !this.has(operation.operationId, status) };
  }

  /** A GET, recorded with the refusals its operation documents (400, 401, 404, 406). */
  async read(name: string, summary: string, url: string, options: { as?: Caller; headers?: Record<string, string> } = {}): Promise<Answer> {
    const request: ExampleRequest = { method: 'GET', url, as: options.as ?? 'anonymous', ...(options.headers ? { headers: options.headers } : {}) };
    await this.refusals(request);
    const answer = await this.record(name, summary, request, { expect: 200 });
    // A collection also streams as NDJSON: the same request with Accept: application/x-ndjson.
    const { operation } = this.operationOf(request.method, request.url);
    const ok = operation.responses['200'] as { content?: Record<string, unknown> } | undefined;
    if (ok?.content?.[NDJSON] && !this.has(operation.operationId, 200, NDJSON)) {
      await this.record(
        'ndjson',
        `${summary}: every record, one per line (Accept: application/x-ndjson)`,
        { ...request, headers: { ...request.headers, accept: NDJSON } },
        { expect: 200 },
      );
    }
    return answer;
  }

  private refuse(status: number, name: string, summary: string, request: ExampleRequest): Promise<Answer> {
    return this.record(name, summary, request, { expect: status });
  }

  /** The refusals of a request, from the request itself, for each answer its operation lists and has no example of yet. */
  async refusals(request: ExampleRequest): Promise<void> {
    const { operation } = this.operationOf(request.method, request.url);
    const read = request.method === 'GET';
    const needsKey = !!operation.security?.every((s) => Object.keys(s).length > 0);
    const [pathname, search = ''] = request.url.split('?');
    const param = (name: string) => operation.parameters?.find((p) => p.name === name && p.in === 'query');
    const withQuery = (name: string, value: string) => {
      const q = new URLSearchParams(search);
      q.set(name, value);
      return `${pathname}?${q.toString()}`;
    };

    if (this.documents(request, 400).yes) {
      if (!read && request.body && typeof request.body === 'object') {
        await this.refuse(400, 'BAD_USER_INPUT', 'A property the body does not have', { ...request, body: { ...(request.body as Json), colour: 'red' } });
      } else if (read && param('first')) {
        await this.refuse(400, 'BAD_USER_INPUT', 'first=500: a page is at most 100', { ...request, url: withQuery('first', '500') });
      } else {
        await this.refuse(400, 'BAD_USER_INPUT', 'fields= names a property the record does not have', { ...request, url: withQuery('fields', 'colour') });
      }
    }
    if (this.documents(request, 401).yes) {
      if (needsKey || !read) await this.refuse(401, 'UNAUTHENTICATED', 'Without an API key', { ...request, as: 'anonymous' });
      else await this.refuse(401, 'UNAUTHENTICATED', 'With an API key that does not exist', { ...request, as: 'made-up key' });
    }
    if (this.documents(request, 403).yes) await this.refuse(403, 'FORBIDDEN', 'With a reader’s key', { ...request, as: 'reader' });
    if (this.documents(request, 404).yes) {
      const id = /\/api\/v1\/[a-z-]+\/([^/?]+)/.exec(pathname)?.[1];
      const lookup = operation.parameters?.find((p) => p.in === 'query' && ['agency', 'ownerAgency'].includes(p.name));
      const body = request.body as Json | undefined;
      const idField = body && Object.keys(body).find((k) => k.endsWith('Id') && typeof body[k] === 'string');
      const bodySchema = Object.values(operation.requestBody?.content ?? {})[0]?.schema;
      const optionalId = Object.keys((bodySchema?.properties ?? {}) as Json).find((k) => k.endsWith('Id') && !(body && k in body));
      const nameField = body && Object.keys(body).find((k) => ['agency', 'ownerAgency'].includes(k));
      if (id) {
        await this.refuse(404, 'RECORD_NOT_FOUND', 'An ID no record has', {
          ...request,
          url: request.url.replace(id, encodeURIComponent(madeUpId(decodeURIComponent(id)))),
        });
      } else if (read && lookup) {
        await this.refuse(404, 'AGENCY_NOT_FOUND', 'An agency that is not in the plan', { ...request, url: withQuery(lookup.name, 'Hackney Council') });
      } else if (idField) {
        await this.refuse(404, 'RECORD_NOT_FOUND', `${idField} names no record`, {
          ...request,
          body: { ...body, [idField]: madeUpId(body[idField] as string) },
        });
      } else if (nameField) {
        await this.refuse(404, 'AGENCY_NOT_FOUND', 'An agency that is not in the plan', { ...request, body: { ...body, [nameField]: 'Hackney Council' } });
      } else if (optionalId) {
        const type = optionalId[0].toUpperCase() + optionalId.slice(1, -2);
        await this.refuse(404, 'RECORD_NOT_FOUND', `${optionalId} names no record`, { ...request, body: { ...body, [optionalId]: toGlobalId(type, 9999) } });
      }
    }
    if (this.documents(request, 406).yes)
      await this.refuse(406, 'NOT_ACCEPTABLE', 'Accept: application/xml', { ...request, headers: { ...request.headers, accept: 'application/xml' } });
    if (this.documents(request, 413).yes) {
      const { body: _body, text: _text, ...rest } = request;
      await this.refuse(413, 'PAYLOAD_TOO_LARGE', 'A body over 256 KiB', { ...rest, bodyBytes: TOO_LARGE });
    }
    if (this.documents(request, 415).yes) {
      const { body, ...rest } = request;
      await this.refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'The body sent as text/plain', {
        ...rest,
        headers: { ...request.headers, 'content-type': 'text/plain' },
        text: JSON.stringify(body ?? {}),
      });
    }
    const ifMatchRequired = operation.parameters?.some((p) => p.in === 'header' && p.name === 'if-match' && p.required);
    if (ifMatchRequired && this.documents(request, 428).yes) {
      const { 'if-match': _ifMatch, ...headers } = request.headers ?? {};
      await this.refuse(428, 'PRECONDITION_REQUIRED', 'Without If-Match', { ...request, headers });
    }
  }

  /**
   * A write as the admin key, recorded with its refusals: before it those that write nothing
   * (400, 401, 403, 404, 413, 415, 428), after it those that need it done (409: its
   * Idempotency-Key again with another input; 412: its If-Match again, now stale).
   */
  async write(
    name: string,
    summary: string,
    request: { method: 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown; ifMatch?: string; idempotencyKey: string },
    options: { replay?: boolean; reuse?: Partial<ExampleRequest> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { 'idempotency-key': request.idempotencyKey };
    if (request.ifMatch) headers['if-match'] = request.ifMatch;
    if (request.method === 'PATCH') headers['content-type'] = 'application/merge-patch+json';
    const sent: ExampleRequest = {
      method: request.method,
      url: request.url,
      as: 'admin',
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
    };
    await this.refusals(sent);
    const answer = await this.record(name, summary, sent);
    if (answer.status >= 300) throw new Error(`${request.method} ${request.url} answered ${answer.status}: ${answer.text}`);
    if (options.replay)
      await this.record('replayed', 'The same request again, with the same Idempotency-Key: the first answer, nothing written', sent, {
        expect: answer.status,
      });
    const { operation } = this.operationOf(sent.method, sent.url);
    if (this.documents(sent, 409).yes) {
      await this.record(
        'IDEMPOTENCY_KEY_REUSED',
        'The same Idempotency-Key with another input',
        { ...sent, ...(options.reuse ?? anotherInput(sent, operation)) },
        { expect: 409 },
      );
    }
    if (request.ifMatch && this.documents(sent, 412).yes) {
      const { 'idempotency-key': _key, ...stale } = headers;
      await this.record('VERSION_CONFLICT', 'The same If-Match again: the record has changed since', { ...sent, headers: stale }, { expect: 412 });
    }
    return answer;
  }
}

/** The request minus what is not sent (empty headers). */
function stripped(request: ExampleRequest): ExampleRequest {
  const out: ExampleRequest = { ...request };
  if (out.headers && !Object.keys(out.headers).length) delete out.headers;
  return out;
}

/** Properties of free text, which another valid input can change. */
const FREE_TEXT = [
  'commentary',
  'note',
  'description',
  'text',
  'title',
  'name',
  'source',
  'target',
  'strategyName',
  'shortName',
  'supplier',
  'service',
  'mitigation',
  'reason',
];

/** The same write with another input: a text property changed, else If-Match naming another version. */
function anotherInput(request: ExampleRequest, operation: Operation): Partial<ExampleRequest> {
  const body = request.body as Json | undefined;
  const text = body && FREE_TEXT.find((k) => typeof body[k] === 'string');
  if (body && text) return { body: { ...body, [text]: `${body[text] as string} (corrected)` } };
  const ifMatch = request.headers?.['if-match'];
  if (ifMatch) return { headers: { ...request.headers, 'if-match': ifMatch.replace(/\d+/, (v) => String(Number(v) + 1)) } };
  throw new Error(`${operation.operationId}: give the 409 example another input (options.reuse).`);
}

const id = (type: string, n: number) => toGlobalId(type, n);
const page = (items: unknown) => (items as { items: { id: string }[] }).items;

/** The requests, in order: reads of the plan as loaded, then a quarter's writes and what they show. */
async function story(r: Recorder): Promise<void> {
  const DELIVERY_PLAN = id('Plan', 2);
  const STRATEGY = id('Plan', 1);
  const PILLAR_2 = id('Pillar', 2);
  const HARM_REDUCTION = id('Priority', 7); // Enhance Harm Reduction Provision
  const POST_RELEASE = id('Objective', 5); // Strengthen post-release follow-up and support
  const REPROCURE = id('Objective', 23); // Reprocure services expiring in the next 12 months
  const RESET = id('Agency', 2);
  const ENGAGEMENT = id('NationalOutcome', 3); // Increase engagement in drug treatment
  const PRISON_RELEASE = id('OutcomeMeasure', 11); // Percentage who engage with services following prison release

  // ---- The index, the documents, GraphQL and the probes ---------------------------------------
  await r.read('index', 'The resources and where the documents are', '/api/v1');
  await r.record('document', 'This document', { method: 'GET', url: '/api/v1/openapi.json', as: 'anonymous' }, { omit: 'It is this document.' });
  await r.record('VERSION_CONFLICT', 'The problem type of a stale If-Match', { method: 'GET', url: '/api/v1/problems/CONFLICT', as: 'anonymous' });
  await r.record('NOT_FOUND', 'A code that is not a problem type', { method: 'GET', url: '/api/v1/problems/LATE', as: 'anonymous' });
  await r.record(
    'RATE_LIMITED',
    'Over the rate limit (here the default 300 requests a minute without a key)',
    { method: 'GET', url: '/api/v1/plans', as: 'anonymous', setup: 'rate limit spent' },
    { shared: true },
  );
  const naloxoneQuery =
    'query Naloxone($search: String!) { actions(filter: { search: $search }, first: 5) { totalCount nodes { text status dueDate objective { text } } } }';
  await r.record('query', 'Actions mentioning naloxone', {
    method: 'POST',
    url: '/graphql',
    as: 'anonymous',
    body: { query: naloxoneQuery, variables: { search: 'naloxone' }, operationName: 'Naloxone' },
  });
  await r.record('graphql-response+json', 'The same, asking for application/graphql-response+json (GraphQL over HTTP)', {
    method: 'POST',
    url: '/graphql',
    as: 'anonymous',
    headers: { accept: 'application/graphql-response+json' },
    body: { query: naloxoneQuery, variables: { search: 'naloxone' }, operationName: 'Naloxone' },
  });
  await r.record('refused mutation', 'A mutation without an API key: refused in errors, with the code', {
    method: 'POST',
    url: '/graphql',
    as: 'anonymous',
    body: { query: 'mutation { archiveAction(input: { id: "QWN0aW9uOjM2", expectedVersion: 1 }) { action { id archivedAt } } }' },
  });
  await r.record('GRAPHQL_VALIDATION_FAILED', 'A field the schema does not have', {
    method: 'POST',
    url: '/graphql',
    as: 'anonymous',
    body: { query: '{ actions { nodes { colour } } }' },
  });
  await r.record('UNAUTHENTICATED', 'With an API key that does not exist', {
    method: 'POST',
    url: '/graphql',
    as: 'made-up key',
    body: { query: '{ plans { totalCount } }' },
  });
  await r.record('PAYLOAD_TOO_LARGE', 'A body over 256 KiB', { method: 'POST', url: '/graphql', as: 'anonymous', bodyBytes: TOO_LARGE });
  await r.record('BAD_REQUEST', 'A body sent as text/plain: not JSON, and what a cross-site form could send', {
    method: 'POST',
    url: '/graphql',
    as: 'anonymous',
    headers: { 'content-type': 'text/plain' },
    text: '{ plans { totalCount } }',
  });
  await r.record(
    'RATE_LIMITED',
    'Over the rate limit (here the default 300 requests a minute without a key)',
    { method: 'POST', url: '/graphql', as: 'anonymous', body: { query: '{ plans { totalCount } }' }, setup: 'rate limit spent' },
    { shared: true },
  );
  const pillars = `/graphql?query=${encodeURIComponent('{ pillars { nodes { number name } } }')}`;
  await r.record('query', 'The three pillars, with apollo-require-preflight', {
    method: 'GET',
    url: pillars,
    as: 'anonymous',
    headers: { 'apollo-require-preflight': 'true' },
  });
  await r.record('graphql-response+json', 'The same, asking for application/graphql-response+json (GraphQL over HTTP)', {
    method: 'GET',
    url: pillars,
    as: 'anonymous',
    headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
  });
  await r.record('BAD_REQUEST', 'Without apollo-require-preflight: refused as a possible cross-site request', { method: 'GET', url: pillars, as: 'anonymous' });
  await r.record('UNAUTHENTICATED', 'With an API key that does not exist', {
    method: 'GET',
    url: pillars,
    as: 'made-up key',
    headers: { 'apollo-require-preflight': 'true' },
  });
  await r.record('ok', 'Alive', { method: 'GET', url: '/healthz', as: 'anonymous' });
  await r.record('ok', 'Ready', { method: 'GET', url: '/readyz', as: 'anonymous' });
  await r.record('unknown migration', 'The database is from a newer version', { method: 'GET', url: '/readyz', as: 'anonymous', setup: 'unknown migration' });
  await r.record('off', 'With METRICS off (the default)', { method: 'GET', url: '/metrics', as: 'anonymous' });
  await r.record(
    'metrics',
    'With METRICS=true',
    { method: 'GET', url: '/metrics', as: 'anonymous', setup: 'metrics on' },
    { omit: 'The figures change with every request.' },
  );

  // ---- The plan as loaded -----------------------------------------------------------------------
  await r.read('page', 'The strategy and the delivery plan', '/api/v1/plans');
  await r.read('item', 'The 2024-25 delivery plan', `/api/v1/plans/${DELIVERY_PLAN}`);
  await r.read('page', 'The pillars of the delivery plan', `/api/v1/plans/${DELIVERY_PLAN}/pillars`);
  await r.read('page', 'The strategy’s national outcomes, names only', `/api/v1/plans/${STRATEGY}/national-outcomes?fields=name`);
  await r.read('page', 'The three pillars', '/api/v1/pillars');
  await r.read('item', 'Pillar 2: treatment and recovery', `/api/v1/pillars/${PILLAR_2}`);
  await r.read('page', 'Pillar 2’s priorities, two a page', `/api/v1/pillars/${PILLAR_2}/priorities?first=2`);
  await r.read('page', 'Pillar 2’s national outcomes', `/api/v1/pillars/${PILLAR_2}/national-outcomes`);
  await r.read('page', 'Pillar 2’s priorities, titles only', `/api/v1/priorities?pillarId=${encodeURIComponent(PILLAR_2)}&fields=title,position`);
  await r.read('item', 'Enhance Harm Reduction Provision', `/api/v1/priorities/${HARM_REDUCTION}`);
  await r.read('page', 'Its objectives', `/api/v1/priorities/${HARM_REDUCTION}/objectives`);
  await r.read('page', 'Objectives RESET is responsible for, two a page', '/api/v1/objectives?agency=RESET&first=2');
  await r.read('item', 'Strengthen post-release follow-up and support', `/api/v1/objectives/${POST_RELEASE}`);
  await r.read('page', 'Its actions, two a page', `/api/v1/objectives/${POST_RELEASE}/actions?first=2`);
  await r.read(
    'page',
    'The contracts to reprocure under “Reprocure services expiring in the next 12 months”',
    `/api/v1/objectives/${REPROCURE}/reprocurements?fields=service,supplier,expiryDate,overdue`,
  );
  const naloxone = page((await r.read('page', 'Actions RESET shares that mention naloxone', '/api/v1/actions?agency=RESET&search=naloxone&first=2')).json)[0];
  const NALOXONE = naloxone.id; // "Evaluate and monitor naloxone on release scheme"
  await r.read('item', 'Evaluate and monitor naloxone on release scheme, with its objective', `/api/v1/actions/${NALOXONE}?expand=objective`);
  await r.read('page', 'The agencies responsible for it, names only', `/api/v1/actions/${NALOXONE}/agencies?fields=name,shortName`);
  await r.read('page', 'The agencies of the plan, two a page', '/api/v1/agencies?first=2');
  await r.read('item', 'RESET (Change Grow Live)', `/api/v1/agencies/${RESET}`);
  await r.read('page', 'RESET’s actions, two a page, text and status', `/api/v1/agencies/${RESET}/actions?first=2&fields=text,status,dueDate`);
  await r.read('page', 'RESET’s objectives, two a page', `/api/v1/agencies/${RESET}/objectives?first=2&fields=text`);
  await r.read('page', 'The six national outcomes', '/api/v1/national-outcomes');
  await r.read('item', 'Increase engagement in drug treatment', `/api/v1/national-outcomes/${ENGAGEMENT}`);
  await r.read('page', 'Its local measures, names and units', `/api/v1/national-outcomes/${ENGAGEMENT}/measures?fields=name,unit,direction`);
  await r.read('page', 'The measures of pillar 2, two a page', `/api/v1/outcome-measures?pillarId=${encodeURIComponent(PILLAR_2)}&first=2`);
  await r.read('item', 'Engagement with services after prison release', `/api/v1/outcome-measures/${PRISON_RELEASE}`);
  const values = page((await r.read('page', 'Its values: 15.3% in 2021, 53% in 2023', `/api/v1/outcome-measures/${PRISON_RELEASE}/values`)).json);
  await r.read('item', 'The 2023 value', `/api/v1/measure-values/${values[values.length - 1].id}`);
  await r.read('page', 'Contracts past their expiry date on 1 October 2024', '/api/v1/reprocurements?overdue=true&asOf=2024-10-01');
  await r.read('item', 'Needle exchange supplies (Orion), expiring 14/11/24', `/api/v1/reprocurements/${id('Reprocurement', 1)}`);
  await r.read('page', 'Where to find help', '/api/v1/help-services');
  await r.read('item', 'RESET (Change Grow Live)', `/api/v1/help-services/${id('HelpService', 1)}`);

  // ---- The feeds: the plan for spreadsheets, the deadlines for calendars ------------------------
  // The workbook is binary and the calendar's DTSTAMPs are the times the plan was loaded: their
  // bodies are described, not recorded (the e2e feeds test reads them back with exceljs and ical.js).
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const XLSX_BODY = 'An Excel workbook: sheets Pillars, Priorities, Objectives, Actions and Action agencies, frozen header rows, RAG cells coloured.';
  const ICS_BODY =
    'An iCalendar (RFC 5545): METHOD:PUBLISH, X-WR-CALNAME:Reprocurement deadlines, a VEVENT per contract (an all-day DTSTART on the expiry date, SUMMARY "Contract expires: <service> (<supplier>)", the supplier and status in DESCRIPTION) with a display VALARM 6 months before.';
  await r.read('csv', 'The actions about naloxone as CSV (UTF-8 with a BOM, one row per action)', '/api/v1/plan.csv?search=naloxone');
  await r.record(
    'long',
    'The same, one row per action and agency',
    { method: 'GET', url: '/api/v1/plan.csv?search=naloxone&form=long', as: 'anonymous' },
    { expect: 200 },
  );
  const workbook: ExampleRequest = { method: 'GET', url: '/api/v1/plan.xlsx?pillarId=' + encodeURIComponent(PILLAR_2), as: 'anonymous' };
  await r.refusals(workbook);
  await r.record('workbook', 'The plan as an Excel workbook, the actions of pillar 2', workbook, { expect: 200, omit: XLSX_BODY });
  const calendar: ExampleRequest = { method: 'GET', url: '/api/v1/reprocurements.ics', as: 'anonymous' };
  await r.refusals(calendar);
  await r.record('calendar', 'The five contracts as a calendar to subscribe to', calendar, { expect: 200, omit: ICS_BODY });
  await r.read('csv', 'Where to find help, as CSV', '/api/v1/help-services.csv');
  await r.record(
    'csv',
    'The actions about naloxone, by Accept: text/csv (the plan.csv feed)',
    { method: 'GET', url: '/api/v1/actions?search=naloxone', as: 'anonymous', headers: { accept: 'text/csv' } },
    { expect: 200 },
  );
  await r.record(
    'workbook',
    'By Accept: the plan.xlsx feed',
    { method: 'GET', url: '/api/v1/actions?search=naloxone', as: 'anonymous', headers: { accept: XLSX } },
    { expect: 200, omit: XLSX_BODY },
  );
  await r.record(
    'calendar',
    'By Accept: text/calendar (the reprocurements.ics feed)',
    { method: 'GET', url: '/api/v1/reprocurements', as: 'anonymous', headers: { accept: 'text/calendar' } },
    { expect: 200, omit: ICS_BODY },
  );
  await r.record(
    'csv',
    'By Accept: text/csv (the help-services.csv feed)',
    { method: 'GET', url: '/api/v1/help-services', as: 'anonymous', headers: { accept: 'text/csv' } },
    { expect: 200 },
  );

  // ---- A quarter's work: progress, a risk, an outcome value ------------------------------------
  const progress = await r.write(
    'recorded',
    'The Q2 update on the naloxone-on-release scheme (If-Match: the action as read)',
    {
      method: 'POST',
      url: `/api/v1/actions/${NALOXONE}/progress`,
      ifMatch: '"v1"',
      idempotencyKey: 'naloxone-2024-25-Q2',
      body: {
        quarter: '2024-25 Q2',
        status: 'AT_RISK',
        rag: 'AMBER',
        percentComplete: 40,
        commentary: 'Naloxone is offered on release; the evaluation waits for pharmacy follow-up data, which is not yet shared.',
      },
    },
    { replay: true },
  );
  await r.read('page', 'The action’s updates', `/api/v1/actions/${NALOXONE}/progress`);
  await r.read('item', 'The Q2 update', `/api/v1/progress-updates/${progress.json.id as string}`);
  // Corrected and withdrawn with a reason, never rewritten: the action's status stays AT_RISK (its version too).
  await r.write('corrected', 'The Q2 update corrected: the percent was the previous quarter’s (a new update, correctionOf the original)', {
    method: 'POST',
    url: `/api/v1/progress-updates/${progress.json.id as string}/correct`,
    ifMatch: '"v1"',
    idempotencyKey: 'naloxone-2024-25-Q2-correction',
    body: { reason: 'The percent complete was copied from Q1; 35 is the Q2 figure.', percentComplete: 35 },
  });
  const duplicate = await r.write('recorded', 'The Q2 update sent twice by mistake', {
    method: 'POST',
    url: `/api/v1/actions/${NALOXONE}/progress`,
    idempotencyKey: 'naloxone-2024-25-Q2-again',
    body: {
      quarter: '2024-25 Q2',
      status: 'AT_RISK',
      rag: 'AMBER',
      percentComplete: 35,
      commentary: 'Naloxone is offered on release (sent again by mistake).',
    },
  });
  await r.write('withdrawn', 'The duplicate withdrawn: kept in the series, it no longer counts', {
    method: 'POST',
    url: `/api/v1/progress-updates/${duplicate.json.id as string}/withdraw`,
    ifMatch: '"v1"',
    idempotencyKey: 'naloxone-2024-25-Q2-duplicate-withdrawn',
    body: { reason: 'Sent twice by mistake.' },
  });

  const risk = await r.write('created', 'A risk to the evaluation', {
    method: 'POST',
    url: '/api/v1/risks',
    idempotencyKey: 'naloxone-risk-1',
    body: {
      actionId: NALOXONE,
      description: 'Pharmacy follow-up data is not shared, so the scheme cannot be evaluated this year.',
      likelihood: 3,
      impact: 4,
      mitigation: 'Agree a data-sharing arrangement with the community pharmacies through Public Health.',
      ownerAgency: 'LBTH Public Health',
    },
  });
  const RISK = risk.json.id as string;
  await r.read('page', 'Open risks scored 12 or more', '/api/v1/risks?status=OPEN&minScore=12');
  await r.read('item', 'The risk', `/api/v1/risks/${RISK}`);
  await r.read('page', 'The action’s risks', `/api/v1/actions/${NALOXONE}/risks`);
  await r.write('changed', 'The likelihood lowered once the arrangement is drafted', {
    method: 'PATCH',
    url: `/api/v1/risks/${RISK}`,
    ifMatch: '"v1"',
    idempotencyKey: 'naloxone-risk-1-likelihood',
    body: { likelihood: 2 },
  });
  await r.write('archived', 'Archived: recorded twice by mistake', {
    method: 'POST',
    url: `/api/v1/risks/${RISK}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'naloxone-risk-1-archive',
  });
  await r.write('restored', 'Restored', { method: 'POST', url: `/api/v1/risks/${RISK}/restore`, ifMatch: '"v3"', idempotencyKey: 'naloxone-risk-1-restore' });

  await r.write('recorded', 'The Q1 2024-25 figure for engagement after prison release', {
    method: 'POST',
    url: `/api/v1/outcome-measures/${PRISON_RELEASE}/values`,
    idempotencyKey: 'prison-release-2024-25-Q1',
    body: { kind: 'OBSERVED', periodLabel: '2024-25 Q1', periodStart: '2024-04-01', periodEnd: '2024-06-30', value: 55, source: 'OHID continuity of care' },
  });
  await r.write('corrected', 'The same period again with If-Match: the value corrected', {
    method: 'POST',
    url: `/api/v1/outcome-measures/${PRISON_RELEASE}/values`,
    ifMatch: '"v1"',
    idempotencyKey: 'prison-release-2024-25-Q1-correction',
    body: { kind: 'OBSERVED', periodLabel: '2024-25 Q1', periodStart: '2024-04-01', periodEnd: '2024-06-30', value: 54.6, source: 'OHID continuity of care' },
  });

  // ---- Changing the plan ------------------------------------------------------------------------
  await r.write('changed', 'The naloxone action’s target', {
    method: 'PATCH',
    url: `/api/v1/actions/${NALOXONE}`,
    ifMatch: '"v2"',
    idempotencyKey: 'naloxone-target',
    body: { target: 'Naloxone offered to every prison leaver' },
  });
  const action = await r.write(
    'created',
    'A new action under “Strengthen post-release follow-up and support”',
    {
      method: 'POST',
      url: '/api/v1/actions',
      idempotencyKey: 'hostel-naloxone-training',
      body: { objectiveId: POST_RELEASE, text: 'Offer naloxone training to hostel staff who house prison leavers', dueDate: '2025-03-31' },
    },
    { replay: true },
  );
  const ACTION = action.json.id as string;
  await r.write(
    'linked',
    'RESET made responsible for it',
    { method: 'POST', url: `/api/v1/actions/${ACTION}/agencies`, idempotencyKey: 'hostel-naloxone-reset', body: { agency: 'RESET' } },
    { reuse: { body: { agency: 'Release' } } },
  );
  await r.write(
    'unlinked',
    'RESET’s responsibility removed again',
    { method: 'DELETE', url: `/api/v1/actions/${ACTION}/agencies/${RESET}`, idempotencyKey: 'hostel-naloxone-reset-removed' },
    { reuse: { url: `/api/v1/actions/${ACTION}/agencies/${id('Agency', 1)}` } },
  );
  await r.write('archived', 'Archived: it duplicates another action', {
    method: 'POST',
    url: `/api/v1/actions/${ACTION}/archive`,
    ifMatch: '"v1"',
    idempotencyKey: 'hostel-naloxone-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/actions/${ACTION}/restore`,
    ifMatch: '"v2"',
    idempotencyKey: 'hostel-naloxone-restore',
  });

  const objective = await r.write('created', 'A new objective under “Enhance Harm Reduction Provision”', {
    method: 'POST',
    url: '/api/v1/objectives',
    idempotencyKey: 'objective-naloxone-coverage',
    body: { priorityId: HARM_REDUCTION, text: 'Widen naloxone coverage beyond treatment services' },
  });
  const OBJECTIVE = objective.json.id as string;
  await r.write('changed', 'Its sub-points', {
    method: 'PATCH',
    url: `/api/v1/objectives/${OBJECTIVE}`,
    ifMatch: '"v1"',
    idempotencyKey: 'objective-naloxone-coverage-points',
    body: { subPoints: ['Hostels', 'Pharmacies', 'Custody suites'] },
  });
  await r.write(
    'linked',
    'Turning Point made responsible for it',
    { method: 'POST', url: `/api/v1/objectives/${OBJECTIVE}/agencies`, idempotencyKey: 'objective-naloxone-coverage-tp', body: { agency: 'Turning Point' } },
    { reuse: { body: { agency: 'Release' } } },
  );
  await r.write(
    'unlinked',
    'Turning Point’s responsibility removed again',
    { method: 'DELETE', url: `/api/v1/objectives/${OBJECTIVE}/agencies/${id('Agency', 3)}`, idempotencyKey: 'objective-naloxone-coverage-tp-removed' },
    { reuse: { url: `/api/v1/objectives/${OBJECTIVE}/agencies/${id('Agency', 1)}` } },
  );
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/objectives/${OBJECTIVE}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'objective-naloxone-coverage-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/objectives/${OBJECTIVE}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'objective-naloxone-coverage-restore',
  });

  const priority = await r.write('created', 'A new priority under pillar 3', {
    method: 'POST',
    url: '/api/v1/priorities',
    idempotencyKey: 'priority-night-time-economy',
    body: { pillarId: id('Pillar', 3), title: 'Reduce alcohol-related harm in the night-time economy' },
  });
  const PRIORITY = priority.json.id as string;
  await r.write('changed', 'Its name in the strategy', {
    method: 'PATCH',
    url: `/api/v1/priorities/${PRIORITY}`,
    ifMatch: '"v1"',
    idempotencyKey: 'priority-night-time-economy-name',
    body: { strategyName: 'Safer nights out' },
  });
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/priorities/${PRIORITY}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'priority-night-time-economy-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/priorities/${PRIORITY}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'priority-night-time-economy-restore',
  });

  const agency = await r.write('created', 'A new agency', {
    method: 'POST',
    url: '/api/v1/agencies',
    idempotencyKey: 'agency-pharmacies',
    body: { name: 'Tower Hamlets Community Pharmacies', kind: 'ORGANISATION', aliases: ['Community pharmacies'] },
  });
  const AGENCY = agency.json.id as string;
  await r.write('changed', 'Its short name', {
    method: 'PATCH',
    url: `/api/v1/agencies/${AGENCY}`,
    ifMatch: '"v1"',
    idempotencyKey: 'agency-pharmacies-short',
    body: { shortName: 'Pharmacies' },
  });
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/agencies/${AGENCY}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'agency-pharmacies-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/agencies/${AGENCY}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'agency-pharmacies-restore',
  });

  const measure = await r.write('created', 'A new measure of “Reduce drug-related deaths and harm”', {
    method: 'POST',
    url: '/api/v1/outcome-measures',
    idempotencyKey: 'measure-naloxone-kits',
    body: { outcomeId: id('NationalOutcome', 6), name: 'Naloxone kits supplied', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' },
  });
  const MEASURE = measure.json.id as string;
  await r.write('changed', 'Its name', {
    method: 'PATCH',
    url: `/api/v1/outcome-measures/${MEASURE}`,
    ifMatch: '"v1"',
    idempotencyKey: 'measure-naloxone-kits-name',
    body: { name: 'Naloxone kits supplied on release' },
  });
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/outcome-measures/${MEASURE}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'measure-naloxone-kits-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/outcome-measures/${MEASURE}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'measure-naloxone-kits-restore',
  });

  await r.write('in progress', 'Reprocurement of the Orion needle exchange supplies under way', {
    method: 'POST',
    url: `/api/v1/reprocurements/${id('Reprocurement', 1)}/status`,
    ifMatch: '"v1"',
    idempotencyKey: 'orion-in-progress',
    body: { status: 'IN_PROGRESS' },
  });
  const contract = await r.write('created', 'A contract to reprocure', {
    method: 'POST',
    url: '/api/v1/reprocurements',
    idempotencyKey: 'contract-naloxone-supplies',
    body: { objectiveId: REPROCURE, service: 'Naloxone supplies', expiryDate: '2025-03-31', agency: 'LBTH Substance Misuse Commissioning' },
  });
  const CONTRACT = contract.json.id as string;
  await r.write('changed', 'Its supplier', {
    method: 'PATCH',
    url: `/api/v1/reprocurements/${CONTRACT}`,
    ifMatch: '"v1"',
    idempotencyKey: 'contract-naloxone-supplier',
    body: { supplier: 'Orion' },
  });
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/reprocurements/${CONTRACT}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'contract-naloxone-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/reprocurements/${CONTRACT}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'contract-naloxone-restore',
  });

  const service = await r.write('created', 'FRANK, the national drugs helpline', {
    method: 'POST',
    url: '/api/v1/help-services',
    idempotencyKey: 'help-frank',
    body: {
      name: 'FRANK',
      description: 'Honest information about drugs, and confidential advice, any time.',
      phone: '0300 123 6600',
      website: 'https://www.talktofrank.com',
      audience: 'Anyone',
    },
  });
  const SERVICE = service.json.id as string;
  await r.write('changed', 'Its text line', {
    method: 'PATCH',
    url: `/api/v1/help-services/${SERVICE}`,
    ifMatch: '"v1"',
    idempotencyKey: 'help-frank-text',
    body: { description: 'Honest information about drugs, and confidential advice, any time. Text 82111.' },
  });
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/help-services/${SERVICE}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'help-frank-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/help-services/${SERVICE}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'help-frank-restore',
  });

  // ---- Plans across years -------------------------------------------------------------------------
  const pillar = await r.write('created', 'A fourth pillar, for alcohol', {
    method: 'POST',
    url: '/api/v1/pillars',
    idempotencyKey: 'pillar-alcohol',
    body: { planId: DELIVERY_PLAN, number: 4, name: 'Reduce alcohol harm', subgroup: 'Alcohol subgroup', lead: 'Public Health consultant' },
  });
  const PILLAR = pillar.json.id as string;
  await r.write('changed', 'Its vision', {
    method: 'PATCH',
    url: `/api/v1/pillars/${PILLAR}`,
    ifMatch: '"v1"',
    idempotencyKey: 'pillar-alcohol-vision',
    body: { vision: 'Fewer people harmed by alcohol in Tower Hamlets.' },
  });
  await r.write('archived', 'Archived: alcohol stays under pillar 2', {
    method: 'POST',
    url: `/api/v1/pillars/${PILLAR}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'pillar-alcohol-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/pillars/${PILLAR}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'pillar-alcohol-restore',
  });
  await r.write('archived again', 'Archived again before the plan rolls over', {
    method: 'POST',
    url: `/api/v1/pillars/${PILLAR}/archive`,
    ifMatch: '"v4"',
    idempotencyKey: 'pillar-alcohol-archive-again',
  });

  const outcome = await r.write('created', 'A local national outcome for alcohol, under pillar 2', {
    method: 'POST',
    url: '/api/v1/national-outcomes',
    idempotencyKey: 'outcome-alcohol',
    body: { planId: STRATEGY, pillarId: id('Pillar', 2), name: 'Reduce alcohol-related harm' },
  });
  const OUTCOME = outcome.json.id as string;
  await r.write('changed', 'Its name', {
    method: 'PATCH',
    url: `/api/v1/national-outcomes/${OUTCOME}`,
    ifMatch: '"v1"',
    idempotencyKey: 'outcome-alcohol-name',
    body: { name: 'Reduce alcohol-related harm and deaths' },
  });
  await r.write('archived', 'Archived', {
    method: 'POST',
    url: `/api/v1/national-outcomes/${OUTCOME}/archive`,
    ifMatch: '"v2"',
    idempotencyKey: 'outcome-alcohol-archive',
  });
  await r.write('restored', 'Restored', {
    method: 'POST',
    url: `/api/v1/national-outcomes/${OUTCOME}/restore`,
    ifMatch: '"v3"',
    idempotencyKey: 'outcome-alcohol-restore',
  });

  const next = await r.write('rolled over', 'The 2025-26 delivery plan, carried from 2024-25: a DRAFT with the open actions', {
    method: 'POST',
    url: `/api/v1/plans/${DELIVERY_PLAN}/roll-over`,
    idempotencyKey: 'roll-over-2025-26',
    body: { periodLabel: '2025-26', periodStart: '2025-04-01', periodEnd: '2026-03-31', title: 'Annual Delivery Plan 2025-2026' },
  });
  const NEXT = next.json.id as string;
  await r.write('changed', 'Its summary', {
    method: 'PATCH',
    url: `/api/v1/plans/${NEXT}`,
    ifMatch: '"v1"',
    idempotencyKey: 'plan-2025-26-summary',
    body: { summary: 'The second year of the strategy: the open actions of 2024-25, carried over.' },
  });
  await r.write('agreed', 'Agreed by the CDP Board', {
    method: 'POST',
    url: `/api/v1/plans/${NEXT}/agree`,
    ifMatch: '"v2"',
    idempotencyKey: 'plan-2025-26-agreed',
    body: { agreedOn: '2025-03-20', agreedBy: 'CDP Board' },
  });
  await r.write('created', 'A 2026-27 delivery plan of the strategy, started empty', {
    method: 'POST',
    url: '/api/v1/plans',
    idempotencyKey: 'plan-2026-27',
    body: {
      kind: 'DELIVERY_PLAN',
      title: 'Annual Delivery Plan 2026-2027',
      periodLabel: '2026-27',
      periodStart: '2026-04-01',
      periodEnd: '2027-03-31',
      strategyId: STRATEGY,
    },
  });

  // ---- A reporting round ----------------------------------------------------------------------------
  const opened = await r.write(
    'opened',
    'The 2024-25 Q3 round, opened by the coordinator with its deadline',
    {
      method: 'POST',
      url: '/api/v1/rounds',
      idempotencyKey: 'round-2024-25-Q3',
      body: { quarter: '2024-25 Q3', deadline: '2025-01-15' },
    },
    { reuse: { body: { quarter: '2024-25 Q3', deadline: '2025-01-31' } } },
  );
  const ROUND = opened.json.id as string;
  await r.read('page', 'The rounds, latest quarter first', '/api/v1/rounds', { as: 'reader' });
  await r.read('item', 'The round', `/api/v1/rounds/${ROUND}`, { as: 'reader' });
  await r.refusals({ method: 'GET', url: `/api/v1/rounds/${ROUND}/chase-list`, as: 'reader' });
  await r.record(
    'chase list',
    'Per agency, its actions with no update of its own for the quarter, its contact and the days to the deadline',
    { method: 'GET', url: `/api/v1/rounds/${ROUND}/chase-list`, as: 'reader' },
    {
      expect: 200,
      omit: 'The chase list: { round, quarter, deadline, daysToDeadline, agencies: [{ agency, contactName, contactEmail, contactPhone, missing, actions }] }',
    },
  );
  await r.refusals({ method: 'GET', url: `/api/v1/rounds/${ROUND}/chase-list.csv`, as: 'reader' });
  await r.record(
    'csv',
    'The chase list as CSV, the round named by its key',
    { method: 'GET', url: '/api/v1/rounds/2024-25Q3/chase-list.csv', as: 'reader' },
    { expect: 200, omit: 'A row per agency and action lacking its update.' },
  );
  for (const n of [1, 2, 3]) {
    await r.write(n === 1 ? 'signed off' : `pillar ${n}`, `Pillar ${n} signed off`, {
      method: 'POST',
      url: `/api/v1/rounds/${ROUND}/sign-offs`,
      idempotencyKey: `round-2024-25-Q3-pillar-${n}`,
      body: { pillarId: id('Pillar', n), note: `Reviewed at the pillar ${n} subgroup.` },
    });
  }
  await r.write('closed', 'Closed once every pillar is signed off: its snapshot is stored', {
    method: 'POST',
    url: `/api/v1/rounds/${ROUND}/close`,
    ifMatch: '"v1"',
    idempotencyKey: 'round-2024-25-Q3-close',
    body: {},
  });
  await r.refusals({ method: 'GET', url: `/api/v1/rounds/${ROUND}/snapshot`, as: 'reader' });
  await r.record(
    'snapshot',
    'What the board saw: the plan for the quarter as the round closed',
    { method: 'GET', url: `/api/v1/rounds/${ROUND}/snapshot`, as: 'reader' },
    { expect: 200, omit: 'The PlanSnapshot: plan, quarter, round, overall and per-pillar counts, actions with their updates, agencies, measures, contracts.' },
  );
  await r.read('page', 'The round’s sign-offs', `/api/v1/rounds/${ROUND}/sign-offs`, { as: 'reader' });
  await r.refusals({ method: 'GET', url: `/api/v1/rounds/${ROUND}/diff?from=${DELIVERY_PLAN}`, as: 'reader' });
  await r.record(
    'diff',
    'What the plan, read live, differs from what the board saw (planDiff): here nothing yet',
    { method: 'GET', url: `/api/v1/rounds/2024-25Q3/diff?from=${DELIVERY_PLAN}`, as: 'reader' },
    { expect: 200 },
  );
  // The board pack: its bodies hold the snapshot's takenAt (the time the examples were made), so they are described.
  const html: ExampleRequest = { method: 'GET', url: `/api/v1/rounds/${ROUND}/report.html`, as: 'reader' };
  await r.refusals(html);
  await r.record('report', 'The board report pack of the closed round, as HTML (inline)', html, {
    expect: 200,
    omit: 'One self-contained HTML document: summary with RAG counts per pillar and the movement chart, exceptions, actions without updates, measures, reprocurement deadlines, what changed since the last board.',
  });
  const md: ExampleRequest = { method: 'GET', url: '/api/v1/rounds/2024-25Q3/report.md', as: 'reader' };
  await r.refusals(md);
  await r.record('report', 'The same pack as Markdown, the round named by its key (an attachment)', md, {
    expect: 200,
    omit: 'The board report pack as GitHub-flavoured Markdown.',
  });
  const pdf: ExampleRequest = { method: 'GET', url: `/api/v1/rounds/${ROUND}/report.pdf`, as: 'reader' };
  await r.refusals(pdf);
  await r.record(
    'no Chromium',
    'On a server without Chromium (CHROMIUM_PATH names none): the PDF cannot be made',
    { ...pdf, setup: 'no chromium' },
    { expect: 503 },
  );
  r.described('report', 'The pack as an A4 PDF printed by headless Chromium (an attachment; not recorded: the examples are made without Chromium)', pdf, {
    status: 200,
    contentType: 'application/pdf',
    omitted: 'The board report pack as a PDF: a running header (Board report: 2024-25 Q3 · <partnership>) and Page n of m on every page.',
    headers: { 'content-disposition': 'attachment; filename="tower-hamlets-cdp-2024-25-q3-board-pack.pdf"' },
  });

  // ---- What changed -------------------------------------------------------------------------------
  await r.read('page', 'The naloxone action’s history, newest first', `/api/v1/history/${NALOXONE}?first=2`, { as: 'reader' });
  await r.read('page', 'The latest changes to help services', '/api/v1/changes?entityType=HelpService&first=2', { as: 'reader' });
  await r.read(
    'round',
    'What changed since the last board: the 2024-25 Q3 round’s sign-offs',
    '/api/v1/changes?round=2024-25Q3&entityType=RoundSignOff&first=2',
    {
      as: 'reader',
    },
  );
}

/** A config for an in-memory server that only answers injected requests. */
function inMemory(env: Record<string, string>) {
  return loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
}

const quiet = { info: () => undefined, error: (message: string, error?: unknown) => console.error(message, error) };

/** Creates the example keys as `pnpm cli keys create` does; their secrets by caller. */
async function createKeys(app: App): Promise<{ secrets: Partial<Record<Caller, string>>; replace: Record<string, string> }> {
  const contexts = createContextFactory(app.database, { anonymousAccess: 'read' });
  const keys = contexts.services.get(ApiKeyService);
  const secrets: Partial<Record<Caller, string>> = { 'made-up key': MADE_UP_KEY };
  const replace: Record<string, string> = {};
  for (const key of EXAMPLE_KEYS) {
    const { apiKey, secret } = await keys.create(contexts.forActor(CLI_ACTOR), {
      name: key.name,
      role: key.role as Role,
      agency: null,
      pillar: null,
      principal: null,
      expiresAt: null,
    });
    secrets[key.role] = secret;
    replace[apiKey.prefix] = key.prefix;
  }
  return { secrets, replace };
}

const NO_EXAMPLES: ExampleFile = { today: RECORDED_ON, instant: RECORDED_AT, keys: [], examples: [] };

/**
 * Records the examples (a few seconds) and prints the OpenAPI document with them: the document of
 * the server they were recorded on (its routes' schemas, as /api/v1/openapi.json serves it), with
 * the examples added as the server adds the committed ones (rest/register.ts withExamples).
 * `problems` lists answers without an example and examples of answers the document does not list.
 */
export async function printOpenApi(): Promise<{ document: Record<string, unknown>; examples: ExampleFile; problems: string[] }> {
  const since = Date.now() - 60_000;
  const options = { today: () => RECORDED_ON, openapiExamples: NO_EXAMPLES };
  const app = await startApp(
    inMemory({ RATE_LIMIT_MAX: '1000000', RATE_LIMIT_ANONYMOUS_MAX: '1000000', CHROMIUM_PATH: '/nonexistent/chromium' }),
    quiet,
    options,
  );
  const limited = await startApp(inMemory(SECOND_SERVER), quiet, options);
  try {
    const { secrets, replace } = await createKeys(app);
    const bare = app.http.swagger() as unknown as Record<string, unknown>;
    const recorder = new Recorder(
      app,
      structuredClone(bare) as unknown as ConstructorParameters<typeof Recorder>[1],
      secrets,
      { since, instant: RECORDED_AT, replace },
      limited,
    );
    await story(recorder);
    const examples: ExampleFile = { today: RECORDED_ON, instant: RECORDED_AT, keys: EXAMPLE_KEYS, examples: recorder.examples };
    const document = JSON.parse(JSON.stringify(bare)) as Record<string, unknown>;
    const problems = addExamples(document, examples);
    return { document, examples, problems };
  } finally {
    await limited.close();
    await app.close();
  }
}
