// The SDK's generator (codegen/sdk-plugin.cjs, codegen/node-document.cjs, scripts/codegen.mjs):
// a new record type is one operation document, and the rules the README states for what a
// document gives hold, as do the refusals.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';

const packageDir = join(__dirname, '..', '..');
const schemaText = readFileSync(join(packageDir, '..', 'schema', 'schema.graphql'), 'utf8');
const operationsDir = join(packageDir, 'src', 'operations');

type Plugin = (schema: GraphQLSchema, documents: Array<{ rawSDL?: string; location?: string }>, config: Record<string, unknown>) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plugin } = require('../../codegen/sdk-plugin.cjs') as { plugin: Plugin };

/** A record type the schema does not have, as a feature would add it. */
const HAZARD_SCHEMA = `
"""A hazard to an action."""
type Hazard implements Node {
  id: ID!
  description: String!
  score: Int!
  version: Int!
}
type HazardConnection {
  totalCount: Int!
  pageInfo: PageInfo!
  nodes: [Hazard!]!
}
input HazardFilter {
  minimumScore: Int
}
input CreateHazardInput {
  description: String!
}
type HazardPayload {
  replayed: Boolean!
  hazard: Hazard!
}
extend type Query {
  hazard(id: ID!): Hazard!
  hazards(filter: HazardFilter, first: Int! = 50, after: String): HazardConnection!
}
extend type Mutation {
  createHazard(input: CreateHazardInput!): HazardPayload
}
`;

const HAZARD_DOCUMENT = `
fragment HazardFields on Hazard {
  id
  description
  score
  version
}

# One hazard by its ID.
query Hazard($id: ID!) {
  hazard(id: $id) {
    ...HazardFields
  }
}

# Hazards, filtered by minimum score.
query Hazards($filter: HazardFilter, $first: Int! = 50, $after: String) {
  hazards(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...HazardFields
    }
  }
}

mutation CreateHazard($input: CreateHazardInput!) {
  createHazard(input: $input) {
    replayed
    hazard {
      ...HazardFields
    }
  }
}
`;

/** What a consumer of the regenerated SDK writes; type-checked, never run. */
const USES_HAZARDS = `
import { createClient, type AnyNode, type Hazard } from './index.js';

const client = createClient({ url: 'http://127.0.0.1:1/graphql' });

export async function usesHazards(node: AnyNode): Promise<void> {
  const hazard: Hazard = await client.hazard('UmlzazIx', { headers: { 'x-call': 'hazard' } });
  const page = await client.hazards({ filter: { minimumScore: 12 } });
  for await (const each of client.paginate.hazards({ filter: { minimumScore: 12 } })) void each.score;
  const created = await client.createHazard({ description: 'Provider withdraws' }, { signal: undefined });
  if (node.__typename === 'Hazard') void node.score;
  void [hazard.score, page.totalCount, created.replayed, created.hazard.id];
  // @ts-expect-error: a hazard has no text
  void hazard.text;
  // @ts-expect-error: hazard() takes the ID as a string
  await client.hazard(21);
}
`;

function operationDocuments(): Array<{ location: string }> {
  return readdirSync(operationsDir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => ({ location: join(operationsDir, file) }));
}

function generate(extraSchema: string, extraDocument: string, file: 'types' | 'methods' = 'types'): string {
  const schema = buildSchema(schemaText + extraSchema);
  const config = { file, handWritten: ['Node', 'Nodes'], optionVariables: { asOf: 'AsOfOptions' }, operationsDir };
  return plugin(schema, [...operationDocuments(), ...(extraDocument ? [{ rawSDL: extraDocument }] : [])], config);
}

