import type { TypedDocument } from '@cdp/sdk';
import { connectAsAdmin, post, type Api, type ErrorEntry, type InputOf, type RecordOf, type ResultOf } from '../support/api';
import { graphql } from '../support/generated';
import type { RecordVersionInput } from '../support/generated/graphql';
import { missingId, rowId } from '../support/ids';
import { startServer, TestServer } from '../support/server';

/**
 * The plan's mutations over HTTP: each one works (read back through a query, one audit entry with
 * field-level before and after), and each fails cleanly on bad input (a typed error naming the
 * field, and nothing changed: the record as a query returns it and the size of the audit log).
 * A mutation and the query that reads its record back share a fragment, so the two compare whole.
 */

/** Writes are attributed to the key that made them: its name and public prefix. */
const ACTOR = /^CDP coordinator \(key [a-z0-9]{10}\)$/;
let server: TestServer;
/** Every request of these tests sends the coordinator's (admin) key; access rules are tested in access-control.test.ts. */
let api: Api;

beforeAll(async () => {
  server = await startServer();
  api = connectAsAdmin(server, 'CDP coordinator');
});
afterAll(() => server.stop());

/** A mutation document `mutation($input: X!) { name(input: $input) { <record> replayed } }`. */
type MutationDocument<TData, TInput> = TypedDocument<TData, { input: TInput }>;

/** Runs a mutation that must succeed (no errors, not a replay); the record of its payload. */
async function mutate<TData, TInput>(doc: MutationDocument<TData, TInput>, input: TInput): Promise<RecordOf<TData>> {
  const payload = await api.mutate(doc, input);
  expect(payload).toHaveProperty('replayed', false);
  return Object.values(payload as object).find((v) => typeof v === 'object') as RecordOf<TData>;
}

const HISTORY = graphql(`
  query MutationsHistory($id: ID!) {
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
type Entry = ResultOf<typeof HISTORY>['history']['nodes'][number];

async function history(id: string): Promise<Entry[]> {
  return (await api.read(HISTORY, { id })).history.nodes;
}

/** The one audit entry a mutation wrote for a record (the last), after checking there are `count`. */
async function lastEntry(id: string, count: number): Promise<Entry> {
  const entries = await history(id);
  expect(entries).toHaveLength(count);
  const entry = entries[entries.length - 1];
  expect(entry.actorName).toMatch(ACTOR);
  return entry;
}

/**
 * The fields an error names: the paths of a validation failure (BAD_USER_INPUT, one shape for every
 * stage: variables, class-validator, the services' rules), or the argument of a NOT_FOUND or CONFLICT.
 * Every field problem has a path, a rule and a message naming the path.
 */
function namedFields(error: ErrorEntry | undefined): string[] {
  if (!error) return [];
  const ext = error.extensions ?? {};
  if (ext.code === 'BAD_USER_INPUT') {
    expect(ext.argument).toBeUndefined();
    expect(ext.fields).toEqual(expect.any(Array));
    for (const f of ext.fields ?? [])
      expect(f).toEqual({ path: expect.any(String), rule: expect.stringMatching(/^[a-z][A-Za-z0-9]*$/), message: expect.stringContaining(`"${f.path}"`) });
  }
  return [ext.argument, ...(ext.fields ?? []).map((f) => f.path)].filter((f): f is string => !!f).map((f) => f.replace(/^input\./, '').replace(/\.\d+$/, ''));
}

const AUDIT_SIZE = graphql(`
  query MutationsAuditSize {
    changes(first: 0) {
      totalCount
    }
  }
`);
const auditSize = async () => (await api.read(AUDIT_SIZE)).changes.totalCount;

/**
 * Expects `doc` with `input` to be rejected with `code`, naming `field`, and nothing to change:
 * `look()` (a query of the record) and the size of the audit log are the same before and after.
 */
async function expectRejected<TData, TInput>(
  look: () => Promise<unknown>,
  doc: MutationDocument<TData, TInput>,
  input: TInput,
  code: string,
  field: string,
): Promise<ErrorEntry> {
  return rejected(look, doc, input, code, field);
}

/**
 * expectRejected for an input the schema itself refuses (an enum value it does not have): the
 * field names are checked against the input type, their values are sent unchecked.
 */
async function expectRejectedUnchecked<TData, TInput>(
  look: () => Promise<unknown>,
  doc: MutationDocument<TData, TInput>,
  input: { [K in keyof TInput]?: unknown },
  code: string,
  field: string,
): Promise<ErrorEntry> {
  return rejected(look, doc, input, code, field);
}

async function rejected<TData>(
  look: () => Promise<unknown>,
  doc: TypedDocument<TData, never>,
  input: unknown,
  code: string,
  field: string,
): Promise<ErrorEntry> {
  const before = { record: await look(), audit: await auditSize() };
  const { body } = await post(api.url, doc, { input }, api.headers);
  const error = body.errors?.[0];
  expect({ input, code: error?.extensions?.code, fields: namedFields(error) }).toEqual({ input, code, fields: expect.arrayContaining([field]) });
  expect(body.data ? Object.values(body.data as object)[0] : null).toBeNull();
  expect({ record: await look(), audit: await auditSize() }).toEqual(before);
  return error!;
}

// ---------------------------------------------------------------------------------------------
// Fixtures: seeded records to hang new ones under

interface Seeded {
  pillarId: string;
  priorityId: string;
  objectiveIds: string[];
  actionId: string;
  outcomeId: string;
  percentMeasureId: string;
}
let seeded: Seeded;

const SEEDED = graphql(`
  query MutationsSeeded {
    pillars(first: 1) {
      nodes {
        id
      }
    }
    priorities(first: 1) {
      nodes {
        id
      }
    }
    objectives(first: 3) {
      nodes {
        id
      }
    }
    actions(first: 1) {
      nodes {
        id
      }
    }
    nationalOutcomes(first: 1) {
      nodes {
        id
      }
    }
    outcomeMeasures(first: 100) {
      nodes {
        id
        unit
      }
    }
  }
`);

beforeAll(async () => {
  const data = await api.read(SEEDED);
  seeded = {
    pillarId: data.pillars.nodes[0].id,
    priorityId: data.priorities.nodes[0].id,
    objectiveIds: data.objectives.nodes.map((n) => n.id),
    actionId: data.actions.nodes[0].id,
    outcomeId: data.nationalOutcomes.nodes[0].id,
    percentMeasureId: data.outcomeMeasures.nodes.find((m) => m.unit === 'PERCENT')!.id,
  };
});

// ---------------------------------------------------------------------------------------------
// Priorities

graphql(`
  fragment MutationsPriority on Priority {
    id
    version
    title
    strategyName
    strategyNarrative
    position
    archivedAt
    pillar {
      id
    }
  }
`);
const CREATE_PRIORITY = graphql(`
  mutation MutationsCreatePriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      priority {
        ...MutationsPriority
      }
      replayed
    }
  }
`);
const UPDATE_PRIORITY = graphql(`
  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {
    updatePriority(input: $input) {
      priority {
        ...MutationsPriority
      }
      replayed
    }
  }
`);
const PRIORITY = graphql(`
  query MutationsPriority($id: ID!) {
    priority(id: $id) {
      ...MutationsPriority
    }
  }
