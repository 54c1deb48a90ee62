import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
} from 'graphql';
import { ARGUMENT_MAX_LENGTHS, argumentMaxLength, fragmentsOf, inputLengthProblems, MAX_STRING_LENGTH, MAX_TOKEN_LENGTH, maxLengthOf } from '..';
import { operationOf, schema } from './schema';

function problems(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  return inputLengthProblems({ schema, operation: operationOf(document), fragment: fragmentsOf(document), variables });
}

/** A string position in a root field's arguments: the argument, the path to it, the value's type, its bound. */
interface Position {
  root: 'Query' | 'Mutation';
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  /** Keys and list indexes below the argument, e.g. ['aliases', 0]. */
  steps: Array<string | 0>;
  limit: number;
}

/** Every string-valued position (String, ID and the other scalars, in lists and input objects) under a root field's arguments. */
function stringPositions(): Position[] {
  const found: Position[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    for (const field of Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields())) {
      for (const argument of field.args) {
        const walk = (type: GraphQLInputType, steps: Array<string | 0>, limit: number, seen: Set<string>) => {
          const nullable = getNullableType(type) as GraphQLInputType;
          if (isListType(nullable)) return walk(nullable.ofType, [...steps, 0], limit, seen);
          if (isInputObjectType(nullable)) {
            if (seen.has(nullable.name)) return;
            for (const f of Object.values(nullable.getFields()))
              walk(f.type, [...steps, f.name], maxLengthOf(getNamedType(f.type)), new Set([...seen, nullable.name]));
            return;
          }
          if (isScalarType(nullable) && !['Int', 'Float', 'Boolean'].includes(nullable.name)) found.push({ root, field, argument, steps, limit });
        };
        walk(argument.type, [], argumentMaxLength(root, field.name, argument), new Set());
      }
    }
  }
  return found;
}

/** `{ root: { a: [ "…" ] } }` for steps ['a', 0]. */
function nest(steps: Array<string | 0>, leaf: unknown): unknown {
  return steps.reduceRight<unknown>((inner, step) => (step === 0 ? [inner] : { [step]: inner }), leaf);
}

const pathOf = (p: Position) => p.argument.name + p.steps.map((s) => `.${s}`).join('');

function operationFor(p: Position): string {
  const selection = isCompositeType(getNamedType(p.field.type)) ? ' { __typename }' : '';
  return `${p.root.toLowerCase()}($v: ${String(p.argument.type)}) { ${p.field.name}(${p.argument.name}: $v)${selection} }`;
}

