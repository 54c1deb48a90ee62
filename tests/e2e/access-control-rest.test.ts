import {
  allowed,
  refusalReason,
  CASES,
  type InputFor,
  type Matrix,
  type MutationName,
  MUTATIONS,
  ROLES,
  type RoleName,
  type Scope,
  startMatrix,
  untilCounted,
} from '../support/access-matrix';
import { expectProblem, type Problem, restClient, type RestCall } from '../support/rest';

/**
 * The access matrix of access-control.test.ts over REST: the same roles, scopes, cases and
 * expected allow or deny (support/access-matrix.ts), each mutation sent as its REST call. Allowed
 * calls answer 200 (201 with a Location that reads back for a create); refused ones 401
 * UNAUTHENTICATED without a key and 403 FORBIDDEN otherwise, as problem+json, and leave every table
 * as it was, compared row by row, the data revision included; a key's refusal is one DENIED audit
 * entry whose message is the problem's detail, a refusal without a key is counted, not logged.
 */
let matrix: Matrix;
const clients = {} as Record<RoleName, RestCall>;

/** One REST write: the route, its JSON body, and the record whose ETag goes in If-Match (the version the case read). */
interface RestWrite {
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
  ifMatch?: { path: string; version: number };
  created?: boolean;
}

/** The REST resource of each versioned record type. */
const RESOURCE = {
  Plan: 'plans',
  Pillar: 'pillars',
  NationalOutcome: 'national-outcomes',
  Priority: 'priorities',
  Objective: 'objectives',
  Action: 'actions',
  Agency: 'agencies',
  OutcomeMeasure: 'outcome-measures',
  Reprocurement: 'reprocurements',
  HelpService: 'help-services',
  Risk: 'risks',
} as const;
type RecordType = keyof typeof RESOURCE;

const create =
  (type: RecordType) =>
  (input: object): RestWrite => ({ method: 'POST', path: `/${RESOURCE[type]}`, body: { ...input }, created: true });
const update =
  (type: RecordType) =>
  ({ id, expectedVersion, ...patch }: { id: string | number; expectedVersion: number }): RestWrite => ({
    method: 'PATCH',
    path: `/${RESOURCE[type]}/${id}`,
    body: patch,
    ifMatch: { path: `/${RESOURCE[type]}/${id}`, version: expectedVersion },
  });
const transition =
  (type: RecordType, segment: 'archive' | 'restore') =>
  ({ id, expectedVersion }: { id: string | number; expectedVersion: number }): RestWrite => ({
    method: 'POST',
    path: `/${RESOURCE[type]}/${id}/${segment}`,
    ifMatch: { path: `/${RESOURCE[type]}/${id}`, version: expectedVersion },
  });
const crud = (type: RecordType) => ({ create: create(type), update: update(type), archive: transition(type, 'archive'), restore: transition(type, 'restore') });
const [plan, pillar, outcome, priority, objective, action, agency, measure, reprocurement, helpService, risk] = (
  ['Plan', 'Pillar', 'NationalOutcome', 'Priority', 'Objective', 'Action', 'Agency', 'OutcomeMeasure', 'Reprocurement', 'HelpService', 'Risk'] as const
).map(crud);

/** Mutations the REST API does not serve (key management and merging agencies are GraphQL and CLI only). */
const NOT_ON_REST = 'not on REST';

