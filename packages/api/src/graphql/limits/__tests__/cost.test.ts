import { parse } from 'graphql';
import { estimateCost, fragmentsOf, ITEMS_PER_PARENT, LIST_FACTOR } from '..';
import { operationOf, schema } from './schema';

function cost(source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  return estimateCost({ schema, operation: operationOf(document), fragment: fragmentsOf(document), variables });
}

describe('estimateCost', () => {
  test('each field costs 1', () => {
    expect(cost('{ plan { title periodLabel __typename } }')).toBe(4);
    expect(cost('{ plan { partnership { name } strategy { title } } }')).toBe(5);
  });

  test('a connection counts its items (nodes, edges) by `first`; totalCount and pageInfo once', () => {
    expect(cost('{ actions(first: 20) { totalCount nodes { text } } }')).toBe(1 + 1 + 1 + 20 * 1);
    expect(cost('{ actions(first: 10) { edges { cursor node { id text } } pageInfo { hasNextPage } } }')).toBe(1 + 1 + 10 * (1 + 1 + 2) + 1 + 1);
    expect(cost('{ actions(first: 0) { totalCount nodes { text } } }')).toBe(3);
  });

  test('`first` absent (or not a number) counts as 50, the default page size', () => {
    expect(cost('{ actions { nodes { id } } }')).toBe(1 + 1 + 50);
    expect(cost('query($n: Int) { actions(first: $n) { nodes { id } } }', { n: null })).toBe(52);
    expect(cost('query($n: Int) { actions(first: $n) { nodes { id } } }', { n: 'many' })).toBe(52);
  });

  test("`first` from a variable, or from the variable's default", () => {
    expect(cost('query($n: Int!) { actions(first: $n) { nodes { id } } }', { n: 7 })).toBe(9);
    expect(cost('query($n: Int! = 30) { actions(first: $n) { nodes { id } } }')).toBe(32);
    expect(cost('query($n: Int! = 30) { actions(first: $n) { nodes { id } } }', { n: 100 })).toBe(102);
  });

  test("down the plan's tree a connection counts at most ITEMS_PER_PARENT items; lists that fan back out count their whole `first`", () => {
    expect(ITEMS_PER_PARENT).toEqual({ 'Query.plans': 10, 'Plan.pillars': 3, 'Pillar.priorities': 5, 'Priority.objectives': 10, 'Objective.actions': 20 });
    expect(cost('{ plan { pillars(first: 100) { nodes { id } } } }')).toBe(1 + 1 + 1 + 3);
    expect(cost('{ plan { pillars(first: 2) { nodes { id } } } }')).toBe(1 + 1 + 1 + 2);
    expect(cost('{ plans(first: 100) { nodes { id } } }')).toBe(1 + 1 + 10);
    expect(cost('{ agency(name: "RESET") { actions(first: 100) { nodes { id } } objectives(first: 30) { nodes { id } } } }')).toBe(
      1 + (1 + 1 + 100) + (1 + 1 + 30),
    );
    expect(cost('{ objective(id: "x") { actions(first: 100) { nodes { id } } } }')).toBe(1 + 1 + 1 + 20);
  });

  test("the whole tree (the SDK's plan()) is estimated well below one chain back through agencies, which answers far more", () => {
    // Measured on the Tower Hamlets plan: the tree answers 156 actions (346 KB with the SDK's fields), the chain
    // 100 actions × their agencies × each agency's actions, about 20,000 actions and 50,000 agencies (5.2 MB).
    const chain = '{ actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { text agencies { name } } } } } } }';
    const tree =
      '{ plan { pillars(first: 100) { nodes { priorities(first: 100) { nodes { objectives(first: 100) { nodes { actions(first: 100) { nodes { text agencies { name } } } } } } } } } } }';
    expect(cost(chain)).toBe(1 + 1 + 100 * (1 + LIST_FACTOR * (1 + 1 + 100 * (1 + 1 + LIST_FACTOR))));
    expect(cost(chain)).toBeGreaterThan(10 * cost(tree));
  });

  test('nested connections multiply', () => {
    const query = '{ plan { pillars(first: 3) { nodes { priorities(first: 4) { totalCount nodes { title } } } } } }'; // both under their bounds
    expect(cost(query)).toBe(1 + 1 + 1 + 3 * (1 + 1 + 1 + 4 * 1));
  });

  test(`a list without \`first\` multiplies by ${LIST_FACTOR}; nodes(ids:) by the number of IDs`, () => {
    expect(cost('{ action(id: "x") { agencies { name shortName } } }')).toBe(1 + 1 + LIST_FACTOR * 2);
    expect(cost('{ action(id: "x") { aliases: agencies { name } subPoints: text } }')).toBe(1 + 1 + LIST_FACTOR + 1);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 100 }, (_, i) => `id${i}`) })).toBe(101);
    expect(cost('{ nodes(ids: ["a", "b"]) { id ... on Action { text } } }')).toBe(1 + 2 * 2);
  });

  test('fragments count where they are used, a connection fragment by the count of its connection', () => {
    const source = `{ a: actions(first: 10) { ...Page } b: actions(first: 20) { ...Page } }
      fragment Page on ActionConnection { totalCount nodes { ...Item } }
      fragment Item on Action { id text }`;
    expect(cost(source)).toBe(1 + 1 + 1 + 10 * 2 + (1 + 1 + 1 + 20 * 2));
  });

  test('every type condition of an abstract field counts (an upper bound)', () => {
    expect(cost('{ node(id: "x") { id ... on Action { text status } ... on Agency { name } } }')).toBe(1 + 1 + 2 + 1);
  });

  test('mutations and introspection are estimated the same way', () => {
    expect(cost('mutation { updateAction(input: { id: "x", expectedVersion: 1 }) { action { agencies { name } } } }')).toBe(1 + 1 + 1 + LIST_FACTOR);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(1 + 1 + LIST_FACTOR * (1 + 1 + LIST_FACTOR));
    expect(cost('{ __type(name: "Action") { name } }')).toBe(2);
  });

  test('a fragment cycle (invalid GraphQL) does not loop', () => {
    expect(cost('{ plan { ...A } } fragment A on Plan { title strategy { ...A } }')).toBe(1 + 1 + 1);
  });
});
