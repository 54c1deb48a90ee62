import { BadInputError, type FieldProblem, type TypedDocument } from '@cdp/sdk';
import { connectAsAdmin, post, type Api, type Response } from '../support/api';
import { graphql } from '../support/generated';
import { gql, startServer, TestServer } from '../support/server';

/**
 * One validation error shape for every invalid argument and input, whatever stage finds it
 * (graphql-js rejecting a variable, class-validator, a service's own rule):
 * `extensions: { code: 'BAD_USER_INPUT', fields: [{ path, rule, message }] }`, with every problem
 * of an input at once, and a message naming the field without echoing the value.
 */
let server: TestServer;
/** Every request sends an admin key. */
let api: Api;
let actionId: string;
let percentMeasureId: string;

const FIXTURES = graphql(`
  query ValidationFixtures {
    actions(first: 1) {
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
  server = await startServer();
  api = connectAsAdmin(server, 'Coordinator');
  const data = await api.read(FIXTURES);
  actionId = data.actions.nodes[0].id;
  percentMeasureId = data.outcomeMeasures.nodes.find((m) => m.unit === 'PERCENT')!.id;
});
afterAll(() => server.stop());

type Field = FieldProblem;
/** Sends `document` with `variables`; its one BAD_USER_INPUT error. */
async function rejected<TData, TVariables>(document: TypedDocument<TData, TVariables>, variables?: TVariables): Promise<{ message: string; fields: Field[] }> {
  return oneBadInput(await post(api.url, document, variables, api.headers));
}
/** rejected, with variables the document's type refuses (a required field left out). */
async function rejectedUnchecked<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: Record<string, unknown>,
): Promise<{ message: string; fields: Field[] }> {
  return oneBadInput(await api.sendInvalid(document, variables));
}
function oneBadInput({ body }: Response<unknown>): { message: string; fields: Field[] } {
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: expect.any(Array) });
  const fields = error.extensions!.fields!;
  for (const f of fields) {
    expect(Object.keys(f).sort()).toEqual(['message', 'path', 'rule']);
    expect(f.rule).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(f.message).toContain(`"${f.path}"`);
  }
  return { message: error.message, fields };
}
const pathsAndRules = (fields: Field[]) => fields.map(({ path, rule }) => ({ path, rule }));

test('a bad durationMonths does not hide a dueDate outside the plan period: both at once, and nothing written', async () => {
  const ACTION = graphql(`
    query ValidationAction($id: ID!) {
      action(id: $id) {
        version
        durationMonths
        dueDate
      }
    }
  `);
  const UPDATE = graphql(`
    mutation ValidationUpdateAction($input: UpdateActionInput!) {
      updateAction(input: $input) {
        action {
          id
        }
      }
    }
  `);
  const before = await api.read(ACTION, { id: actionId });
  const { version } = before.action;
  const { fields, message } = await rejected(UPDATE, {
    input: { id: actionId, expectedVersion: version, durationMonths: 0, dueDate: '2030-01-01', target: 'x'.repeat(301) },
  });
  expect(pathsAndRules(fields)).toEqual(
    expect.arrayContaining([
      { path: 'input.durationMonths', rule: 'min' },
      { path: 'input.target', rule: 'maxLength' },
      { path: 'input.dueDate', rule: 'withinPlanPeriod' },
    ]),
  );
  expect(fields).toHaveLength(3);
  expect(message).toMatch(/input\.durationMonths[\s\S]*input\.dueDate/);
  const after = await api.read(ACTION, { id: actionId });
  expect(after).toEqual(before);
});

test('every name of an agency already taken is its own problem, with the class-validator ones', async () => {
  const CREATE = graphql(`
    mutation ValidationCreateAgency($input: CreateAgencyInput!) {
      createAgency(input: $input) {
        agency {
          id
        }
      }
    }
  `);
  const { fields } = await rejected(CREATE, {
    input: { name: 'Metropolitan Police Service', shortName: 'RESET', kind: 'ORGANISATION', aliases: ['A fine new alias', 'ELFT', 'y'.repeat(201)] },
  });
  expect(pathsAndRules(fields)).toEqual(
    expect.arrayContaining([
      { path: 'input.aliases', rule: 'maxLength' },
      { path: 'input.name', rule: 'nameTaken' },
      { path: 'input.shortName', rule: 'nameTaken' },
      { path: 'input.aliases.1', rule: 'nameTaken' },
    ]),
  );
});

test('recordMeasureValue: a period running backwards and a percentage over 100, together', async () => {
  const RECORD = graphql(`
    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {
      recordMeasureValue(input: $input) {
        measureValue {
          id
        }
      }
    }
  `);
  const { fields } = await rejected(RECORD, {
    input: { measureId: percentMeasureId, kind: 'OBSERVED', periodLabel: '2025', periodStart: '2025-12-31', periodEnd: '2025-01-01', value: 101 },
  });
  expect(pathsAndRules(fields).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
    { path: 'input.periodEnd', rule: 'periodOrder' },
    { path: 'input.value', rule: 'percentRange' },
  ]);
});

test('UK phone numbers: "abc" is refused, national, 03xx, 0800 and +44 forms are accepted', async () => {
  const create = graphql(`
    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {
      createHelpService(input: $input) {
        helpService {
          phone
        }
      }
    }
  `);
  for (const phone of ['abc', '12345', '+1 202 555 0100', '020 7422 6752 ext', '0800 FRANK']) {
    const { fields } = await rejected(create, { input: { name: 'Helpline', description: 'Help.', phone } });
    expect({ phone, fields: pathsAndRules(fields) }).toEqual({ phone, fields: [{ path: 'input.phone', rule: 'isUkPhone' }] });
  }
  for (const phone of ['020 7422 6752', '0300 123 6600', '0800 77 66 00', '0345 123 4567', '+44 20 7422 6752', '116 123']) {
    const { body } = await api.send(create, { input: { name: `Helpline ${phone}`, description: 'Help.', phone } });
    expect({ phone, errors: body.errors }).toEqual({ phone, errors: undefined });
    expect(body.data!.createHelpService!.helpService.phone).toBe(phone);
  }
});

test("graphql-js's rejection of a variable has the same shape, and its message does not echo the value", async () => {
  const create = graphql(`
    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {
      createReprocurement(input: $input) {
        reprocurement {
          id
        }
      }
    }
  `);
  const OBJECTIVE = graphql(`
    query ValidationObjective {
      objectives(first: 1) {
        nodes {
          id
        }
      }
    }
  `);
  const objectiveId = (await api.read(OBJECTIVE)).objectives.nodes[0].id;
  const bad = await rejected(create, { input: { objectiveId, service: 'Contract', expiryDate: '2024-02-30' } });
  expect(pathsAndRules(bad.fields)).toEqual([{ path: 'input.expiryDate', rule: 'isDate' }]);
  const long = await rejected(create, { input: { objectiveId, service: 'Contract', expiryDate: 'z'.repeat(5000) } });
  expect(long.message.length).toBeLessThan(400);
  const missing = await rejectedUnchecked(create, { input: { objectiveId, expiryDate: '2025-01-01' } });
  expect(pathsAndRules(missing.fields)).toEqual([{ path: 'input.service', rule: 'required' }]);
});

test('arguments of queries: the path names the argument ("filter.search", "quarter")', async () => {
  const SEARCH = graphql(`
    query ValidationEmptySearch {
      actions(filter: { search: "" }) {
        totalCount
      }
    }
  `);
  const QUARTER = graphql(`
    query ValidationLongQuarter {
      progressReport(quarter: "2024-25 Q1 and then some more text") {
        quarter
      }
    }
  `);
  const search = await rejected(SEARCH);
  expect(pathsAndRules(search.fields)).toEqual([{ path: 'filter.search', rule: 'minLength' }]);
  const quarter = await rejected(QUARTER);
  expect(pathsAndRules(quarter.fields)).toEqual([{ path: 'quarter', rule: 'maxLength' }]);
});

test('the SDK throws BadInputError with the fields', async () => {
  const error = await api.client.createHelpService({ name: 'Helpline', description: 'Help.', phone: 'abc', minAge: 30, maxAge: 20 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BadInputError);
  expect((error as BadInputError).extensions.fields).toEqual([
    { path: 'input.phone', rule: 'isUkPhone', message: expect.stringContaining('"input.phone"') },
    { path: 'input.maxAge', rule: 'ageRange', message: expect.stringContaining('"input.maxAge"') },
  ]);
});

test('version is an Int on every record type, like expectedVersion', async () => {
  const SCHEMA = graphql(`
    query ValidationVersionTypes {
      __schema {
        types {
          name
          kind
          fields {
            name
            type {
              kind
              ofType {
                name
              }
            }
          }
        }
      }
    }
  `);
  const { __schema } = await api.read(SCHEMA);
  const versions = __schema.types.flatMap((t) =>
    t.kind === 'OBJECT' && t.name !== 'AuditEntry' ? (t.fields ?? []).filter((f) => f.name === 'version').map((f) => ({ type: t.name, version: f.type })) : [],
  );
  expect(versions.length).toBeGreaterThanOrEqual(8);
  for (const v of versions) expect(v).toEqual({ type: v.type, version: { kind: 'NON_NULL', ofType: { name: 'Int' } } });
});

test('U+0000 in any input string, literal or variable, is BAD_USER_INPUT (rule noNulCharacter) on both engines, and nothing is written', async () => {
  const before = await gql(api.url, `query($id: ID!) { node(id: $id) { ... on Action { version text } } }`, { id: actionId });
  const literal = await gql(
    api.url,
    `mutation { updateAction(input: { id: "${actionId}", expectedVersion: 1, text: "a\\u0000b" }) { action { id } } }`,
    {},
    api.headers,
  );
  const variable = await gql(api.url, `query($s: String) { actions(filter: { search: $s }) { totalCount } }`, { s: 'x\u0000' });
  const nested = await gql(
    api.url,
    `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`,
    { input: { id: actionId, expectedVersion: 1, text: 'ok', target: 'bad\u0000' } },
    api.headers,
  );
  for (const [res, path] of [
    [literal, 'input'],
    [variable, 's'],
    [nested, 'input.target'],
  ] as const) {
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path, rule: 'noNulCharacter' })] }),
      }),
    ]);
  }
  const after = await gql(api.url, `query($id: ID!) { node(id: $id) { ... on Action { version text } } }`, { id: actionId });
  expect(after.body).toEqual(before.body);
});