`);
const lookPriority = (id: string) => async () => (await api.read(PRIORITY, { id })).priority;

describe('priorities', () => {
  test('createPriority adds a priority at the end of its pillar', async () => {
    const created = await mutate(CREATE_PRIORITY, { pillarId: seeded.pillarId, title: 'Reduce drug-related litter', strategyName: 'Cleaner streets' });
    expect(await lookPriority(created.id)()).toEqual({
      ...created,
      title: 'Reduce drug-related litter',
      strategyName: 'Cleaner streets',
      strategyNarrative: null,
      version: 1,
      archivedAt: null,
      pillar: { id: seeded.pillarId },
    });
    const entry = await lastEntry(created.id, 1);
    expect(entry).toMatchObject({ operation: 'CREATE', mutation: 'createPriority', version: 1 });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: null, after: 'Reduce drug-related litter' },
        { field: 'position', before: null, after: created.position },
      ]),
    );
  });

  test('updatePriority changes the fields given, clears with null, and logs each field', async () => {
    const created = await mutate(CREATE_PRIORITY, { pillarId: seeded.pillarId, title: 'Old title', strategyName: 'Old name' });
    const updated = await mutate(UPDATE_PRIORITY, {
      id: created.id,
      expectedVersion: 1,
      title: 'New title',
      strategyName: null,
      strategyNarrative: 'Why it matters.',
    });
    expect(await lookPriority(created.id)()).toEqual({ ...updated, version: 2, title: 'New title', strategyName: null, strategyNarrative: 'Why it matters.' });
    const entry = await lastEntry(created.id, 2);
    expect(entry).toMatchObject({ operation: 'UPDATE', mutation: 'updatePriority', version: 2 });
    expect(entry.changes).toEqual([
      { field: 'title', before: 'Old title', after: 'New title' },
      { field: 'strategyName', before: 'Old name', after: null },
      { field: 'strategyNarrative', before: null, after: 'Why it matters.' },
    ]);
  });

  test('priority mutations reject bad input and change nothing', async () => {
    const p = await mutate(CREATE_PRIORITY, { pillarId: seeded.pillarId, title: 'Stable' });
    const look = lookPriority(p.id);
    const create: InputOf<typeof CREATE_PRIORITY> = { pillarId: seeded.pillarId, title: 'A title' };
    await expectRejected(look, CREATE_PRIORITY, { ...create, title: '   ' }, 'BAD_USER_INPUT', 'title');
    await expectRejected(look, CREATE_PRIORITY, { ...create, title: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'title');
    await expectRejected(look, CREATE_PRIORITY, { ...create, position: 0 }, 'BAD_USER_INPUT', 'position');
    await expectRejected(look, CREATE_PRIORITY, { ...create, pillarId: missingId('Pillar') }, 'NOT_FOUND', 'pillarId');
    await expectRejected(look, CREATE_PRIORITY, { ...create, pillarId: seeded.priorityId }, 'BAD_USER_INPUT', 'pillarId');
    const update = { id: p.id, expectedVersion: 1 };
    await expectRejected(look, UPDATE_PRIORITY, { ...update, title: null }, 'BAD_USER_INPUT', 'title');
    await expectRejected(look, UPDATE_PRIORITY, { ...update, strategyNarrative: 'x'.repeat(10001) }, 'BAD_USER_INPUT', 'strategyNarrative');
    await expectRejected(look, UPDATE_PRIORITY, { ...update, expectedVersion: 2, title: 'Stale' }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, UPDATE_PRIORITY, { ...update, id: missingId('Priority'), title: 'Missing' }, 'NOT_FOUND', 'id');
  });
});

// ---------------------------------------------------------------------------------------------
// Objectives

graphql(`
  fragment MutationsObjective on Objective {
    id
    version
    text
    subPoints
    position
    archivedAt
    priority {
      id
    }
  }
`);
const CREATE_OBJECTIVE = graphql(`
  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      objective {
        ...MutationsObjective
      }
      replayed
    }
  }
`);
const UPDATE_OBJECTIVE = graphql(`
  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      objective {
        ...MutationsObjective
      }
      replayed
    }
  }
`);
const OBJECTIVE = graphql(`
  query MutationsObjective($id: ID!) {
    objective(id: $id) {
      ...MutationsObjective
      responsibilities {
        agency {
          id
          name
        }
        asWritten
      }
    }
  }
`);
const lookObjective = (id: string) => async () => (await api.read(OBJECTIVE, { id })).objective;

describe('objectives', () => {
  test('createObjective adds an objective with sub-points', async () => {
    const created = await mutate(CREATE_OBJECTIVE, {
      priorityId: seeded.priorityId,
      text: 'Deliver a health promotion offer',
      subPoints: ['Primary schools', 'Secondary schools'],
    });
    expect(await lookObjective(created.id)()).toEqual({
      ...created,
      subPoints: ['Primary schools', 'Secondary schools'],
      version: 1,
      priority: { id: seeded.priorityId },
      responsibilities: [],
    });
    const entry = await lastEntry(created.id, 1);
    expect(entry).toMatchObject({ operation: 'CREATE', mutation: 'createObjective' });
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'subPoints', before: null, after: ['Primary schools', 'Secondary schools'] }]));
  });

  test('updateObjective replaces the sub-points', async () => {
    const created = await mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'Objective with points', subPoints: ['One'] });
    await mutate(UPDATE_OBJECTIVE, { id: created.id, expectedVersion: 1, subPoints: ['One', 'Two'] });
    expect((await lookObjective(created.id)()).subPoints).toEqual(['One', 'Two']);
    const entry = await lastEntry(created.id, 2);
    expect(entry).toMatchObject({ operation: 'UPDATE', version: 2, changes: [{ field: 'subPoints', before: ['One'], after: ['One', 'Two'] }] });
  });

  test('objective mutations reject bad input and change nothing', async () => {
    const o = await mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'Stable objective' });
    const look = lookObjective(o.id);
    const create: InputOf<typeof CREATE_OBJECTIVE> = { priorityId: seeded.priorityId, text: 'Text' };
    await expectRejected(look, CREATE_OBJECTIVE, { ...create, text: '' }, 'BAD_USER_INPUT', 'text');
    await expectRejected(look, CREATE_OBJECTIVE, { ...create, subPoints: Array.from({ length: 21 }, (_, i) => `Point ${i}`) }, 'BAD_USER_INPUT', 'subPoints');
    await expectRejected(look, CREATE_OBJECTIVE, { ...create, subPoints: ['fine', 'x'.repeat(501)] }, 'BAD_USER_INPUT', 'subPoints');
    await expectRejected(look, CREATE_OBJECTIVE, { ...create, subPoints: ['  '] }, 'BAD_USER_INPUT', 'subPoints');
    await expectRejected(look, CREATE_OBJECTIVE, { ...create, priorityId: missingId('Priority') }, 'NOT_FOUND', 'priorityId');
    const update = { id: o.id, expectedVersion: 1 };
    await expectRejected(look, UPDATE_OBJECTIVE, { ...update, subPoints: null }, 'BAD_USER_INPUT', 'subPoints');
    await expectRejected(look, UPDATE_OBJECTIVE, { ...update, text: null }, 'BAD_USER_INPUT', 'text');
    await expectRejected(look, UPDATE_OBJECTIVE, { ...update, expectedVersion: 7, text: 'Stale' }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, UPDATE_OBJECTIVE, { ...update, id: missingId('Objective'), text: 'Missing' }, 'NOT_FOUND', 'id');
  });
});

// ---------------------------------------------------------------------------------------------
// Agencies

graphql(`
  fragment MutationsAgency on Agency {
    id
    version
    name
    shortName
    kind
    description
    aliases
    archivedAt
    mergedInto {
      id
    }
  }
`);
const CREATE_AGENCY = graphql(`
  mutation MutationsCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        ...MutationsAgency
      }
      replayed
    }
  }
`);
const UPDATE_AGENCY = graphql(`
  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      agency {
        ...MutationsAgency
      }
      replayed
    }
  }
`);
const MERGE_AGENCIES = graphql(`
  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {
    mergeAgencies(input: $input) {
      agency {
        ...MutationsAgency
      }
      replayed
    }
  }
`);
const AGENCY = graphql(`
  query MutationsAgency($id: ID!) {
    agency(id: $id) {
      ...MutationsAgency
    }
  }
`);
const AGENCY_NAMED = graphql(`
  query MutationsAgencyNamed($name: String!) {
    agency(name: $name) {
      id
    }
  }
