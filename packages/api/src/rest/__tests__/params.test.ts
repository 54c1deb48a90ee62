import { buildSchema, GraphQLField, GraphQLObjectType } from 'graphql';
import { coerceParam, nameList, paramSchema, paramsOf, ParamSpec } from '../params';
import { ProblemError } from '../problem';

const schema = buildSchema(`
  enum Status { OPEN CLOSED }
  input ThingFilter {
    "Only things of this owner."
    owner: String
    status: [Status!]
    minScore: Int
    weight: Float
    overdue: Boolean
    ids: [ID!]
  }
  type Thing { id: ID! }
  type ThingConnection { nodes: [Thing!]! totalCount: Int! }
  type Query {
    things(first: Int! = 50, after: String, filter: ThingFilter, "The date to measure from." asOf: String, id: ID): ThingConnection!
  }
`);
const field = (schema.getType('Query') as GraphQLObjectType).getFields().things as GraphQLField<unknown, unknown>;
const specs = paramsOf(field);
const spec = (name: string): ParamSpec => specs.find((s) => s.name === name)!;

describe('paramsOf', () => {
  test("a list field's arguments and its filter's fields are the parameters, under the same names; first and after are the page's", () => {
    expect(specs.map((s) => [s.name, s.into])).toEqual([
      ['owner', 'filter'],
      ['status', 'filter'],
      ['minScore', 'filter'],
      ['weight', 'filter'],
      ['overdue', 'filter'],
      ['ids', 'filter'],
      ['asOf', 'arg'],
      ['id', 'arg'],
    ]);
    expect(spec('owner').description).toBe('Only things of this owner.');
    expect(spec('asOf').description).toBe('The date to measure from.');
  });

  test('skips the arguments the path gives', () => {
    expect(paramsOf(field, ['id']).map((s) => s.name)).not.toContain('id');
  });
});

describe('coerceParam', () => {
  test('numbers and booleans that read as such become numbers and booleans', () => {
    expect(coerceParam(spec('minScore'), '9')).toBe(9);
    expect(coerceParam(spec('minScore'), '-3')).toBe(-3);
    expect(coerceParam(spec('weight'), '2.5')).toBe(2.5);
    expect(coerceParam(spec('weight'), '1e3')).toBe(1000);
    expect(coerceParam(spec('overdue'), 'true')).toBe(true);
    expect(coerceParam(spec('overdue'), 'false')).toBe(false);
  });

  test('anything else stays the string, for GraphQL to refuse with its own message', () => {
    expect(coerceParam(spec('minScore'), 'nine')).toBe('nine');
    expect(coerceParam(spec('minScore'), '2.5')).toBe('2.5');
    expect(coerceParam(spec('weight'), '')).toBe('');
    expect(coerceParam(spec('overdue'), 'yes')).toBe('yes');
    expect(coerceParam(spec('overdue'), 'TRUE')).toBe('TRUE');
    expect(coerceParam(spec('owner'), '42')).toBe('42'); // a String is never converted
    expect(coerceParam(spec('asOf'), '2024-04-01')).toBe('2024-04-01');
  });

  test('a list takes comma-separated values, repeated parameters, or both; blanks are dropped', () => {
    expect(coerceParam(spec('status'), 'OPEN')).toEqual(['OPEN']);
    expect(coerceParam(spec('status'), 'OPEN,CLOSED')).toEqual(['OPEN', 'CLOSED']);
    expect(coerceParam(spec('status'), ['OPEN', 'CLOSED'])).toEqual(['OPEN', 'CLOSED']);
    expect(coerceParam(spec('status'), ['OPEN, CLOSED', 'OPEN'])).toEqual(['OPEN', 'CLOSED', 'OPEN']);
    expect(coerceParam(spec('status'), 'OPEN,,')).toEqual(['OPEN']);
    expect(coerceParam(spec('status'), '')).toEqual([]);
    expect(coerceParam(spec('ids'), 'a,b')).toEqual(['a', 'b']);
  });

  test('a single value given twice is refused, naming the parameter', () => {
    expect(() => coerceParam(spec('owner'), ['RESET', 'MPS'])).toThrow(ProblemError);
    try {
      coerceParam(spec('minScore'), ['1', '2']);
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, detail: 'The query parameter "minScore" is given 2 times; give it once.' });
    }
    // A single value given once as an array is fine (the query parser's shape for one value may vary).
    expect(coerceParam(spec('owner'), ['RESET'])).toBe('RESET');
  });
});

describe('paramSchema', () => {
  test('a parameter is absent rather than null: its schema has no null', () => {
    expect(paramSchema(spec('minScore'))).toEqual({ type: 'integer' });
    expect(paramSchema(spec('owner'))).toEqual({ type: 'string', description: 'Only things of this owner.' });
    expect(paramSchema(spec('status'))).toEqual({ type: 'array', items: { type: 'string', enum: ['OPEN', 'CLOSED'] } });
    expect(paramSchema(spec('overdue'))).toEqual({ type: 'boolean' });
  });
});

describe('nameList', () => {
  const allowed = ['text', 'status', 'dueDate'];
  test('splits comma-separated and repeated names', () => {
    expect(nameList('fields', undefined, allowed)).toBeUndefined();
    expect([...nameList('fields', 'text,status', allowed)!]).toEqual(['text', 'status']);
    expect([...nameList('fields', ['text', 'dueDate, status'], allowed)!]).toEqual(['text', 'dueDate', 'status']);
    expect([...nameList('fields', '', allowed)!]).toEqual([]);
  });

  test('refuses names the resource does not have, each a field problem', () => {
    let error: unknown;
    try {
      nameList('expand', 'text,colour,size', allowed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      members: {
        fields: [
          { path: 'query.expand', rule: 'isIn', message: expect.stringContaining('"colour"') },
          { path: 'query.expand', rule: 'isIn', message: expect.stringContaining('"size"') },
        ],
      },
    });
    expect((error as ProblemError).detail).toMatch(/^expand= names "colour", "size", which this resource does not have\. It takes: text, status, dueDate\.$/);
  });
});