describe('a new record type is one document', () => {
  let dir: string;
  let codegen: { status: number | null; output: string };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdp-sdk-codegen-test-'));
    writeFileSync(join(dir, 'schema.graphql'), schemaText + HAZARD_SCHEMA);
    cpSync(operationsDir, join(dir, 'operations'), { recursive: true });
    writeFileSync(join(dir, 'operations', 'hazard.graphql'), HAZARD_DOCUMENT);
    // The hand-written sources as they are, beside what codegen writes for the new schema.
    cpSync(join(packageDir, 'src'), join(dir, 'src'), {
      recursive: true,
      filter: (path) => !/__tests__|generated|operations/.test(path.slice(packageDir.length)),
    });
    symlinkSync(join(packageDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const r = spawnSync(
      process.execPath,
      [join(packageDir, 'scripts', 'codegen.mjs'), '--schema', join(dir, 'schema.graphql'), '--from', join(dir, 'operations'), '--out', join(dir, 'src')],
      { cwd: packageDir, encoding: 'utf8' },
    );
    codegen = { status: r.status, output: `${r.stdout}${r.stderr}` };
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('codegen runs', () => {
    expect(codegen).toMatchObject({ status: 0 });
  });

  it('gives its methods, its walker, its type name and its place in NodeFields', () => {
    const types = readFileSync(join(dir, 'src', 'generated', 'sdk.ts'), 'utf8');
    expect(types).toContain("  /** One hazard by its ID. */\n  hazard(id: string, options?: CallOptions): Promise<HazardQuery['hazard']>;");
    expect(types).toContain("  hazards(args?: HazardsQueryVariables, options?: CallOptions): Promise<HazardsQuery['hazards']>;");
    expect(types).toContain("  createHazard(input: CreateHazardInput, options?: CallOptions): Promise<NonNullable<CreateHazardMutation['createHazard']>>;");
    expect(types).toContain("  hazards: Pager<HazardsQueryVariables, HazardsQuery['hazards']['nodes'][number]>;");
    expect(types).toContain('export type Hazard = HazardFieldsFragment;');
    expect(types).toContain('  Hazard: Hazard;');
  });

  it('node.graphql asks for it under its alias, in Node and in Nodes', () => {
    const node = readFileSync(join(dir, 'src', 'operations', 'node.graphql'), 'utf8');
    expect(node).toContain('  hazard: node(id: $id) {\n    ...HazardFields\n  }');
    expect(node).toContain('  hazard: nodes(ids: $ids) {\n    ...HazardFields\n  }');
    expect(() => parse(node)).not.toThrow();
  });

  it('the hand-written sources compile with it unchanged, and a consumer can use the new methods', () => {
    writeFileSync(join(dir, 'src', 'uses-hazards.ts'), USES_HAZARDS);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(packageDir, 'tsconfig.build.json'), compilerOptions: { noEmit: true, rootDir: 'src' }, include: ['src'] }),
    );
    const r = spawnSync(process.execPath, [join(packageDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect({ status: r.status, errors: r.stdout }).toEqual({ status: 0, errors: '' });
  }, 120_000);
});

describe('the rules', () => {
  it('an operation with one required variable and $asOf takes the variable first and asOf from the options', () => {
    const doc = 'query ContractAsOf($id: ID!, $asOf: LocalDate) { reprocurement(id: $id) { id daysUntilExpiry(asOf: $asOf) } }';
    expect(generate('', doc)).toContain("  contractAsOf(id: string, options?: AsOfOptions): Promise<ContractAsOfQuery['reprocurement']>;");
    expect(generate('', doc, 'methods')).toContain(
      '    contractAsOf: async (id, { asOf, ...options } = {}) => (await request(ContractAsOfDocument, { id, asOf }, options)).reprocurement,',
    );
  });

  it('one required variable beside others is a variables object, required; a list with $after also gets a walker', () => {
    const doc =
      'query RecordChanges($id: ID!, $first: Int! = 50, $after: String) { history(id: $id, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }';
    const types = generate('', doc);
    expect(types).toContain("  recordChanges(args: RecordChangesQueryVariables, options?: CallOptions): Promise<RecordChangesQuery['history']>;");
    expect(types).toContain("  recordChanges: Pager<RecordChangesQueryVariables, RecordChangesQuery['history']['nodes'][number]>;");
  });

  it('a list without $after gets no walker', () => {
    const doc = 'query FirstActions($first: Int! = 5) { actions(first: $first) { pageInfo { hasNextPage endCursor } nodes { id } } }';
    const types = generate('', doc);
    expect(types).toContain("  firstActions(args?: FirstActionsQueryVariables, options?: CallOptions): Promise<FirstActionsQuery['actions']>;");
    expect(types).not.toContain('  firstActions: Pager<');
  });

  it('a mutation returns its payload through the null check', () => {
    const doc = 'mutation ArchiveTwice($input: RecordVersionInput!) { archiveAction(input: $input) { replayed } }';
    expect(generate('', doc, 'methods')).toContain(
      "    archiveTwice: async (input, options) => payload(await request(ArchiveTwiceDocument, { input }, options), 'archiveAction'),",
    );
  });
});

describe('refusals', () => {
  it('a Node type without its <Type>Fields fragment', () => {
    expect(() => generate(HAZARD_SCHEMA, '')).toThrow(/Node type Hazard has no fragment HazardFields on Hazard/);
  });

  it('an operation whose name starts with a lower-case letter', () => {
    expect(() => generate('', 'query plainPlan { plan { id } }')).toThrow(/must start with a capital letter/);
  });

  it('an operation with several root fields', () => {
    expect(() => generate('', 'query PlanAndPlans { plan { id } plans { totalCount } }')).toThrow(/exactly one root field/);
  });

  it('an operation whose method the client already has, or another operation makes', () => {
    expect(() => generate('', 'query Request { plan { id } }')).toThrow(/which the client already has/);
    expect(() => generate('', 'query Actions2 { plan { id } } query Action { plan { id } }')).toThrow(/method action is also made from/);
  });
});
