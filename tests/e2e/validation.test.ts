import { createClient, BadInputError } from '@cdp/sdk';
import { bearer, createKey, gql, startServer, TestServer } from '../support/server';

/**
 * One validation error shape for every invalid argument and input, whatever stage finds it
 * (graphql-js rejecting a variable, class-validator, a service's own rule):
 * `extensions: { code: 'BAD_USER_INPUT', fields: [{ path, rule, message }] }`, with every problem
 * of an input at once, and a message naming the field without echoing the value.
 */
let server: TestServer;
let headers: Record<string, string>;
let actionId: string;
let percentMeasureId: string;

beforeAll(async () => {
  server = await startServer();
  headers = bearer(createKey(server.databaseFile, { role: 'admin', name: 'Coordinator' }));
  const { body } = await gql(server.url, '{ actions(first: 1) { nodes { id } } outcomeMeasures(first: 100) { nodes { id unit } } }', undefined, headers);
  actionId = body.data.actions.nodes[0].id;
  percentMeasureId = body.data.outcomeMeasures.nodes.find((m: { unit: string }) => m.unit === 'PERCENT').id;
});
afterAll(() => server.stop());

type Field = { path: string; rule: string; message: string };
async function rejected(query: string, variables?: Record<string, unknown>): Promise<{ message: string; fields: Field[] }> {
  const { body } = await gql(server.url, query, variables, headers);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: expect.any(Array) });
  for (const f of error.extensions!.fields as Field[]) {
    expect(Object.keys(f).sort()).toEqual(['message', 'path', 'rule']);
    expect(f.rule).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(f.message).toContain(`"${f.path}"`);
  }
  return { message: error.message, fields: error.extensions!.fields };
}
const pathsAndRules = (fields: Field[]) => fields.map(({ path, rule }) => ({ path, rule }));

test('a bad durationMonths does not hide a dueDate outside the plan period: both at once, and nothing written', async () => {
  const before = await gql(server.url, 'query($id: ID!) { action(id: $id) { version durationMonths dueDate } }', { id: actionId }, headers);
  const { version } = before.body.data.action;
  const { fields, message } = await rejected('mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }', {
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
  const after = await gql(server.url, 'query($id: ID!) { action(id: $id) { version durationMonths dueDate } }', { id: actionId }, headers);
  expect(after.body.data).toEqual(before.body.data);
});

test('every name of an agency already taken is its own problem, with the class-validator ones', async () => {
  const { fields } = await rejected('mutation($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id } } }', {
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
  const { fields } = await rejected('mutation($input: RecordMeasureValueInput!) { recordMeasureValue(input: $input) { measureValue { id } } }', {
    input: { measureId: percentMeasureId, kind: 'OBSERVED', periodLabel: '2025', periodStart: '2025-12-31', periodEnd: '2025-01-01', value: 101 },
  });
  expect(pathsAndRules(fields).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
    { path: 'input.periodEnd', rule: 'periodOrder' },
    { path: 'input.value', rule: 'percentRange' },
  ]);
});

test('UK phone numbers: "abc" is refused, national, 03xx, 0800 and +44 forms are accepted', async () => {
  const create = 'mutation($input: CreateHelpServiceInput!) { createHelpService(input: $input) { helpService { phone } } }';
  for (const phone of ['abc', '12345', '+1 202 555 0100', '020 7422 6752 ext', '0800 FRANK']) {
    const { fields } = await rejected(create, { input: { name: 'Helpline', description: 'Help.', phone } });
    expect({ phone, fields: pathsAndRules(fields) }).toEqual({ phone, fields: [{ path: 'input.phone', rule: 'isUkPhone' }] });
  }
  for (const phone of ['020 7422 6752', '0300 123 6600', '0800 77 66 00', '0345 123 4567', '+44 20 7422 6752', '116 123']) {
    const { body } = await gql(server.url, create, { input: { name: `Helpline ${phone}`, description: 'Help.', phone } }, headers);
    expect({ phone, errors: body.errors }).toEqual({ phone, errors: undefined });
    expect(body.data.createHelpService.helpService.phone).toBe(phone);
  }
});

test("graphql-js's rejection of a variable has the same shape, and its message does not echo the value", async () => {
  const create = 'mutation($input: CreateReprocurementInput!) { createReprocurement(input: $input) { reprocurement { id } } }';
  const objectiveId = (await gql(server.url, '{ objectives(first: 1) { nodes { id } } }', undefined, headers)).body.data.objectives.nodes[0].id;
  const bad = await rejected(create, { input: { objectiveId, service: 'Contract', expiryDate: '2024-02-30' } });
  expect(pathsAndRules(bad.fields)).toEqual([{ path: 'input.expiryDate', rule: 'isDate' }]);
  const long = await rejected(create, { input: { objectiveId, service: 'Contract', expiryDate: 'z'.repeat(5000) } });
  expect(long.message.length).toBeLessThan(400);
  const missing = await rejected(create, { input: { objectiveId, expiryDate: '2025-01-01' } });
  expect(pathsAndRules(missing.fields)).toEqual([{ path: 'input.service', rule: 'required' }]);
});

test('arguments of queries: the path names the argument ("filter.search", "quarter")', async () => {
  const search = await rejected('{ actions(filter: { search: "" }) { totalCount } }');
  expect(pathsAndRules(search.fields)).toEqual([{ path: 'filter.search', rule: 'minLength' }]);
  const quarter = await rejected('{ progressReport(quarter: "2024-25 Q1 and then some more text") { quarter } }');
  expect(pathsAndRules(quarter.fields)).toEqual([{ path: 'quarter', rule: 'maxLength' }]);
});

test('the SDK throws BadInputError with the fields', async () => {
  const client = createClient({ url: server.url, apiKey: headers.authorization.slice('Bearer '.length) });
  const error = await client.createHelpService({ name: 'Helpline', description: 'Help.', phone: 'abc', minAge: 30, maxAge: 20 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BadInputError);
  expect((error as BadInputError).extensions.fields).toEqual([
    { path: 'input.phone', rule: 'isUkPhone', message: expect.stringContaining('"input.phone"') },
    { path: 'input.maxAge', rule: 'ageRange', message: expect.stringContaining('"input.maxAge"') },
  ]);
});

test('version is an Int on every record type, like expectedVersion', async () => {
  const { body } = await gql(server.url, '{ __schema { types { name kind fields { name type { kind ofType { name } } } } } }', undefined, headers);
  const versions = body.data.__schema.types.flatMap((t: any) => (t.kind === 'OBJECT' && t.name !== 'AuditEntry' ? (t.fields ?? []).filter((f: any) => f.name === 'version').map((f: any) => ({ type: t.name, version: f.type })) : []));
  expect(versions.length).toBeGreaterThanOrEqual(8);
  for (const v of versions) expect(v).toEqual({ type: v.type, version: { kind: 'NON_NULL', ofType: { name: 'Int' } } });
});
