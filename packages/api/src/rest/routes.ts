import { Readable } from 'node:stream';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, RouteShorthandOptions } from 'fastify';
import { getNamedType, GraphQLField, GraphQLInputObjectType, GraphQLObjectType, GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { chooseEncoding, compress, COMPRESS_THRESHOLD } from '../http/encoding';
import { digestOf, etagOf, matchesEtag, READ_CACHE_CONTROL, ResponseCache, variantOf, varyWith } from '../http/response-cache';
import { inputSchema, isConnectionType, isNodeType, Representations } from './representation';
import { coerceParam, nameList, PAGE_PARAMS, paramSchema, paramsOf, ParamSpec, SHAPE_PARAMS } from './params';
import { handleRestError, problemBody, ProblemError, PROBLEMS, REST_PREFIX, sendProblem } from './problem';
import { omittedFields, RESOURCES } from './resources';
import { negotiate } from './negotiate';
import {
  ACTION_AGENCY_COLUMNS,
  ACTION_COLUMNS,
  actionAgencyRows,
  actionRow,
  allPages,
  FeedAction,
  FeedLevels,
  PLAN_FEED_QUERY,
  PLAN_LEVELS_QUERY,
} from './feeds/plan-rows';
import { CSV_TYPE, toCsv } from './feeds/csv';
import { planWorkbook, XLSX_TYPE } from './feeds/xlsx';
import { FeedReprocurement, ICS_TYPE, REPROCUREMENT_FEED_QUERY, reprocurementCalendar } from './feeds/ics';
import { CHASE_LIST_COLUMNS, CHASE_LIST_QUERY, chaseListRows, type ChaseListData } from './feeds/chase-list';
import { BOARD_REPORT_QUERY, BOARD_REPORT_TYPES } from './feeds/board-report';
import { HELP_SERVICE_COLUMNS, HELP_SERVICES_FEED_QUERY, helpServiceRow, FeedHelpService } from './feeds/help-services';

/** The result of running one GraphQL document for a REST request. */
export interface Execution {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface RestDeps {
  schema: GraphQLSchema;
  /** Runs a GraphQL document as the caller of `request` (the same pipeline as /graphql: limits, auth, errors). */
  execute(request: FastifyRequest, query: string, variables: Record<string, unknown>): Promise<Execution>;
  cache?: {
    store: ResponseCache;
    revision: () => number;
    accessClass: (headers: IncomingHttpHeaders) => string | null | Promise<string | null>;
  };
  /** Largest answer sent (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** The reprocurement calendar's default reminder, in months before expiry (REPROCUREMENT_ALARM_MONTHS). */
  reprocurementAlarmMonths: number;
}

export const JSON_UTF8 = 'application/json; charset=utf-8';
export const NDJSON = 'application/x-ndjson';
const DEFAULT_PAGE = 50;

type Query = Record<string, string | string[] | undefined>;
type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** One route as registered and as documented (its Fastify schema is what @fastify/swagger prints). */
interface RouteDef {
  method: HTTPMethods;
  url: string;
  schema: Record<string, unknown>;
  handler: Handler;
}

/** What a read produced, before caching and sending. */
interface ReadAnswer {
  body: Buffer;
  contentType: string;
  /** The item's version (its ETag starts with it, and If-Match reads it back). */
  version?: number;
  headers?: Record<string, string>;
}

function queryOf(request: FastifyRequest): Query {
  const q = request.query as Record<string, unknown>;
  const out: Query = {};
  for (const name of Object.keys(q)) out[name] = q[name] as string | string[];
  return out;
}

function single(query: Query, name: string): string | undefined {
  const v = query[name];
  if (Array.isArray(v)) throw new ProblemError('BAD_USER_INPUT', `The query parameter "${name}" is given ${v.length} times; give it once.`);
  return v;
}

/** The entity tag (unquoted) of a representation: its version first for an item, so that If-Match can read it. */
function tagOf(answer: ReadAnswer): string {
  const d = digestOf(answer.body);
  return answer.version === undefined ? d : `v${answer.version}-${d}`;
}

/** The version an If-Match header names (`"v3-..."`, or a bare `"3"`); null when there is none. */
export function versionOfIfMatch(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '') return null;
  if (header.trim() === '*') throw new ProblemError('PRECONDITION_REQUIRED', 'If-Match: * names no version: send the ETag of the record as you read it.');
  const versions = new Set<number>();
  for (const part of header.split(',')) {
    // Versions start at 1: "v0" is no ETag of this API (it reached the input's min rule as a body property).
    const m = /^\s*(?:W\/)?"v?([1-9]\d{0,8})(?:-[^"]*)?"\s*$/.exec(part);
    if (!m) throw new ProblemError('BAD_REQUEST', `If-Match is not an ETag this API issued: ${JSON.stringify(part.trim()).slice(0, 80)}.`);
    versions.add(Number(m[1]));
  }
  if (versions.size > 1) throw new ProblemError('BAD_REQUEST', 'If-Match names more than one version: send the one ETag you read.');
  return [...versions][0];
}

/**
 * Where the input fields of a write came from when not from the body: the URL's record (`id`,
 * `actionId` on POST /actions/{id}/progress: `path.id`), If-Match (`expectedVersion`) and
 * Idempotency-Key. Problems name them as the caller sent them.
 */
export type InputSources = Readonly<Record<string, string>>;
const HEADER_SOURCES: InputSources = { expectedVersion: 'header.if-match', idempotencyKey: 'header.idempotency-key' };

