// Fails when the schema has a root query or mutation that the SDK has no method for, or no
// operation document in src/operations asks for. Reads the committed schema, as codegen does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInterfaceType, Kind, parse, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { createClient } from '../client';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'));
const client = createClient({ url: 'http://127.0.0.1:1/graphql' });
const operationsDir = join(__dirname, '..', 'operations');
const operations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => parse(readFileSync(join(operationsDir, file), 'utf8')).definitions)
  .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);

function rootFields(type: GraphQLObjectType | null | undefined): string[] {
  return type ? Object.keys(type.getFields()).sort() : [];
}

/** Root fields the documents of one operation type select (aliases included, by field name). */
function fieldsAsked(operation: 'query' | 'mutation'): Set<string> {
  const asked = new Set<string>();
  for (const definition of operations.filter((d) => d.operation === operation)) {
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD) asked.add(selection.name.value);
    }
  }
  return asked;
}

describe.each([
  ['query', schema.getQueryType()],
  ['mutation', schema.getMutationType()],
] as const)('every root %s', (operation, type) => {
  const fields = rootFields(type);

  it('has a client method of the same name', () => {
    const missing = fields.filter((name) => typeof (client as unknown as Record<string, unknown>)[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('is asked for by an operation document in src/operations', () => {
    const asked = fieldsAsked(operation);
    expect(fields.filter((name) => !asked.has(name))).toEqual([]);
  });
});

it('the schema has root queries (a sanity check on the file read)', () => {
  expect(rootFields(schema.getQueryType()).length).toBeGreaterThan(10);
});

it('node.graphql asks for every type that implements Node, under the alias client.node() reads', () => {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('Node is not an interface');
  const expected = schema
    .getImplementations(node)
    .objects.map((type) => type.name.charAt(0).toLowerCase() + type.name.slice(1))
    .sort();
  for (const name of ['Node', 'Nodes']) {
    const definition = operations.find((d) => d.name?.value === name)!;
    const aliases = definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD && s.alias ? [s.alias.value] : [])).sort();
    expect({ name, aliases }).toEqual({ name, aliases: expected });
  }
});