`);
const lookAgency = (id: string) => async () => (await api.read(AGENCY, { id })).agency;
const agencyNamed = async (name: string) => (await api.read(AGENCY_NAMED, { name })).agency.id;

describe('agencies', () => {
  test('createAgency adds an agency with aliases, found by any of them', async () => {
    const created = await mutate(CREATE_AGENCY, {
      name: 'Tower Hamlets Recovery Café',
      shortName: 'THRC',
      kind: 'ORGANISATION',
      aliases: ['Recovery Cafe', 'recovery cafe,', 'The Café'],
    });
    expect(await lookAgency(created.id)()).toEqual({
      ...created,
      version: 1,
      aliases: ['Recovery Cafe', 'The Café'],
      description: null,
      archivedAt: null,
      mergedInto: null,
    });
    expect(await agencyNamed('RECOVERY CAFE')).toBe(created.id);
    expect(await agencyNamed('thrc')).toBe(created.id);
    const entries = await history(created.id);
    expect(entries.map((e) => e.operation)).toEqual(['CREATE', 'CREATE']);
    expect(entries[0].changes).toEqual(expect.arrayContaining([{ field: 'name', before: null, after: 'Tower Hamlets Recovery Café' }]));
    expect(entries[1].actorName).toMatch(ACTOR);
    expect(entries[1]).toMatchObject({ changes: [{ field: 'aliases', before: [], after: ['Recovery Cafe', 'The Café'] }] });
  });

  test('updateAgency with aliases replaces the set and gives the agency a new version', async () => {
    const created = await mutate(CREATE_AGENCY, { name: 'Aliased Agency', kind: 'COUNCIL_SERVICE', aliases: ['AA One', 'AA Two'] });
    const updated = await mutate(UPDATE_AGENCY, { id: created.id, expectedVersion: 1, aliases: ['AA Two', 'AA Three'] });
    expect(updated).toMatchObject({ version: 2, aliases: ['AA Three', 'AA Two'] });
    expect(await lookAgency(created.id)()).toEqual(updated);
    const entry = await lastEntry(created.id, 3);
    expect(entry).toMatchObject({
      operation: 'UPDATE',
      mutation: 'updateAgency',
      version: 2,
      changes: [{ field: 'aliases', before: ['AA One', 'AA Two'], after: ['AA Three', 'AA Two'] }],
    });
    const gone = await api.send(AGENCY_NAMED, { name: 'AA One' });
    expect(gone.body.errors![0].extensions!.code).toBe('NOT_FOUND');

    const renamed = await mutate(UPDATE_AGENCY, { id: created.id, expectedVersion: 2, name: 'Renamed Agency', description: 'A council service.' });
    expect(renamed).toMatchObject({ version: 3, name: 'Renamed Agency', description: 'A council service.' });
    expect((await lastEntry(created.id, 4)).changes).toEqual([
      { field: 'name', before: 'Aliased Agency', after: 'Renamed Agency' },
      { field: 'description', before: null, after: 'A council service.' },
    ]);
  });

  test('an alias or name that belongs to another agency is rejected naming the field; so is bad input', async () => {
    const a = await mutate(CREATE_AGENCY, { name: 'Unique Agency', kind: 'ROLE', aliases: ['UA'] });
    const look = lookAgency(a.id);
    const create: InputOf<typeof CREATE_AGENCY> = { name: 'Brand New Agency', kind: 'ORGANISATION' };
    const taken = await expectRejected(look, CREATE_AGENCY, { ...create, aliases: ['Fine', 'Met Police'] }, 'BAD_USER_INPUT', 'aliases');
    expect(taken.message).toMatch(/Metropolitan Police Service/);
    await expectRejected(look, CREATE_AGENCY, { ...create, name: 'metropolitan police service' }, 'BAD_USER_INPUT', 'name');
    await expectRejected(look, CREATE_AGENCY, { ...create, name: 'RESET' }, 'BAD_USER_INPUT', 'name');
    await expectRejected(look, CREATE_AGENCY, { ...create, shortName: 'UA' }, 'BAD_USER_INPUT', 'shortName');
    await expectRejected(look, CREATE_AGENCY, { ...create, name: '' }, 'BAD_USER_INPUT', 'name');
    await expectRejectedUnchecked(look, CREATE_AGENCY, { ...create, kind: 'CHARITY' }, 'BAD_USER_INPUT', 'kind');
    await expectRejected(look, CREATE_AGENCY, { ...create, aliases: ['x'.repeat(201)] }, 'BAD_USER_INPUT', 'aliases');
    await expectRejected(look, CREATE_AGENCY, { ...create, aliases: [',,'] }, 'BAD_USER_INPUT', 'aliases');
    const update = { id: a.id, expectedVersion: 1 };
    await expectRejected(look, UPDATE_AGENCY, { ...update, aliases: ['UA', 'MPS'] }, 'BAD_USER_INPUT', 'aliases');
    await expectRejected(look, UPDATE_AGENCY, { ...update, name: 'Turning Point' }, 'BAD_USER_INPUT', 'name');
    await expectRejected(look, UPDATE_AGENCY, { ...update, aliases: null }, 'BAD_USER_INPUT', 'aliases');
    await expectRejected(look, UPDATE_AGENCY, { ...update, kind: null }, 'BAD_USER_INPUT', 'kind');
    await expectRejected(look, UPDATE_AGENCY, { ...update, expectedVersion: 2, aliases: ['Stale'] }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, UPDATE_AGENCY, { ...update, id: missingId('Agency'), name: 'Missing' }, 'NOT_FOUND', 'id');
  });

  test('an idempotency key retried returns the first result and creates one agency', async () => {
    const IDEMPOTENT_AGENCIES = graphql(`
      query MutationsIdempotentAgencies {
        agencies(first: 0, filter: { search: "Idempotent Agency" }) {
          totalCount
        }
      }
    `);
    const input: InputOf<typeof CREATE_AGENCY> = { name: 'Idempotent Agency', kind: 'ORGANISATION', idempotencyKey: 'create-agency-1' };
    const first = await api.send(CREATE_AGENCY, { input });
    const again = await api.send(CREATE_AGENCY, { input });
    expect(again.body.data!.createAgency).toEqual({ ...first.body.data!.createAgency, replayed: true });
    const { agencies } = await api.read(IDEMPOTENT_AGENCIES);
    expect(agencies.totalCount).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Responsibilities: agencies on objectives and actions

graphql(`
  fragment MutationsObjectiveResponsibilities on Objective {
    id
    version
    responsibilities {
      agency {
        id
        name
      }
      asWritten
      source
    }
  }
`);
graphql(`
  fragment MutationsActionResponsibilities on Action {
    id
    version
    responsibilities {
      agency {
        id
        name
      }
      asWritten
      source
    }
  }
`);
const ADD_OBJECTIVE_AGENCY = graphql(`
  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {
    addObjectiveAgency(input: $input) {
      objective {
        ...MutationsObjectiveResponsibilities
      }
      replayed
    }
  }
`);
const REMOVE_OBJECTIVE_AGENCY = graphql(`
  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {
    removeObjectiveAgency(input: $input) {
      objective {
        ...MutationsObjectiveResponsibilities
      }
      replayed
    }
  }
`);
const ADD_ACTION_AGENCY = graphql(`
  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {
    addActionAgency(input: $input) {
      action {
        ...MutationsActionResponsibilities
      }
      replayed
    }
  }
`);
const REMOVE_ACTION_AGENCY = graphql(`
  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {
    removeActionAgency(input: $input) {
      action {
        ...MutationsActionResponsibilities
      }
      replayed
    }
  }
`);
const OBJECTIVE_AGENCIES = graphql(`
  query MutationsObjectiveAgencies($id: ID!) {
    objective(id: $id) {
      ...MutationsObjectiveResponsibilities
    }
  }
`);
const ACTION_AGENCIES = graphql(`
  query MutationsActionAgencies($id: ID!) {
    action(id: $id) {
      ...MutationsActionResponsibilities
    }
  }
`);
const lookObjectiveAgencies = (id: string) => async () => (await api.read(OBJECTIVE_AGENCIES, { id })).objective;
const lookActionAgencies = (id: string) => async () => (await api.read(ACTION_AGENCIES, { id })).action;
/** The ids of the objectives, or the actions, an agency (by any of its names) is responsible for. */
const OBJECTIVES_OF = graphql(`
  query MutationsObjectivesOf($a: String) {
    objectives(first: 100, filter: { agency: $a }) {
      nodes {
        id
      }
    }
  }
`);
const ACTIONS_OF = graphql(`
  query MutationsActionsOf($a: String) {
    actions(first: 100, filter: { agency: $a }) {
      nodes {
        id
      }
    }
  }
