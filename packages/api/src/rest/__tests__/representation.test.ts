import Fastify from 'fastify';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { idsName, inputSchema, nullable, Representations, scalarSchema } from '../representation';

const schema = buildSchema(`
  scalar DateTimeISO
  scalar LocalDate
  interface Node { id: ID! }
  enum Status { OPEN CLOSED }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type OwnerConnection { nodes: [Owner!]! pageInfo: PageInfo! totalCount: Int! }
  "A person responsible."
  type Owner implements Node { id: ID! version: Int! name: String! }
  type Note { text: String! by: Owner }
  type Responsibility { owner: Owner! asWritten: String notes: [Note!]! }
  "A thing of the plan."
  type Thing implements Node {
    id: ID!
    version: Int!
    "What it is called."
    name: String!
    score: Int
    weight: Float!
    done: Boolean!
    due: LocalDate
    at: DateTimeISO!
    tags: [String!]!
    status: Status!
    owner: Owner
    helpers: [Owner!]!
    responsibilities: [Responsibility!]!
    others(first: Int! = 50, after: String): OwnerConnection!
    daysLeft(asOf: LocalDate): Int!
    scoreFor(year: Int!): Int
    old: String @deprecated(reason: "gone")
  }
  input ThingInput { name: String! score: Int = 1 tags: [String!] status: Status due: LocalDate }
  type Query { thing(id: ID!): Thing }
`);
const reps = new Representations(schema);
const thing = schema.getType('Thing') as GraphQLObjectType;
const owner = schema.getType('Owner') as GraphQLObjectType;

const data = {
  id: 'VGhpbmc6MQ==',
  version: 3,
  name: 'Pathway',
  score: null,
  weight: 1.5,
  done: false,
  due: '2025-03-31',
  at: '2024-04-01T00:00:00.000Z',
  tags: ['a', 'b'],
  status: 'OPEN',
  owner: { id: 'T3duZXI6MQ==', version: 1, name: 'RESET' },
  helpers: [
    { id: 'T3duZXI6Mg==', version: 2, name: 'MPS' },
    { id: 'T3duZXI6Mw==', version: 1, name: 'Turning Point' },
  ],
  responsibilities: [{ owner: { id: 'T3duZXI6MQ==' }, asWritten: 'Reset', notes: [{ text: 'lead', by: null }] }],
  daysLeft: 12,
};

describe('the representation of a type', () => {
  test('scalars, enums and their lists by name; related records as xId / xIds; value objects in full; no connections, required-argument or deprecated fields', () => {
    expect(reps.fieldNames(thing)).toEqual([
      'id',
      'version',
      'name',
      'score',
      'weight',
      'done',
      'due',
      'at',
      'tags',
      'status',
      'ownerId',
      'helperIds',
      'responsibilities',
      'daysLeft',
    ]);
    expect(reps.expandable(thing)).toEqual(['owner', 'helpers']);
    expect(reps.expandable(owner)).toEqual([]);
  });

  test('idsName makes a list of related records an ID list', () => {
    expect(idsName('agencies')).toBe('agencyIds');
    expect(idsName('progress')).toBe('progressIds');
    expect(idsName('risks')).toBe('riskIds');
    expect(idsName('helpers')).toBe('helperIds');
    expect(idsName('address')).toBe('addressIds');
  });
});

describe('selection', () => {
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  test('reads every property; related records by id; value objects with their own links by id', () => {
    expect(words(reps.selection(thing))).toBe(
      'id version name score weight done due at tags status owner { id } helpers { id } responsibilities { owner { id } asWritten notes { text by { id } } } daysLeft',
    );
  });

  test('fields= picks (id and version always: the ETag starts with the version); expand= embeds the record in its own representation', () => {
    expect(words(reps.selection(thing, { fields: new Set(['name']) }))).toBe('id version name');
    expect(words(reps.selection(thing, { fields: new Set(['ownerId', 'tags']) }))).toBe('id version tags owner { id }');
    expect(words(reps.selection(thing, { fields: new Set(['name']), expand: new Set(['helpers']) }))).toBe('id version name helpers { id version name }');
  });
});

