/**
 * The REST API (/api/v1) over HTTP, against a real server with a fresh Tower Hamlets plan: every
 * record type's collection and item, the nested collections, paging by Link through the whole
 * plan, every GraphQL filter as a query parameter (read off the committed schema and compared with
 * GraphQL's answer), fields= and expand=, conditional requests (ETag, If-None-Match, If-Match,
 * 304/412/428), merge-patch, creates, archive and restore, progress, Idempotency-Key, HEAD,
 * OPTIONS, 405/406/415, compression, CORS, NDJSON, problem+json for each kind of error, and rate
 * limits. The access matrix over REST is access-control-rest.test.ts.
 */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildSchema, getNamedType, GraphQLField, GraphQLObjectType, isInputObjectType, isObjectType } from 'graphql';
import { connectAs, connectAsAdmin, type Api } from '../support/api';
import { snapshotOf } from '../support/access-matrix';
import { withDb } from '../support/db';
import { expectProblem, REST, restClient, type RestCall, type RestResponse } from '../support/rest';
import { gql, startServer, type TestServer } from '../support/server';

const ORIGIN = 'https://intranet.example.org';
const SCHEMA = buildSchema(readFileSync(resolve(__dirname, '../../packages/schema/schema.graphql'), 'utf8'));
const QUERY = SCHEMA.getQueryType()!;

let server: TestServer;
let admin: Api;
let editor: Api;
/** REST as admin, as RESET's agency editor, and without a key. */
let rest: RestCall;
let asEditor: RestCall;
let anonymous: RestCall;