`);

describe('responsibilities', () => {
  test('addObjectiveAgency links an agency named by an alias, keeping the wording; removeObjectiveAgency unlinks it', async () => {
    const o = await mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'Objective to staff' });
    const mps = await agencyNamed('MPS');
    const linked = await mutate(ADD_OBJECTIVE_AGENCY, { objectiveId: o.id, agency: 'the met', asWritten: 'The Met,' });
    expect(linked.responsibilities).toEqual([{ agency: { id: mps, name: 'Metropolitan Police Service' }, asWritten: 'The Met,', source: 'OBJECTIVE' }]);
    expect(await lookObjectiveAgencies(o.id)()).toEqual(linked);
    const { objectives } = await api.read(OBJECTIVES_OF, { a: 'MPS' });
    expect(objectives.nodes).toContainEqual({ id: o.id });
    expect(await lastEntry(o.id, 2)).toMatchObject({
      operation: 'LINK',
      mutation: 'addObjectiveAgency',
      version: 1,
      changes: [{ field: 'agencies', before: null, after: { id: mps, name: 'Metropolitan Police Service', asWritten: 'The Met,' } }],
    });

    const unlinked = await mutate(REMOVE_OBJECTIVE_AGENCY, { objectiveId: o.id, agencyId: mps });
    expect(unlinked.responsibilities).toEqual([]);
    expect(await lastEntry(o.id, 3)).toMatchObject({
      operation: 'UNLINK',
      changes: [{ field: 'agencies', before: { id: mps, name: 'Metropolitan Police Service', asWritten: 'The Met,' }, after: null }],
    });
  });

  test('objective links: a duplicate link, an archived agency, a missing link or record are rejected and change nothing', async () => {
    const o = await mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'Objective with one agency' });
    await mutate(ADD_OBJECTIVE_AGENCY, { objectiveId: o.id, agency: 'RESET' });
    const look = lookObjectiveAgencies(o.id);
    const duplicate = await expectRejected(
      look,
      ADD_OBJECTIVE_AGENCY,
      { objectiveId: o.id, agency: 'Change Grow Live', asWritten: 'CGL' },
      'BAD_USER_INPUT',
      'agency',
    );
    expect(duplicate.extensions).toMatchObject({
      fields: [{ path: 'input.agency', rule: 'duplicateLink', message: expect.stringMatching(/already responsible/) }],
    });
    const gone = await mutate(CREATE_AGENCY, { name: 'Archived Agency', kind: 'ROLE' });
    await mutate(ARCHIVE_AGENCY, { id: gone.id, expectedVersion: 1 });
    await expectRejected(look, ADD_OBJECTIVE_AGENCY, { objectiveId: o.id, agency: gone.id }, 'BAD_USER_INPUT', 'agency');
    await expectRejected(look, ADD_OBJECTIVE_AGENCY, { objectiveId: o.id, agency: 'No Such Agency' }, 'NOT_FOUND', 'agency');
    await expectRejected(look, ADD_OBJECTIVE_AGENCY, { objectiveId: o.id, agency: '' }, 'BAD_USER_INPUT', 'agency');
    await expectRejected(look, ADD_OBJECTIVE_AGENCY, { objectiveId: missingId('Objective'), agency: 'RESET' }, 'NOT_FOUND', 'objectiveId');
    await expectRejected(look, REMOVE_OBJECTIVE_AGENCY, { objectiveId: o.id, agencyId: await agencyNamed('MPS') }, 'NOT_FOUND', 'agencyId');
    await expectRejected(look, REMOVE_OBJECTIVE_AGENCY, { objectiveId: o.id, agencyId: 'not-an-id' }, 'BAD_USER_INPUT', 'agencyId');
  });

  test("addActionAgency and removeActionAgency record an agency on the action itself, after its objective row's agencies", async () => {
    const look = lookActionAgencies(seeded.actionId);
    const before = await look();
    const elft = await agencyNamed('ELFT');
    const linked = await mutate(ADD_ACTION_AGENCY, { actionId: seeded.actionId, agency: elft, asWritten: 'ELFT' });
    expect(linked.responsibilities).toEqual([
      ...before.responsibilities,
      { agency: { id: elft, name: 'East London NHS Foundation Trust' }, asWritten: 'ELFT', source: 'ACTION' },
    ]);
    expect(await look()).toEqual(linked);
    expect(await lastEntry(seeded.actionId, 1)).toMatchObject({
      operation: 'LINK',
      mutation: 'addActionAgency',
      changes: [{ field: 'agencies', before: null, after: { id: elft, name: 'East London NHS Foundation Trust', asWritten: 'ELFT' } }],
    });
    const duplicate = await expectRejected(
      look,
      ADD_ACTION_AGENCY,
      { actionId: seeded.actionId, agency: 'East London NHS Foundation Trust' },
      'BAD_USER_INPUT',
      'agency',
    );
    expect(duplicate.extensions!.fields).toEqual([expect.objectContaining({ path: 'input.agency', rule: 'duplicateLink' })]);
    await expectRejected(look, ADD_ACTION_AGENCY, { actionId: missingId('Action'), agency: 'ELFT' }, 'NOT_FOUND', 'actionId');
    await expectRejected(look, ADD_ACTION_AGENCY, { actionId: seeded.actionId, agency: 'ELFT', asWritten: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'asWritten');

    const unlinked = await mutate(REMOVE_ACTION_AGENCY, { actionId: seeded.actionId, agencyId: elft });
    expect(unlinked).toEqual({ ...before });
    expect(await lastEntry(seeded.actionId, 2)).toMatchObject({
      operation: 'UNLINK',
      changes: [{ field: 'agencies', before: { id: elft, asWritten: 'ELFT' }, after: null }],
    });
    await expectRejected(look, REMOVE_ACTION_AGENCY, { actionId: seeded.actionId, agencyId: elft }, 'NOT_FOUND', 'agencyId');
  });
});

// ---------------------------------------------------------------------------------------------
// Merging agencies

describe('mergeAgencies', () => {
  test("moves the source's links, reprocurements, name and aliases to the target, losing nothing, and archives the source", async () => {
    const o1 = await mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'Merge objective 1' });
    const o2 = await mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'Merge objective 2' });
    const action = await mutate(CREATE_ACTION, { objectiveId: o1.id, text: 'Merge action' });
    const source = await mutate(CREATE_AGENCY, {
      name: 'Drug Outreach Service',
      shortName: 'DOS',
      kind: 'ORGANISATION',
      aliases: ['Outreach Team', 'DOS Outreach'],
    });
    const target = await mutate(CREATE_AGENCY, { name: 'Street Outreach Partnership', kind: 'PARTNERSHIP_GROUP', aliases: ['SOP'] });
    await mutate(ADD_OBJECTIVE_AGENCY, { objectiveId: o1.id, agency: 'Outreach Team', asWritten: 'Outreach Team,' });
    await mutate(ADD_OBJECTIVE_AGENCY, { objectiveId: o2.id, agency: source.id, asWritten: 'DOS (source wording)' });
    await mutate(ADD_OBJECTIVE_AGENCY, { objectiveId: o2.id, agency: target.id, asWritten: 'SOP (target wording)' });
    await mutate(ADD_ACTION_AGENCY, { actionId: action.id, agency: 'DOS', asWritten: 'DOS' });
    const contract = await mutate(CREATE_REPROCUREMENT, { objectiveId: o1.id, service: 'Outreach contract', expiryDate: '2025-01-31', agency: 'DOS' });

    const merged = await mutate(MERGE_AGENCIES, { sourceId: source.id, targetId: target.id, expectedSourceVersion: 1, expectedTargetVersion: 1 });
    expect(merged).toMatchObject({ id: target.id, version: 2, name: 'Street Outreach Partnership', archivedAt: null, mergedInto: null });
    expect(merged.aliases).toEqual(['DOS', 'DOS Outreach', 'Drug Outreach Service', 'Outreach Team', 'SOP']);
    expect(await lookAgency(source.id)()).toMatchObject({ version: 2, archivedAt: expect.any(String), mergedInto: { id: target.id } });
    for (const name of ['Drug Outreach Service', 'DOS', 'outreach team']) expect(await agencyNamed(name)).toBe(target.id);

    const targetRef = { id: target.id, name: 'Street Outreach Partnership' };
    expect((await lookObjectiveAgencies(o1.id)()).responsibilities).toEqual([{ agency: targetRef, asWritten: 'Outreach Team,', source: 'OBJECTIVE' }]);
    expect((await lookObjectiveAgencies(o2.id)()).responsibilities).toEqual([{ agency: targetRef, asWritten: 'SOP (target wording)', source: 'OBJECTIVE' }]);
    expect((await lookActionAgencies(action.id)()).responsibilities).toContainEqual({ agency: targetRef, asWritten: 'DOS', source: 'ACTION' });
    expect((await lookReprocurement(contract.id)()).agency).toEqual({ id: target.id });
    const { actions } = await api.read(ACTIONS_OF, { a: 'Drug Outreach Service' });
    expect(actions.nodes).toContainEqual({ id: action.id });

    // The source's wording where the target's link was kept is in the objective's history and the target's.
    expect(await lastEntry(o2.id, 4)).toMatchObject({
      operation: 'MERGE',
      mutation: 'mergeAgencies',
      changes: [
        { field: 'agencies', before: { id: source.id, asWritten: 'DOS (source wording)' }, after: { id: target.id, asWritten: 'SOP (target wording)' } },
      ],
    });
    const targetEntry = await lastEntry(target.id, 3);
    expect(targetEntry).toMatchObject({ operation: 'MERGE', version: 2 });
    expect(targetEntry.changes).toEqual([
      { field: 'mergedFrom', before: null, after: { id: source.id, name: 'Drug Outreach Service', shortName: 'DOS' } },
      { field: 'aliases', before: ['SOP'], after: merged.aliases },
      {
        field: 'objectiveLinks',
        before: [
          { objectiveId: o1.id, asWritten: 'Outreach Team,' },
          { objectiveId: o2.id, asWritten: 'DOS (source wording)' },
        ],
        after: [
          { objectiveId: o1.id, asWritten: 'Outreach Team,' },
          { objectiveId: o2.id, asWritten: 'SOP (target wording)' },
        ],
      },
      { field: 'actionLinks', before: [{ actionId: action.id, asWritten: 'DOS' }], after: [{ actionId: action.id, asWritten: 'DOS' }] },
      { field: 'reprocurements', before: null, after: [contract.id] },
    ]);
    const sourceEntry = await lastEntry(source.id, 3);
    expect(sourceEntry).toMatchObject({ operation: 'MERGE', version: 2 });
    expect(sourceEntry.changes).toEqual([
      { field: 'archivedAt', before: null, after: expect.any(String) },
      { field: 'mergedIntoId', before: null, after: rowId(target.id) },
    ]);
    expect(await lastEntry(contract.id, 2)).toMatchObject({ operation: 'MERGE', changes: [{ field: 'agencyId' }] });

    // A merged agency stays archived, and keeps its own name: its names are the target's aliases now.
    await expectRejected(lookAgency(source.id), RESTORE_AGENCY, { id: source.id, expectedVersion: 2 }, 'BAD_USER_INPUT', 'id');
    await expectRejected(lookAgency(target.id), UPDATE_AGENCY, { id: target.id, expectedVersion: 2, name: 'Drug Outreach Service' }, 'BAD_USER_INPUT', 'name');
    await expectRejected(lookAgency(target.id), ADD_OBJECTIVE_AGENCY, { objectiveId: o1.id, agency: source.id }, 'BAD_USER_INPUT', 'agency');
  });

  test('merging an agency into itself or an archived one, or at a stale version, is rejected and changes nothing', async () => {
    const a = await mutate(CREATE_AGENCY, { name: 'Merge Candidate A', kind: 'ROLE', aliases: ['MCA'] });
    const b = await mutate(CREATE_AGENCY, { name: 'Merge Candidate B', kind: 'ROLE' });
    const c = await mutate(CREATE_AGENCY, { name: 'Merge Candidate C', kind: 'ROLE' });
    const archivedC = await mutate(ARCHIVE_AGENCY, { id: c.id, expectedVersion: 1 });
    const look = async () => Promise.all([lookAgency(a.id)(), lookAgency(b.id)(), lookAgency(c.id)()]);
    const input: InputOf<typeof MERGE_AGENCIES> = { sourceId: a.id, targetId: b.id, expectedSourceVersion: 1, expectedTargetVersion: 1 };
    await expectRejected(look, MERGE_AGENCIES, { ...input, targetId: a.id }, 'BAD_USER_INPUT', 'targetId');
    await expectRejected(look, MERGE_AGENCIES, { ...input, targetId: c.id, expectedTargetVersion: archivedC.version }, 'BAD_USER_INPUT', 'targetId');
    await expectRejected(look, MERGE_AGENCIES, { ...input, sourceId: c.id, expectedSourceVersion: archivedC.version }, 'BAD_USER_INPUT', 'sourceId');
    await expectRejected(look, MERGE_AGENCIES, { ...input, expectedTargetVersion: 5 }, 'CONFLICT', 'expectedTargetVersion');
    await expectRejected(look, MERGE_AGENCIES, { ...input, expectedSourceVersion: 2 }, 'CONFLICT', 'expectedSourceVersion');
    await expectRejected(look, MERGE_AGENCIES, { ...input, targetId: missingId('Agency') }, 'NOT_FOUND', 'targetId');
    await expectRejected(look, MERGE_AGENCIES, { ...input, expectedSourceVersion: 0 }, 'BAD_USER_INPUT', 'expectedSourceVersion');
  });
});

// ---------------------------------------------------------------------------------------------
// Outcome measures and their values

graphql(`
  fragment MutationsMeasure on OutcomeMeasure {
    id
    version
    name
    unit
    direction
    position
    archivedAt
    outcome {
      id
    }
  }