/** Each mutation as its REST call; keyed by the SDK's mutations, so a new one does not compile until it is mapped here. */
const REST_CALLS: { [M in MutationName]: ((input: InputFor<M>) => RestWrite) | typeof NOT_ON_REST } = {
  createPlan: plan.create,
  updatePlan: plan.update,
  agreePlan: ({ id, expectedVersion, ...body }) => ({
    method: 'POST',
    path: `/plans/${id}/agree`,
    body,
    ifMatch: { path: `/plans/${id}`, version: expectedVersion },
  }),
  rollOverPlan: ({ fromPlanId, ...body }) => ({ method: 'POST', path: `/plans/${fromPlanId}/roll-over`, body }),
  createPillar: pillar.create,
  createNationalOutcome: outcome.create,
  updateNationalOutcome: outcome.update,
  archiveNationalOutcome: outcome.archive,
  restoreNationalOutcome: outcome.restore,
  updatePillar: pillar.update,
  archivePillar: pillar.archive,
  restorePillar: pillar.restore,
  createPriority: priority.create,
  updatePriority: priority.update,
  archivePriority: priority.archive,
  restorePriority: priority.restore,
  createObjective: objective.create,
  updateObjective: objective.update,
  archiveObjective: objective.archive,
  restoreObjective: objective.restore,
  createAction: action.create,
  updateAction: action.update,
  archiveAction: action.archive,
  restoreAction: action.restore,
  recordProgress: ({ actionId, ...body }) => ({ method: 'POST', path: `/actions/${actionId}/progress`, body }),
  correctProgressUpdate: ({ id, ...body }) => ({ method: 'POST', path: `/progress-updates/${id}/correct`, body }),
  withdrawProgressUpdate: ({ id, ...body }) => ({ method: 'POST', path: `/progress-updates/${id}/withdraw`, body }),
  addObjectiveAgency: ({ objectiveId, ...body }) => ({ method: 'POST', path: `/objectives/${objectiveId}/agencies`, body }),
  removeObjectiveAgency: ({ objectiveId, agencyId }) => ({ method: 'DELETE', path: `/objectives/${objectiveId}/agencies/${agencyId}` }),
  addActionAgency: ({ actionId, ...body }) => ({ method: 'POST', path: `/actions/${actionId}/agencies`, body }),
  removeActionAgency: ({ actionId, agencyId }) => ({ method: 'DELETE', path: `/actions/${actionId}/agencies/${agencyId}` }),
  createOutcomeMeasure: measure.create,
  updateOutcomeMeasure: measure.update,
  archiveOutcomeMeasure: measure.archive,
  restoreOutcomeMeasure: measure.restore,
  recordMeasureValue: ({ measureId, ...body }) => ({ method: 'POST', path: `/outcome-measures/${measureId}/values`, body }),
  createAgency: agency.create,
  updateAgency: agency.update,
  archiveAgency: agency.archive,
  restoreAgency: agency.restore,
  mergeAgencies: NOT_ON_REST,
  createReprocurement: reprocurement.create,
  updateReprocurement: reprocurement.update,
  setReprocurementStatus: ({ id, expectedVersion, ...body }) => ({
    method: 'POST',
    path: `/reprocurements/${id}/status`,
    body,
    ifMatch: { path: `/reprocurements/${id}`, version: expectedVersion },
  }),
  archiveReprocurement: reprocurement.archive,
  restoreReprocurement: reprocurement.restore,
  openRound: ({ ...body }) => ({ method: 'POST', path: '/rounds', body, created: true }),
  signOffPillar: ({ roundId, ...body }) => ({ method: 'POST', path: `/rounds/${roundId}/sign-offs`, body }),
  closeRound: ({ roundId, ...body }) => ({ method: 'POST', path: `/rounds/${roundId}/close`, body }),
  createRisk: risk.create,
  updateRisk: risk.update,
  archiveRisk: risk.archive,
  restoreRisk: risk.restore,
  createHelpService: helpService.create,
  updateHelpService: helpService.update,
  archiveHelpService: helpService.archive,
  restoreHelpService: helpService.restore,
  createApiKey: NOT_ON_REST,
  revokeApiKey: NOT_ON_REST,
  rotateApiKey: NOT_ON_REST,
};
const ON_REST = MUTATIONS.filter((m) => REST_CALLS[m] !== NOT_ON_REST);
let anonymousRefusals = 0;

beforeAll(async () => {
  matrix = await startMatrix();
  for (const role of ROLES) clients[role] = restClient(matrix.server.origin, matrix.headers[role].authorization?.replace(/^Bearer /, ''));
});
afterAll(() => matrix?.stop());

test('every mutation in the schema is a REST call here, or listed as not on REST', async () => {
  const { body } = await matrix.as('admin', '{ __schema { mutationType { fields { name } } } }');
  expect(body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort()).toEqual([...MUTATIONS].sort());
  expect(MUTATIONS.filter((m) => REST_CALLS[m] === NOT_ON_REST).sort()).toEqual(['createApiKey', 'mergeAgencies', 'revokeApiKey', 'rotateApiKey']);
});

test("the matrix's REST calls are exactly the server's REST write routes (each named by its mutation in the OpenAPI document)", async () => {
  const res = await clients.anonymous('GET', '/openapi.json');
  expect(res.status).toBe(200);
  const writes: string[] = [];
  for (const [path, item] of Object.entries(res.body.paths as Record<string, Record<string, { operationId?: string }>>)) {
    if (!path.startsWith('/api/v1')) continue;
    for (const method of ['post', 'patch', 'put', 'delete']) if (item[method]) writes.push(item[method].operationId ?? `${method} ${path}`);
  }
  expect(writes.sort()).toEqual([...ON_REST].sort());
});

