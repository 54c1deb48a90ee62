/**
 * Risks on actions: createRisk, updateRisk, archiveRisk and restoreRisk (validation, versions,
 * idempotency, audit), the risks list and its filters, node(), Action.risks and who may write
 * them, against a real server with the Tower Hamlets plan. The tests share one server and run in
 * order; every risk they make is kept in `made`, from which the lists' expected answers are
 * computed.
 */
import { connect, connectAs, connectAsAdmin, type Api, type InputOf, type ResultOf } from '../support/api';
import { graphql } from '../support/generated';
import type { RiskFilter, RiskStatus } from '../support/generated/graphql';
import { globalId, missingId } from '../support/ids';
import { startServer, TestServer } from '../support/server';

// The fields the tests read of a risk, spread into the documents below.
graphql(`
  fragment RiskTestFields on Risk {
    id
    version
    createdAt
    updatedAt
    archivedAt
    description
    likelihood
    impact
    score
    mitigation
    status
    ownerAgency {
      id
      name
      shortName
    }
    action {
      id
    }
  }
`);

const CREATE = graphql(`
  mutation RiskCreate($input: CreateRiskInput!) {
    createRisk(input: $input) {
      replayed
      risk {
        ...RiskTestFields
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation RiskUpdate($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      replayed
      risk {
        ...RiskTestFields
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation RiskArchive($input: RecordVersionInput!) {
    archiveRisk(input: $input) {
      risk {
        id
        version
        archivedAt
      }
    }
  }
`);
const RESTORE = graphql(`
  mutation RiskRestore($input: RecordVersionInput!) {
    restoreRisk(input: $input) {
      risk {
        id
        version
        archivedAt
      }
    }
  }
`);
const LIST = graphql(`
  query RiskList($filter: RiskFilter, $first: Int, $after: String) {
    risks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        score
      }
    }
  }
`);
const ONE = graphql(`
  query RiskOne($id: ID!) {
    risk(id: $id) {
      ...RiskTestFields
    }
    node(id: $id) {
      __typename
      id
      ... on Risk {
        score
        status
        action {
          id
        }
      }
    }
  }
`);
const ACTION_RISKS = graphql(`
  query RiskActionRisks($id: ID!) {
    action(id: $id) {
      id
      risks {
        id
        score
      }
    }
  }
`);
const HISTORY = graphql(`
  query RiskHistory($id: ID!) {
    history(id: $id) {
      nodes {
        operation
        mutation
        actorName
        version
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
const SCOPES = graphql(`
  query RiskScopes {
    plan {
      pillars {
        nodes {
          id
          number
          priorities(first: 100) {
            nodes {
              objectives(first: 100) {
                nodes {
                  text
                  agencies {
                    id
                    shortName
                  }
                  actions(first: 3) {
                    nodes {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
const CREATE_AGENCY = graphql(`
  mutation RiskCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        id
        name
        version
      }
    }
  }
`);
const ARCHIVE_AGENCY = graphql(`
  mutation RiskArchiveAgency($input: RecordVersionInput!) {
    archiveAgency(input: $input) {
      agency {
        id
      }
    }
  }
`);
const ACTIONS_WITH_RISKS = graphql(`
  query RiskActionsWithRisks($pillarId: ID!) {
    actions(first: 100, filter: { pillarId: $pillarId }) {
      nodes {
        id
        risks {
          id
          score
          ownerAgency {
            name
          }
          action {
            id
          }
        }
      }
    }
  }
`);

type CreateInput = InputOf<typeof CREATE>;

/** What the tests know of each risk they made, to compute the lists' answers. */
interface Made {
  id: string;
  actionId: string;
  pillarId: string;
  ownerAgencyId: string | null;
  score: number;
  status: RiskStatus;
  archived: boolean;
}

/** Actions in a pillar, under an objective that RESET is (inside) or is not (outside) responsible for. */
interface Scope {
  pillarId: string;
  actionIds: string[];
}

let server: TestServer;
let admin: Api;
let inside: Scope;
let outside: Scope;
let resetId: string;
const made = new Map<string, Made>();
let counter = 0;
const unique = (what: string) => `${what} ${++counter}`;

async function created(input: CreateInput, api = admin) {
  const { risk } = await api.mutate(CREATE, input);
  const scope = [inside, outside].find((s) => s.actionIds.includes(String(input.actionId)))!;
  remember(risk, scope.pillarId);
  return risk;
}

type MadeRisk = { id: string; score: number; status: RiskStatus; ownerAgency: { id: string } | null; action: { id: string } };
function remember(risk: MadeRisk, pillarId: string): void {
  made.set(risk.id, {
    id: risk.id,
    actionId: risk.action.id,
    pillarId,
    ownerAgencyId: risk.ownerAgency?.id ?? null,
    score: risk.score,
    status: risk.status,
    archived: false,
  });
}

/** Keeps `made` in step with a risk as a mutation answered it. */
function track(risk: { id: string; score?: number; status?: RiskStatus; ownerAgency?: { id: string } | null; archivedAt?: string | null }) {
  const m = made.get(risk.id)!;
  if (risk.score !== undefined) m.score = risk.score;
  if (risk.status !== undefined) m.status = risk.status;
  if (risk.ownerAgency !== undefined) m.ownerAgencyId = risk.ownerAgency?.id ?? null;
  if (risk.archivedAt !== undefined) m.archived = risk.archivedAt !== null;
}

/** The live risks made so far that `keep` selects, as the list orders them: highest score first, then oldest. */
function expected(keep: (m: Made) => boolean): string[] {
  return [...made.values()]
    .filter((m) => !m.archived && keep(m))
    .sort(
      (a, b) =>
        b.score - a.score || Number(Buffer.from(a.id, 'base64').toString().split(':')[1]) - Number(Buffer.from(b.id, 'base64').toString().split(':')[1]),
    )
    .map((m) => m.id);
}

async function listed(filter: RiskFilter): Promise<string[]> {
  const { risks } = await admin.read(LIST, { filter, first: 100 });
  expect(risks.totalCount).toBe(risks.nodes.length);
  return risks.nodes.map((n) => n.id);
}

async function newAgency(): Promise<{ id: string; name: string; version: number }> {
  return (await admin.mutate(CREATE_AGENCY, { name: unique('Risk owner'), kind: 'ORGANISATION' })).agency;
}

beforeAll(async () => {
  server = await startServer({ env: { SQL_STATEMENT_COUNT: '1', RESPONSE_CACHE: 'false' } });
  admin = connectAsAdmin(server, 'Risk tests');
  const { plan } = await admin.read(SCOPES);
  const scopeOf = (number: number, objectiveText: string): Scope => {
    const pillar = plan.pillars.nodes.find((p) => p.number === number)!;
    const objective = pillar.priorities.nodes.flatMap((pr) => pr.objectives.nodes).find((o) => o.text === objectiveText)!;
    return { pillarId: pillar.id, actionIds: objective.actions.nodes.map((a) => a.id) };
  };
  // As in the access matrix: RESET is responsible for the first objective (pillar 1), not for the second (pillar 3).
  inside = scopeOf(1, 'Identify and intervene with victims of exploitation');
  outside = scopeOf(3, 'Tackling NOx use in the borough');
  const objectives = plan.pillars.nodes.flatMap((p) => p.priorities.nodes.flatMap((pr) => pr.objectives.nodes));
  const reset = objectives.find((o) => o.text === 'Identify and intervene with victims of exploitation')!.agencies.find((a) => a.shortName === 'RESET')!;
  expect(objectives.find((o) => o.text === 'Tackling NOx use in the borough')!.agencies.some((a) => a.shortName === 'RESET')).toBe(false);
  resetId = reset.id;
  expect(inside.actionIds.length).toBeGreaterThanOrEqual(2);
  expect(outside.actionIds.length).toBeGreaterThanOrEqual(2);
});
afterAll(() => server.stop());

test('createRisk records a risk on an action: its score, defaults, node(), Action.risks and its CREATE entry', async () => {
  const actionId = inside.actionIds[0];
  const risk = await created({ actionId, description: 'Outreach staff leave before the service is embedded', likelihood: 3, impact: 4 });
  expect(risk).toMatchObject({
    version: 1,
    archivedAt: null,
    description: 'Outreach staff leave before the service is embedded',
    likelihood: 3,
    impact: 4,
    score: 12,
    mitigation: null,
    status: 'OPEN',
    ownerAgency: null,
    action: { id: actionId },
  });

  const one = await admin.read(ONE, { id: risk.id });
  expect(one.risk).toEqual(risk);
  expect(one.node).toEqual({ __typename: 'Risk', id: risk.id, score: 12, status: 'OPEN', action: { id: actionId } });
  expect((await admin.read(ACTION_RISKS, { id: actionId })).action.risks).toEqual([{ id: risk.id, score: 12 }]);

  const { history } = await admin.read(HISTORY, { id: risk.id });
  expect(history.nodes).toHaveLength(1);
  expect(history.nodes[0]).toMatchObject({ operation: 'CREATE', mutation: 'createRisk', version: 1, actorName: expect.stringMatching(/^Risk tests/) });
  expect(history.nodes[0].changes).toEqual(
    expect.arrayContaining([
      { field: 'description', before: null, after: 'Outreach staff leave before the service is embedded' },
      { field: 'likelihood', before: null, after: 3 },
      { field: 'impact', before: null, after: 4 },
      { field: 'status', before: null, after: 'OPEN' },
    ]),
  );
});

test('the owner agency is named by its ID or any of its names; an unknown one is NOT_FOUND, an archived one BAD_USER_INPUT', async () => {
  const byShortName = await created({
    actionId: inside.actionIds[1],
    description: 'Referral pathway not agreed',
    likelihood: 2,
    impact: 5,
    ownerAgency: 'reset',
    mitigation: 'Escalate to the subgroup',
  });
  expect(byShortName.ownerAgency).toMatchObject({ id: resetId, shortName: 'RESET' });
  expect(byShortName).toMatchObject({ score: 10, mitigation: 'Escalate to the subgroup' });
  const agency = await newAgency();
  const byId = await created({ actionId: outside.actionIds[0], description: 'Monitoring equipment delayed', likelihood: 4, impact: 4, ownerAgency: agency.id });
  expect(byId.ownerAgency).toMatchObject({ id: agency.id, name: agency.name });

  const before = (await admin.read(LIST, { first: 0 })).risks.totalCount;
  const unknown = await admin.send(CREATE, {
    input: { actionId: inside.actionIds[0], description: 'd', likelihood: 1, impact: 1, ownerAgency: 'No such agency' },
  });
  expect(unknown.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.ownerAgency' });

  const gone = await newAgency();
  await admin.mutate(ARCHIVE_AGENCY, { id: gone.id, expectedVersion: gone.version });
  const archived = await admin.send(CREATE, { input: { actionId: inside.actionIds[0], description: 'd', likelihood: 1, impact: 1, ownerAgency: gone.name } });
  expect(archived.body.errors![0].extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ path: 'input.ownerAgency', rule: 'agencyArchived', message: expect.stringContaining('archived') }],
  });
  expect((await admin.read(LIST, { first: 0 })).risks.totalCount).toBe(before);
});

test('every problem of an input is reported at once, the archived owner agency with the field rules; nothing is written', async () => {
  const gone = await newAgency();
  await admin.mutate(ARCHIVE_AGENCY, { id: gone.id, expectedVersion: gone.version });
  const before = (await admin.read(LIST, { first: 0 })).risks.totalCount;
  const r = await admin.send(CREATE, {
    input: { actionId: inside.actionIds[0], description: '  ', likelihood: 0, impact: 6, mitigation: 'm'.repeat(2001), ownerAgency: gone.id },
  });
  expect(r.body.data?.createRisk ?? null).toBeNull();
  const error = r.body.errors![0];
  expect(error.extensions!.code).toBe('BAD_USER_INPUT');
  expect(error.extensions!.fields!.map((f) => [f.path, f.rule]).sort()).toEqual(
    [
      ['input.description', 'notBlank'],
      ['input.impact', 'max'],
      ['input.likelihood', 'min'],
      ['input.mitigation', 'maxLength'],
      ['input.ownerAgency', 'agencyArchived'],
    ].sort(),
  );
  for (const f of error.extensions!.fields!) expect(f.message).toContain(`"${f.path}"`);
  expect((await admin.read(LIST, { first: 0 })).risks.totalCount).toBe(before);

  const missingAction = await admin.send(CREATE, { input: { actionId: missingId('Action'), description: 'd', likelihood: 1, impact: 1 } });
  expect(missingAction.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.actionId' });
  const wrongType = await admin.send(CREATE, { input: { actionId: inside.pillarId, description: 'd', likelihood: 1, impact: 1 } });
  expect(wrongType.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.actionId', rule: 'idType' }] });
  const badStatus = await admin.sendInvalid(CREATE, { input: { actionId: inside.actionIds[0], description: 'd', likelihood: 1, impact: 1, status: 'MAYBE' } });
  expect(badStatus.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  expect((await admin.read(LIST, { first: 0 })).risks.totalCount).toBe(before);
});

test('updateRisk changes what it is given at expectedVersion; a stale version is a CONFLICT; null clears the optional fields', async () => {
  const risk = await created({
    actionId: inside.actionIds[0],
    description: 'Premises lease ends',
    likelihood: 2,
    impact: 2,
    ownerAgency: 'RESET',
    mitigation: 'Look for new premises',
  });
  const { risk: rated } = await admin.mutate(UPDATE, { id: risk.id, expectedVersion: 1, likelihood: 5, status: 'OPEN' });
  track(rated);
  expect(rated).toMatchObject({ version: 2, likelihood: 5, impact: 2, score: 10, description: 'Premises lease ends', ownerAgency: { id: resetId } });

  const stale = await admin.send(UPDATE, { input: { id: risk.id, expectedVersion: 1, impact: 5 } });
  expect(stale.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.expectedVersion', currentVersion: 2 });

  const { risk: cleared } = await admin.mutate(UPDATE, { id: risk.id, expectedVersion: 2, ownerAgency: null, mitigation: null, status: 'CLOSED' });
  track(cleared);
  expect(cleared).toMatchObject({ version: 3, ownerAgency: null, mitigation: null, status: 'CLOSED', score: 10 });

  // Nothing to change: nothing is written, the version stays.
  const { risk: same } = await admin.mutate(UPDATE, { id: risk.id, expectedVersion: 3, status: 'CLOSED', likelihood: 5 });
  expect(same.version).toBe(3);

  const required = await admin.send(UPDATE, { input: { id: risk.id, expectedVersion: 3, description: null, likelihood: null } });
  // Both fields at once, each with the rules a null breaks.
  const refused = required.body.errors![0].extensions!.fields!.map((f) => [f.path, f.rule]);
  expect(refused).toEqual(
    expect.arrayContaining([
      ['input.description', 'isString'],
      ['input.likelihood', 'isInt'],
    ]),
  );
  expect(new Set(refused.map(([path]) => path))).toEqual(new Set(['input.description', 'input.likelihood']));
  const missing = await admin.send(UPDATE, { input: { id: missingId('Risk'), expectedVersion: 1, impact: 1 } });
  expect(missing.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.id' });

  const { history } = await admin.read(HISTORY, { id: risk.id });
  expect(history.nodes.map((n) => [n.operation, n.mutation, n.version])).toEqual([
    ['CREATE', 'createRisk', 1],
    ['UPDATE', 'updateRisk', 2],
    ['UPDATE', 'updateRisk', 3],
  ]);
  expect(history.nodes[1].changes).toEqual([{ field: 'likelihood', before: 2, after: 5 }]);
  expect(history.nodes[2].changes).toEqual(
    expect.arrayContaining([
      { field: 'ownerAgencyId', before: Number(Buffer.from(resetId, 'base64').toString().split(':')[1]), after: null },
      { field: 'mitigation', before: 'Look for new premises', after: null },
      { field: 'status', before: 'OPEN', after: 'CLOSED' },
    ]),
  );
});

test('archiveRisk takes a risk out of the lists and Action.risks, node() still finds it; restoreRisk brings it back', async () => {
  const actionId = inside.actionIds[1];
  const risk = await created({ actionId, description: 'Data sharing agreement lapses', likelihood: 1, impact: 3 });
  const { risk: gone } = await admin.mutate(ARCHIVE, { id: risk.id, expectedVersion: 1 });
  track(gone);
  expect(gone).toMatchObject({ version: 2, archivedAt: expect.any(String) });
  expect(await listed({ pillarId: inside.pillarId })).not.toContain(risk.id);
  expect((await admin.read(ACTION_RISKS, { id: actionId })).action.risks.map((r) => r.id)).not.toContain(risk.id);
  expect((await admin.read(ONE, { id: risk.id })).node).toMatchObject({ __typename: 'Risk', id: risk.id });

  const again = await admin.send(ARCHIVE, { input: { id: risk.id, expectedVersion: 2 } });
  expect(again.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.id', rule: 'notArchived' }] });
  const stale = await admin.send(RESTORE, { input: { id: risk.id, expectedVersion: 1 } });
  expect(stale.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

  const { risk: back } = await admin.mutate(RESTORE, { id: risk.id, expectedVersion: 2 });
  track(back);
  expect(back).toEqual({ id: risk.id, version: 3, archivedAt: null });
  expect((await admin.read(ACTION_RISKS, { id: actionId })).action.risks.map((r) => r.id)).toContain(risk.id);
  const notArchived = await admin.send(RESTORE, { input: { id: risk.id, expectedVersion: 3 } });
  expect(notArchived.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.id', rule: 'archived' }] });
  expect((await admin.read(HISTORY, { id: risk.id })).history.nodes.map((n) => [n.operation, n.mutation])).toEqual([
    ['CREATE', 'createRisk'],
    ['ARCHIVE', 'archiveRisk'],
    ['RESTORE', 'restoreRisk'],
  ]);
});

test('an idempotency key replays the first result and writes once; the same key with another input is a CONFLICT', async () => {
  const input = { actionId: outside.actionIds[1], description: 'Contractor withdraws', likelihood: 2, impact: 3, idempotencyKey: unique('risk-key') };
  const first = await created(input);
  const total = (await admin.read(LIST, { first: 0 })).risks.totalCount;
  const replay = await admin.mutate(CREATE, input);
  expect(replay).toEqual({ replayed: true, risk: first });
  expect((await admin.read(LIST, { first: 0 })).risks.totalCount).toBe(total);
  const reused = await admin.send(CREATE, { input: { ...input, impact: 4 } });
  expect(reused.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
});

test('risks lists live risks highest score first, filtered by pillar, owner agency, minimum score and status, in pages', async () => {
  const owner = await newAgency();
  await created({ actionId: outside.actionIds[0], description: 'Severe and certain', likelihood: 5, impact: 5, ownerAgency: owner.name });
  await created({ actionId: inside.actionIds[0], description: 'Unlikely but severe', likelihood: 1, impact: 5, ownerAgency: owner.id, status: 'CLOSED' });
  await created({ actionId: inside.actionIds[1], description: 'Likely, moderate', likelihood: 4, impact: 3, ownerAgency: 'RESET' });

  expect(await listed({})).toEqual(expected(() => true));
  expect(await listed({ pillarId: inside.pillarId })).toEqual(expected((m) => m.pillarId === inside.pillarId));
  expect(await listed({ pillarId: outside.pillarId })).toEqual(expected((m) => m.pillarId === outside.pillarId));
  expect(await listed({ actionId: inside.actionIds[0] })).toEqual(expected((m) => m.actionId === inside.actionIds[0]));
  expect(expected((m) => m.actionId === inside.actionIds[0]).length).toBeGreaterThanOrEqual(3);
  expect(await listed({ agency: 'RESET' })).toEqual(expected((m) => m.ownerAgencyId === resetId));
  expect(await listed({ agency: owner.id })).toEqual(expected((m) => m.ownerAgencyId === owner.id));
  expect(await listed({ agency: owner.name.toUpperCase() })).toHaveLength(2);
  expect(await listed({ minScore: 12 })).toEqual(expected((m) => m.score >= 12));
  expect(await listed({ minScore: 25 })).toEqual(expected((m) => m.score === 25));
  expect(await listed({ status: ['CLOSED'] })).toEqual(expected((m) => m.status === 'CLOSED'));
  expect(await listed({ status: ['OPEN', 'CLOSED'] })).toEqual(expected(() => true));
  const combined = (m: Made) => m.pillarId === inside.pillarId && m.status === 'OPEN' && m.score >= 10;
  expect(await listed({ pillarId: inside.pillarId, status: ['OPEN'], minScore: 10 })).toEqual(expected(combined));
  expect(expected(combined).length).toBeGreaterThanOrEqual(2);
  // An agency that owns nothing is an empty list; one that does not exist is NOT_FOUND.
  expect(await listed({ agency: (await newAgency()).name })).toEqual([]);
  const unknown = await admin.send(LIST, { filter: { agency: 'No such agency' } });
  expect(unknown.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.agency' });
  const badScore = await admin.send(LIST, { filter: { minScore: 26 } });
  expect(badScore.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.minScore', rule: 'max' }] });
  const badPillar = await admin.send(LIST, { filter: { pillarId: inside.actionIds[0] } });
  expect(badPillar.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.pillarId', rule: 'idType' }] });

  // Pages of two, first/after, as the other lists.
  const all = expected(() => true);
  const pages: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { risks }: ResultOf<typeof LIST> = await admin.read(LIST, { first: 2, after });
    expect(risks.totalCount).toBe(all.length);
    pages.push(...risks.nodes.map((n) => n.id));
    if (!risks.pageInfo.hasNextPage) break;
    after = risks.pageInfo.endCursor;
  }
  expect(pages).toEqual(all);
});

test('Action.risks is loaded in one batch: the statements of a list of actions do not grow with the actions that have risks', async () => {
  const statements = async () => {
    const r = await admin.send(ACTIONS_WITH_RISKS, { pillarId: outside.pillarId });
    expect(r.body.errors).toBeUndefined();
    return { count: Number(r.headers.get('x-sql-statements')), data: r.body.data! };
  };
  const before = await statements();
  for (const actionId of outside.actionIds) await created({ actionId, description: unique('Spread risk'), likelihood: 2, impact: 2, ownerAgency: 'RESET' });
  const after = await statements();
  const withRisks = (data: typeof after.data) => data.actions.nodes.filter((a) => a.risks.length > 0).length;
  expect(withRisks(after.data)).toBeGreaterThan(withRisks(before.data));
  expect(withRisks(after.data)).toBeGreaterThanOrEqual(outside.actionIds.length);
  expect(after.count).toBe(before.count);
  for (const action of after.data.actions.nodes) {
    for (const risk of action.risks) expect(risk.action.id).toBe(action.id);
    expect(action.risks.map((r) => r.score)).toEqual([...action.risks.map((r) => r.score)].sort((a, b) => b - a));
  }
});

describe('who may write risks', () => {
  let pillarLead: Api;
  let editor: Api;
  let reader: Api;
  let anonymous: Api;
  beforeAll(() => {
    pillarLead = connectAs(server, { role: 'pillar_lead', pillar: '1', name: 'Risk pillar lead' });
    editor = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET risk register' });
    reader = connectAs(server, { role: 'reader', name: 'Risk reader' });
    anonymous = connect(server);
  });

  /** Create, update, archive and restore as `api` on a risk of `scope`'s action; the codes each answered with (null: allowed). */
  async function lifecycle(api: Api, scope: Scope): Promise<Array<string | null>> {
    const code = (r: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) => r.body.errors?.[0]?.extensions?.code ?? null;
    const actionId = scope.actionIds[0];
    const create = await api.send(CREATE, { input: { actionId, description: unique('Scoped risk'), likelihood: 2, impact: 2 } });
    if (create.body.data?.createRisk) remember(create.body.data.createRisk.risk, scope.pillarId);
    const risk = create.body.data?.createRisk?.risk ?? (await created({ actionId, description: unique('Admin risk'), likelihood: 2, impact: 2 }));
    const update = await api.send(UPDATE, { input: { id: risk.id, expectedVersion: 1, mitigation: unique('Mitigation') } });
    const version = (await admin.read(ONE, { id: risk.id })).risk.version;
    const archive = await api.send(ARCHIVE, { input: { id: risk.id, expectedVersion: version } });
    if (archive.body.errors) await admin.mutate(ARCHIVE, { id: risk.id, expectedVersion: version });
    const restore = await api.send(RESTORE, { input: { id: risk.id, expectedVersion: version + 1 } });
    if (restore.body.errors) await admin.mutate(RESTORE, { id: risk.id, expectedVersion: version + 1 });
    return [code(create), code(update), code(archive), code(restore)];
  }

  test('a pillar lead writes risks within its pillar only', async () => {
    expect(await lifecycle(pillarLead, inside)).toEqual([null, null, null, null]);
    expect(await lifecycle(pillarLead, outside)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  test("an agency editor writes risks on its agency's actions only", async () => {
    expect(await lifecycle(editor, inside)).toEqual([null, null, null, null]);
    expect(await lifecycle(editor, outside)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  test('a reader may not write risks, and nobody without a key; both may read them', async () => {
    expect(await lifecycle(reader, inside)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await lifecycle(anonymous, inside)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const [{ id }] = (await admin.read(LIST, { filter: { pillarId: inside.pillarId }, first: 1 })).risks.nodes;
    expect((await reader.read(ONE, { id })).risk.id).toBe(id);
    expect((await anonymous.read(LIST, { first: 1 })).risks.nodes).toHaveLength(1);
  });

  test("a pillar lead's refusal on an unknown risk is a refusal, not a NOT_FOUND that would tell it the risk exists elsewhere", async () => {
    const r = await pillarLead.send(UPDATE, { input: { id: globalId('Risk', 99999), expectedVersion: 1, impact: 1 } });
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
  });
});