`);
graphql(`
  fragment MutationsMeasureValue on MeasureValue {
    id
    version
    kind
    periodLabel
    periodStart
    periodEnd
    value
    note
    source
  }
`);
const CREATE_MEASURE = graphql(`
  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {
    createOutcomeMeasure(input: $input) {
      outcomeMeasure {
        ...MutationsMeasure
      }
      replayed
    }
  }
`);
const UPDATE_MEASURE = graphql(`
  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {
    updateOutcomeMeasure(input: $input) {
      outcomeMeasure {
        ...MutationsMeasure
      }
      replayed
    }
  }
`);
const RECORD_VALUE = graphql(`
  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {
    recordMeasureValue(input: $input) {
      measureValue {
        ...MutationsMeasureValue
      }
      replayed
    }
  }
`);
const MEASURE = graphql(`
  query MutationsMeasure($id: ID!) {
    outcomeMeasure(id: $id) {
      ...MutationsMeasure
      values {
        ...MutationsMeasureValue
      }
    }
  }
`);
const lookMeasure = (id: string) => async () => (await api.read(MEASURE, { id })).outcomeMeasure;

describe('outcome measures', () => {
  test('createOutcomeMeasure and updateOutcomeMeasure', async () => {
    const created = await mutate(CREATE_MEASURE, {
      outcomeId: seeded.outcomeId,
      name: 'Number of closures of drug dens',
      unit: 'COUNT',
      direction: 'CONTEXT_ONLY',
    });
    expect(await lookMeasure(created.id)()).toEqual({ ...created, version: 1, outcome: { id: seeded.outcomeId }, values: [] });
    expect(await lastEntry(created.id, 1)).toMatchObject({ operation: 'CREATE', mutation: 'createOutcomeMeasure' });
    const updated = await mutate(UPDATE_MEASURE, { id: created.id, expectedVersion: 1, unit: 'PERCENT', direction: 'HIGHER_IS_BETTER' });
    expect(updated).toMatchObject({ version: 2, unit: 'PERCENT', direction: 'HIGHER_IS_BETTER' });
    expect((await lastEntry(created.id, 2)).changes).toEqual([
      { field: 'unit', before: 'COUNT', after: 'PERCENT' },
      { field: 'direction', before: 'CONTEXT_ONLY', after: 'HIGHER_IS_BETTER' },
    ]);
  });

  test('measure mutations reject bad input and change nothing', async () => {
    const m = await mutate(CREATE_MEASURE, { outcomeId: seeded.outcomeId, name: 'Stable measure', unit: 'COUNT', direction: 'LOWER_IS_BETTER' });
    await mutate(RECORD_VALUE, { measureId: m.id, kind: 'OBSERVED', periodLabel: '2024-25', periodStart: '2024-04-01', periodEnd: '2025-03-31', value: 250 });
    const look = lookMeasure(m.id);
    const create: InputOf<typeof CREATE_MEASURE> = { outcomeId: seeded.outcomeId, name: 'Measure', unit: 'COUNT', direction: 'LOWER_IS_BETTER' };
    await expectRejected(look, CREATE_MEASURE, { ...create, name: ' ' }, 'BAD_USER_INPUT', 'name');
    await expectRejectedUnchecked(look, CREATE_MEASURE, { ...create, unit: 'PER_CENT' }, 'BAD_USER_INPUT', 'unit');
    await expectRejected(look, CREATE_MEASURE, { ...create, outcomeId: missingId('NationalOutcome') }, 'NOT_FOUND', 'outcomeId');
    const update = { id: m.id, expectedVersion: 1 };
    await expectRejected(look, UPDATE_MEASURE, { ...update, unit: 'PERCENT' }, 'BAD_USER_INPUT', 'unit'); // a value of 250 is not a percentage
    await expectRejected(look, UPDATE_MEASURE, { ...update, direction: null }, 'BAD_USER_INPUT', 'direction');
    await expectRejected(look, UPDATE_MEASURE, { ...update, expectedVersion: 3, name: 'Stale' }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, UPDATE_MEASURE, { ...update, id: missingId('OutcomeMeasure'), name: 'Missing' }, 'NOT_FOUND', 'id');
  });

  test('recordMeasureValue creates a value, then updates the same kind and period only with expectedVersion', async () => {
    const measureId = seeded.percentMeasureId;
    const look = lookMeasure(measureId);
    const input: InputOf<typeof RECORD_VALUE> = {
      measureId,
      kind: 'TARGET',
      periodLabel: '2024-25',
      periodStart: '2024-04-01',
      periodEnd: '2025-03-31',
      value: 60,
      source: 'Delivery plan 2024-25',
    };
    const created = await mutate(RECORD_VALUE, input);
    expect(created).toMatchObject({ version: 1, kind: 'TARGET', value: 60, note: null, source: 'Delivery plan 2024-25' });
    expect((await look()).values).toContainEqual(created);
    const createdEntry = await lastEntry(created.id, 1);
    expect(createdEntry).toMatchObject({ operation: 'CREATE', mutation: 'recordMeasureValue' });
    expect(createdEntry.changes).toEqual(
      expect.arrayContaining([
        { field: 'value', before: null, after: 60 },
        { field: 'kind', before: null, after: 'TARGET' },
      ]),
    );

    const missing = await expectRejected(look, RECORD_VALUE, { ...input, value: 65 }, 'CONFLICT', 'expectedVersion');
    expect(missing.message).toMatch(/already recorded.*expectedVersion/);
    await expectRejected(look, RECORD_VALUE, { ...input, value: 65, expectedVersion: 2 }, 'CONFLICT', 'expectedVersion');

    const updated = await mutate(RECORD_VALUE, { ...input, value: 65, note: 'Raised at the Q1 board', expectedVersion: 1 });
    expect(updated).toMatchObject({ id: created.id, version: 2, value: 65, note: 'Raised at the Q1 board' });
    expect((await look()).values.filter((v) => v.kind === 'TARGET')).toEqual([updated]);
    expect(await lastEntry(created.id, 2)).toMatchObject({
      operation: 'UPDATE',
      version: 2,
      changes: [
        { field: 'value', before: 60, after: 65 },
        { field: 'note', before: null, after: 'Raised at the Q1 board' },
      ],
    });

    // Another period is another value.
    const q1 = await mutate(RECORD_VALUE, { ...input, kind: 'OBSERVED', periodLabel: '2024-25 Q1', periodEnd: '2024-06-30', value: 41.5 });
    expect(q1.id).not.toBe(created.id);
  });

  test('recordMeasureValue rejects bad periods and values and changes nothing', async () => {
    const measureId = seeded.percentMeasureId;
    const look = lookMeasure(measureId);
    const input: InputOf<typeof RECORD_VALUE> = {
      measureId,
      kind: 'OBSERVED',
      periodLabel: '2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      value: 50,
    };
    await expectRejected(look, RECORD_VALUE, { ...input, periodEnd: '2024-12-31' }, 'BAD_USER_INPUT', 'periodEnd');
    await expectRejected(look, RECORD_VALUE, { ...input, periodEnd: '2025-02-30' }, 'BAD_USER_INPUT', 'periodEnd');
    await expectRejected(look, RECORD_VALUE, { ...input, value: 100.5 }, 'BAD_USER_INPUT', 'value');
    await expectRejected(look, RECORD_VALUE, { ...input, value: -1 }, 'BAD_USER_INPUT', 'value');
    await expectRejectedUnchecked(look, RECORD_VALUE, { ...input, kind: 'FORECAST' }, 'BAD_USER_INPUT', 'kind');
    await expectRejected(look, RECORD_VALUE, { ...input, periodLabel: '' }, 'BAD_USER_INPUT', 'periodLabel');
    await expectRejected(look, RECORD_VALUE, { ...input, expectedVersion: 1 }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, RECORD_VALUE, { ...input, measureId: missingId('OutcomeMeasure') }, 'NOT_FOUND', 'measureId');
  });
});

// ---------------------------------------------------------------------------------------------
// Reprocurements

graphql(`
  fragment MutationsReprocurement on Reprocurement {
    id
    version
    service
    supplier
    expiryDate
    status
    archivedAt
    objective {
      id
    }
    agency {
      id
    }
  }