/** GraphQL as admin (documents built at run time, from the schema). */
async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await gql<T>(server.url, query, variables, admin.headers);
  if (body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** The next page's URL from a Link header (RFC 8288), or null. */
function nextLink(res: RestResponse): string | null {
  const link = res.headers.get('link');
  if (!link) return null;
  const m = /<([^>]+)>\s*;\s*rel="next"/.exec(link);
  return m ? m[1] : null;
}

/** Every item of a REST collection, following Link: rel="next" from `path`. */
async function restAll(path: string, call: RestCall = rest): Promise<{ items: any[]; totalCount: number; pages: number }> {
  const items: any[] = [];
  let url: string | null = path;
  let totalCount = -1;
  let pages = 0;
  while (url) {
    const res: RestResponse = await call('GET', url);
    expect({ url, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ url, status: 200, body: undefined });
    items.push(...res.body.items);
    totalCount = res.body.totalCount;
    expect(res.headers.get('x-total-count')).toBe(String(totalCount));
    pages++;
    url = nextLink(res);
  }
  return { items, totalCount, pages };
}

/** Raw HTTP (no decompression, any header): for compression and CORS. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  const url = new URL(server.origin + path);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: url.pathname + url.search, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Audit entries matching `where` (support/db.ts's dialect: camelCase columns quoted). */
async function auditCount(where: string, ...params: unknown[]): Promise<number> {
  return withDb(server.databaseUrl, async (db) => (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_entry WHERE ${where}`, params))!.n);
}

// ---- The plan's records, found once ---------------------------------------------------------

interface Ids {
  deliveryPlan: string;
  strategy: string;
  pillars: string[];
  priority: string;
  objective: string;
  actions: string[];
  reset: string;
  outcome: string;
  measure: string;
  reprocurement: string;
  /** The objective the first reprocurement is under. */
  contractObjective: string;
  /** An action RESET is responsible for (its agency editor may post progress on it). */
  resetAction: string;
  /** An action RESET is not responsible for. */
  outsideAction: string;
  risks: string[];
  progress: string;
  measureValue: string;
}
let ids: Ids;
/** Every action's ID in plan order, from GraphQL. */
let allActionIds: string[];

beforeAll(async () => {
  server = await startServer({ env: { CORS_ORIGINS: ORIGIN } });
  admin = connectAsAdmin(server, 'REST test coordinator');
  editor = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' });
  rest = restClient(server.origin, admin.key);
  asEditor = restClient(server.origin, editor.key);
  anonymous = restClient(server.origin);

  const data = await graphql(`
    {
      plans {
        nodes {
          id
          kind
        }
      }
      plan {
        pillars {
          nodes {
            id
            nationalOutcomes {
              id
              measures {
                id
                values {
                  id
                }
              }
            }
            priorities(first: 1) {
              nodes {
                id
                objectives(first: 1) {
                  nodes {
                    id
                  }
                }
              }
            }
          }
        }
      }
      agency(name: "RESET") {
        id
      }
      reprocurements(first: 1) {
        nodes {
          id
          objective {
            id
          }
        }
      }
      resetActions: actions(filter: { agency: "RESET" }, first: 100) {
        totalCount
        nodes {
          id
        }
      }
    }
  `);
  const pillars = data.plan.pillars.nodes;
  expect(data.resetActions.totalCount).toBeLessThan(100);
  allActionIds = [];
  let after: string | null = null;
  do {
    const page: any = await graphql(
      `
        query ($after: String) {
          actions(first: 100, after: $after) {
            nodes {
              id
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { after },
    );
    allActionIds.push(...page.actions.nodes.map((n: { id: string }) => n.id));
    after = page.actions.pageInfo.hasNextPage ? page.actions.pageInfo.endCursor : null;
  } while (after);
  const actionsOf = async (pillarId: string) =>
    (
      await graphql(
        `
          query ($p: ID) {
            actions(filter: { pillarId: $p }, first: 2) {
              nodes {
                id
              }
            }
          }
        `,
        { p: pillarId },
      )
    ).actions.nodes.map((n: { id: string }) => n.id);
  const [a1, a2] = [(await actionsOf(pillars[0].id))[0], (await actionsOf(pillars[1].id))[0]];
  ids = {
    deliveryPlan: data.plans.nodes.find((p: { kind: string }) => p.kind === 'DELIVERY_PLAN').id,
    strategy: data.plans.nodes.find((p: { kind: string }) => p.kind === 'STRATEGY').id,
    pillars: pillars.map((p: { id: string }) => p.id),
    priority: pillars[1].priorities.nodes[0].id,
    objective: pillars[1].priorities.nodes[0].objectives.nodes[0].id,
    actions: [a1, a2],
    reset: data.agency.id,
    outcome: pillars[0].nationalOutcomes[0].id,
    measure: pillars[0].nationalOutcomes[0].measures[0].id,
    reprocurement: data.reprocurements.nodes[0].id,
    contractObjective: data.reprocurements.nodes[0].objective.id,
    resetAction: data.resetActions.nodes[0].id,
    outsideAction: allActionIds.find((id) => !data.resetActions.nodes.some((n: { id: string }) => n.id === id))!,
    measureValue: pillars[0].nationalOutcomes[0].measures[0].values[0]?.id,
    risks: [],
    progress: '',
  };

  // Records the seed has none of, and states that the filters can tell apart, made over REST.
  for (const input of [
    { actionId: a1, description: 'Funding not confirmed', likelihood: 4, impact: 4, ownerAgency: 'RESET' },
    { actionId: a2, description: 'Venue unavailable', likelihood: 2, impact: 2, ownerAgency: 'MPS', status: 'CLOSED' },
    { actionId: a1, description: 'Staff turnover', likelihood: 3, impact: 3 },
  ]) {
    const res = await rest('POST', '/risks', { json: input });
    expect(res.status).toBe(201);
    ids.risks.push(res.body.id);
  }
  const progress = await rest('POST', `/actions/${a1}/progress`, {
    json: { quarter: '2024-25 Q1', status: 'AT_RISK', rag: 'AMBER', percentComplete: 20, commentary: 'Waiting on funding' },
  });
  expect(progress.status).toBe(200);
  ids.progress = progress.body.id;
  expect(
    (await rest('POST', `/actions/${a2}/progress`, { json: { quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'Started' } })).status,
  ).toBe(200);
  const contract = await rest('GET', `/reprocurements/${ids.reprocurement}`);
  const moved = await rest('POST', `/reprocurements/${ids.reprocurement}/status`, {
    json: { status: 'IN_PROGRESS' },
    headers: { 'if-match': contract.headers.get('etag')! },
  });
  expect(moved.status).toBe(200);
  if (!ids.measureValue) {
    const value = await rest('POST', `/outcome-measures/${ids.measure}/values`, {
      json: { kind: 'BASELINE', periodLabel: '2022-23', periodStart: '2022-04-01', periodEnd: '2023-03-31', value: 10 },
    });
    expect(value.status).toBe(200);
    ids.measureValue = value.body.id;
  }
  // Reporting rounds, on plans of their own (a round on the delivery plan would gate its progress): a new plan's and the strategy's.
  const plan = await rest('POST', '/plans', {
    json: { kind: 'DELIVERY_PLAN', title: 'Rounds plan', periodLabel: '2031-32', periodStart: '2031-04-01', periodEnd: '2032-03-31' },
  });
  expect(plan.status).toBe(201);
  for (const json of [
    { planId: plan.body.id, quarter: '2031-32 Q1', deadline: '2031-07-15' },
    { planId: ids.strategy, quarter: '2025-26 Q1', deadline: '2025-07-15' },
  ])
    expect((await rest('POST', '/rounds', { json })).status).toBe(201);
});
afterAll(() => server.stop());

// ---- Collections and items ------------------------------------------------------------------

/** The REST collections and the GraphQL list each serves. */
const COLLECTIONS: Record<string, string> = {
  plans: 'plans',
  pillars: 'pillars',
  priorities: 'priorities',
  objectives: 'objectives',
  actions: 'actions',
  agencies: 'agencies',
  'national-outcomes': 'nationalOutcomes',
  'outcome-measures': 'outcomeMeasures',
  reprocurements: 'reprocurements',
  'help-services': 'helpServices',
  risks: 'risks',
  rounds: 'rounds',
  changes: 'changes',
};
/** Root lists that are no REST collection: a report over the plan, and one record's history (GET /history/{id}). */
const NOT_COLLECTIONS = ['actionsWithoutProgress', 'history'];

/** Nested collections: REST path segment → the GraphQL field of the parent type. */
const NESTED: Record<string, { type: string; fields: Record<string, string> }> = {
  plans: { type: 'Plan', fields: { pillars: 'pillars', 'national-outcomes': 'nationalOutcomes' } },
  pillars: { type: 'Pillar', fields: { priorities: 'priorities', 'national-outcomes': 'nationalOutcomes' } },
  priorities: { type: 'Priority', fields: { objectives: 'objectives' } },
  objectives: { type: 'Objective', fields: { actions: 'actions', reprocurements: 'reprocurements' } },
  actions: { type: 'Action', fields: { progress: 'progress', risks: 'risks', agencies: 'agencies' } },
  agencies: { type: 'Agency', fields: { actions: 'actions', objectives: 'objectives' } },
  'national-outcomes': { type: 'NationalOutcome', fields: { measures: 'measures' } },
  'outcome-measures': { type: 'OutcomeMeasure', fields: { values: 'values' } },
};

const isConnection = (field: GraphQLField<unknown, unknown>) => {
  const named = getNamedType(field.type);
  return isObjectType(named) && 'pageInfo' in named.getFields();
};

test('every root list of the schema is a REST collection, or listed as none', () => {
  const lists = Object.values(QUERY.getFields())
    .filter((f) => isConnection(f as GraphQLField<unknown, unknown>))
    .map((f) => f.name);
  expect(lists.sort()).toEqual([...Object.values(COLLECTIONS), ...NOT_COLLECTIONS].sort());
});

describe.each(Object.entries(COLLECTIONS).filter(([path]) => path !== 'changes'))('GET /api/v1/%s', (path, list) => {
  test('the collection answers as GraphQL does, and each item by its ID', async () => {
    const res = await rest('GET', `/${path}?first=100`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const reference = await graphql(`{ result: ${list}(first: 100) { totalCount nodes { id } } }`);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(reference.result.nodes.map((n: { id: string }) => n.id));
    expect(res.body.totalCount).toBe(reference.result.totalCount);
    expect(res.body.items.length).toBeGreaterThan(0);

    const first = res.body.items[0];
    const item = await rest('GET', `/${path}/${first.id}`);
    expect(item.status).toBe(200);
    expect(item.body).toEqual(first);
    expect(item.headers.get('etag')).toMatch(new RegExp(`^"v${first.version}-[A-Za-z0-9_-]+"$`));
  });
});

test('records listed only under their parent have item routes: progress updates, measure values, risks; history and changes', async () => {
  const progress = await rest('GET', `/progress-updates/${ids.progress}`);
  expect(progress.status).toBe(200);
  expect(progress.body).toMatchObject({ id: ids.progress, quarterLabel: '2024-25 Q1', status: 'AT_RISK', rag: 'AMBER', percentComplete: 20 });
  const value = await rest('GET', `/measure-values/${ids.measureValue}`);
  expect(value.status).toBe(200);
  expect(value.body.id).toBe(ids.measureValue);
  const risk = await rest('GET', `/risks/${ids.risks[0]}`);
  expect(risk.body).toMatchObject({ id: ids.risks[0], description: 'Funding not confirmed', likelihood: 4, impact: 4 });

  const history = await restAll(`/history/${ids.reprocurement}?first=1`);
  const reference = await graphql(
    `
      query ($id: ID!) {
        history(id: $id, first: 100) {
          totalCount
          nodes {
            id
            operation
            mutation
          }
        }
      }
    `,
    { id: ids.reprocurement },
  );
  expect(history.items.map((e) => e.id)).toEqual(reference.history.nodes.map((n: { id: string }) => n.id));
  expect(history.items.map((e) => e.mutation)).toContain('setReprocurementStatus');
  const changes = await rest('GET', '/changes?first=100');
  const changesReference = await graphql('{ changes(first: 100) { totalCount nodes { id } } }');
  expect(changes.body.items.map((e: { id: string }) => e.id)).toEqual(changesReference.changes.nodes.map((n: { id: string }) => n.id));
  expect(changes.body.totalCount).toBe(changesReference.changes.totalCount);
});

test("a record's item route refuses another type's ID (404) and a malformed one (400)", async () => {
  const wrongType = await rest('GET', `/actions/${ids.objective}`);
  expect(expectProblem(wrongType, 404, 'NOT_FOUND')).toMatchObject({ reason: 'RECORD_NOT_FOUND' });
  const malformed = expectProblem(await rest('GET', '/actions/not-an-id'), 400, 'BAD_USER_INPUT');
  expect(malformed.fields).toEqual([expect.objectContaining({ path: 'path.id', rule: 'isGlobalId' })]);
});

describe('nested collections', () => {
  const cases = Object.entries(NESTED).flatMap(([path, { type, fields }]) =>
    Object.entries(fields).map(([segment, field]) => [path, segment, type, field] as const),
  );
  test.each(cases)('/%s/{id}/%s answers what GraphQL gives for %s.%s', async (path, segment, typeName, fieldName) => {
    const parents: Record<string, string> = {
      plans: ids.deliveryPlan,
      pillars: ids.pillars[0],
      priorities: ids.priority,
      objectives: ids.objective,
      actions: ids.actions[0],
      agencies: ids.reset,
      'national-outcomes': ids.outcome,
      'outcome-measures': ids.measure,
    };
    const parent =
      path === 'plans' && fieldName === 'nationalOutcomes'
        ? ids.strategy
        : path === 'objectives' && fieldName === 'reprocurements'
          ? ids.contractObjective
          : parents[path];
    const field = (SCHEMA.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
    const paged = isConnection(field as GraphQLField<unknown, unknown>);
    const reference = await graphql(
      `query($id: ID!) { node(id: $id) { ... on ${typeName} { result: ${fieldName}${paged ? '(first: 100) { totalCount nodes { id } }' : ' { id }'} } } }`,
      { id: parent },
    );
    const expected: string[] = (paged ? reference.node.result.nodes : reference.node.result).map((n: { id: string }) => n.id);
    const res = await rest('GET', `/${path}/${parent}/${segment}${paged ? '?first=100' : ''}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(expected);
    expect(res.body.totalCount).toBe(paged ? reference.node.result.totalCount : expected.length);
    expect(expected.length).toBeGreaterThan(0);
    if (paged) expect(res.body.pageInfo).toEqual(expect.objectContaining({ hasNextPage: false }));
    else expect(res.body.pageInfo).toBeUndefined();
  });

  test('a nested connection pages by Link too', async () => {
    const all = await restAll(`/agencies/${ids.reset}/actions?first=3&fields=id`);
    const reference = await graphql(
      `
        query ($id: ID!) {
          agency(id: $id) {
            actions(first: 100) {
              totalCount
              nodes {
                id
              }
            }
          }
        }
      `,
      { id: ids.reset },
    );
    expect(all.items.map((i) => i.id)).toEqual(reference.agency.actions.nodes.map((n: { id: string }) => n.id));
    expect(all.pages).toBe(Math.ceil(reference.agency.actions.totalCount / 3));
  });

  test("a parent that does not exist is 404, and a parent of another type's ID too", async () => {
    expectProblem(await rest('GET', `/actions/${ids.objective}/progress`), 404, 'NOT_FOUND');
    expectProblem(await rest('GET', `/actions/QWN0aW9uOjk5OTk5/progress`), 404, 'NOT_FOUND');
  });
});

// ---- Paging ---------------------------------------------------------------------------------

test('Link: rel="next" walks all 156 actions, each exactly once, in plan order', async () => {
  const first = await rest('GET', '/actions?first=7&fields=id');
  expect(first.headers.get('link')).toMatch(/^<\/api\/v1\/actions\?first=7&fields=id&after=[^>]+>; rel="next"$/);
  const walked = await restAll('/actions?first=7&fields=id');
  const seen = walked.items.map((i) => i.id);
  expect(seen).toHaveLength(156);
  expect(new Set(seen).size).toBe(156);
  expect(seen).toEqual(allActionIds);
  expect(walked.totalCount).toBe(156);
  expect(walked.pages).toBe(Math.ceil(156 / 7));
  for (const item of walked.items) expect(Object.keys(item)).toEqual(['id']);
});

test('the default page is 50 and the largest 100; the last page has no Link', async () => {
  const page = await rest('GET', '/actions');
  expect(page.body.items).toHaveLength(50);
  expect(page.body.pageInfo).toEqual({ hasNextPage: true, endCursor: expect.any(String) });
  const big = await rest('GET', '/actions?first=100');
  expect(big.body.items).toHaveLength(100);
  const last = await rest('GET', `/actions?first=100&after=${encodeURIComponent(big.body.pageInfo.endCursor)}`);
  expect(last.body.items).toHaveLength(56);
  expect(last.headers.get('link')).toBeNull();
  expect(last.body.pageInfo.hasNextPage).toBe(false);
  const tooMany = expectProblem(await rest('GET', '/actions?first=101'), 400, 'BAD_USER_INPUT');
  expect(tooMany.fields).toEqual([expect.objectContaining({ path: 'query.first' })]);
  const negative = expectProblem(await rest('GET', '/actions?first=-1'), 400, 'BAD_USER_INPUT');
  expect(negative.detail).toMatch(/between 0 and 100, got -1/);
  expectProblem(await rest('GET', '/actions?first=ten'), 400, 'BAD_USER_INPUT');
  const cursor = expectProblem(await rest('GET', '/actions?after=nonsense'), 400, 'BAD_USER_INPUT');
  expect(cursor.fields![0].path).toBe('query.after');
});

test('NDJSON: Accept: application/x-ndjson streams every record of a collection, one per line', async () => {
  const res = await raw('GET', `${REST}/actions?fields=id,text`, { accept: 'application/x-ndjson' });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  expect(res.headers['transfer-encoding']).toBe('chunked'); // streamed, not buffered with a length
  expect(res.headers['content-length']).toBeUndefined();
  expect(res.headers['x-total-count']).toBe('156');
  const text = res.bytes.toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.trimEnd().split('\n');
  expect(lines).toHaveLength(156);
  const records = lines.map((l) => JSON.parse(l));
  expect(records.map((r) => r.id)).toEqual(allActionIds);
  for (const r of records) expect(Object.keys(r).sort()).toEqual(['id', 'text']);
  // A filter applies, and after= starts part way.
  const reset = (await raw('GET', `${REST}/actions?agency=RESET&fields=id`, { accept: 'application/x-ndjson' })).bytes.toString().trimEnd().split('\n');
  const reference = await graphql('{ actions(filter: { agency: "RESET" }, first: 100) { totalCount } }');
  expect(reset).toHaveLength(reference.actions.totalCount);
  // Any collection: a nested one and a plain list.
  const progress = (await raw('GET', `${REST}/actions/${ids.actions[0]}/progress`, { accept: 'application/x-ndjson' })).bytes.toString().trimEnd().split('\n');
  expect(progress.map((l) => JSON.parse(l).id)).toEqual([ids.progress]);
});

// ---- Filters --------------------------------------------------------------------------------

/** The parameters of a collection: its list field's arguments (but first and after) and its filter's fields, from the schema. */
function parametersOf(field: GraphQLField<unknown, unknown>): Array<{ name: string; into: 'arg' | 'filter'; type: string }> {
  const out: Array<{ name: string; into: 'arg' | 'filter'; type: string }> = [];
  for (const arg of field.args) {
    if (arg.name === 'first' || arg.name === 'after') continue;
    const named = getNamedType(arg.type);
    if (arg.name === 'filter' && isInputObjectType(named)) {
      for (const f of Object.values(named.getFields())) out.push({ name: f.name, into: 'filter', type: String(f.type) });
    } else out.push({ name: arg.name, into: 'arg', type: String(arg.type) });
  }
  return out;
}

/**
 * Values to try for each parameter (`<list>.<parameter>`): each a set of parameters, the one
 * named among them. At least one of a parameter's samples must change the answer (the items,
 * their count or their fields), so that a parameter the server ignored would fail.
 */
function samples(changes: { at: string }[]): Record<string, Array<Record<string, unknown>>> {
  const mid = changes[Math.floor(changes.length / 2)].at;
  return {
    'plans.kind': [{ kind: 'STRATEGY' }],
    'plans.periodLabel': [{ periodLabel: '2024-25' }],
    'plans.status': [{ status: 'DRAFT' }, { status: 'AGREED' }],
    'pillars.planId': [{ planId: ids.deliveryPlan }, { planId: ids.strategy }],
    'priorities.pillarId': [{ pillarId: ids.pillars[1] }],
    'priorities.planId': [{ planId: ids.deliveryPlan }, { planId: ids.strategy }],
    'objectives.agency': [{ agency: 'RESET' }],
    'objectives.pillarId': [{ pillarId: ids.pillars[2] }],
    'objectives.planId': [{ planId: ids.deliveryPlan }, { planId: ids.strategy }],
    'objectives.priorityId': [{ priorityId: ids.priority }],
    'actions.planId': [{ planId: ids.deliveryPlan }, { planId: ids.strategy }],
    'actions.pillarId': [{ pillarId: ids.pillars[1] }],
    'actions.priorityId': [{ priorityId: ids.priority }],
    'actions.objectiveId': [{ objectiveId: ids.objective }],
    'actions.agency': [{ agency: 'RESET' }, { agency: 'reset' }, { agency: ids.reset }],
    'actions.status': [{ status: ['AT_RISK'] }, { status: ['AT_RISK', 'ON_TRACK'] }],
    'actions.search': [{ search: 'naloxone' }],
    'agencies.kind': [{ kind: 'COUNCIL_SERVICE' }],
    'agencies.search': [{ search: 'police' }],
    'nationalOutcomes.pillarId': [{ pillarId: ids.pillars[0] }],
    'nationalOutcomes.planId': [{ planId: ids.strategy }, { planId: ids.deliveryPlan }],
    'outcomeMeasures.outcomeId': [{ outcomeId: ids.outcome }],
    'outcomeMeasures.pillarId': [{ pillarId: ids.pillars[0] }],
    'reprocurements.asOf': [{ asOf: '2024-04-01' }, { asOf: '2025-01-01' }],
    'reprocurements.dueWithinDays': [{ dueWithinDays: 90, asOf: '2024-04-01' }],
    'reprocurements.overdue': [
      { overdue: true, asOf: '2024-04-01' },
      { overdue: false, asOf: '2024-04-01' },
    ],
    'reprocurements.status': [{ status: ['IN_PROGRESS'] }, { status: ['NOT_STARTED', 'IN_PROGRESS'] }],
    'risks.actionId': [{ actionId: ids.actions[0] }],
    'risks.agency': [{ agency: 'RESET' }],
    'risks.minScore': [{ minScore: 9 }],
    'risks.pillarId': [{ pillarId: ids.pillars[1] }],
    'risks.status': [{ status: ['CLOSED'] }],
    'rounds.planId': [{ planId: ids.strategy }],
    'changes.entityType': [{ entityType: 'Risk' }],
    'changes.since': [{ since: mid }],
    'changes.until': [{ until: mid }],
    // An open round's window: from its opening (no board before it) to now.
    'changes.round': [{ round: '2031-32Q1' }],
    'OutcomeMeasure.values.kind': [{ kind: 'BASELINE' }, { kind: 'TARGET' }],
  };
}
/** Fields each list is compared on besides id: those some parameter changes (asOf sets overdue and daysUntilExpiry). */
const COMPARED: Record<string, string[]> = { reprocurements: ['overdue', 'daysUntilExpiry'] };

function queryString(params: Record<string, unknown>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(Array.isArray(v) ? v.join(',') : String(v))}`)
    .join('&');
}

describe('every GraphQL filter is a query parameter, and narrows as on GraphQL', () => {
  let sampleOf: ReturnType<typeof samples>;
  beforeAll(async () => {
    sampleOf = samples((await graphql('{ changes(first: 100) { nodes { at } } }')).changes.nodes);
  });

  /** The GraphQL answer for a root list with `params` (split into its arguments and its filter), every page. */
  async function viaGraphql(list: string, params: Record<string, unknown>) {
    const field = QUERY.getFields()[list] as GraphQLField<unknown, unknown>;
    const specs = parametersOf(field);
    const filter: Record<string, unknown> = {};
    const args: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(params)) {
      const spec = specs.find((s) => s.name === name)!;
      if (spec.into === 'filter') filter[name] = value;
      else args[name] = value;
    }
    const filterArg = field.args.find((a) => a.name === 'filter');
    const declare = [
      '$after: String',
      ...(filterArg ? [`$filter: ${String(filterArg.type)}`] : []),
      ...Object.keys(args).map((n) => `$${n}: ${String(field.args.find((a) => a.name === n)!.type)}`),
    ];
    const pass = ['first: 100', 'after: $after', ...(filterArg ? ['filter: $filter'] : []), ...Object.keys(args).map((n) => `${n}: $${n}`)];
    const selection = ['id', ...(COMPARED[list] ?? [])].join(' ');
    const nodes: any[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = await graphql(
        `query(${declare.join(', ')}) { result: ${list}(${pass.join(', ')}) { totalCount nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after, filter: Object.keys(filter).length ? filter : undefined, ...args },
      );
      nodes.push(...page.result.nodes);
      totalCount = page.result.totalCount;
      after = page.result.pageInfo.hasNextPage ? page.result.pageInfo.endCursor : null;
    } while (after);
    return { nodes, totalCount };
  }

  const lists = Object.entries(COLLECTIONS).flatMap(([path, list]) =>
    parametersOf(QUERY.getFields()[list] as GraphQLField<unknown, unknown>).map((p) => [path, list, p.name] as const),
  );
  test('the schema gives the collections their parameters (a sample for each below)', () => {
    expect(lists.length).toBeGreaterThanOrEqual(30);
    for (const [, list, name] of lists) expect(Object.keys(sampleOf)).toContain(`${list}.${name}`);
  });

  test.each(lists)('/%s (GraphQL %s) takes %s', async (path, list, name) => {
    const tries = sampleOf[`${list}.${name}`];
    expect(tries?.length).toBeGreaterThan(0);
    const fields = ['id', ...(COMPARED[list] ?? [])].join(',');
    const unfiltered = await viaGraphql(list, {});
    let changed = false;
    for (const params of tries) {
      const reference = await viaGraphql(list, params);
      const answer = await restAll(`/${path}?${queryString(params)}&first=100&fields=${fields}`);
      expect({ params, items: answer.items, totalCount: answer.totalCount }).toEqual({ params, items: reference.nodes, totalCount: reference.totalCount });
      if (JSON.stringify(reference) !== JSON.stringify(unfiltered)) changed = true;
    }
    expect({ parameter: name, changesTheAnswer: changed }).toEqual({ parameter: name, changesTheAnswer: true });
  });

  test('a nested collection takes its field’s arguments: /outcome-measures/{id}/values?kind=', async () => {
    const field = (SCHEMA.getType('OutcomeMeasure') as GraphQLObjectType).getFields().values;
    expect(field.args.map((a) => a.name)).toEqual(['kind']);
    for (const params of sampleOf['OutcomeMeasure.values.kind']) {
      const reference = await graphql(
        `
          query ($id: ID!, $kind: MeasureValueKind) {
            outcomeMeasure(id: $id) {
              values(kind: $kind) {
                id
                kind
              }
            }
          }
        `,
        {
          id: ids.measure,
          ...params,
        },
      );
      const res = await rest('GET', `/outcome-measures/${ids.measure}/values?${queryString(params)}&fields=kind`);
      expect(res.body.items).toEqual(reference.outcomeMeasure.values);
    }
  });

  test('a list parameter takes comma-separated values, repeated parameters, or both', async () => {
    const reference = await viaGraphql('actions', { status: ['AT_RISK', 'ON_TRACK'] });
    for (const q of ['status=AT_RISK,ON_TRACK', 'status=AT_RISK&status=ON_TRACK', 'status=AT_RISK,&status=ON_TRACK']) {
      const res = await rest('GET', `/actions?${q}&fields=id`);
      expect(res.body.items).toEqual(reference.nodes);
    }
    expect(reference.totalCount).toBe(2);
  });

  test('the filters refuse what GraphQL refuses, with the same rule, naming the query parameter', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['/actions?status=FINISHED', 'BAD_USER_INPUT', 'query.status.0', 'isEnum'],
      ['/actions?pillarId=not-an-id', 'BAD_USER_INPUT', 'query.pillarId', 'isGlobalId'],
      ['/reprocurements?overdue=maybe', 'BAD_USER_INPUT', 'query.overdue', 'isBoolean'],
      ['/reprocurements?dueWithinDays=soon', 'BAD_USER_INPUT', 'query.dueWithinDays', 'isInt'],
      ['/reprocurements?asOf=2024-13-01', 'BAD_USER_INPUT', 'query.asOf', 'isDate'],
      ['/changes?since=yesterday', 'BAD_USER_INPUT', 'query.since', 'isDateTime'],
      [`/actions?search=${'x'.repeat(10_001)}`, 'BAD_USER_INPUT', 'query.search', 'maxLength'],
    ];
    for (const [path, code, fieldPath, rule] of cases) {
      const problem = expectProblem(await rest('GET', path), 400, code);
      expect({ path: path.slice(0, 60), fields: problem.fields }).toEqual({
        path: path.slice(0, 60),
        fields: [expect.objectContaining({ path: fieldPath, rule })],
      });
    }
    const agency = expectProblem(await rest('GET', '/actions?agency=Tower%20Hamlets%20Parking%20Services'), 404, 'NOT_FOUND');
    expect(agency).toMatchObject({ reason: 'AGENCY_NOT_FOUND', argument: 'query.agency' });
    expect(agency.detail).toMatch(/query parameter "agency"/);
    const unknown = expectProblem(await rest('GET', '/actions?colour=red'), 400, 'BAD_USER_INPUT');
    expect(unknown.fields).toEqual([expect.objectContaining({ path: 'query.colour' })]);
    expectProblem(await rest('GET', '/actions?agency=RESET&agency=MPS'), 400, 'BAD_USER_INPUT'); // one value, given twice
  });
});

// ---- Representation -------------------------------------------------------------------------

describe('fields= and expand=', () => {
  test('fields= picks properties (id always), on items and collections', async () => {
    const item = await rest('GET', `/actions/${ids.actions[0]}?fields=text,status,agencyIds`);
    expect(Object.keys(item.body)).toEqual(['id', 'text', 'status', 'agencyIds']);
    const page = await rest('GET', '/actions?first=3&fields=dueDate&fields=status');
    for (const i of page.body.items) expect(Object.keys(i)).toEqual(['id', 'dueDate', 'status']);
    expect(Object.keys((await rest('GET', `/actions/${ids.actions[0]}?fields=`)).body)).toEqual(['id']);
  });

  test('related records are IDs, and expand= embeds them as their own item routes show them', async () => {
    const plain = await rest('GET', `/actions/${ids.actions[0]}`);
    expect(plain.body).toMatchObject({ objectiveId: expect.any(String), priorityId: expect.any(String), pillarId: expect.any(String) });
    expect(plain.body.objective).toBeUndefined();
    const expanded = await rest('GET', `/actions/${ids.actions[0]}?expand=objective,priority,agencies&fields=text`);
    expect(Object.keys(expanded.body)).toEqual(['id', 'text', 'objective', 'priority', 'agencies']);
    expect(expanded.body.objective).toEqual((await rest('GET', `/objectives/${plain.body.objectiveId}`)).body);
    expect(expanded.body.priority).toEqual((await rest('GET', `/priorities/${plain.body.priorityId}`)).body);
    expect(expanded.body.agencies.map((a: { id: string }) => a.id)).toEqual(plain.body.agencyIds);
    expect(expanded.body.agencies[0]).toEqual((await rest('GET', `/agencies/${plain.body.agencyIds[0]}`)).body);
    // On a collection, so a page can be built in one call.
    const page = await rest('GET', `/actions?first=2&expand=objective,priority,agencies`);
    for (const a of page.body.items) expect(a.objective.id).toBe(a.objectiveId);
  });

  test('an unknown name in fields= or expand=, or a property that is not a related record in expand=, is 400 naming it', async () => {
    const badField = expectProblem(await rest('GET', `/actions/${ids.actions[0]}?fields=text,colour`), 400, 'BAD_USER_INPUT');
    expect(badField.fields).toEqual([expect.objectContaining({ path: 'query.fields', rule: 'isIn' })]);
    expect(badField.detail).toMatch(/"colour"/);
    const badExpand = expectProblem(await rest('GET', '/actions?expand=text'), 400, 'BAD_USER_INPUT');
    expect(badExpand.fields).toEqual([expect.objectContaining({ path: 'query.expand', rule: 'isIn' })]);
    expectProblem(await rest('GET', `/actions/${ids.actions[0]}?expand=owner`), 400, 'BAD_USER_INPUT');
    expectProblem(await rest('GET', `/actions/${ids.actions[0]}?status=AT_RISK`), 400, 'BAD_USER_INPUT'); // an item takes fields and expand only
  });
});

// ---- Conditional requests -------------------------------------------------------------------

describe('conditional requests', () => {
  test('a repeated GET with If-None-Match is 304 with no body, for an item and a collection', async () => {
    for (const path of [`/actions/${ids.actions[1]}`, '/actions?first=5', `/agencies/${ids.reset}/actions?first=2`]) {
      const first = await rest('GET', path);
      const etag = first.headers.get('etag')!;
      const again = await rest('GET', path, { headers: { 'if-none-match': etag } });
      expect({ path, status: again.status, text: again.text, etag: again.headers.get('etag') }).toEqual({ path, status: 304, text: '', etag });
      expect(again.headers.get('x-cache')).toBe('revalidated');
      expect((await rest('GET', path, { headers: { 'if-none-match': `"other", ${etag}` } })).status).toBe(304);
      expect((await rest('GET', path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    }
  });

  test('each content coding has its own ETag, and 304s on it', async () => {
    const res = await raw('GET', `${REST}/actions?first=20`, { 'accept-encoding': 'gzip' });
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/-gzip"$/);
    expect((await raw('GET', `${REST}/actions?first=20`, { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(304);
  });

  test('a write changes the ETag of the item and of a collection that shows it', async () => {
    const path = `/actions/${ids.actions[1]}`;
    const item = await rest('GET', path);
    const list = await rest('GET', `/actions?objectiveId=${item.body.objectiveId}`);
    const patched = await rest('PATCH', path, { json: { target: 'Reach 40 residents' }, headers: { 'if-match': item.headers.get('etag')! } });
    expect(patched.status).toBe(200);
    const after = await rest('GET', path, { headers: { 'if-none-match': item.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(item.headers.get('etag'));
    expect(after.headers.get('etag')).toMatch(new RegExp(`^"v${item.body.version + 1}-`));
    const listAfter = await rest('GET', `/actions?objectiveId=${item.body.objectiveId}`, { headers: { 'if-none-match': list.headers.get('etag')! } });
    expect(listAfter.status).toBe(200);
    expect(listAfter.headers.get('etag')).not.toBe(list.headers.get('etag'));
  });

  test('the audit log is read fresh: a refused write shows in /changes at once (it adds no data revision)', async () => {
    const before = await rest('GET', '/changes?entityType=Denied&first=0');
    const again = await rest('GET', '/changes?entityType=Denied&first=0', { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const reader = restClient(server.origin, connectAs(server, { role: 'reader', name: 'Intranet reader' }).key);
    expectProblem(
      await reader('POST', '/risks', { json: { actionId: ids.actions[0], description: 'Not mine to add', likelihood: 1, impact: 1 } }),
      403,
      'FORBIDDEN',
    );
    const after = await rest('GET', '/changes?entityType=Denied&first=0', { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(after.body.totalCount).toBe(before.body.totalCount + 1);
    const history = await rest('GET', `/history/${ids.actions[0]}`);
    expect(history.headers.get('x-cache')).toBeNull(); // never from the response cache
  });
});

// ---- Writes ---------------------------------------------------------------------------------

describe('PATCH', () => {
  const path = () => `/actions/${ids.actions[0]}`;

  test('without If-Match is 428 and writes nothing', async () => {
    const before = await snapshotOf(server.databaseUrl);
    const res = await rest('PATCH', path(), { json: { target: 'No version' } });
    expect(expectProblem(res, 428, 'PRECONDITION_REQUIRED').detail).toMatch(/If-Match/);
    expect(await snapshotOf(server.databaseUrl)).toEqual(before);
    expectProblem(await rest('PATCH', path(), { json: { target: 'Any version' }, headers: { 'if-match': '*' } }), 428, 'PRECONDITION_REQUIRED');
  });

  test('with a stale If-Match is 412 with the current version, and writes nothing', async () => {
    const read = await rest('GET', path());
    const moved = await rest('PATCH', path(), { json: { target: 'Changed by someone else' }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(moved.status).toBe(200);
    const before = await snapshotOf(server.databaseUrl);
    const stale = await rest('PATCH', path(), { json: { target: 'Stale' }, headers: { 'if-match': read.headers.get('etag')! } });
    const problem = expectProblem(stale, 412, 'CONFLICT');
    expect(problem).toMatchObject({ reason: 'VERSION_CONFLICT', currentVersion: moved.body.version, argument: 'header.if-match' });
    expect(problem.title).toBe('The record has changed');
    expect(await snapshotOf(server.databaseUrl)).toEqual(before);
    // Not an ETag this API issues: 400, nothing written.
    for (const ifMatch of ['"v0-abc"', 'v3', '"v1", "v2"']) {
      expect({ ifMatch, code: (await rest('PATCH', path(), { json: { target: 'x' }, headers: { 'if-match': ifMatch } })).body.code }).toEqual({
        ifMatch,
        code: 'BAD_REQUEST',
      });
    }
    expect(await snapshotOf(server.databaseUrl)).toEqual(before);
  });

  test('with the current ETag is 200 with the new ETag; merge-patch null clears a nullable field', async () => {
    const current = await rest('GET', path());
    const set = await rest('PATCH', path(), {
      raw: JSON.stringify({ target: 'Train 20 officers', fundingCondition: 'Subject to grant' }),
      headers: { 'content-type': 'application/merge-patch+json', 'if-match': current.headers.get('etag')! },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      version: current.body.version + 1,
      target: 'Train 20 officers',
      fundingCondition: 'Subject to grant',
      text: current.body.text,
    });
    expect(set.headers.get('etag')).toMatch(new RegExp(`^"v${current.body.version + 1}-`));
    expect(set.headers.get('cache-control')).toBe('no-store');
    const read = await rest('GET', path());
    expect(read.headers.get('etag')).toBe(set.headers.get('etag'));
    expect(read.body).toEqual(set.body);

    const cleared = await rest('PATCH', path(), { json: { target: null }, headers: { 'if-match': set.headers.get('etag')! } });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ target: null, fundingCondition: 'Subject to grant' }); // the absent property is kept
    expect((await rest('GET', `${path()}?fields=target`)).body).toEqual({ id: ids.actions[0], target: null });
  });

  test('refuses id or expectedVersion in the body, and invalid input lists every field at fault', async () => {
    const current = await rest('GET', path());
    const headers = { 'if-match': current.headers.get('etag')! };
    expectProblem(await rest('PATCH', path(), { json: { id: ids.actions[1] }, headers }), 400, 'BAD_USER_INPUT');
    expectProblem(await rest('PATCH', path(), { json: { expectedVersion: 1 }, headers }), 400, 'BAD_USER_INPUT');
    const invalid = expectProblem(await rest('PATCH', path(), { json: { durationMonths: 0, dueDate: '2030-01-01' }, headers }), 400, 'BAD_USER_INPUT');
    expect(invalid.fields!.map((f) => [f.path, f.rule])).toEqual([
      ['body.durationMonths', 'min'],
      ['body.dueDate', 'withinPlanPeriod'],
    ]);
    const types = expectProblem(await rest('PATCH', path(), { json: { text: 5, status: 'DONE' }, headers }), 400, 'BAD_USER_INPUT');
    expect(types.fields!.map((f) => f.path).sort()).toEqual(['body.status', 'body.text']);
    expectProblem(await rest('PATCH', '/actions/not-an-id', { json: { text: 'x' }, headers }), 400, 'BAD_USER_INPUT');
  });
});

describe('create, archive, restore, progress', () => {
  test('POST creates: 201, Location that GETs the same record, its ETag', async () => {
    const res = await rest('POST', '/actions?fields=text,objectiveId,version', { json: { objectiveId: ids.objective, text: 'Run a naloxone training day' } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), version: 1, text: 'Run a naloxone training day', objectiveId: ids.objective });
    const location = res.headers.get('location')!;
    expect(location).toBe(`/api/v1/actions/${encodeURIComponent(res.body.id)}`);
    const read = await rest('GET', `${location}?fields=text,objectiveId,version`);
    expect(read.body).toEqual(res.body);
    expect(read.headers.get('etag')).toBe(res.headers.get('etag'));
    expectProblem(await rest('POST', '/actions', { json: { objectiveId: ids.objective } }), 400, 'BAD_USER_INPUT');
    // A query parameter a write does not take (a misspelt fields=) is refused, not ignored, and nothing is written.
    const before = await snapshotOf(server.databaseUrl);
    const misspelt = expectProblem(await rest('POST', '/actions?feilds=text', { json: { objectiveId: ids.objective, text: 'Typo' } }), 400, 'BAD_USER_INPUT');
    expect(misspelt.detail).toMatch(/"feilds"/);
    expect(await snapshotOf(server.databaseUrl)).toEqual(before);
    expectProblem(await rest('POST', '/actions'), 400, 'BAD_REQUEST'); // no body
    expectProblem(await rest('POST', '/actions', { json: [1, 2] }), 400, 'BAD_REQUEST');
  });

  test('archive takes the record out of the lists, keeps it readable by ID, and restore brings it back', async () => {
    const created = await rest('POST', '/risks', { json: { actionId: ids.actions[1], description: 'Short-lived risk', likelihood: 1, impact: 5 } });
    const id = created.body.id;
    const inList = async () => (await restAll(`/risks?actionId=${ids.actions[1]}&fields=id`)).items.some((r) => r.id === id);
    expect(await inList()).toBe(true);
    expectProblem(await rest('POST', `/risks/${id}/archive`), 428, 'PRECONDITION_REQUIRED');
    // An empty JSON body is no body.
    const archived = await rest('POST', `/risks/${id}/archive`, { headers: { 'if-match': created.headers.get('etag')!, 'content-type': 'application/json' } });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toEqual(expect.any(String));
    expect(await inList()).toBe(false);
    expect((await rest('GET', `/risks/${id}`)).body.archivedAt).toBe(archived.body.archivedAt);
    const again = expectProblem(await rest('POST', `/risks/${id}/archive`, { headers: { 'if-match': archived.headers.get('etag')! } }), 400, 'BAD_USER_INPUT');
    expect(again.reason).toBe('ALREADY_ARCHIVED');
    expectProblem(await rest('POST', `/risks/${id}/restore`, { headers: { 'if-match': created.headers.get('etag')! } }), 412, 'CONFLICT');
    const restored = await rest('POST', `/risks/${id}/restore`, { headers: { 'if-match': archived.headers.get('etag')! } });
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    expect(await inList()).toBe(true);
  });

  test('POST /actions/{id}/progress records an update (an agency editor, on its own action): in the action’s progress, its own route, and the action’s status', async () => {
    const action = ids.resetAction;
    const posted = await asEditor('POST', `/actions/${action}/progress`, {
      json: { quarter: '2024-25 Q2', status: 'OFF_TRACK', rag: 'RED', percentComplete: 10, commentary: 'Provider withdrew' },
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({
      quarterLabel: '2024-25 Q2',
      status: 'OFF_TRACK',
      rag: 'RED',
      actionId: action,
      reportedBy: expect.stringMatching(/^RESET case system/),
    });
    expect((await rest('GET', `/progress-updates/${posted.body.id}`)).body).toEqual(posted.body);
    expect((await rest('GET', `/actions/${action}/progress`)).body.items.map((p: { id: string }) => p.id)).toContain(posted.body.id);
    expect((await rest('GET', `/actions/${action}?fields=status,latestProgressId`)).body).toEqual({
      id: action,
      status: 'OFF_TRACK',
      latestProgressId: posted.body.id,
    });
    const bad = expectProblem(await rest('POST', `/actions/${action}/progress`, { json: { quarter: 'Q9' } }), 400, 'BAD_USER_INPUT');
    expect(bad.fields!.map((f) => f.path).sort()).toEqual(['body.commentary', 'body.rag', 'body.status']);
    const idInBody = { actionId: action, quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: 'x' };
    expectProblem(await rest('POST', `/actions/${action}/progress`, { json: idInBody }), 400, 'BAD_USER_INPUT');
    // Another agency's action: refused by scope, nothing written.
    const before = await snapshotOf(server.databaseUrl);
    const refused = await asEditor('POST', `/actions/${ids.outsideAction}/progress`, {
      json: { quarter: '2024-25 Q2', status: 'ON_TRACK', rag: 'GREEN', commentary: 'x' },
    });
    expect(expectProblem(refused, 403, 'FORBIDDEN').reason).toBe('SCOPE');
    expect(await snapshotOf(server.databaseUrl)).toEqual(before);
  });

  test('agencies are linked with POST .../agencies and unlinked with DELETE .../agencies/{agencyId}', async () => {
    const action = ids.actions[1];
    const agency = await rest('POST', '/agencies', { json: { name: 'Tower Hamlets Recovery Choir', kind: 'ORGANISATION' } });
    expect(agency.status).toBe(201);
    const linked = await rest('POST', `/actions/${action}/agencies`, { json: { agency: 'Tower Hamlets Recovery Choir' } });
    expect(linked.status).toBe(200);
    expect(linked.body.agencyIds).toContain(agency.body.id);
    const duplicate = expectProblem(await rest('POST', `/actions/${action}/agencies`, { json: { agency: agency.body.id } }), 400, 'BAD_USER_INPUT');
    expect(duplicate.reason).toBe('DUPLICATE_LINK');
    const unlinked = await rest('DELETE', `/actions/${action}/agencies/${agency.body.id}`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.agencyIds).not.toContain(agency.body.id);
    const gone = expectProblem(await rest('DELETE', `/actions/${action}/agencies/${agency.body.id}`), 404, 'NOT_FOUND');
    expect(gone).toMatchObject({ reason: 'NOT_RESPONSIBLE', argument: 'path.agencyId' });
  });
});

describe('Idempotency-Key', () => {
  test('a retried create answers the first answer again, marked replayed, and writes once (one audit entry)', async () => {
    const key = `retry-${Date.now()}`;
    const input = { name: 'Recovery Café', description: 'Peer support, Fridays', phone: '020 7364 5000' };
    const first = await rest('POST', '/help-services', { json: input, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await rest('POST', '/help-services', { json: input, headers: { 'idempotency-key': key } });
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.text).toBe(first.text);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await auditCount(`mutation = 'createHelpService' AND "entityType" = 'HelpService' AND operation = 'CREATE'`)).toBe(1);
    const listed = await restAll('/help-services?first=100&fields=name');
    expect(listed.items.filter((h) => h.name === 'Recovery Café')).toHaveLength(1);

    const reused = expectProblem(
      await rest('POST', '/help-services', { json: { ...input, name: 'Another café' }, headers: { 'idempotency-key': key } }),
      409,
      'CONFLICT',
    );
    expect(reused).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'header.idempotency-key' });
  });

  test('a retried PATCH with the same key and If-Match is replayed, not refused as stale', async () => {
    const path = `/help-services/${(await rest('GET', '/help-services?first=1')).body.items[0].id}`;
    const current = await rest('GET', path);
    const headers = { 'if-match': current.headers.get('etag')!, 'idempotency-key': `patch-${Date.now()}` };
    const first = await rest('PATCH', path, { json: { audience: 'Adults' }, headers });
    expect(first.status).toBe(200);
    const retry = await rest('PATCH', path, { json: { audience: 'Adults' }, headers });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
  });
});

// ---- HTTP semantics -------------------------------------------------------------------------

describe('HTTP semantics', () => {
  const SAME = ['content-type', 'etag', 'link', 'x-total-count', 'cache-control', 'vary', 'content-length'];

  test('HEAD answers with the headers of GET and no body', async () => {
    for (const path of [`/actions/${ids.actions[0]}`, '/actions?first=3', `/actions/${ids.actions[0]}/progress`]) {
      const get = await rest('GET', path);
      const head = await rest('HEAD', path);
      expect(head.status).toBe(200);
      expect(head.text).toBe('');
      for (const h of SAME) expect({ path, header: h, value: head.headers.get(h) }).toEqual({ path, header: h, value: get.headers.get(h) });
    }
  });

  test('OPTIONS is 204 with Allow; another method is 405 with Allow, as problem+json', async () => {
    const allow: Record<string, string> = {
      '/actions': 'GET, POST, HEAD, OPTIONS',
      [`/actions/${ids.actions[0]}`]: 'GET, PATCH, HEAD, OPTIONS',
      [`/actions/${ids.actions[0]}/archive`]: 'POST, OPTIONS',
      [`/actions/${ids.actions[0]}/progress`]: 'GET, POST, HEAD, OPTIONS',
      [`/actions/${ids.actions[0]}/agencies/${ids.reset}`]: 'DELETE, OPTIONS',
      '/plans': 'GET, POST, HEAD, OPTIONS',
      '/changes': 'GET, HEAD, OPTIONS',
    };
    for (const [path, methods] of Object.entries(allow)) {
      const options = await rest('OPTIONS', path);
      expect({ path, status: options.status, allow: options.headers.get('allow'), text: options.text }).toEqual({
        path,
        status: 204,
        allow: methods,
        text: '',
      });
    }
    for (const [method, path] of [
      ['PUT', '/actions'],
      ['DELETE', `/actions/${ids.actions[0]}`],
      ['PUT', '/plans'],
      ['PATCH', '/changes'],
      ['GET', `/actions/${ids.actions[0]}/archive`],
    ]) {
      const res = await rest(method, path, method === 'GET' ? {} : { json: {} });
      expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
      expect({ method, path, allow: res.headers.get('allow') }).toEqual({ method, path, allow: allow[path] });
    }
  });

  test('406 for an Accept the route cannot answer; q-values and wildcards are honoured', async () => {
    const item = `/actions/${ids.actions[0]}`;
    expectProblem(await rest('GET', item, { headers: { accept: 'text/html' } }), 406, 'NOT_ACCEPTABLE');
    expectProblem(await rest('GET', '/pillars', { headers: { accept: 'application/xml' } }), 406, 'NOT_ACCEPTABLE');
    const actions = expectProblem(await rest('GET', '/actions', { headers: { accept: 'application/xml' } }), 406, 'NOT_ACCEPTABLE');
    expect(actions.detail).toMatch(/application\/json.*application\/x-ndjson.*text\/csv.*spreadsheetml/); // the feeds it also serves
    expectProblem(await rest('GET', item, { headers: { accept: 'application/json;q=0' } }), 406, 'NOT_ACCEPTABLE');
    for (const accept of ['application/json', 'application/*', '*/*', 'text/html;q=0.9, application/json;q=0.1', 'text/html, */*;q=0.1']) {
      const res = await rest('GET', item, { headers: { accept } });
      expect({ accept, status: res.status, type: res.headers.get('content-type') }).toEqual({ accept, status: 200, type: 'application/json; charset=utf-8' });
    }
  });

  test('415 for a body type the route does not read', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const res = await rest('POST', '/actions', { raw: type.includes('form') ? 'text=x' : '{"text":"x"}', headers: { 'content-type': type } });
      expect(expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE').detail).toMatch(/application\/json/);
    }
    const current = await rest('GET', `/actions/${ids.actions[0]}`);
    expectProblem(
      await rest('PATCH', `/actions/${ids.actions[0]}`, {
        raw: 'target=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'if-match': current.headers.get('etag')! },
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  test('answers are compressed with gzip or brotli when asked, to the same bytes', async () => {
    const path = `${REST}/actions?first=50`;
    const identity = await raw('GET', path);
    expect(identity.headers['content-encoding']).toBeUndefined();
    const gzip = await raw('GET', path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.bytes).equals(identity.bytes)).toBe(true);
    const br = await raw('GET', path, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.bytes).equals(identity.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(identity.bytes.length / 3);
    expect(String(gzip.headers.vary)).toMatch(/Accept-Encoding/);
  });

  test('CORS: a preflight for PATCH with If-Match and Idempotency-Key from the allowed origin passes; answers expose ETag, Link, Location', async () => {
    const preflight = await raw('OPTIONS', `${REST}/actions/${ids.actions[0]}`, {
      origin: ORIGIN,
      'access-control-request-method': 'PATCH',
      'access-control-request-headers': 'authorization, content-type, if-match, idempotency-key',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/PATCH/);
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'if-match', 'idempotency-key', 'if-none-match']));

    const list = await raw('GET', `${REST}/actions?first=2`, { origin: ORIGIN });
    expect(list.headers['access-control-allow-origin']).toBe(ORIGIN);
    const exposed = String(list.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'link', 'location', 'x-total-count', 'idempotent-replayed']));
    expect(String(list.headers.vary)).toMatch(/Origin/);

    const other = await raw('OPTIONS', `${REST}/actions/${ids.actions[0]}`, { origin: 'https://elsewhere.example', 'access-control-request-method': 'PATCH' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const otherGet = await raw('GET', `${REST}/actions?first=1`, { origin: 'https://elsewhere.example' });
    expect(otherGet.headers['access-control-allow-origin']).toBeUndefined();
  });
});

// ---- Problems -------------------------------------------------------------------------------

describe('problem+json', () => {
  test('each kind of error is a problem with type, title, status, detail and the GraphQL code; its type describes it', async () => {
    const item = `/actions/${ids.actions[0]}`;
    const cases: Array<[string, Promise<RestResponse>, number, string]> = [
      ['invalid input', rest('POST', '/actions', { json: { objectiveId: ids.objective, text: '' } }), 400, 'BAD_USER_INPUT'],
      ['malformed JSON', rest('POST', '/actions', { raw: '{"text":', headers: { 'content-type': 'application/json' } }), 400, 'BAD_REQUEST'],
      ['a key that is not valid', restClient(server.origin, 'cdp_aaaaaaaaaa_' + 'A'.repeat(43))('GET', '/actions'), 401, 'UNAUTHENTICATED'],
      ['a write without a key', anonymous('POST', '/actions', { json: { objectiveId: ids.objective, text: 'x' } }), 401, 'UNAUTHENTICATED'],
      ['a role that may not', asEditor('POST', '/agencies', { json: { name: 'Not allowed', kind: 'ROLE' } }), 403, 'FORBIDDEN'],
      ['no such record', rest('GET', '/actions/QWN0aW9uOjk5OTk5'), 404, 'NOT_FOUND'],
      ['no such route', rest('GET', '/nothing-here'), 404, 'NOT_FOUND'],
      ['a method the route does not take', rest('PUT', item), 405, 'METHOD_NOT_ALLOWED'],
      ['no acceptable type', rest('GET', item, { headers: { accept: 'image/png' } }), 406, 'NOT_ACCEPTABLE'],
      ['a body too large', rest('POST', '/actions', { json: { objectiveId: ids.objective, text: 'x'.repeat(300_000) } }), 413, 'PAYLOAD_TOO_LARGE'],
      ['a body of another type', rest('POST', '/actions', { raw: 'x', headers: { 'content-type': 'text/plain' } }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['no If-Match', rest('PATCH', item, { json: { text: 'x' } }), 428, 'PRECONDITION_REQUIRED'],
      ['a stale If-Match', rest('PATCH', item, { json: { text: 'x' }, headers: { 'if-match': '"v1-x"' } }), 412, 'CONFLICT'],
      [
        'a reused idempotency key',
        (async () => {
          await rest('POST', '/help-services', { json: { name: 'Once', description: 'x' }, headers: { 'idempotency-key': 'problem-case' } });
          return rest('POST', '/help-services', { json: { name: 'Twice', description: 'x' }, headers: { 'idempotency-key': 'problem-case' } });
        })(),
        409,
        'CONFLICT',
      ],
    ];
    for (const [what, response, status, code] of cases) {
      const res = await response;
      const problem = expectProblem(res, status, code);
      expect({ what, keys: Object.keys(problem).slice(0, 5) }).toEqual({ what, keys: ['type', 'title', 'status', 'detail', 'code'] });
      const description = await anonymous('GET', problem.type);
      expect({ what, status: description.status, body: description.body }).toEqual({
        what,
        status: 200,
        body: { code, status: expect.any(Number), title: expect.any(String) },
      });
    }
    const input = expectProblem(await rest('POST', '/actions', { json: { objectiveId: ids.objective, text: '', durationMonths: 0 } }), 400, 'BAD_USER_INPUT');
    expect(input.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.text', rule: expect.any(String), message: expect.any(String) }),
        expect.objectContaining({ path: 'body.durationMonths', rule: 'min' }),
      ]),
    );
    expectProblem(await anonymous('GET', '/problems/NO_SUCH_CODE'), 404, 'NOT_FOUND');
    // A target the router cannot read is refused before routing, in the REST shape under /api/v1.
    const target = await raw('GET', `${REST}/actions/%ZZ`);
    expect({ status: target.status, type: target.headers['content-type'], body: JSON.parse(target.bytes.toString()) }).toEqual({
      status: 400,
      type: 'application/problem+json; charset=utf-8',
      body: {
        type: `${REST}/problems/BAD_REQUEST`,
        title: 'Bad request',
        status: 400,
        detail: 'The request target is not a valid URL path.',
        code: 'BAD_REQUEST',
      },
    });
  });

  test('an answer over MAX_RESPONSE_BYTES is a 400 problem, and rate limits give 429 problem+json with Retry-After', async () => {
    const limited = await startServer({
      env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_ANONYMOUS_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000', MAX_RESPONSE_BYTES: '20000' },
    });
    try {
      const call = restClient(limited.origin);
      const big = expectProblem(await call('GET', '/actions?first=100'), 400, 'RESPONSE_TOO_LARGE');
      expect(big).toMatchObject({ maxBytes: 20000 });
      const statuses: number[] = [];
      let last: RestResponse | undefined;
      for (let i = 0; i < 4; i++) {
        last = await call('GET', '/pillars');
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429, 429]);
      const problem = expectProblem(last!, 429, 'RATE_LIMITED');
      expect(problem.retryAfter).toEqual(expect.any(Number));
      expect(last!.headers.get('retry-after')).toBe(String(problem.retryAfter));
    } finally {
      await limited.stop();
    }
  });
});
