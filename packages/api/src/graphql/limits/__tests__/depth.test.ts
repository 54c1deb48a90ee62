import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { depthMeasure, fragmentsOf, maxDepthRule } from '..';
import { DEFAULT_PLAYGROUND_QUERY } from '../../../http/playground-query';
import { operationOf, schema } from './schema';

function depth(source: string): number {
  const document = parse(source);
  return depthMeasure(fragmentsOf(document))(operationOf(document).selectionSet);
}

function refusals(source: string, maxDepth: number): readonly GraphQLError[] {
  return validate(schema, parse(source), [...specifiedRules, maxDepthRule(maxDepth)]);
}

describe('depth', () => {
  test('counts nested fields: a leaf under the root is depth 2', () => {
    expect(depth('{ plan { title } }')).toBe(2);
    expect(depth('{ __typename }')).toBe(1);
    expect(depth('{ plan { title pillars { totalCount } strategy { title } } }')).toBe(3);
  });

  test("the playground's whole-tree query is 12 deep", () => {
    expect(depth(DEFAULT_PLAYGROUND_QUERY)).toBe(12);
  });

  test('counts through named fragments, nested in each other', () => {
    const direct = '{ plan { pillars { nodes { priorities { nodes { objectives { nodes { text } } } } } } } }';
    const hidden = `{ plan { ...P } }
      fragment P on Plan { pillars { ...Pillars } }
      fragment Pillars on PillarConnection { nodes { ...Pillar } }
      fragment Pillar on Pillar { priorities { nodes { ...Priority } } }
      fragment Priority on Priority { objectives { nodes { text } } }`;
    expect(depth(direct)).toBe(8);
    expect(depth(hidden)).toBe(8);
  });

  test('counts through inline fragments, with or without a type condition', () => {
    expect(depth('{ node(id: "x") { ... on Action { objective { priority { title } } } } }')).toBe(4);
    expect(depth('{ plan { ... { pillars { ... on PillarConnection { nodes { name } } } } } }')).toBe(4);
  });

  test('a fragment spread more than once counts once per place, at its deepest', () => {
    expect(depth('{ plan { ...T strategy { ...T } } } fragment T on Plan { title }')).toBe(3);
  });

  test('fragment cycles (invalid GraphQL) end the walk: reported by graphql-js, no stack overflow', () => {
    const cyclic = '{ plan { ...A } } fragment A on Plan { strategy { ...B } } fragment B on Plan { title strategy { ...A } }';
    expect(depth(cyclic)).toBe(3);
    const errors = refusals(cyclic, 20);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('Cannot spread fragment "A" within itself')]);
  });

  test('an unknown fragment counts nothing (graphql-js reports it)', () => {
    expect(depth('{ plan { ...Missing } }')).toBe(1);
  });

  test('fragments that spread each other many times are walked once each', () => {
    const names = Array.from({ length: 40 }, (_, i) => `F${i}`);
    const source =
      '{ plan { ...F0 } }\n' +
      names
        .map((name, i) =>
          i + 1 < names.length ? `fragment ${name} on Plan { strategy { ...F${i + 1} } s: strategy { ...F${i + 1} } }` : `fragment ${name} on Plan { title }`,
        )
        .join('\n');
    const started = Date.now();
    expect(depth(source)).toBe(41);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('maxDepthRule', () => {
  test('passes an operation at the limit and refuses one over it, naming the limit and the depth', () => {
    const query = 'query Deep { plan { pillars { nodes { name } } } }';
    expect(refusals(query, 4)).toEqual([]);
    const [error, ...more] = refusals(query, 3);
    expect(more).toEqual([]);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 3, measured: 4, http: { status: 400 } });
    expect(error.message).toBe('Query is too deep: it nests 4 levels of fields (fragments included); the maximum depth is 3.');
    expect(error.locations).toEqual([{ line: 1, column: 1 }]);
  });

  test('refuses depth hidden in fragments and inline fragments, and mutations too', () => {
    const hidden = '{ plan { ...P } } fragment P on Plan { pillars { ... on PillarConnection { nodes { name } } } }';
    expect(refusals(hidden, 3)[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', measured: 4 });
    const mutation = 'mutation { updateAction(input: { id: "x", expectedVersion: 1 }) { action { objective { text } } } }';
    expect(refusals(mutation, 3)[0].message).toMatch(/^Mutation is too deep: it nests 4 levels/);
  });

  test('measures each operation of a document on its own', () => {
    const document = 'query A { plan { title } } query B { plan { pillars { nodes { name } } } }';
    expect(refusals(document, 3).map((e) => e.extensions.measured)).toEqual([4]);
  });
});