`);
const CREATE_REPROCUREMENT = graphql(`
  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {
    createReprocurement(input: $input) {
      reprocurement {
        ...MutationsReprocurement
      }
      replayed
    }
  }
`);
const UPDATE_REPROCUREMENT = graphql(`
  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {
    updateReprocurement(input: $input) {
      reprocurement {
        ...MutationsReprocurement
      }
      replayed
    }
  }
`);
const SET_STATUS = graphql(`
  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {
    setReprocurementStatus(input: $input) {
      reprocurement {
        ...MutationsReprocurement
      }
      replayed
    }
  }
`);
const REPROCUREMENT = graphql(`
  query MutationsReprocurement($id: ID!) {
    reprocurement(id: $id) {
      ...MutationsReprocurement
    }
  }
`);
const lookReprocurement = (id: string) => async () => (await api.read(REPROCUREMENT, { id })).reprocurement;

describe('reprocurements', () => {
  test('createReprocurement and updateReprocurement', async () => {
    const commissioning = await agencyNamed('LBTH Substance Misuse Commissioning');
    const created = await mutate(CREATE_REPROCUREMENT, {
      objectiveId: seeded.objectiveIds[0],
      service: 'Naloxone supplies',
      supplier: 'Acme',
      expiryDate: '2024-09-30',
      agency: 'lbth substance misuse commissioning',
    });
    expect(await lookReprocurement(created.id)()).toEqual({
      ...created,
      version: 1,
      status: 'NOT_STARTED',
      objective: { id: seeded.objectiveIds[0] },
      agency: { id: commissioning },
      archivedAt: null,
    });
    expect((await lastEntry(created.id, 1)).changes).toEqual(
      expect.arrayContaining([
        { field: 'service', before: null, after: 'Naloxone supplies' },
        { field: 'expiryDate', before: null, after: '2024-09-30' },
      ]),
    );

    const updated = await mutate(UPDATE_REPROCUREMENT, { id: created.id, expectedVersion: 1, supplier: null, agency: null, expiryDate: '2024-10-31' });
    expect(await lookReprocurement(created.id)()).toEqual({ ...updated, version: 2, supplier: null, agency: null, expiryDate: '2024-10-31' });
    expect(await lastEntry(created.id, 2)).toMatchObject({
      operation: 'UPDATE',
      changes: [
        { field: 'supplier', before: 'Acme', after: null },
        { field: 'expiryDate', before: '2024-09-30', after: '2024-10-31' },
        { field: 'agencyId', before: rowId(commissioning), after: null },
      ],
    });
  });

  test('setReprocurementStatus moves a contract on; EXTENDED needs a later expiry date', async () => {
    const r = await mutate(CREATE_REPROCUREMENT, { objectiveId: seeded.objectiveIds[0], service: 'Clinical waste', expiryDate: '2024-05-21' });
    const look = lookReprocurement(r.id);
    const started = await mutate(SET_STATUS, { id: r.id, expectedVersion: 1, status: 'IN_PROGRESS' });
    expect(started).toMatchObject({ version: 2, status: 'IN_PROGRESS', expiryDate: '2024-05-21' });
    expect(await lastEntry(r.id, 2)).toMatchObject({
      operation: 'UPDATE',
      mutation: 'setReprocurementStatus',
      changes: [{ field: 'status', before: 'NOT_STARTED', after: 'IN_PROGRESS' }],
    });

    const extend: InputOf<typeof SET_STATUS> = { id: r.id, expectedVersion: 2, status: 'EXTENDED' };
    await expectRejected(look, SET_STATUS, extend, 'BAD_USER_INPUT', 'expiryDate');
    await expectRejected(look, SET_STATUS, { ...extend, expiryDate: '2024-05-21' }, 'BAD_USER_INPUT', 'expiryDate');
    await expectRejected(look, SET_STATUS, { ...extend, expiryDate: '2024-01-01' }, 'BAD_USER_INPUT', 'expiryDate');
    await expectRejected(look, SET_STATUS, { ...extend, expectedVersion: 1, expiryDate: '2025-05-21' }, 'CONFLICT', 'expectedVersion');
    await expectRejectedUnchecked(look, SET_STATUS, { ...extend, status: 'PAUSED' }, 'BAD_USER_INPUT', 'status');
    await expectRejected(look, SET_STATUS, { ...extend, id: missingId('Reprocurement'), expiryDate: '2025-05-21' }, 'NOT_FOUND', 'id');

    const extended = await mutate(SET_STATUS, { ...extend, expiryDate: '2025-05-21' });
    expect(await look()).toEqual({ ...extended, version: 3, status: 'EXTENDED', expiryDate: '2025-05-21' });
    expect((await lastEntry(r.id, 3)).changes).toEqual([
      { field: 'status', before: 'IN_PROGRESS', after: 'EXTENDED' },
      { field: 'expiryDate', before: '2024-05-21', after: '2025-05-21' },
    ]);
    const OVERDUE = graphql(`
      query MutationsOverdueReprocurements {
        reprocurements(first: 100, filter: { overdue: true, asOf: "2024-06-01" }) {
          nodes {
            id
          }
        }
      }
    `);
    const { reprocurements } = await api.read(OVERDUE);
    expect(reprocurements.nodes).not.toContainEqual({ id: r.id });
  });

  test('reprocurement mutations reject bad input and change nothing', async () => {
    const r = await mutate(CREATE_REPROCUREMENT, { objectiveId: seeded.objectiveIds[0], service: 'Stable contract', expiryDate: '2025-01-01' });
    const look = lookReprocurement(r.id);
    const create: InputOf<typeof CREATE_REPROCUREMENT> = { objectiveId: seeded.objectiveIds[0], service: 'Contract', expiryDate: '2025-01-01' };
    await expectRejected(look, CREATE_REPROCUREMENT, { ...create, service: '' }, 'BAD_USER_INPUT', 'service');
    await expectRejected(look, CREATE_REPROCUREMENT, { ...create, expiryDate: '01/01/25' }, 'BAD_USER_INPUT', 'expiryDate');
    await expectRejected(look, CREATE_REPROCUREMENT, { ...create, agency: 'Nobody In Particular' }, 'NOT_FOUND', 'agency');
    await expectRejected(look, CREATE_REPROCUREMENT, { ...create, objectiveId: missingId('Objective') }, 'NOT_FOUND', 'objectiveId');
    const update = { id: r.id, expectedVersion: 1 };
    await expectRejected(look, UPDATE_REPROCUREMENT, { ...update, service: null }, 'BAD_USER_INPUT', 'service');
    await expectRejected(look, UPDATE_REPROCUREMENT, { ...update, expiryDate: null }, 'BAD_USER_INPUT', 'expiryDate');
    await expectRejected(look, UPDATE_REPROCUREMENT, { ...update, expectedVersion: 4, service: 'Stale' }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, UPDATE_REPROCUREMENT, { ...update, id: missingId('Reprocurement'), service: 'Missing' }, 'NOT_FOUND', 'id');
  });
});

// ---------------------------------------------------------------------------------------------
// Help services

graphql(`
  fragment MutationsHelpService on HelpService {
    id
    version
    name
    description
    audience
    minAge
    maxAge
    phone
    email
    website
    position
    archivedAt
    partnership {
      id
    }
  }