describe('render', () => {
  test('GraphQL data as the representation: IDs for related records, value objects in full', () => {
    expect(reps.render(thing, data)).toEqual({
      id: 'VGhpbmc6MQ==',
      version: 3,
      name: 'Pathway',
      score: null,
      weight: 1.5,
      done: false,
      due: '2025-03-31',
      at: '2024-04-01T00:00:00.000Z',
      tags: ['a', 'b'],
      status: 'OPEN',
      ownerId: 'T3duZXI6MQ==',
      helperIds: ['T3duZXI6Mg==', 'T3duZXI6Mw=='],
      responsibilities: [{ ownerId: 'T3duZXI6MQ==', asWritten: 'Reset', notes: [{ text: 'lead', byId: null }] }],
      daysLeft: 12,
    });
    expect(reps.render(thing, { ...data, owner: null, helpers: [] })).toMatchObject({ ownerId: null, helperIds: [] });
  });

  test('fields= keeps id and the fields asked for; version is read but not shown unless asked', () => {
    expect(reps.render(thing, data, { fields: new Set(['name', 'helperIds']) })).toEqual({
      id: data.id,
      name: 'Pathway',
      helperIds: ['T3duZXI6Mg==', 'T3duZXI6Mw=='],
    });
    expect(reps.render(thing, data, { fields: new Set() })).toEqual({ id: data.id });
  });

  test('expand= adds the record beside its ID (when the ID is picked too)', () => {
    expect(reps.render(thing, data, { fields: new Set(['name']), expand: new Set(['owner', 'helpers']) })).toEqual({
      id: data.id,
      name: 'Pathway',
      owner: { id: 'T3duZXI6MQ==', version: 1, name: 'RESET' },
      helpers: [
        { id: 'T3duZXI6Mg==', version: 2, name: 'MPS' },
        { id: 'T3duZXI6Mw==', version: 1, name: 'Turning Point' },
      ],
    });
    expect(reps.render(thing, { ...data, owner: null }, { expand: new Set(['owner']) })).toMatchObject({ ownerId: null, owner: null });
  });
});

describe('JSON Schema', () => {
  const ownerSchema = { $id: 'Owner', ...reps.jsonSchema(owner, () => ({})) };
  const thingSchema = reps.jsonSchema(thing, (t) => ({ $ref: `${t.name}#` }));
  /** Fastify's own validator (Ajv, with formats), strict: nothing removed, coerced or defaulted. */
  const app = Fastify({ ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } } });
  app.addSchema(ownerSchema);
  app.post('/thing', { schema: { body: { $id: 'Thing', ...thingSchema } } }, async () => ({ valid: true }));
  let url = '';
  beforeAll(async () => {
    url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/thing`;
  });
  afterAll(() => app.close());
  const validate = async (body: unknown) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.status === 200 ? true : ((await res.json()) as { message: string }).message;
  };

  test('describes the representation: types, nullability, enums, formats, descriptions; only id is required', () => {
    const properties = thingSchema.properties as Record<string, Record<string, unknown>>;
    expect(thingSchema).toMatchObject({ type: 'object', required: ['id'], additionalProperties: false, description: 'A thing of the plan.' });
    expect(properties.name).toEqual({ type: 'string', description: 'What it is called.' });
    expect(properties.score).toEqual({ type: ['integer', 'null'] });
    expect(properties.weight).toEqual({ type: 'number' });
    expect(properties.due).toEqual({ type: ['string', 'null'], format: 'date' });
    expect(properties.at).toEqual({ type: 'string', format: 'date-time' });
    expect(properties.tags).toEqual({ type: 'array', items: { type: 'string' } });
    expect(properties.status).toEqual({ type: 'string', enum: ['OPEN', 'CLOSED'] });
    expect(properties.ownerId).toMatchObject({ type: ['string', 'null'] });
    expect(properties.helperIds).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(properties.owner).toMatchObject({ anyOf: [{ $ref: 'Owner#' }, { type: 'null' }] });
    expect(properties.helpers).toMatchObject({ type: 'array', items: { $ref: 'Owner#' } });
  });

  test('what render gives validates against it, with fields= and expand= too; anything else does not', async () => {
    for (const options of [
      {},
      { fields: new Set(['name']) },
      { expand: new Set(['owner', 'helpers']) },
      { fields: new Set<string>(), expand: new Set(['helpers']) },
    ]) {
      const rendered = reps.render(thing, data, options);
      expect({ options, valid: await validate(rendered) }).toEqual({ options, valid: true });
    }
    expect(await validate({ ...reps.render(thing, data), status: 'LOST' })).toMatch(/enum|allowed values/);
    expect(await validate({ ...reps.render(thing, data), colour: 'red' })).toMatch(/additional properties/);
    expect(await validate({ name: 'no id' })).toMatch(/required property 'id'/);
    expect(await validate({ ...reps.render(thing, data), due: 'soon' })).toMatch(/format "date"/);
    expect(await validate({ ...reps.render(thing, data), owner: { id: 'x', name: 1 } })).toMatch(/owner/);
  });

  test('scalars and input types', () => {
    expect(scalarSchema(schema.getType('Boolean')!)).toEqual({ type: 'boolean' });
    expect(nullable({ type: 'string', enum: ['A'] })).toEqual({ type: ['string', 'null'], enum: ['A', null] });
    expect(nullable({ $ref: 'X#' })).toEqual({ anyOf: [{ $ref: 'X#' }, { type: 'null' }] });
    expect(nullable({})).toEqual({});
    const input = inputSchema(schema.getType('ThingInput') as never);
    expect(input).toEqual({
      type: ['object', 'null'],
      properties: {
        name: { type: 'string' },
        score: { type: ['integer', 'null'] },
        tags: { type: ['array', 'null'], items: { type: 'string' } },
        status: { type: ['string', 'null'], enum: ['OPEN', 'CLOSED', null] },
        due: { type: ['string', 'null'], format: 'date' },
      },
      required: ['name'],
      additionalProperties: false,
    });
  });
});