/** A problem from a GraphQL answer's errors (the first decides the status; all are listed when there are several). */
export function problemOfErrors(errors: readonly GraphQLFormattedError[], ifMatch: boolean, sources: InputSources = {}): ProblemError {
  const first = errors[0];
  const { code: rawCode, http: _http, stacktrace: _stack, ...members } = (first.extensions ?? {}) as Record<string, unknown>;
  let code = typeof rawCode === 'string' ? rawCode : 'INTERNAL_SERVER_ERROR';
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') code = 'BAD_REQUEST';
  if (['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COMPLEX'].includes(code)) code = 'QUERY_TOO_COMPLEX';
  if (!PROBLEMS[code]) code = 'BAD_REQUEST';
  // The version check fails as CONFLICT on GraphQL; over REST the version came from If-Match: 412.
  const status = code === 'CONFLICT' && members.reason === 'VERSION_CONFLICT' && ifMatch ? 412 : undefined;
  const extra =
    errors.length > 1
      ? { errors: errors.map((e) => ({ detail: restWording(e.message, sources), code: (e.extensions as { code?: string } | undefined)?.code })) }
      : {};
  // Messages and paths about the GraphQL arguments the REST layer made read as what the caller
  // sent: the filter's fields and the page are query parameters, the input is the body (or the URL, or a header).
  let detail = restWording(first.message, sources);
  // graphql-js reports each variable problem as an error of its own: one problem lists the fields of all of them.
  const fieldLists = errors
    .filter((e) => (e.extensions as { code?: unknown } | undefined)?.code === rawCode)
    .map((e) => (e.extensions as { fields?: unknown } | undefined)?.fields)
    .filter((f): f is unknown[] => Array.isArray(f));
  if (fieldLists.length > 1) {
    members.fields = fieldLists.flat();
    detail = `${errors.length} problems with the request: ${errors.map((e) => restWording(e.message, sources)).join(' ')}`;
  }
  if (Array.isArray(members.fields)) {
    members.fields = (members.fields as { path?: unknown }[]).map((f) =>
      typeof f.path === 'string'
        ? { ...f, path: restPath(f.path, sources), message: restWording(String((f as { message?: unknown }).message ?? ''), sources) }
        : f,
    );
  }
  if (typeof members.argument === 'string') members.argument = restPath(members.argument, sources);
  return new ProblemError(code, detail, { ...members, ...extra }, code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer' } : {}, status);
}

/**
 * A GraphQL argument path as the part of the REST request it came from: filter.status.0 →
 * query.status.0, first → query.first, id → path.id, input.text → body.text, input.expectedVersion
 * → header.if-match (and `sources`' input fields where they say).
 */
export function restPath(path: string, sources: InputSources = {}): string {
  if (sources[path]) return sources[path]; // an argument the route filled from elsewhere (its URL)
  const input = /^input(?:\.([^.]+)(.*))?$/.exec(path);
  if (input) {
    if (input[1] === undefined) return 'body';
    return sources[input[1]] ?? HEADER_SOURCES[input[1]] ?? `body.${input[1]}${input[2]}`;
  }
  if (path.startsWith('filter.')) return `query.${path.slice('filter.'.length)}`;
  if (path === 'id') return 'path.id';
  // Any other argument of a read (first, after, asOf, since, ...) is a query parameter of the same name.
  if (/^[A-Za-z]\w*(\.|$)/.test(path)) return `query.${path}`;
  return path;
}

/** How a message names a part of the request: Query parameter "status.0", Body property "text", Header "If-Match". */
function partName(location: string): string {
  const [part, ...rest] = location.split('.');
  const name = rest.join('.');
  if (part === 'query') return `Query parameter "${name}"`;
  if (part === 'path') return `Path parameter "${name}"`;
  if (part === 'header') return `Header "${name.replace(/(^|-)(\w)/g, (_m, dash: string, c: string) => dash + c.toUpperCase())}"`;
  if (part === 'body') return name ? `Body property "${name}"` : 'The request body';
  return `Argument "${location}"`;
}

function restWording(message: string, sources: InputSources = {}): string {
  const named = (path: string, lower: boolean) => {
    const words = partName(restPath(path, sources));
    return lower ? words[0].toLowerCase() + words.slice(1) : words;
  };
  return message
    .replace(/Variable "\$filter"/g, 'The query')
    .replace(/Variable "\$(\w+)"/g, (_m, name: string) => named(name, false))
    .replace(/(Argument|argument) "([\w.]+)"/g, (_m, word: string, path: string) => named(path, word === 'argument'));
}

function unwrapData(result: Execution, ifMatch = false, sources: InputSources = {}): Record<string, unknown> {
  if (result.errors?.length) throw problemOfErrors(result.errors, ifMatch, sources);
  if (!result.data) throw new ProblemError('INTERNAL_SERVER_ERROR', 'Internal server error.');
  return result.data;
}

function fieldOf(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> {
  const field = type.getFields()[name];
  if (!field) throw new Error(`${type.name} has no field ${name}.`);
  return field as GraphQLField<unknown, unknown>;
}

/** The element type of a list or connection field. */
function elementOf(field: GraphQLField<unknown, unknown>): { type: GraphQLObjectType; paged: boolean } {
  const named = getNamedType(field.type);
  if (isConnectionType(named)) {
    const nodes = getNamedType((named as GraphQLObjectType).getFields().nodes.type);
    return { type: nodes as GraphQLObjectType, paged: true };
  }
  if (isObjectType(named)) return { type: named, paged: false };
  throw new Error(`${field.name} is not a list of records.`);
}

/** GraphQL variable declarations and arguments for a field's arguments (as `$name: Type`). */
function argumentsOf(field: GraphQLField<unknown, unknown>, names: readonly string[]): { declare: string[]; pass: string[] } {
  const declare: string[] = [];
  const pass: string[] = [];
  for (const arg of field.args) {
    if (!names.includes(arg.name)) continue;
    declare.push(`$${arg.name}: ${String(arg.type)}`);
    pass.push(`${arg.name}: $${arg.name}`);
  }
  return { declare, pass };
}

function args(pass: string[]): string {
  return pass.length ? `(${pass.join(', ')})` : '';
}

function decl(declare: string[]): string {
  return declare.length ? `(${declare.join(', ')})` : '';
}

/** The GraphQL field of a mutation's payload that holds the record (ActionPayload.action). */
function payloadRecord(schema: GraphQLSchema, mutation: string): { field: string; type: GraphQLObjectType } {
  const m = schema.getMutationType()?.getFields()[mutation];
  if (!m) throw new Error(`No mutation ${mutation} in the schema.`);
  const payload = getNamedType(m.type) as GraphQLObjectType;
  for (const f of Object.values(payload.getFields())) {
    const named = getNamedType(f.type);
    if (isNodeType(named)) return { field: f.name, type: named };
  }
  throw new Error(`${payload.name} holds no record.`);
}

function inputTypeOf(schema: GraphQLSchema, mutation: string): string {
  const m = schema.getMutationType()?.getFields()[mutation];
  const input = m?.args.find((a) => a.name === 'input');
  if (!input) throw new Error(`${mutation} takes no input.`);
  return String(input.type);
}

function camel(path: string): string {
  return path.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
}

function pascal(path: string): string {
  const c = camel(path);
  return c[0].toUpperCase() + c.slice(1);
}

/** The OpenAPI tag of a resource's routes (national-outcomes → NationalOutcomes). */
export function resourceTag(path: string): string {
  return pascal(path);
}

const ref = (id: string) => ({ $ref: `${id}#` });
const PROBLEM_REF = ref('Problem');

function problemResponses(...statuses: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const s of [...new Set(statuses)].sort((a, b) => a - b)) {
    const codes = Object.entries(PROBLEMS)
      .filter(([, p]) => p.status === s)
      .map(([c]) => c);
    out[s] = { description: `Problem (${codes.join(', ') || 'see code'}).`, content: { 'application/problem+json': { schema: PROBLEM_REF } } };
  }
  return out;
}

// The problems each kind of route can answer (each has an example in the document, recorded by
// cli/openapi-examples.ts; the emitter fails on a documented status without one). Reads are open
// to anyone, so a read is never 403; 401 is a made-up or revoked key.
const READ_ERRORS = [400, 401, 404, 406, 429];
/** A collection: 404 only when a parameter names a record to look up (agency=RESET), not for an empty answer. */
const LIST_ERRORS = [400, 401, 406, 429];
/** A write: 404 when the URL or the body names a record (see mayNotFind). */
const WRITE_ERRORS = [400, 401, 403, 409, 413, 415, 429];

/** Parameters and input fields that look a record up by name (agency=RESET): NOT_FOUND when none has it. */
const LOOKUP_NAMES = ['agency', 'ownerAgency'];

function isLookup(spec: ParamSpec): boolean {
  return LOOKUP_NAMES.includes(spec.name);
}

// Response headers as @fastify/swagger takes them: each a JSON Schema (it wraps them in OpenAPI's `schema`).
const ETAG_HEADER = {
  etag: { type: 'string', description: 'The representation’s entity tag; send it back in If-None-Match (304) or, for an item, If-Match (writes).' },
};

/** The headers of a write's answer. */
const WRITE_HEADERS = {
  ...ETAG_HEADER,
  'idempotent-replayed': {
    type: 'string',
    enum: ['true'],
    description: 'Sent when Idempotency-Key named a write already made: this is its first answer again, and nothing was written.',
  },
};

/** Writes need an API key (reads take one too, optionally: the document's default security). */
const KEY_REQUIRED = [{ apiKey: [] }];

/** Headers the REST routes take, documented once. */
const IF_MATCH = { type: 'string', description: 'The ETag of the record as you read it: the write is refused with 412 if the record has changed since.' };
const IDEMPOTENCY_KEY = {
  type: 'string',
  maxLength: 200,
  description: 'Retrying with the same key returns the first result and writes nothing again (as idempotencyKey on GraphQL).',
};

/**
 * Registers the REST routes (inside a Fastify scope with the REST error handler, body parsers and
 * 404). Every route runs GraphQL documents on the same schema as /graphql, so the services, the
 * access control, the validation, the audit and the limits are the GraphQL API's own: nothing is
 * decided twice.
 */
export function restRoutes(deps: RestDeps): { routes: RouteDef[]; schemas: Record<string, unknown>[] } {
  const { schema } = deps;
  const reps = new Representations(schema, omittedFields(RESOURCES));
  const routes: RouteDef[] = [];
  const schemaIds = new Set<string>();
  const schemas: Record<string, unknown>[] = [];

  const refOf = (type: GraphQLObjectType): object => {
    addTypeSchema(type);
    return ref(type.name);
  };
  function addTypeSchema(type: GraphQLObjectType): void {
    if (schemaIds.has(type.name)) return;
    schemaIds.add(type.name);
    schemas.push({ $id: type.name, title: type.name, ...reps.jsonSchema(type, refOf) });
  }
  const listSchema = (type: GraphQLObjectType, paged: boolean) => {
    addTypeSchema(type);
    return {
      type: 'object',
      properties: {
        items: { type: 'array', items: ref(type.name) },
        totalCount: { type: 'integer', description: 'How many match, across all pages.' },
        ...(paged
          ? {
              pageInfo: {
                type: 'object',
                properties: { hasNextPage: { type: 'boolean' }, endCursor: { type: ['string', 'null'], description: 'Pass as after= for the next page.' } },
                required: ['hasNextPage', 'endCursor'],
                additionalProperties: false,
              },
            }
          : {}),
      },
      required: paged ? ['items', 'totalCount', 'pageInfo'] : ['items', 'totalCount'],
      additionalProperties: false,
    };
  };

  const shapeParams = (type: GraphQLObjectType) => ({
    fields: { type: 'string', description: `Comma-separated properties to return (id always): ${reps.fieldNames(type).join(', ')}.` },
    ...(reps.expandable(type).length
      ? { expand: { type: 'string', description: `Comma-separated related records to embed: ${reps.expandable(type).join(', ')}.` } }
      : {}),
  });
  const shapeOf = (type: GraphQLObjectType, query: Query) => ({
    fields: nameList('fields', query.fields, reps.fieldNames(type)),
    expand: nameList('expand', query.expand, reps.expandable(type)),
  });

  // ---- Reads --------------------------------------------------------------------------------

  /** GET answered from the response cache (304 on a matching If-None-Match) or by `produce`, then stored. */
  async function cachedRead(request: FastifyRequest, reply: FastifyReply, offered: readonly string[], produce: (accept: string) => Promise<ReadAnswer>) {
    const headers = request.raw.headers;
    const accept = negotiate(headers.accept, offered);
    if (!accept) throw new ProblemError('NOT_ACCEPTABLE', `This resource is served as ${offered.join(', ')}.`);
    const encoding = chooseEncoding(headers['accept-encoding']);
    const info = request.cdp;
    info.operationType = 'query';
    let key: string | null = null;
    let revision = 0;
    info.cache = 'bypass';
    if (deps.cache) {
      const accessClass = deps.cache.accessClass(headers);
      const resolved = typeof accessClass === 'string' || accessClass === null ? accessClass : await accessClass;
      if (resolved !== null) {
        revision = deps.cache.revision();
        key = `rest\0${resolved}\0${accept}\0${request.url}`;
        const hit = deps.cache.store.get(key, revision);
        if (hit) {
          const etag = etagOf(hit.etag, encoding);
          reply.headers(hit.headers).header('vary', varyWith(reply)).header('etag', etag);
          if (matchesEtag(headers, etag)) {
            info.cache = 'revalidated';
            return reply.code(304).header('x-cache', 'revalidated').removeHeader('content-type').send();
          }
          info.cache = 'hit';
          const variant = await variantOf(deps.cache.store, key, hit, encoding);
          if (variant.encoding !== 'identity') reply.header('content-encoding', variant.encoding);
          return reply.code(200).header('x-cache', 'hit').send(variant.bytes);
        }
        info.cache = 'miss';
      }
    }
    const answer = await produce(accept);
    if (answer.body.length > deps.maxResponseBytes) {
      throw new ProblemError(
        'RESPONSE_TOO_LARGE',
        `The answer (${answer.body.length} bytes) exceeds the limit of ${deps.maxResponseBytes} bytes: ask for fewer fields or a smaller page.`,
        {
          maxBytes: deps.maxResponseBytes,
        },
      );
    }
    const tag = tagOf(answer);
    const stored = { 'content-type': answer.contentType, 'cache-control': READ_CACHE_CONTROL, ...(answer.headers ?? {}) };
    // A live answer (the audit log) is sent with its ETag but not stored: refusals append to it without a new revision.
    if (info.live) {
      key = null;
      info.cache = 'bypass';
    }
    if (key !== null && deps.cache) deps.cache.store.set(key, { revision, etag: tag, body: answer.body, headers: stored, operationName: info.operationName });
    const etag = etagOf(tag, encoding);
    reply.headers(stored).header('vary', varyWith(reply)).header('etag', etag);
    if (key !== null) reply.header('x-cache', 'miss');
    if (matchesEtag(headers, etag)) return reply.code(304).removeHeader('content-type').send();
    if (encoding !== 'identity' && answer.body.length >= COMPRESS_THRESHOLD) {
      const bytes = await compress(answer.body, encoding);
      if (key !== null && deps.cache) deps.cache.store.addVariant(key, revision, encoding, bytes);
      return reply.code(200).header('content-encoding', encoding).send(bytes);
    }
    return reply.code(200).send(answer.body);
  }

  const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

  /** Reads one record by global ID (node), refusing an ID of another type as not found. */
  async function readNode(
    request: FastifyRequest,
    type: GraphQLObjectType,
    id: string,
    selection: string,
    variables: Record<string, unknown> = {},
    declare: string[] = [],
  ) {
    const query = `query Rest${type.name}${decl(['$id: ID!', ...declare])} { node(id: $id) { __typename ... on ${type.name} { ${selection} } } }`;
    const data = unwrapData(await deps.execute(request, query, { id, ...variables }));
    const node = data.node as Record<string, unknown> | null;
    if (!node || node.__typename !== type.name) {
      throw new ProblemError('NOT_FOUND', `No ${type.name} has the ID ${JSON.stringify(id).slice(0, 80)}.`, { reason: 'RECORD_NOT_FOUND', argument: 'id' });
    }
    return node;
  }

  /** Reads the query parameters of a list: page, shape, and the field's arguments and filter. */
  /**
   * The GraphQL arguments a query string gives: refuses a parameter not in `allowed` (400 listing
   * what the `what` takes), then coerces each spec's value into the field's arguments or its filter.
   */
  function readParams(query: Query, specs: ParamSpec[], allowed: readonly string[], what: string): Record<string, unknown> {
    const unknown = Object.keys(query).filter((n) => !allowed.includes(n));
    if (unknown.length) {
      throw new ProblemError(
        'BAD_USER_INPUT',
        `Unknown query parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}. This ${what} takes: ${allowed.join(', ')}.`,
        { fields: unknown.map((n) => ({ path: `query.${n}`, rule: 'unknown', message: `not a parameter of this ${what}` })) },
      );
    }
    const variables: Record<string, unknown> = {};
    const filter: Record<string, unknown> = {};
    for (const spec of specs) {
      const raw = query[spec.name];
      if (raw === undefined) continue;
      const value = coerceParam(spec, raw);
      if (spec.into === 'filter') filter[spec.name] = value;
      else variables[spec.name] = value;
    }
    if (Object.keys(filter).length) variables.filter = filter;
    return variables;
  }

  /** Reads the query parameters of a list: page, shape, and the field's arguments and filter. */
  function listVariables(query: Query, specs: ParamSpec[], element: GraphQLObjectType, paged: boolean) {
    const allowed = [...specs.map((s) => s.name), ...SHAPE_PARAMS, ...(paged ? PAGE_PARAMS : [])];
    const variables = readParams(query, specs, allowed, 'collection');
    if (paged) {
      const first = single(query, 'first');
      variables.first = first === undefined ? DEFAULT_PAGE : /^-?\d+$/.test(first) ? Number(first) : first;
      const after = single(query, 'after');
      if (after !== undefined) variables.after = after;
    }
    return { variables, shape: shapeOf(element, query) };
  }

  /** The querystring schema of a list: its parameters, the page's when paged, fields= and expand=. */
  const listQuerystring = (specs: ParamSpec[], paged: boolean, element: GraphQLObjectType) =>
    queryObject({
      ...Object.fromEntries(specs.map((s) => [s.name, paramSchema(s)])),
      ...(paged
        ? {
            first: { type: 'integer', minimum: 0, maximum: 100, default: DEFAULT_PAGE, description: 'Page size (0 to 100).' },
            after: { type: 'string', description: 'The endCursor of the page before.' },
          }
        : {}),
      ...shapeParams(element),
    });

  /** Runs a root list field (`actions`, `changes`) with the variables given and the selection asked for. */
  const rootList =
    (request: FastifyRequest, operation: string, field: GraphQLField<unknown, unknown>, paged: boolean) =>
    async (vars: Record<string, unknown>, selection: string) => {
      const a = argumentsOf(
        field,
        field.args.map((arg) => arg.name).filter((n) => n in vars),
      );
      const q = `query ${operation}${decl(a.declare)} { result: ${field.name}${args(a.pass)} { ${paged ? connectionSelection(selection) : selection} } }`;
      return listResult(unwrapData(await deps.execute(request, q, vars)).result, paged);
    };

  function linkNext(request: FastifyRequest, endCursor: string): string {
    const [path, search = ''] = request.url.split('?');
    const params = new URLSearchParams(search);
    params.set('after', endCursor);
    return `<${path}?${params.toString()}>; rel="next"`;
  }

  /** A page as JSON (with Link: rel="next" and X-Total-Count) or the whole collection as NDJSON. */
  async function sendList(
    request: FastifyRequest,
    reply: FastifyReply,
    element: GraphQLObjectType,
    paged: boolean,
    run: (
      variables: Record<string, unknown>,
      selection: string,
    ) => Promise<{ nodes: Record<string, unknown>[]; totalCount: number; pageInfo?: { hasNextPage: boolean; endCursor: string | null } }>,
    variables: Record<string, unknown>,
    shape: { fields?: Set<string>; expand?: Set<string> },
  ) {
    const selection = reps.selection(element, shape);
    const offered = [JSON_UTF8, NDJSON];
    if (negotiate(request.headers.accept, offered) === NDJSON) return streamNdjson(request, reply, element, paged, run, variables, shape, selection);
    return cachedRead(request, reply, offered, async () => {
      const page = await run(variables, selection);
      const items = page.nodes.map((n) => reps.render(element, n, shape));
      const body = paged ? { items, totalCount: page.totalCount, pageInfo: page.pageInfo } : { items, totalCount: page.totalCount };
      const headers: Record<string, string> = { 'x-total-count': String(page.totalCount) };
      if (paged && page.pageInfo?.hasNextPage && page.pageInfo.endCursor) headers.link = linkNext(request, page.pageInfo.endCursor);
      return { body: json(body), contentType: JSON_UTF8, headers };
    });
  }

  /**
   * NDJSON: every record of the collection from `after` on, one JSON object per line, read 100 at a
   * time and streamed as read. An error after the first line cannot change the status: it is the
   * last line, as `{"problem": {...}}`.
   */
  async function streamNdjson(
    request: FastifyRequest,
    reply: FastifyReply,
    element: GraphQLObjectType,
    paged: boolean,
    run: (
      variables: Record<string, unknown>,
      selection: string,
    ) => Promise<{ nodes: Record<string, unknown>[]; totalCount: number; pageInfo?: { hasNextPage: boolean; endCursor: string | null } }>,
    variables: Record<string, unknown>,
    shape: { fields?: Set<string>; expand?: Set<string> },
    selection: string,
  ) {
    request.cdp.operationType = 'query';
    const firstPage = await run(paged ? { ...variables, first: 100 } : variables, selection);
    async function* lines() {
      let page = firstPage;
      for (;;) {
        for (const n of page.nodes) yield `${JSON.stringify(reps.render(element, n, shape))}\n`;
        if (!paged || !page.pageInfo?.hasNextPage || !page.pageInfo.endCursor) return;
        try {
          page = await run({ ...variables, first: 100, after: page.pageInfo.endCursor }, selection);
        } catch (error) {
          const p =
            error instanceof ProblemError
              ? problemBody(error.code, error.detail, error.members, error.status)
              : problemBody('INTERNAL_SERVER_ERROR', 'Internal server error.');
          yield `${JSON.stringify({ problem: p })}\n`;
          return;
        }
      }
    }
    return reply
      .code(200)
      .header('content-type', `${NDJSON}; charset=utf-8`)
      .header('vary', varyWith(reply))
      .header('cache-control', READ_CACHE_CONTROL)
      .header('x-total-count', String(firstPage.totalCount))
      .send(Readable.from(lines()));
  }

  const connectionSelection = (selection: string) => `totalCount pageInfo { hasNextPage endCursor } nodes { ${selection} }`;

  function listResult(value: unknown, paged: boolean) {
    if (paged) return value as { nodes: Record<string, unknown>[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const nodes = (value as Record<string, unknown>[] | null) ?? [];
    return { nodes, totalCount: nodes.length };
  }

  // ---- Writes -------------------------------------------------------------------------------

  function bodyObject(request: FastifyRequest, optional = false): Record<string, unknown> {
    const body = request.body;
    if (body === undefined || body === null || body === '') {
      if (optional) return {};
      throw new ProblemError('BAD_REQUEST', 'This request needs a JSON object as its body.');
    }
    if (typeof body !== 'object' || Array.isArray(body)) throw new ProblemError('BAD_REQUEST', 'The request body must be a JSON object.');
    return { ...(body as Record<string, unknown>) };
  }

  function idempotencyKey(request: FastifyRequest): string | undefined {
    const key = request.headers['idempotency-key'];
    if (Array.isArray(key)) throw new ProblemError('BAD_REQUEST', 'Idempotency-Key is given more than once.');
    return key === undefined || key === '' ? undefined : key;
  }

  function requiredVersion(request: FastifyRequest): number {
    const v = versionOfIfMatch(request.headers['if-match']);
    if (v === null) throw new ProblemError('PRECONDITION_REQUIRED', 'This write needs If-Match: the ETag of the record as you read it (GET it first).');
    return v;
  }

  /** Runs a mutation with `input` and sends the record it returns (201 + Location when created). */
  async function write(
    request: FastifyRequest,
    reply: FastifyReply,
    mutation: string,
    input: Record<string, unknown>,
    options: { created?: string; ifMatch: boolean; fromUrl?: InputSources },
  ) {
    request.cdp.operationType = 'mutation';
    const key = idempotencyKey(request);
    if (key !== undefined) input.idempotencyKey = key;
    const record = payloadRecord(schema, mutation);
    const q = queryOf(request);
    const unknown = Object.keys(q).filter((n) => !(SHAPE_PARAMS as readonly string[]).includes(n));
    if (unknown.length) throw new ProblemError('BAD_USER_INPUT', `Unknown query parameter "${unknown[0]}". A write takes: fields, expand.`);
    const shape = shapeOf(record.type, q);
    const query = `mutation Rest${pascal(mutation)}($input: ${inputTypeOf(schema, mutation)}) { result: ${mutation}(input: $input) { replayed record: ${record.field} { ${reps.selection(record.type, shape)} } } }`;
    const data = unwrapData(await deps.execute(request, query, { input }), options.ifMatch, options.fromUrl);
    const result = data.result as { replayed: boolean; record: Record<string, unknown> } | null;
    if (!result) throw new ProblemError('INTERNAL_SERVER_ERROR', 'Internal server error.');
    const body = json(reps.render(record.type, result.record, shape));
    const version = typeof result.record.version === 'number' ? result.record.version : undefined;
    // The ETag and coding a GET of the record gives (compressed here, as reads are, so the ETag names the bytes sent).
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    reply.header('etag', etagOf(tagOf({ body, contentType: JSON_UTF8, version }), encoding)).header('vary', varyWith(reply));
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    if (options.created) reply.code(201).header('location', `${REST_PREFIX}/${options.created}/${encodeURIComponent(String(result.record.id))}`);
    else reply.code(200);
    reply.header('content-type', JSON_UTF8).header('cache-control', 'no-store');
    if (encoding !== 'identity' && body.length >= COMPRESS_THRESHOLD) return reply.header('content-encoding', encoding).send(await compress(body, encoding));
    return reply.send(body);
  }

  // ---- The resources ------------------------------------------------------------------------

  const idParam = (what: string) => ({ type: 'object', properties: { id: { type: 'string', description: `Global ID of the ${what}.` } }, required: ['id'] });
  const queryObject = (properties: Record<string, unknown>) => ({ type: 'object', properties, additionalProperties: false });
  const jsonResponse = (schemaRef: unknown, description: string, headers: Record<string, unknown> = ETAG_HEADER) => ({
    description,
    headers,
    content: { 'application/json': { schema: schemaRef } },
  });
  const listResponse = (type: GraphQLObjectType, paged: boolean) => ({
    description: paged
      ? 'A page of the collection. Link: <...>; rel="next" gives the next page; X-Total-Count the count across pages. Accept: application/x-ndjson streams every record instead.'
      : 'The collection. Accept: application/x-ndjson streams it as one record per line.',
    headers: {
      etag: { type: 'string', description: 'The page’s entity tag (of the JSON page: an NDJSON stream has none); send it back in If-None-Match (304).' },
      'x-total-count': { type: 'integer', description: 'How many match, across all pages.' },
      ...(paged ? { link: { type: 'string', description: 'RFC 8288: the next page, when there is one (rel="next").' } } : {}),
    },
    content: { 'application/json': { schema: listSchema(type, paged) }, 'application/x-ndjson': { schema: ref(type.name) } },
  });
  /** A collection's 200 with the feed types it also answers. */
  const withFeeds = (response: ReturnType<typeof listResponse>, path: string) => {
    const extra = Object.keys(feedsOf[path] ?? {});
    if (!extra.length) return response;
    const content: Record<string, unknown> = { ...response.content };
    for (const t of extra)
      content[t.split(';')[0]] = { schema: t === XLSX_TYPE ? { type: 'string', contentMediaType: XLSX_TYPE, contentEncoding: 'binary' } : { type: 'string' } };
    return { ...response, description: `${response.description} It also answers ${extra.map((t) => t.split(';')[0]).join(', ')} (the feed).`, content };
  };
  // type 'null': no body (@fastify/swagger then documents no content).
  const notModified = { 304: { description: 'Not modified: If-None-Match named the current ETag.', type: 'null', headers: ETAG_HEADER } };
  const writeHeaders = (ifMatch: 'required' | 'optional' | 'none') => ({
    type: 'object',
    properties: { 'idempotency-key': IDEMPOTENCY_KEY, ...(ifMatch !== 'none' ? { 'if-match': IF_MATCH } : {}) },
    ...(ifMatch === 'required' ? { required: ['if-match'] } : {}),
  });
  /** Whether a mutation's input names a record (an ID, or an agency by name) that may not exist: 404. */
  const mayNotFind = (mutation: string): boolean => {
    const field = schema.getMutationType()!.getFields()[mutation];
    const input = field.args.find((a) => a.name === 'input')!;
    const fields = (getNamedType(input.type) as GraphQLInputObjectType).getFields();
    return Object.values(fields).some((f) => getNamedType(f.type).name === 'ID' || LOOKUP_NAMES.includes(f.name));
  };
  const bodyOf = (mutation: string, omit: readonly string[]) => {
    const m = schema.getMutationType()!.getFields()[mutation];
    const input = m.args.find((a) => a.name === 'input')!;
    const full = inputSchema(isNonNullType(input.type) ? input.type.ofType : input.type);
    const properties = { ...(full.properties as Record<string, unknown>) };
    for (const o of [...omit, 'idempotencyKey']) delete properties[o];
    const required = ((full.required as string[] | undefined) ?? []).filter((r) => !omit.includes(r));
    return {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
      description: getNamedType(input.type).description ?? undefined,
    };
  };

  const query = schema.getQueryType()!;

  // ---- Feeds (the plan for spreadsheets, deadlines for calendars) ---------------------------
  // Each is also the answer of its collection to an Accept that asks for its type.

  /** The filter of a feed from its query string: the list field's parameters, and `extra` ones of its own. */
  function feedFilter(request: FastifyRequest, listField: string, extra: readonly string[]) {
    const q = queryOf(request);
    const specs = paramsOf(fieldOf(query, listField));
    const { filter } = readParams(q, specs, [...specs.map((s) => s.name), ...extra], 'feed') as { filter?: Record<string, unknown> };
    return { q, filter };
  }

  async function feedActions(request: FastifyRequest, filter: Record<string, unknown> | undefined): Promise<FeedAction[]> {
    return allPages(async (after) => unwrapData(await deps.execute(request, PLAN_FEED_QUERY, { filter, after })).result as never);
  }

  const attachment = (filename: string) => ({ 'content-disposition': `attachment; filename="${filename}"` });

  const planCsv: Handler = async (request, reply) => {
    request.cdp.operationName = 'planCsv';
    const { q, filter } = feedFilter(request, 'actions', ['form']);
    const form = single(q, 'form') ?? 'wide';
    if (form !== 'wide' && form !== 'long')
      throw new ProblemError(
        'BAD_USER_INPUT',
        `form= is wide (one row per action) or long (one row per action and agency), got ${JSON.stringify(form).slice(0, 40)}.`,
      );
    return cachedRead(request, reply, [CSV_TYPE], async () => {
      const actions = await feedActions(request, filter);
      const body = form === 'long' ? toCsv(actionAgencyRows(actions), ACTION_AGENCY_COLUMNS) : toCsv(actions.map(actionRow), ACTION_COLUMNS);
      return {
        body,
        contentType: CSV_TYPE,
        headers: { ...attachment(form === 'long' ? 'plan-agencies.csv' : 'plan.csv'), 'x-total-count': String(actions.length) },
      };
    });
  };

  const planXlsx: Handler = async (request, reply) => {
    request.cdp.operationName = 'planXlsx';
    const { filter } = feedFilter(request, 'actions', []);
    return cachedRead(request, reply, [XLSX_TYPE], async () => {
      const actions = await feedActions(request, filter);
      const planId = typeof filter?.planId === 'string' ? filter.planId : null;
      const levels = unwrapData(await deps.execute(request, PLAN_LEVELS_QUERY, { planId })) as unknown as FeedLevels;
      return {
        body: await planWorkbook(levels, actions, 'Delivery plan'),
        contentType: XLSX_TYPE,
        headers: { ...attachment('plan.xlsx'), 'x-total-count': String(actions.length) },
      };
    });
  };

  const reprocurementsIcs: Handler = async (request, reply) => {
    request.cdp.operationName = 'reprocurementsIcs';
    const { q, filter } = feedFilter(request, 'reprocurements', ['alarmMonths']);
    const raw = single(q, 'alarmMonths');
    const alarmMonths = raw === undefined ? deps.reprocurementAlarmMonths : /^\d{1,2}$/.test(raw) && Number(raw) <= 36 ? Number(raw) : NaN;
    if (Number.isNaN(alarmMonths))
      throw new ProblemError('BAD_USER_INPUT', `alarmMonths= is a whole number of months from 0 (no reminder) to 36, got ${JSON.stringify(raw).slice(0, 40)}.`);
    return cachedRead(request, reply, [ICS_TYPE], async () => {
      const items = await allPages<FeedReprocurement>(
        async (after) => unwrapData(await deps.execute(request, REPROCUREMENT_FEED_QUERY, { filter, after })).result as never,
      );
      const text = reprocurementCalendar(items, { name: 'Reprocurement deadlines', alarmMonths, host: 'cdp-plan-api' });
      return {
        body: Buffer.from(text, 'utf8'),
        contentType: ICS_TYPE,
        headers: { ...attachment('reprocurements.ics'), 'x-total-count': String(items.length) },
      };
    });
  };

  const helpServicesCsv: Handler = async (request, reply) => {
    request.cdp.operationName = 'helpServicesCsv';
    feedFilter(request, 'helpServices', []);
    return cachedRead(request, reply, [CSV_TYPE], async () => {
      const items = await allPages<FeedHelpService>(
        async (after) => unwrapData(await deps.execute(request, HELP_SERVICES_FEED_QUERY, { after })).result as never,
      );
      return {
        body: toCsv(items.map(helpServiceRow), HELP_SERVICE_COLUMNS),
        contentType: CSV_TYPE,
        headers: { ...attachment('help-services.csv'), 'x-total-count': String(items.length) },
      };
    });
  };

  /** The round a URL names (its ID or its key, "2024-25Q2"), as GraphQL's `round` argument: a mistake is reported as path.id. */
  const roundOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const roundSources: InputSources = { round: 'path.id', ref: 'path.id' };

  const chaseListJson: Handler = async (request, reply) => {
    request.cdp.operationName = 'roundChaseList';
    readParams(queryOf(request), [], [], 'feed');
    return cachedRead(request, reply, [JSON_UTF8], async () => {
      const data = unwrapData(await deps.execute(request, CHASE_LIST_QUERY, { round: roundOf(request) }), false, roundSources);
      return { body: Buffer.from(JSON.stringify(data.chaseList), 'utf8'), contentType: JSON_UTF8 };
    });
  };

  const chaseListCsv: Handler = async (request, reply) => {
    request.cdp.operationName = 'roundChaseListCsv';
    readParams(queryOf(request), [], [], 'feed');
    return cachedRead(request, reply, [CSV_TYPE], async () => {
      const list = unwrapData(await deps.execute(request, CHASE_LIST_QUERY, { round: roundOf(request) }), false, roundSources).chaseList as ChaseListData;
      const rows = chaseListRows(list);
      return {
        body: toCsv(rows, CHASE_LIST_COLUMNS),
        contentType: CSV_TYPE,
        headers: { ...attachment(`chase-list-${list.round.key}.csv`), 'x-total-count': String(rows.length) },
      };
    });
  };

  const roundSnapshot: Handler = async (request, reply) => {
    request.cdp.operationName = 'roundSnapshot';
    readParams(queryOf(request), [], [], 'feed');
    return cachedRead(request, reply, [JSON_UTF8], async () => {
      const selection = reps.selection(reps.objectType('PlanSnapshot'));
      const document = `query RoundSnapshot($ref: String!) { round(ref: $ref) { snapshot { ${selection} } draftSnapshot { ${selection} } } }`;
      const { round } = unwrapData(await deps.execute(request, document, { ref: roundOf(request) }), false, roundSources) as {
        round: { snapshot: unknown; draftSnapshot: unknown };
      };
      return { body: Buffer.from(JSON.stringify(round.snapshot ?? round.draftSnapshot), 'utf8'), contentType: JSON_UTF8 };
    });
  };

  /** planDiff(from: ?from=, to: the round in the URL), its whole answer as JSON. */
  const roundDiff: Handler = async (request, reply) => {
    request.cdp.operationName = 'roundDiff';
    const q = queryOf(request);
    readParams(q, [], ['from'], 'resource');
    const from = single(q, 'from');
    if (from === undefined || from.trim() === '')
      throw new ProblemError('BAD_USER_INPUT', 'from= is required: the earlier end, a round (its ID or key, e.g. "2024-25Q1") or a plan\'s ID.', {
        fields: [{ path: 'query.from', rule: 'required', message: 'the earlier end of the diff' }],
      });
    return cachedRead(request, reply, [JSON_UTF8], async () => {
      const selection = reps.selection(reps.objectType('PlanDiffResult'));
      const document = `query RoundDiff($from: String!, $to: String!) { planDiff(from: $from, to: $to) { ${selection} } }`;
      const data = unwrapData(await deps.execute(request, document, { from, to: roundOf(request) }), false, { to: 'path.id', from: 'query.from' });
      return { body: Buffer.from(JSON.stringify(data.planDiff), 'utf8'), contentType: JSON_UTF8 };
    });
  };
  /**
   * A round's board report pack (GraphQL boardReport): HTML inline, PDF and Markdown as attachments
   * with the pack's file name. A closed round's pack is the same bytes every time (made "at" its
   * snapshot), so its ETag holds; a draft's moves with the data.
   */
  const boardReport =
    (format: 'html' | 'md' | 'pdf'): Handler =>
    async (request, reply) => {
      request.cdp.operationName = `roundReport${format[0].toUpperCase()}${format.slice(1)}`;
      readParams(queryOf(request), [], [], 'report');
      return cachedRead(request, reply, [BOARD_REPORT_TYPES[format]], async () => {
        const data = unwrapData(
          await deps.execute(request, BOARD_REPORT_QUERY, { round: roundOf(request), format: format.toUpperCase() }),
          false,
          roundSources,
        ) as { boardReport: { content: string; filename: string; draft: boolean } };
        const report = data.boardReport;
        const disposition = format === 'html' ? 'inline' : 'attachment';
        return {
          body: format === 'pdf' ? Buffer.from(report.content, 'base64') : Buffer.from(report.content, 'utf8'),
          contentType: BOARD_REPORT_TYPES[format],
          headers: { 'content-disposition': `${disposition}; filename="${report.filename}"`, 'x-board-pack-draft': String(report.draft) },
        };
      });
    };

  /** Collections that answer a feed's media type too (Accept: text/csv on /actions is /plan.csv). */
  const feedsOf: Record<string, Record<string, Handler>> = {
    actions: { [CSV_TYPE]: planCsv, [XLSX_TYPE]: planXlsx },
    reprocurements: { [ICS_TYPE]: reprocurementsIcs },
    'help-services': { [CSV_TYPE]: helpServicesCsv },
  };

  const feedParams = (listField: string, extra: Record<string, unknown>) =>
    queryObject({ ...Object.fromEntries(paramsOf(fieldOf(query, listField)).map((s) => [s.name, paramSchema(s)])), ...extra });
  const feedResponse = (type: string, description: string, schemaOf: Record<string, unknown>, lookups = false) => ({
    200: {
      description,
      headers: {
        ...ETAG_HEADER,
        'content-disposition': { type: 'string', description: 'attachment, with a file name.' },
        'x-total-count': { type: 'integer', description: 'How many records the feed holds.' },
      },
      content: { [type.split(';')[0]]: { schema: schemaOf } },
    },
    ...notModified,
    ...problemResponses(...LIST_ERRORS, ...(lookups ? [404] : [])),
  });
  const text = { type: 'string' };
  const binary = { type: 'string', contentMediaType: XLSX_TYPE, contentEncoding: 'binary' };
  routes.push(
    {
      method: 'GET',
      url: `${REST_PREFIX}/plan.csv`,
      schema: {
        operationId: 'planCsv',
        summary: 'The plan as CSV',
        description:
          'One row per action, in plan order, with the plan numbering (pillar.priority.objective.action), pillar, priority, objective, action, responsible agencies by name, status and RAG in words, latest quarter, percent complete, due date, target, funding condition, latest commentary and the API ID. form=long gives one row per action and agency. UTF-8 with a byte-order mark (Excel reads it right), RFC 4180 quoting, CRLF. The same filters as /api/v1/actions; also GET /api/v1/actions with Accept: text/csv.',
        tags: ['Feeds'],
        querystring: feedParams('actions', {
          form: { type: 'string', enum: ['wide', 'long'], default: 'wide', description: 'wide: a row per action; long: a row per action and agency.' },
        }),
        response: feedResponse(CSV_TYPE, 'The plan as CSV.', text, true),
      },
      handler: planCsv,
    },
    {
      method: 'GET',
      url: `${REST_PREFIX}/plan.xlsx`,
      schema: {
        operationId: 'planXlsx',
        summary: 'The plan as an Excel workbook',
        description:
          'A sheet per level (Pillars, Priorities, Objectives, Actions) and Action agencies (a row per action and agency): frozen header rows, column widths, filters, RAG cells coloured. The same filters as /api/v1/actions (they narrow the action sheets); also GET /api/v1/actions with Accept: ' +
          XLSX_TYPE +
          '.',
        tags: ['Feeds'],
        querystring: feedParams('actions', {}),
        response: feedResponse(XLSX_TYPE, 'The workbook.', binary, true),
      },
      handler: planXlsx,
    },
    {
      method: 'GET',
      url: `${REST_PREFIX}/reprocurements.ics`,
      schema: {
        operationId: 'reprocurementsIcs',
        summary: 'Reprocurement deadlines as a calendar',
        description:
          'iCalendar (RFC 5545) to subscribe to in Outlook or Google Calendar: an all-day event per contract expiry, with a reminder (VALARM) alarmMonths before (default REPROCUREMENT_ALARM_MONTHS, 6), the supplier and status in the description. The same filters as /api/v1/reprocurements; also that collection with Accept: text/calendar.',
        tags: ['Feeds'],
        querystring: feedParams('reprocurements', {
          alarmMonths: { type: 'integer', minimum: 0, maximum: 36, description: 'Months before the expiry that the reminder fires (0: none).' },
        }),
        response: feedResponse(ICS_TYPE, 'The calendar.', text),
      },
      handler: reprocurementsIcs,
    },
    {
      method: 'GET',
      url: `${REST_PREFIX}/help-services.csv`,
      schema: {
        operationId: 'helpServicesCsv',
        summary: 'Where to find help, as CSV',
        description:
          'The help services (name, description, audience, ages, phone, email, website) as CSV, UTF-8 with a byte-order mark; also /api/v1/help-services with Accept: text/csv.',
        tags: ['Feeds'],
        querystring: feedParams('helpServices', {}),
        response: feedResponse(CSV_TYPE, 'The help services as CSV.', text),
      },
      handler: helpServicesCsv,
    },
  );

  const roundPath = { type: 'object', properties: { id: { type: 'string', description: 'The round\'s ID, or its key: "2024-25Q2".' } }, required: ['id'] };
  const jsonObject = { type: 'object', additionalProperties: true };
  routes.push(
    {
      method: 'GET',
      url: `${REST_PREFIX}/rounds/:id/chase-list`,
      schema: {
        operationId: 'roundChaseList',
        summary: "A round's chase list",
        description:
          "Who to chase for a round's updates: per agency responsible for a live action of the plan with no update of its own for the round's quarter, those actions, the agency's contact and the days to the deadline (negative once it has passed). The GraphQL query chaseList(round:).",
        tags: [resourceTag('rounds')],
        params: roundPath,
        response: {
          200: { description: 'The chase list.', headers: ETAG_HEADER, content: { 'application/json': { schema: jsonObject } } },
          ...notModified,
          ...problemResponses(...READ_ERRORS),
        },
      },
      handler: chaseListJson,
    },
    {
      method: 'GET',
      url: `${REST_PREFIX}/rounds/:id/chase-list.csv`,
      schema: {
        operationId: 'roundChaseListCsv',
        summary: "A round's chase list as CSV",
        description:
          "One row per agency and action lacking its update (agencies by name, actions in plan order): the agency, its contact, the quarter, the deadline and days to it, the action's plan numbering, text, status and due date, and the API IDs. UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF.",
        tags: ['Feeds'],
        params: roundPath,
        response: feedResponse(CSV_TYPE, 'The chase list as CSV.', text, true),
      },
      handler: chaseListCsv,
    },
    {
      method: 'GET',
      url: `${REST_PREFIX}/rounds/:id/snapshot`,
      schema: {
        operationId: 'roundSnapshot',
        summary: "A round's snapshot",
        description:
          "What the board saw: the plan as it stood for the round's quarter when it closed (ReportingRound.snapshot), or for an OPEN round the draft built from live data (draftSnapshot).",
        tags: [resourceTag('rounds')],
        params: roundPath,
        response: {
          200: { description: 'The snapshot (PlanSnapshot).', headers: ETAG_HEADER, content: { 'application/json': { schema: jsonObject } } },
          ...notModified,
          ...problemResponses(...READ_ERRORS),
        },
      },
      handler: roundSnapshot,
    },
    {
      method: 'GET',
      url: `${REST_PREFIX}/rounds/:id/diff`,
      schema: {
        operationId: 'roundDiff',
        summary: 'What changed between an earlier round (or a plan) and this round',
        description:
          "The GraphQL query planDiff(from, to) with to the round in the URL: actions added, removed, reworded (before and after), RAG and status movements, measures' new values, reprocurements that moved. A CLOSED round is compared as its stored snapshot, an OPEN one as its draft; from a plan's ID, the plan read live (for the quarter of its latest closed round, else the quarter holding today within its period).",
        tags: [resourceTag('rounds')],
        params: roundPath,
        querystring: queryObject({
          from: { type: 'string', description: 'The earlier end: a round (its ID or key, e.g. "2024-25Q1") or a plan\'s ID.' },
        }),
        response: {
          200: { description: 'The differences (PlanDiffResult).', headers: ETAG_HEADER, content: { 'application/json': { schema: jsonObject } } },
          ...notModified,
          ...problemResponses(...READ_ERRORS),
        },
      },
      handler: roundDiff,
    },
    ...(['html', 'pdf', 'md'] as const).map((format) => ({
      method: 'GET' as const,
      url: `${REST_PREFIX}/rounds/:id/report.${format}`,
      schema: {
        operationId: `roundReport${format[0].toUpperCase()}${format.slice(1)}`,
        summary: `A round's board report pack as ${format === 'md' ? 'Markdown' : format.toUpperCase()}`,
        description:
          (format === 'html'
            ? 'The board report pack as one self-contained accessible HTML document (inline CSS and SVG charts, no script, no request to another host), served inline. '
            : format === 'pdf'
              ? 'The board report pack as an A4 PDF printed from the HTML by headless Chromium, as an attachment. No Chromium on the server (CHROMIUM_PATH): 503, reason PDF_RENDERER_UNAVAILABLE; the HTML and Markdown still work. '
              : 'The board report pack as GitHub-flavoured Markdown, as an attachment. ') +
          "The summary (RAG counts per pillar, movement since the last closed round), exceptions (RED and AMBER actions with the agencies' commentary), actions without updates by agency, outcome measures, reprocurement deadlines and what changed since the last board. A CLOSED round's pack is built from its stored snapshot: its HTML and Markdown are the same bytes every time; an OPEN round's is a draft from live data (DRAFT on every page; X-Board-Pack-Draft: true). Needs an API key (the pack lists the audit log's changes). The GraphQL query boardReport(round:, format:).",
        tags: [resourceTag('rounds')],
        params: roundPath,
        security: KEY_REQUIRED,
        response: {
          200: {
            description: 'The board report pack.',
            headers: {
              ...ETAG_HEADER,
              'content-disposition': {
                type: 'string',
                description: `${format === 'html' ? 'inline' : 'attachment'}, with the pack's file name (e.g. tower-hamlets-cdp-2024-25-q2-board-pack.${format}).`,
              },
              'x-board-pack-draft': { type: 'string', enum: ['true', 'false'], description: 'true: built from live data (the round is OPEN).' },
            },
            content: {
              [BOARD_REPORT_TYPES[format].split(';')[0]]: {
                schema: format === 'pdf' ? { type: 'string', contentMediaType: 'application/pdf', contentEncoding: 'binary' } : text,
              },
            },
          },
          ...notModified,
          ...problemResponses(...READ_ERRORS, ...(format === 'pdf' ? [503] : [])),
        },
      },
      handler: boardReport(format),
    })),
  );

  for (const resource of RESOURCES) {
    const type = reps.objectType(resource.type);
    addTypeSchema(type);
    const base = `${REST_PREFIX}/${resource.path}`;
    const tags = [resourceTag(resource.path)];
    const name = pascal(resource.path);

    if (resource.list) {
      const field = fieldOf(query, resource.list);
      const specs = paramsOf(field);
      const { paged } = elementOf(field);
      routes.push({
        method: 'GET',
        url: base,
        schema: {
          operationId: `list${name}`,
          summary: `List ${resource.path.replace(/-/g, ' ')}`,
          description: `${resource.description} The GraphQL query ${resource.list}: its filters are the query parameters, with the same names and rules.`,
          tags,
          querystring: listQuerystring(specs, paged, type),
          response: {
            200: withFeeds(listResponse(type, paged), resource.path),
            ...notModified,
            ...problemResponses(...LIST_ERRORS, ...(specs.some(isLookup) ? [404] : [])),
          },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = `list${name}`;
          // The collection as a feed (CSV, Excel, iCalendar) when Accept asks for one.
          const alternatives = feedsOf[resource.path];
          if (alternatives) {
            const offered = [JSON_UTF8, NDJSON, ...Object.keys(alternatives)];
            const wanted = negotiate(request.headers.accept, offered);
            if (!wanted) throw new ProblemError('NOT_ACCEPTABLE', `This resource is served as ${offered.join(', ')}.`);
            if (alternatives[wanted]) return alternatives[wanted](request, reply);
          }
          const { variables, shape } = listVariables(queryOf(request), specs, type, paged);
          return sendList(request, reply, type, paged, rootList(request, `RestList${name}`, field, paged), variables, shape);
        },
      });
    }

    routes.push({
      method: 'GET',
      url: `${base}/:id`,
      schema: {
        operationId: `get${type.name}`,
        summary: `One ${type.name} by ID`,
        description: `${type.description ?? resource.description} The ETag starts with the version: send it back in If-Match to change the record.`,
        tags,
        params: idParam(type.name),
        querystring: queryObject(shapeParams(type)),
        response: { 200: jsonResponse(ref(type.name), `The ${type.name}.`), ...notModified, ...problemResponses(...READ_ERRORS) },
      },
      handler: async (request, reply) => {
        request.cdp.operationName = `get${type.name}`;
        const q = queryOf(request);
        const unknown = Object.keys(q).filter((n) => !(SHAPE_PARAMS as readonly string[]).includes(n));
        if (unknown.length) throw new ProblemError('BAD_USER_INPUT', `Unknown query parameter "${unknown[0]}". An item takes: fields, expand.`);
        const shape = shapeOf(type, q);
        const { id } = request.params as { id: string };
        return cachedRead(request, reply, [JSON_UTF8], async () => {
          const node = await readNode(request, type, id, reps.selection(type, shape));
          const version = typeof node.version === 'number' ? node.version : undefined;
          return { body: json(reps.render(type, node, shape)), contentType: JSON_UTF8, version };
        });
      },
    });

    for (const [segment, fieldName] of Object.entries(resource.nested ?? {})) {
      const field = fieldOf(type, fieldName);
      const { type: element, paged } = elementOf(field);
      addTypeSchema(element);
      const specs = paramsOf(field);
      const opName = `list${name}${pascal(segment)}`;
      routes.push({
        method: 'GET',
        url: `${base}/:id/${segment}`,
        schema: {
          operationId: opName,
          summary: `The ${segment.replace(/-/g, ' ')} of one ${type.name}`,
          description: `${field.description ?? `${type.name}.${fieldName}`}`,
          tags,
          params: idParam(type.name),
          querystring: listQuerystring(specs, paged, element),
          response: { 200: listResponse(element, paged), ...notModified, ...problemResponses(...READ_ERRORS) },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = opName;
          const { id } = request.params as { id: string };
          const { variables, shape } = listVariables(queryOf(request), specs, element, paged);
          return sendList(
            request,
            reply,
            element,
            paged,
            async (vars, selection) => {
              const used = field.args.map((a) => a.name).filter((n) => n in vars);
              const a = argumentsOf(field, used);
              const node = await readNode(
                request,
                type,
                id,
                `result: ${fieldName}${args(a.pass)} { ${paged ? connectionSelection(selection) : selection} }`,
                vars,
                a.declare,
              );
              return listResult(node.result, paged);
            },
            variables,
            shape,
          );
        },
      });
    }

    const writes = resource.writes;
    if (!writes) continue;
    if (writes.create) {
      const mutation = writes.create;
      routes.push({
        method: 'POST',
        url: base,
        schema: {
          operationId: mutation,
          summary: `Create ${aOrAn(type.name)} ${type.name}`,
          description: `The GraphQL mutation ${mutation}: the body is its input.`,
          tags,
          security: KEY_REQUIRED,
          headers: writeHeaders('none'),
          body: bodyOf(mutation, []),
          querystring: queryObject(shapeParams(type)),
          response: {
            201: jsonResponse(ref(type.name), `Created. Location names the new ${type.name}.`, {
              ...WRITE_HEADERS,
              location: { type: 'string', description: 'The URL of the new record.' },
            }),
            ...problemResponses(...WRITE_ERRORS, ...(mayNotFind(mutation) ? [404] : [])),
          },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = mutation;
          return write(request, reply, mutation, bodyObject(request), { created: resource.path, ifMatch: false });
        },
      });
    }
    if (writes.update) {
      const mutation = writes.update;
      routes.push({
        method: 'PATCH',
        url: `${base}/:id`,
        schema: {
          operationId: mutation,
          summary: `Change ${aOrAn(type.name)} ${type.name}`,
          description: `JSON Merge Patch (RFC 7396): the properties sent are changed, null clears one, the rest are kept. If-Match is required (428 without it, 412 when the record has changed since). The GraphQL mutation ${mutation}.`,
          tags,
          params: idParam(type.name),
          security: KEY_REQUIRED,
          headers: writeHeaders('required'),
          // A merge patch (RFC 7396) may be sent as application/merge-patch+json or plain JSON.
          consumes: ['application/merge-patch+json', 'application/json'],
          body: bodyOf(mutation, ['id', 'expectedVersion']),
          querystring: queryObject(shapeParams(type)),
          response: {
            200: jsonResponse(ref(type.name), `The ${type.name} as it is after the change.`, WRITE_HEADERS),
            ...problemResponses(...WRITE_ERRORS, 404, 412, 428),
          },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = mutation;
          const expectedVersion = requiredVersion(request);
          const patch = bodyObject(request);
          for (const forbidden of ['id', 'expectedVersion']) {
            if (forbidden in patch)
              throw new ProblemError('BAD_USER_INPUT', `"${forbidden}" is not changed by PATCH: the URL names the record and If-Match its version.`);
          }
          const { id } = request.params as { id: string };
          return write(request, reply, mutation, { ...patch, id, expectedVersion }, { ifMatch: true, fromUrl: { id: 'path.id' } });
        },
      });
    }
    for (const [segment, mutation] of [
      ['archive', writes.archive],
      ['restore', writes.restore],
    ] as const) {
      if (!mutation) continue;
      routes.push({
        method: 'POST',
        url: `${base}/:id/${segment}`,
        schema: {
          operationId: mutation,
          summary: `${segment === 'archive' ? 'Archive' : 'Restore'} ${aOrAn(type.name)} ${type.name}`,
          description:
            segment === 'archive'
              ? `Archives the record: it leaves the lists but is kept, with its history. If-Match is required. The GraphQL mutation ${mutation}.`
              : `Restores an archived record. If-Match is required. The GraphQL mutation ${mutation}.`,
          tags,
          params: idParam(type.name),
          security: KEY_REQUIRED,
          headers: writeHeaders('required'),
          querystring: queryObject(shapeParams(type)),
          response: {
            200: jsonResponse(ref(type.name), `The ${type.name} after the change.`, WRITE_HEADERS),
            ...problemResponses(...WRITE_ERRORS, 404, 412, 428),
          },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = mutation;
          const expectedVersion = requiredVersion(request);
          bodyObject(request, true);
          const { id } = request.params as { id: string };
          return write(request, reply, mutation, { id, expectedVersion }, { ifMatch: true, fromUrl: { id: 'path.id' } });
        },
      });
    }
    for (const [segment, action] of Object.entries(writes.actions ?? {})) {
      const { mutation, idField, version } = action;
      const record = payloadRecord(schema, mutation);
      addTypeSchema(record.type);
      const omit = [idField, ...(version ? ['expectedVersion'] : [])];
      routes.push({
        method: 'POST',
        url: `${base}/:id/${segment}`,
        schema: {
          operationId: mutation,
          summary: `${pascal(mutation).replace(/([a-z])([A-Z])/g, '$1 $2')} on ${aOrAn(type.name)} ${type.name}`,
          description: `The GraphQL mutation ${mutation}: the body is its input, ${idField} from the URL${
            version === 'required'
              ? '; If-Match is required and gives expectedVersion'
              : version === 'optional'
                ? '; If-Match, when sent, gives expectedVersion'
                : ''
          }.`,
          tags,
          params: idParam(type.name),
          security: KEY_REQUIRED,
          headers: writeHeaders(version ?? 'none'),
          body: bodyOf(mutation, omit),
          querystring: queryObject(shapeParams(record.type)),
          response: {
            200: jsonResponse(ref(record.type.name), `The ${record.type.name} as it is after the change.`, WRITE_HEADERS),
            ...problemResponses(...WRITE_ERRORS, 404, ...(version ? [412] : []), ...(version === 'required' ? [428] : [])),
          },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = mutation;
          const body = bodyObject(request);
          for (const forbidden of omit) {
            if (forbidden in body)
              throw new ProblemError('BAD_USER_INPUT', `"${forbidden}" comes from the ${forbidden === idField ? 'URL' : 'If-Match header'}, not the body.`);
          }
          const { id } = request.params as { id: string };
          const input: Record<string, unknown> = { ...body, [idField]: id };
          if (version === 'required') input.expectedVersion = requiredVersion(request);
          else if (version === 'optional') {
            const v = versionOfIfMatch(request.headers['if-match']);
            if (v !== null) input.expectedVersion = v;
          }
          return write(request, reply, mutation, input, { ifMatch: version !== undefined, fromUrl: { [idField]: 'path.id' } });
        },
      });
    }
    if (writes.agencyLinks) {
      const { add, remove, idField } = writes.agencyLinks;
      routes.push({
        method: 'POST',
        url: `${base}/:id/agencies`,
        schema: {
          operationId: add,
          summary: `Make an agency responsible for ${aOrAn(type.name)} ${type.name}`,
          description: `The GraphQL mutation ${add}: the body names the agency (its ID, name, short name or alias).`,
          tags,
          params: idParam(type.name),
          security: KEY_REQUIRED,
          headers: writeHeaders('none'),
          body: bodyOf(add, [idField]),
          querystring: queryObject(shapeParams(type)),
          response: { 200: jsonResponse(ref(type.name), `The ${type.name} with the agency added.`, WRITE_HEADERS), ...problemResponses(...WRITE_ERRORS, 404) },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = add;
          const body = bodyObject(request);
          if (idField in body) throw new ProblemError('BAD_USER_INPUT', `"${idField}" comes from the URL, not the body.`);
          const { id } = request.params as { id: string };
          return write(request, reply, add, { ...body, [idField]: id }, { ifMatch: false, fromUrl: { [idField]: 'path.id' } });
        },
      });
      routes.push({
        method: 'DELETE',
        url: `${base}/:id/agencies/:agencyId`,
        schema: {
          operationId: remove,
          summary: `Remove an agency's responsibility for ${aOrAn(type.name)} ${type.name}`,
          description: `The GraphQL mutation ${remove}. Answers with the ${type.name} as it is after the change.`,
          tags,
          params: {
            type: 'object',
            properties: { id: { type: 'string' }, agencyId: { type: 'string', description: 'Global ID of the agency.' } },
            required: ['id', 'agencyId'],
          },
          security: KEY_REQUIRED,
          headers: writeHeaders('none'),
          querystring: queryObject(shapeParams(type)),
          response: { 200: jsonResponse(ref(type.name), `The ${type.name} without the agency.`, WRITE_HEADERS), ...problemResponses(...WRITE_ERRORS, 404) },
        },
        handler: async (request, reply) => {
          request.cdp.operationName = remove;
          const { id, agencyId } = request.params as { id: string; agencyId: string };
          return write(request, reply, remove, { [idField]: id, agencyId }, { ifMatch: false, fromUrl: { [idField]: 'path.id', agencyId: 'path.agencyId' } });
        },
      });
    }
  }

  // ---- The index ------------------------------------------------------------------------------
  const index = {
    openapi: `${REST_PREFIX}/openapi.json`,
    docs: `${REST_PREFIX}/docs/`,
    graphql: '/graphql',
    resources: Object.fromEntries(RESOURCES.map((r) => [r.path, { href: `${REST_PREFIX}/${r.path}${r.list ? '' : '/{id}'}`, description: r.description }])),
  };
  routes.push({
    method: 'GET',
    url: REST_PREFIX,
    schema: {
      operationId: 'index',
      summary: 'What this API serves',
      description: 'The resources and where the OpenAPI document, its reference page and the GraphQL endpoint are.',
      tags: ['Index'],
      response: {
        200: jsonResponse(
          {
            type: 'object',
            properties: {
              openapi: { type: 'string' },
              docs: { type: 'string' },
              graphql: { type: 'string' },
              resources: {
                type: 'object',
                additionalProperties: {
                  type: 'object',
                  properties: { href: { type: 'string' }, description: { type: 'string' } },
                  required: ['href', 'description'],
                },
              },
            },
            required: ['openapi', 'docs', 'graphql', 'resources'],
          },
          'The index.',
        ),
        ...notModified,
        ...problemResponses(406, 429),
      },
    },
    handler: async (request, reply) => {
      request.cdp.operationName = 'index';
      return cachedRead(request, reply, [JSON_UTF8], async () => ({ body: json(index), contentType: JSON_UTF8 }));
    },
  });

  // ---- History ------------------------------------------------------------------------------
  for (const spec of [
    { url: `${REST_PREFIX}/changes`, field: 'changes', id: false, summary: 'Every change, oldest first', op: 'listChanges' },
    { url: `${REST_PREFIX}/history/:id`, field: 'history', id: true, summary: 'The history of one record, oldest first', op: 'getHistory' },
  ]) {
    const field = fieldOf(query, spec.field);
    const { type: element, paged } = elementOf(field);
    addTypeSchema(element);
    const specs = paramsOf(field, spec.id ? ['id'] : []);
    routes.push({
      method: 'GET',
      url: spec.url,
      schema: {
        operationId: spec.op,
        summary: spec.summary,
        description: field.description ?? spec.summary,
        tags: ['History'],
        security: KEY_REQUIRED,
        ...(spec.id ? { params: idParam('record') } : {}),
        querystring: listQuerystring(specs, paged, element),
        // An ID no record has is an empty history, not a 404.
        response: { 200: listResponse(element, paged), ...notModified, ...problemResponses(...LIST_ERRORS) },
      },
      handler: async (request, reply) => {
        request.cdp.operationName = spec.op;
        const { variables, shape } = listVariables(queryOf(request), specs, element, paged);
        if (spec.id) variables.id = (request.params as { id: string }).id;
        return sendList(request, reply, element, paged, rootList(request, `Rest${pascal(spec.op)}`, field, paged), variables, shape);
      },
    });
  }

  return { routes, schemas };
}

function aOrAn(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}

/** The problem+json schema, shared by every error response. */
export const PROBLEM_SCHEMA = {
  $id: 'Problem',
  title: 'Problem',
  description: 'RFC 9457 problem details. `code` is the same stable code as GraphQL’s extensions.code.',
  type: 'object',
  properties: {
    type: { type: 'string', description: 'A URI reference naming the kind of problem: GET it for a description.' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong with this request, safe to show.' },
    code: { type: 'string', enum: Object.keys(PROBLEMS), description: 'The stable code (as extensions.code on GraphQL).' },
    reason: { type: 'string', description: 'The specific failure, when one applies (as extensions.reason on GraphQL).' },
    argument: { type: 'string' },
    currentVersion: { type: 'integer', description: 'On a version conflict: the record’s version now.' },
    retryAfter: { type: 'integer', description: 'On RATE_LIMITED: seconds to wait.' },
    maxBytes: { type: 'integer', description: 'On RESPONSE_TOO_LARGE: the largest answer sent, in bytes.' },
    errors: {
      type: 'array',
      description: 'When the request had several problems: each of them (the first decides the status).',
      items: { type: 'object', properties: { detail: { type: 'string' }, code: { type: 'string' } }, required: ['detail'] },
    },
    fields: {
      type: 'array',
      description: 'Each problem with the input: its path, the rule broken and a message.',
      items: { type: 'object', properties: { path: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } }, required: ['path', 'message'] },
    },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

/** Methods a path answers, for Allow (405) and OPTIONS. */
function allowOf(methods: Set<string>): string {
  const all = new Set(methods);
  if (all.has('GET')) all.add('HEAD');
  all.add('OPTIONS');
  return [...all].join(', ');
}

/**
 * The REST API as a Fastify plugin: JSON and merge-patch bodies, problem+json errors and 404s, 405
 * with Allow and OPTIONS for every path. Route schemas document (OpenAPI); they do not validate:
 * the GraphQL schema does, once, for both APIs.
 */
export async function registerRestRoutes(app: FastifyInstance, deps: RestDeps): Promise<void> {
  const { routes, schemas } = restRoutes(deps);
  app.addSchema(PROBLEM_SCHEMA);
  for (const s of schemas) app.addSchema(s);
  await app.register(
    async (scope) => {
      scope.setErrorHandler(handleRestError);
      scope.setValidatorCompiler(() => () => true);
      scope.setSerializerCompiler(() => (data) => JSON.stringify(data));
      // Bodies are JSON (application/json, or application/merge-patch+json for PATCH); any other type is 415.
      // An empty body is no body: POST .../archive sent with Content-Type: application/json and nothing
      // else is a request without one (a route that needs a body says so), not malformed JSON.
      const parseJson = scope.getDefaultJsonParser('error', 'ignore');
      const jsonOrNothing: typeof parseJson = (request, body, done) => (body === '' ? done(null, undefined) : parseJson(request, body, done));
      scope.removeContentTypeParser(['text/plain', 'application/json']);
      scope.addContentTypeParser('application/json', { parseAs: 'string' }, jsonOrNothing);
      scope.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, jsonOrNothing);
      scope.setNotFoundHandler((_request, reply) => {
        void sendProblem(reply, problemBody('NOT_FOUND', `No such resource. The REST API's routes are listed in ${REST_PREFIX}/openapi.json.`));
      });
      // With CORS_ORIGINS set, @fastify/cors answers every OPTIONS itself (onRequest, before this
      // handler): the answer still says which methods the path takes.
      scope.addHook('onSend', async (request, reply, payload) => {
        const allow = (request.routeOptions.config as { allow?: string }).allow;
        if (request.method === 'OPTIONS' && allow && !reply.hasHeader('allow')) reply.header('allow', allow);
        return payload;
      });
      const byPath = new Map<string, Set<string>>();
      for (const route of routes) {
        const url = route.url.slice(REST_PREFIX.length);
        scope.route({ method: route.method, url, schema: route.schema, handler: route.handler } as RouteShorthandOptions & {
          method: HTTPMethods;
          url: string;
          handler: Handler;
        });
        if (!byPath.has(url)) byPath.set(url, new Set());
        byPath.get(url)!.add(route.method);
      }
      const everyMethod: HTTPMethods[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
      for (const [url, methods] of byPath) {
        const allow = allowOf(methods);
        scope.route({
          method: 'OPTIONS',
          url,
          schema: { hide: true },
          config: { allow },
          handler: async (_request, reply) => reply.code(204).header('allow', allow).send(),
        });
        const others = everyMethod.filter((m) => !methods.has(m));
        if (others.length) {
          scope.route({
            method: others,
            url,
            schema: { hide: true },
            handler: async () => {
              throw new ProblemError('METHOD_NOT_ALLOWED', `${REST_PREFIX}${url} answers ${allow}.`, {}, { allow });
            },
          });
        }
      }
    },
    { prefix: REST_PREFIX },
  );
}