`);
const CREATE_HELP = graphql(`
  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {
    createHelpService(input: $input) {
      helpService {
        ...MutationsHelpService
      }
      replayed
    }
  }
`);
const UPDATE_HELP = graphql(`
  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {
    updateHelpService(input: $input) {
      helpService {
        ...MutationsHelpService
      }
      replayed
    }
  }
`);
const HELP = graphql(`
  query MutationsHelpService($id: ID!) {
    helpService(id: $id) {
      ...MutationsHelpService
    }
  }
`);
const lookHelp = (id: string) => async () => (await api.read(HELP, { id })).helpService;

describe('help services', () => {
  test('createHelpService adds a service to the only partnership; updateHelpService changes it', async () => {
    const PARTNERSHIP = graphql(`
      query MutationsPartnership {
        plan {
          partnership {
            id
          }
        }
      }
    `);
    const HELP_SERVICES = graphql(`
      query MutationsHelpServices {
        helpServices {
          nodes {
            id
          }
        }
      }
    `);
    const { plan } = await api.read(PARTNERSHIP);
    const created = await mutate(CREATE_HELP, {
      name: 'FRANK',
      description: 'Honest information about drugs.',
      minAge: 11,
      phone: '0300 123 6600',
      email: 'frank@example.org',
      website: 'www.talktofrank.com',
    });
    expect(await lookHelp(created.id)()).toEqual({
      ...created,
      version: 1,
      partnership: plan.partnership,
      audience: null,
      maxAge: null,
      position: 4,
      archivedAt: null,
    });
    expect((await lastEntry(created.id, 1)).changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: 'FRANK' },
        { field: 'minAge', before: null, after: 11 },
      ]),
    );

    const updated = await mutate(UPDATE_HELP, { id: created.id, expectedVersion: 1, maxAge: 25, website: null });
    expect(await lookHelp(created.id)()).toEqual({ ...updated, version: 2, maxAge: 25, website: null });
    expect((await lastEntry(created.id, 2)).changes).toEqual([
      { field: 'maxAge', before: null, after: 25 },
      { field: 'website', before: 'www.talktofrank.com', after: null },
    ]);
    const { helpServices } = await api.read(HELP_SERVICES);
    expect(helpServices.nodes).toContainEqual({ id: created.id });
  });

  test('help service mutations reject bad input (an age range running backwards among it) and change nothing', async () => {
    const h = await mutate(CREATE_HELP, { name: 'Youth line', description: 'For young people.', minAge: 10, maxAge: 19 });
    const look = lookHelp(h.id);
    const create: InputOf<typeof CREATE_HELP> = { name: 'Service', description: 'Help.' };
    await expectRejected(look, CREATE_HELP, { ...create, minAge: 30, maxAge: 18 }, 'BAD_USER_INPUT', 'maxAge');
    await expectRejected(look, CREATE_HELP, { ...create, minAge: -1 }, 'BAD_USER_INPUT', 'minAge');
    await expectRejected(look, CREATE_HELP, { ...create, maxAge: 121 }, 'BAD_USER_INPUT', 'maxAge');
    await expectRejected(look, CREATE_HELP, { ...create, email: 'not an email' }, 'BAD_USER_INPUT', 'email');
    await expectRejected(look, CREATE_HELP, { ...create, website: 'not a web address' }, 'BAD_USER_INPUT', 'website');
    await expectRejected(look, CREATE_HELP, { ...create, description: '' }, 'BAD_USER_INPUT', 'description');
    await expectRejected(look, CREATE_HELP, { ...create, partnershipId: missingId('Partnership') }, 'NOT_FOUND', 'partnershipId');
    const update = { id: h.id, expectedVersion: 1 };
    await expectRejected(look, UPDATE_HELP, { ...update, minAge: 20 }, 'BAD_USER_INPUT', 'maxAge'); // above the stored maxAge of 19
    await expectRejected(look, UPDATE_HELP, { ...update, maxAge: 9 }, 'BAD_USER_INPUT', 'maxAge');
    await expectRejected(look, UPDATE_HELP, { ...update, name: null }, 'BAD_USER_INPUT', 'name');
    await expectRejected(look, UPDATE_HELP, { ...update, expectedVersion: 2, name: 'Stale' }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, UPDATE_HELP, { ...update, id: missingId('HelpService'), name: 'Missing' }, 'NOT_FOUND', 'id');
    await mutate(UPDATE_HELP, { ...update, minAge: null, maxAge: 25 });
  });
});

// ---------------------------------------------------------------------------------------------
// Archive and restore: the same for every record type

const CREATE_ACTION = graphql(`
  mutation MutationsCreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      action {
        id
      }
      replayed
    }
  }
