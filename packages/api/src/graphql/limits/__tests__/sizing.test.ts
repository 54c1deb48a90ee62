import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getIntrospectionQuery,
  GraphQLError,
  GraphQLInterfaceType,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { aliasMeasure, depthMeasure, estimateCost, fragmentsOf } from '..';
import { DEFAULT_QUERY_LIMITS } from '../../../config';
import { DEFAULT_PLAYGROUND_QUERY } from '../../../http/playground-query';
import { ROOT, schema, sdkDocument } from './schema';

/**
 * The default limits are sized from what the project's own clients send; these tests measure it, and
 * fail when a client comes within the headroom the defaults promise (see DEFAULT_QUERY_LIMITS).
 */
interface Measured {
  name: string;
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
}

function measure(name: string, operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[], variables: Record<string, unknown> = {}): Measured {
  const text = [operation, ...fragments].map((d) => print(d)).join('\n\n');
  const document = parse(text);
  const fragment = fragmentsOf(document);
  return {
    name,
    depth: depthMeasure(fragment)(operation.selectionSet),
    aliases: aliasMeasure(fragment)(operation.selectionSet),
    tokens: (document as DocumentNode & { tokenCount: number }).tokenCount,
    cost: estimateCost({ schema, operation, fragment, variables }),
  };
}

/** Each SDK operation as the SDK sends it (with the fragments it uses), with `first: 100` and 100 IDs. */
function sdkOperations(): Measured[] {
  const document = sdkDocument();
  const fragment = fragmentsOf(document);
  const measured: Measured[] = [];
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const used = new Map<string, FragmentDefinitionNode>();
    const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
    while (pending.length) {
      visit(pending.pop()!, {
        FragmentSpread(spread) {
          const definition = fragment(spread.name.value);
          if (definition && !used.has(spread.name.value)) {
            used.set(spread.name.value, definition);
            pending.push(definition);
          }
        },
      });
    }
    const variables: Record<string, unknown> = {};
    for (const { variable } of operation.variableDefinitions ?? []) {
      if (variable.name.value === 'first') variables.first = 100;
      if (variable.name.value === 'ids') variables.ids = Array.from({ length: 100 }, (_, i) => `id${i}`);
    }
    measured.push(measure(operation.name!.value, operation, [...used.values()], variables));
  }
  return measured;
}

function parsed(name: string, source: string): Measured {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measure(
    name,
    operation,
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
  );
}

const max = (rows: Measured[], key: keyof Omit<Measured, 'name'>) => rows.reduce((best, row) => (row[key] > best[key] ? row : best));
const limits = DEFAULT_QUERY_LIMITS;

describe('the SDK, the examples and the playground fit the default limits, with headroom', () => {
  const sdk = sdkOperations();
  const playground = parsed('playground whole-tree query', DEFAULT_PLAYGROUND_QUERY);
  const introspection = parsed(
    'introspection',
    getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true }),
  );

  test('every SDK operation is measured', () => {
    expect(sdk.length).toBeGreaterThan(60);
    expect(sdk.map((o) => o.name)).toEqual(expect.arrayContaining(['Plan', 'Node', 'Nodes', 'Actions', 'UpdateAction']));
  });

  test('the examples send nothing but SDK operations', () => {
    for (const file of readdirSync(join(ROOT, 'examples', 'src')).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(ROOT, 'examples', 'src', file), 'utf8');
      expect({ file, rawDocuments: /\.request\(|\bgql`|query\s*[({]|mutation\s*[({]/.test(source) }).toEqual({ file, rawDocuments: false });
    }
  });

  test('depth: the deepest SDK operation and the whole-tree query are 12; the limit is 5 or more above; introspection fits', () => {
    expect(max(sdk, 'depth')).toMatchObject({ name: 'Plan', depth: 12 });
    expect(playground.depth).toBe(12);
    expect(max([...sdk, playground], 'depth').depth + 5).toBeLessThanOrEqual(limits.maxDepth);
    expect(introspection.depth).toBe(15);
    expect(introspection.depth).toBeLessThanOrEqual(limits.maxDepth);
  });

  test('aliases: node() and nodes() alias one field per Node type; the limit is at least 1.5 times that', () => {
    // One alias per type that implements Node, counted from the schema, so that a new record type needs no edit here.
    const nodeTypes = schema.getImplementations(schema.getType('Node') as GraphQLInterfaceType).objects.length;
    expect(nodeTypes).toBeGreaterThanOrEqual(13);
    expect(max(sdk, 'aliases').aliases).toBe(nodeTypes);
    expect(
      sdk
        .filter((o) => o.aliases === nodeTypes)
        .map((o) => o.name)
        .sort(),
    ).toEqual(['Node', 'Nodes']);
    expect(max(sdk, 'aliases').aliases * 1.5).toBeLessThanOrEqual(limits.maxAliases);
  });

  test('tokens: the largest SDK document is a few hundred tokens; the limit is at least 3 times that', () => {
    const largest = max([...sdk, playground, introspection], 'tokens');
    expect(largest.tokens).toBeLessThan(1000);
    expect(largest.tokens * 3).toBeLessThanOrEqual(limits.maxTokens);
  });

  test('cost: plan() is the heaviest (the whole tree, four nested lists of 100); the limit is at least twice it', () => {
    const heaviest = max([...sdk, playground, introspection], 'cost');
    expect(heaviest.name).toBe('Plan');
    expect(heaviest.cost).toBe(497_315); // with carriedFrom { id } on each level of the tree, and latestProgress { agency }
    expect(heaviest.cost * 2).toBeLessThanOrEqual(limits.maxCost);
    expect(playground.cost).toBeLessThan(limits.maxCost / 2);
    expect(introspection.cost).toBeLessThan(limits.maxCost / 2);
  });

  test('what the limits are for is refused: chains back through agencies, 200 aliases, a long document', () => {
    // One of these answers 5.2 MB in 1 s on the Tower Hamlets plan; three under aliases 15.7 MB in 1.9 s.
    const chain = 'actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { text agencies { name } } } } } }';
    const aliased = (n: number) => parsed(`${n} chains`, `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${chain}`).join(' ')} }`);
    expect(aliased(1).cost).toBeGreaterThan(limits.maxCost);
    expect(aliased(3).cost).toBeGreaterThan(limits.maxCost);
    const throughAgencies = parsed(
      'cycle',
      '{ actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { id } } } } } } } } } } } }',
    );
    expect(throughAgencies.depth).toBeLessThanOrEqual(limits.maxDepth);
    expect(throughAgencies.cost).toBeGreaterThan(limits.maxCost);
    expect(parsed('aliases', `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: plan { title }`).join(' ')} }`).aliases).toBeGreaterThan(limits.maxAliases);
    expect(() => parse(`{ ${'plan { title } '.repeat(limits.maxTokens)} }`, { maxLexicalTokens: limits.maxTokens })).toThrow(GraphQLError);
  });
});

describe('the token limit (graphql-js maxLexicalTokens)', () => {
  test('stops parsing past the limit with a syntax error that names it', () => {
    const source = '{ plan { title } }'; // 6 tokens
    expect(() => parse(source, { maxLexicalTokens: 6 })).not.toThrow();
    expect(() => parse(source, { maxLexicalTokens: 5 })).toThrow('Syntax Error: Document contains more that 5 tokens. Parsing aborted.');
  });
});