describe('every string argument and input field of the committed schema is bounded before anything runs', () => {
  const positions = stringPositions();

  test('the walk covers every root query and mutation that takes a string anywhere in its arguments', () => {
    expect(positions.length).toBeGreaterThan(150);
    const roots = new Set(positions.map((p) => `${p.root}.${p.field.name}`));
    for (const name of [
      'Query.agency',
      'Query.nodes',
      'Query.changes',
      'Query.actions',
      'Mutation.createAgency',
      'Mutation.recordProgress',
      'Mutation.updatePriority',
    ]) {
      expect(roots).toContain(name);
    }
    for (const p of positions) expect(p.limit).toBeLessThanOrEqual(MAX_STRING_LENGTH);
    expect(positions.filter((p) => p.argument.name === 'after').every((p) => p.limit === MAX_TOKEN_LENGTH)).toBe(true);
  });

  test('each position takes a value of its bound and refuses one character more, naming its path (as a variable)', () => {
    const wrong: string[] = [];
    for (const p of positions) {
      const query = operationFor(p);
      const at = problems(query, { v: nest(p.steps, 'x'.repeat(p.limit)) });
      const over = problems(query, { v: nest(p.steps, 'x'.repeat(p.limit + 1)) });
      const expected = [
        {
          path: pathOf(p),
          rule: 'maxLength',
          limit: p.limit,
          length: p.limit + 1,
          message: `Argument "${pathOf(p)}" must be at most ${p.limit} characters long, got ${p.limit + 1}.`,
        },
      ];
      if (at.length || JSON.stringify(over) !== JSON.stringify(expected)) wrong.push(`${p.root}.${p.field.name} ${pathOf(p)}: ${JSON.stringify(over)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('and as a literal, for the arguments that are strings themselves', () => {
    for (const p of positions.filter((q) => q.steps.length === 0 && !isListType(isNonNullType(q.argument.type) ? q.argument.type.ofType : q.argument.type))) {
      const selection = isCompositeType(getNamedType(p.field.type)) ? ' { __typename }' : '';
      const literal = (n: number) => `${p.root.toLowerCase()} { ${p.field.name}(${p.argument.name}: "${'x'.repeat(n)}")${selection} }`;
      expect(problems(literal(p.limit))).toEqual([]);
      expect(problems(literal(p.limit + 1)).map((q) => q.path)).toEqual([p.argument.name]);
    }
  });

  test('Strings are bounded at 10,000 (the longest input field), IDs, cursors and dates at 100; the overrides exist and say their bound', () => {
    expect(MAX_STRING_LENGTH).toBe(10_000);
    expect(MAX_TOKEN_LENGTH).toBe(100);
    expect(ARGUMENT_MAX_LENGTHS).toEqual({ 'Query.agency(name:)': 200, 'Query.changes(entityType:)': 50, 'Query.plan(periodLabel:)': 50 });
    for (const [coordinate, limit] of Object.entries(ARGUMENT_MAX_LENGTHS)) {
      const [, type, field, name] = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate)!;
      const argument = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field].args.find((a) => a.name === name);
      expect({ coordinate, description: argument?.description }).toEqual({ coordinate, description: expect.stringContaining(`at most ${limit} characters`) });
    }
  });
});

describe('inputLengthProblems', () => {
  const long = 'x'.repeat(MAX_STRING_LENGTH + 1);

  test('walks fragments (each once), inline fragments, nested fields and directives', () => {
    const source = `query($s: Boolean!) { ...F ... on Query { agency(name: "${'n'.repeat(201)}") { id } } plan { pillars(after: "${'c'.repeat(101)}") { totalCount } } }
      fragment F on Query { a: actions(filter: { search: "${long}" }) @include(if: $s) { totalCount } b: actions(filter: { search: "${long}" }) { totalCount } }`;
    expect(problems(source, { s: true }).map((p) => p.path)).toEqual(['filter.search', 'name', 'after']);
  });

  test('strings under unknown keys or in values that do not fit their type are bounded too, and a deep value cannot overflow the stack', () => {
    const query = 'query($f: ActionFilter) { actions(filter: $f) { totalCount } }';
    expect(problems(query, { f: { nope: { deeper: [long] } } }).map((p) => p.path)).toEqual(['filter.nope.deeper.0']);
    expect(problems(query, { f: { search: [long] } }).map((p) => p.path)).toEqual(['filter.search.0']);
    let deep: unknown = long;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problems(query, { f: { nope: deep } })).toHaveLength(1);
    expect(problems(query, { f: { search: 'short', agency: 'RESET' } })).toEqual([]);
  });

  test("a variable's default is checked where the variable is used", () => {
    expect(problems(`query($n: String = "${'n'.repeat(201)}") { agency(name: $n) { id } }`).map((p) => [p.path, p.limit])).toEqual([['name', 200]]);
    expect(problems(`query($n: String = "${'n'.repeat(201)}") { agency(name: $n) { id } }`, { n: 'RESET' })).toEqual([]);
  });

  test('lists at most 20 problems, each path once', () => {
    const ids = Array.from({ length: 100 }, () => 'i'.repeat(101));
    const found = problems('query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }', { ids });
    expect(found).toHaveLength(20);
    expect(new Set(found.map((p) => p.path)).size).toBe(20);
  });
});