`);

/** What archive and restore return and the record's query reads: the same for every record type. */
interface ArchiveState {
  id: string;
  version: number;
  archivedAt: string | null;
}
/** archive<Type> or restore<Type>, selecting the record's ArchiveState. */
type ArchiveDocument = MutationDocument<{ [mutation: string]: { replayed: boolean; [record: string]: ArchiveState | boolean } | null }, RecordVersionInput>;

const ARCHIVE_PRIORITY = graphql(`
  mutation MutationsArchivePriority($input: RecordVersionInput!) {
    archivePriority(input: $input) {
      priority {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const RESTORE_PRIORITY = graphql(`
  mutation MutationsRestorePriority($input: RecordVersionInput!) {
    restorePriority(input: $input) {
      priority {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const PRIORITY_STATE = graphql(`
  query MutationsPriorityState($id: ID!) {
    priority(id: $id) {
      id
      version
      archivedAt
    }
    priorities(first: 0) {
      totalCount
    }
  }
`);
const ARCHIVE_OBJECTIVE = graphql(`
  mutation MutationsArchiveObjective($input: RecordVersionInput!) {
    archiveObjective(input: $input) {
      objective {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const RESTORE_OBJECTIVE = graphql(`
  mutation MutationsRestoreObjective($input: RecordVersionInput!) {
    restoreObjective(input: $input) {
      objective {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const OBJECTIVE_STATE = graphql(`
  query MutationsObjectiveState($id: ID!) {
    objective(id: $id) {
      id
      version
      archivedAt
    }
    objectives(first: 0) {
      totalCount
    }
  }
`);
const ARCHIVE_AGENCY = graphql(`
  mutation MutationsArchiveAgency($input: RecordVersionInput!) {
    archiveAgency(input: $input) {
      agency {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const RESTORE_AGENCY = graphql(`
  mutation MutationsRestoreAgency($input: RecordVersionInput!) {
    restoreAgency(input: $input) {
      agency {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const AGENCY_STATE = graphql(`
  query MutationsAgencyState($id: ID!) {
    agency(id: $id) {
      id
      version
      archivedAt
    }
    agencies(first: 0) {
      totalCount
    }
  }
`);
const ARCHIVE_MEASURE = graphql(`
  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {
    archiveOutcomeMeasure(input: $input) {
      outcomeMeasure {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const RESTORE_MEASURE = graphql(`
  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {
    restoreOutcomeMeasure(input: $input) {
      outcomeMeasure {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const MEASURE_STATE = graphql(`
  query MutationsMeasureState($id: ID!) {
    outcomeMeasure(id: $id) {
      id
      version
      archivedAt
    }
    outcomeMeasures(first: 0) {
      totalCount
    }
  }
`);
const ARCHIVE_REPROCUREMENT = graphql(`
  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {
    archiveReprocurement(input: $input) {
      reprocurement {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const RESTORE_REPROCUREMENT = graphql(`
  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {
    restoreReprocurement(input: $input) {
      reprocurement {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const REPROCUREMENT_STATE = graphql(`
  query MutationsReprocurementState($id: ID!) {
    reprocurement(id: $id) {
      id
      version
      archivedAt
    }
    reprocurements(first: 0) {
      totalCount
    }
  }
`);
const ARCHIVE_HELP = graphql(`
  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {
    archiveHelpService(input: $input) {
      helpService {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const RESTORE_HELP = graphql(`
  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {
    restoreHelpService(input: $input) {
      helpService {
        id
        version
        archivedAt
      }
      replayed
    }
  }
`);
const HELP_STATE = graphql(`
  query MutationsHelpServiceState($id: ID!) {
    helpService(id: $id) {
      id
      version
      archivedAt
    }
    helpServices(first: 0) {
      totalCount
    }
  }
`);

interface Archivable {
  type: string;
  create: () => Promise<{ id: string }>;
  archive: ArchiveDocument;
  restore: ArchiveDocument;
  /** The record's archive state and how many records of its type its list counts (live ones). */
  state: (id: string) => Promise<{ record: ArchiveState; listed: number }>;
}

const ARCHIVABLE: Archivable[] = [
  {
    type: 'Priority',
    create: () => mutate(CREATE_PRIORITY, { pillarId: seeded.pillarId, title: 'To archive' }),
    archive: ARCHIVE_PRIORITY,
    restore: RESTORE_PRIORITY,
    state: async (id) => api.read(PRIORITY_STATE, { id }).then((d) => ({ record: d.priority, listed: d.priorities.totalCount })),
  },
  {
    type: 'Objective',
    create: () => mutate(CREATE_OBJECTIVE, { priorityId: seeded.priorityId, text: 'To archive' }),
    archive: ARCHIVE_OBJECTIVE,
    restore: RESTORE_OBJECTIVE,
    state: async (id) => api.read(OBJECTIVE_STATE, { id }).then((d) => ({ record: d.objective, listed: d.objectives.totalCount })),
  },
  {
    type: 'Agency',
    create: () => mutate(CREATE_AGENCY, { name: `To archive ${Math.random()}`, kind: 'ROLE' }),
    archive: ARCHIVE_AGENCY,
    restore: RESTORE_AGENCY,
    state: async (id) => api.read(AGENCY_STATE, { id }).then((d) => ({ record: d.agency, listed: d.agencies.totalCount })),
  },
  {
    type: 'OutcomeMeasure',
    create: () => mutate(CREATE_MEASURE, { outcomeId: seeded.outcomeId, name: 'To archive', unit: 'COUNT', direction: 'CONTEXT_ONLY' }),
    archive: ARCHIVE_MEASURE,
    restore: RESTORE_MEASURE,
    state: async (id) => api.read(MEASURE_STATE, { id }).then((d) => ({ record: d.outcomeMeasure, listed: d.outcomeMeasures.totalCount })),
  },
  {
    type: 'Reprocurement',
    create: () => mutate(CREATE_REPROCUREMENT, { objectiveId: seeded.objectiveIds[0], service: 'To archive', expiryDate: '2025-01-01' }),
    archive: ARCHIVE_REPROCUREMENT,
    restore: RESTORE_REPROCUREMENT,
    state: async (id) => api.read(REPROCUREMENT_STATE, { id }).then((d) => ({ record: d.reprocurement, listed: d.reprocurements.totalCount })),
  },
  {
    type: 'HelpService',
    create: () => mutate(CREATE_HELP, { name: 'To archive', description: 'To archive.' }),
    archive: ARCHIVE_HELP,
    restore: RESTORE_HELP,
    state: async (id) => api.read(HELP_STATE, { id }).then((d) => ({ record: d.helpService, listed: d.helpServices.totalCount })),
  },
];

describe.each(ARCHIVABLE)('archive$type and restore$type', ({ type, create, archive, restore, state }) => {
  test('archive hides the record from its list but keeps it; restore brings it back; each is logged', async () => {
    const { id } = await create();
    const look = async () => (await state(id)).record;
    const count = async () => (await state(id)).listed;
    const live = await count();
    const archived = await mutate(archive, { id, expectedVersion: 1 });
    expect(archived).toEqual({ id, version: 2, archivedAt: expect.any(String) });
    expect(await look()).toEqual(archived);
    expect(await count()).toBe(live - 1);
    expect(await lastEntry(id, 2)).toMatchObject({
      operation: 'ARCHIVE',
      mutation: `archive${type}`,
      version: 2,
      changes: [{ field: 'archivedAt', before: null, after: archived.archivedAt }],
    });

    await expectRejected(look, archive, { id, expectedVersion: 2 }, 'BAD_USER_INPUT', 'id');
    await expectRejected(look, restore, { id, expectedVersion: 1 }, 'CONFLICT', 'expectedVersion');
    await expectRejected(look, restore, { id: missingId(type), expectedVersion: 1 }, 'NOT_FOUND', 'id');
    await expectRejected(look, restore, { id: seeded.actionId, expectedVersion: 1 }, 'BAD_USER_INPUT', 'id');

    const restored = await mutate(restore, { id, expectedVersion: 2 });
    expect(await look()).toEqual({ id, version: 3, archivedAt: null });
    expect(restored).toEqual(await look());
    expect(await count()).toBe(live);
    expect(await lastEntry(id, 3)).toMatchObject({ operation: 'RESTORE', changes: [{ field: 'archivedAt', before: archived.archivedAt, after: null }] });
    await expectRejected(look, restore, { id, expectedVersion: 3 }, 'BAD_USER_INPUT', 'id');
  });
});