describe.each(ON_REST)('%s over REST', (mutation) => {
  const build = CASES[mutation] as (s: Scope) => Promise<InputFor<typeof mutation>>;
  const toRest = REST_CALLS[mutation] as (input: InputFor<typeof mutation>) => RestWrite;
  test.each(ROLES.flatMap((role) => [[role, 'inside'] as const, [role, 'outside'] as const]))('%s, %s its scope', async (role, where) => {
    const input = await build(where === 'inside' ? matrix.inside : matrix.outside);
    const call = toRest(input);
    const headers: Record<string, string> = {};
    if (call.ifMatch) {
      // The ETag a client read (as admin: every role reads the same record), which carries the version the case read.
      const read = await clients.admin('GET', call.ifMatch.path);
      expect(read.status).toBe(200);
      expect(read.headers.get('etag')).toMatch(new RegExp(`^"v${call.ifMatch.version}-`));
      headers['if-match'] = read.headers.get('etag')!;
    }
    const before = await matrix.snapshot();
    const auditBefore = await matrix.lastAuditId();
    const res = await clients[role](call.method, call.path, { ...(call.body ? { json: call.body } : {}), headers });
    if (allowed(role, mutation, where === 'inside')) {
      expect({ status: res.status, body: res.body }).toMatchObject({ status: call.created ? 201 : 200, body: { id: expect.any(String) } });
      expect(res.headers.get('etag')).toMatch(/^"v\d+-/);
      if (call.created) {
        const location = res.headers.get('location')!;
        expect(location).toBe(`/api/v1${call.path}/${encodeURIComponent(res.body.id)}`);
        expect((await clients.admin('GET', location)).body).toEqual(res.body);
      }
    } else {
      let problem: Problem;
      if (role === 'anonymous') {
        problem = expectProblem(res, 401, 'UNAUTHENTICATED');
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
      } else {
        problem = expectProblem(res, 403, 'FORBIDDEN');
        // ROLE when the role may never do this; SCOPE when it may, but not on this record; WORDING for a shared record's wording.
        expect(problem.reason).toBe(refusalReason(role, mutation, where === 'inside'));
      }
      expect(await matrix.snapshot()).toEqual(before);
      if (role === 'anonymous') {
        anonymousRefusals++;
        expect(await matrix.auditRowsAfter(auditBefore)).toEqual([]); // counted, not logged row by row
      } else {
        expect(await matrix.auditRowsAfter(auditBefore)).toEqual([{ operation: 'DENIED', mutation }]);
        const changes = JSON.parse((await matrix.deniedEntriesAfter(auditBefore))[0].changes) as Array<{ field: string; after: unknown }>;
        expect(changes.map((c) => c.field)).toEqual(['code', 'reason', 'message', 'inputBytes', 'inputSha256']);
        expect(changes[0].after).toBe('FORBIDDEN');
        expect(changes[1].after).toBe(problem.reason);
        expect(changes[2].after).toBe(problem.detail);
        expect(changes[3].after).toBeGreaterThan(JSON.stringify(input).length / 2);
        expect(changes[4].after).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });
});

test('anonymous refusals over REST are all counted, per mutation, with no input values', async () => {
  expect(anonymousRefusals).toBe(2 * ON_REST.length);
  const anonymous = async () => (await matrix.denialCounts()).filter((c) => c.actorKind === 'ANONYMOUS');
  const counts = await untilCounted(anonymous, (rows) => rows.reduce((n, r) => n + r.count, 0) >= anonymousRefusals);
  expect(counts.reduce((n, r) => n + r.count, 0)).toBe(anonymousRefusals);
  for (const c of counts) expect(c).toMatchObject({ keyPrefix: '', reason: 'NO_KEY', count: 2 });
  expect(counts.map((c) => c.operation).sort()).toEqual([...ON_REST].sort());
});

test('the audit log and the change history need a key over REST too', async () => {
  expectProblem(await clients.anonymous('GET', `/history/${matrix.inside.actionId}`), 401, 'UNAUTHENTICATED');
  expectProblem(await clients.anonymous('GET', '/changes'), 401, 'UNAUTHENTICATED');
  expect((await clients.reader('GET', `/history/${matrix.inside.actionId}`)).status).toBe(200);
  const denied = await clients.admin('GET', '/changes?entityType=Denied&first=1');
  expect(denied.status).toBe(200);
  expect(denied.body.totalCount).toBeGreaterThan(0);
  expect(denied.body.items[0].operation).toBe('DENIED');
});
