// @ts-check
// A graphql-codegen plugin that writes the SDK's mechanical layer from the operation documents in
// src/operations: one client method per operation, one paginate walker per list, and the short
// names of the Node types. codegen.ts runs it twice, with `file: 'types'` (src/generated/sdk.ts,
// public types) and `file: 'methods'` (src/generated/sdk-methods.ts, the code that sends them).
// The rules it follows are in the package README, "Adding an operation"; in short:
//
//   - operation `Actions` gives method `actions` (the name, first letter lower case), which sends
//     ActionsDocument and returns the operation's root field (`data.actions`);
//   - an operation with one required variable and no other (but the option variables, `$asOf`)
//     takes that variable as its first argument (`action(id)`, `createAction(input)`); any other
//     takes its variables as one object (`actions({ filter, first })`), optional when none is
//     required; the call's options (CallOptions, or AsOfOptions for `$asOf`) come last;
//   - a mutation returns its payload, never null (UnknownError when the server sends neither);
//   - a query whose root field selects `pageInfo` and `nodes` and that declares `$after` gets a
//     walker, `paginate.<method>`;
//   - the comment lines directly above an operation become its method's documentation.
//
// The type names it refers to are those typescript-operations gives (ActionsQuery,
// ActionsQueryVariables, ActionsDocument, ActionFieldsFragment) in ./graphql.ts.
const { readFileSync } = require('node:fs');
const { relative, resolve } = require('node:path');
const { Kind, TokenKind, isInterfaceType, parse } = require('graphql');

/**
 * @typedef {object} Config
 * @property {'types' | 'methods'} file which of the two files to write
 * @property {string[]} [handWritten] operations client.ts writes methods for itself (no generated method)
 * @property {Record<string, string>} [optionVariables] variables a one-argument method reads from its options, each with the options type that declares it
 * @property {Record<string, string | { input: string }>} [scalars] TypeScript types of custom scalars (as typescript-operations' `scalars`)
 * @property {string} [operationsDir] the documents' folder; messages and comments name files as src/operations/<path in it>
 */

/**
 * @typedef {object} Operation
 * @property {string} name
 * @property {'query' | 'mutation'} kind
 * @property {string} method
 * @property {string} field the root field (or its alias): the key of `data` the method returns
 * @property {string} result the result type, e.g. ActionsQuery
 * @property {string} variables the variables type, e.g. ActionsQueryVariables
 * @property {string} document the typed document, e.g. ActionsDocument
 * @property {{ name: string, type: string } | undefined} positional the one variable taken as the first argument
 * @property {string[]} optionVariables variables read from the options object
 * @property {string} optionsType
 * @property {boolean} argsRequired whether the variables object is required
 * @property {boolean} paginated
 * @property {string[]} doc
 * @property {string} file
 */

const BUILT_IN_SCALARS = { ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean' };
/** Names the hand-written client already uses; an operation must not take them. */
const RESERVED = new Set(['request', 'paginate']);

/** @type {(schema: import('graphql').GraphQLSchema, documents: Array<{ document?: import('graphql').DocumentNode, rawSDL?: string, location?: string }>, config: Config) => string} */
function plugin(schema, documents, config) {
  const handWritten = new Set(config.handWritten ?? []);
  const optionVariables = config.optionVariables ?? {};
  const scalars = scalarTypes(config.scalars ?? {});
  const operations = [];
  /** @type {Map<string, { type: string, file: string }>} */
  const fragments = new Map();

  for (const file of documents) {
    // The file itself rather than rawSDL, which may be the document printed without its comments.
    const source = file.location ? readFileSync(file.location, 'utf8') : file.rawSDL;
    if (source === undefined) throw new Error('sdk-plugin: a document without its source text');
    const where = file.location ? `src/operations/${relative(resolve(config.operationsDir ?? 'src/operations'), file.location)}` : '(document)';
    for (const definition of parse(source).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, { type: definition.typeCondition.name.value, file: where });
      } else if (definition.kind === Kind.OPERATION_DEFINITION) {
        if (!definition.name) throw new Error(`${where}: an operation without a name; the SDK names its method after it`);
        if (handWritten.has(definition.name.value)) continue;
        if (definition.operation === 'subscription')
          throw new Error(`${where}: ${definition.name.value} is a subscription; the SDK sends queries and mutations only`);
        operations.push(describe(definition, where, optionVariables, scalars));
      }
    }
  }
  operations.sort((a, b) => (a.kind === b.kind ? compare(a.method, b.method) : a.kind === 'query' ? -1 : 1));
  const seen = new Map();
  for (const operation of operations) {
    if (seen.has(operation.method)) throw new Error(`${operation.file}: method ${operation.method} is also made from ${seen.get(operation.method)}`);
    seen.set(operation.method, operation.file);
  }

  const nodeTypes = nodeTypeNames(schema);
  for (const type of nodeTypes) {
    const fragment = fragments.get(`${type}Fields`);
    if (!fragment || fragment.type !== type) {
      throw new Error(
        `Node type ${type} has no fragment ${type}Fields on ${type} in src/operations: the SDK's ${type} type, node() and nodes() are made from it`,
      );
    }
  }

  return config.file === 'methods' ? printMethods(operations) : printTypes(operations, nodeTypes, fragments);
}

/**
 * @param {import('graphql').OperationDefinitionNode} definition
 * @param {string} file
 * @param {Record<string, string>} optionVariables
 * @param {Record<string, string>} scalars
 * @returns {Operation}
 */
function describe(definition, file, optionVariables, scalars) {
  const name = /** @type {import('graphql').NameNode} */ (definition.name).value;
  if (!/^[A-Z]/.test(name))
    throw new Error(
      `${file}: operation ${name} must start with a capital letter (its method is ${name}, first letter lower case, and sends it as operationName)`,
    );
  const kind = /** @type {'query' | 'mutation'} */ (definition.operation);
  const suffix = kind === 'query' ? 'Query' : 'Mutation';
  const rootFields = definition.selectionSet.selections;
  const root = rootFields[0];
  if (rootFields.length !== 1 || root.kind !== Kind.FIELD) {
    throw new Error(
      `${file}: ${name} must select exactly one root field (its method returns it); write its method in client.ts and list it in handWritten instead`,
    );
  }

  const variables = (definition.variableDefinitions ?? []).map((v) => ({
    name: v.variable.name.value,
    required: v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
    type: v.type,
  }));
  const required = variables.filter((v) => v.required);
  const options = variables.filter((v) => !v.required && v.name in optionVariables);
  const single = required.length === 1 && variables.every((v) => v === required[0] || options.includes(v)) ? required[0] : undefined;
  const optionTypes = [...new Set(options.map((v) => optionVariables[v.name]))];
  if (single && optionTypes.length > 1)
    throw new Error(`${file}: ${name} declares ${options.map((v) => `$${v.name}`).join(', ')}, whose options types differ (${optionTypes.join(', ')})`);

  const fieldNames = new Set((root.selectionSet?.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])));
  const method = name.charAt(0).toLowerCase() + name.slice(1);
  if (RESERVED.has(method)) throw new Error(`${file}: operation ${name} would make method ${method}, which the client already has`);
  return {
    name,
    kind,
    method,
    field: (root.alias ?? root.name).value,
    result: `${name}${suffix}`,
    variables: `${name}${suffix}Variables`,
    document: `${name}Document`,
    positional: single && { name: single.name, type: typeScriptType(single.type, scalars) },
    optionVariables: single ? options.map((v) => v.name) : [],
    optionsType: single && optionTypes.length === 1 ? optionTypes[0] : 'CallOptions',
    argsRequired: required.length > 0,
    paginated: kind === 'query' && fieldNames.has('pageInfo') && fieldNames.has('nodes') && variables.some((v) => v.name === 'after'),
    doc: leadingComment(definition),
    file,
  };
}

/** The comment lines directly above a definition (no blank line between), without their `#`. */
function leadingComment(/** @type {import('graphql').DefinitionNode} */ definition) {
  const lines = [];
  let token = definition.loc?.startToken.prev;
  let line = definition.loc?.startToken.line ?? 0;
  while (token && token.kind === TokenKind.COMMENT && token.line === line - 1) {
    lines.unshift((token.value ?? '').replace(/^ /, ''));
    line = token.line;
    token = token.prev;
  }
  return lines;
}

/**
 * A variable's GraphQL type as TypeScript, for an argument of its own (IDs are the strings the API returns).
 * @returns {string}
 */
function typeScriptType(/** @type {import('graphql').TypeNode} */ type, /** @type {Record<string, string>} */ scalars, nullable = true) {
  if (type.kind === Kind.NON_NULL_TYPE) return typeScriptType(type.type, scalars, false);
  const inner = /** @type {string} */ (
    type.kind === Kind.LIST_TYPE ? `Array<${typeScriptType(type.type, scalars)}>` : (scalars[type.name.value] ?? type.name.value)
  );
  return nullable ? `${inner} | null` : inner;
}

function scalarTypes(/** @type {Record<string, string | { input: string }>} */ configured) {
  /** @type {Record<string, string>} */
  const types = { ...BUILT_IN_SCALARS };
  for (const [name, type] of Object.entries(configured)) types[name] = typeof type === 'string' ? type : type.input;
  return types;
}

function nodeTypeNames(/** @type {import('graphql').GraphQLSchema} */ schema) {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) return [];
  return schema
    .getImplementations(node)
    .objects.map((type) => type.name)
    .sort(compare);
}

/** Named types the positional arguments use that ./graphql.ts exports (input objects and enums). */
function namedArgumentTypes(/** @type {Operation[]} */ operations) {
  const names = new Set();
  for (const operation of operations) {
    for (const word of operation.positional?.type.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
      if (!['string', 'number', 'boolean', 'unknown', 'null', 'Array'].includes(word)) names.add(word);
    }
  }
  return [...names];
}

const HEADER = [
  '// GENERATED by packages/sdk/codegen/sdk-plugin.cjs from the operation documents in packages/sdk/src/operations.',
  '// Do not edit by hand: run `pnpm --filter @cdp/sdk codegen`.',
  '/* eslint-disable */',
];

/** @param {Operation[]} operations @param {string[]} nodeTypes @param {Map<string, { type: string, file: string }>} fragments */
function printTypes(operations, nodeTypes, fragments) {
  const queries = operations.filter((o) => o.kind === 'query');
  const mutations = operations.filter((o) => o.kind === 'mutation');
  const pagers = queries.filter((o) => o.paginated);
  const generated = [
    ...namedArgumentTypes(operations),
    ...operations.flatMap((o) => [o.result, ...(o.positional ? [] : [o.variables])]),
    ...nodeTypes.map((type) => `${type}FieldsFragment`),
  ];
  const optionsTypes = [...new Set(operations.map((o) => o.optionsType))].filter((t) => t !== 'CallOptions');

  const signature = (/** @type {Operation} */ o) => {
    const first = o.positional ? `${o.positional.name}: ${o.positional.type}` : `args${o.argsRequired ? '' : '?'}: ${o.variables}`;
    const result = o.kind === 'mutation' ? `NonNullable<${o.result}['${o.field}']>` : `${o.result}['${o.field}']`;
    return [...jsDoc(o.doc, '  '), `  ${o.method}(${first}, options?: ${o.optionsType}): Promise<${result}>;`];
  };

  return [
    ...HEADER,
    `import type { CallOptions } from '../transport.js';`,
    `import type { ${['Pager', ...optionsTypes].sort(compare).join(', ')} } from '../methods.js';`,
    `import type {`,
    ...[...new Set(generated)].sort(compare).map((name) => `  ${name},`),
    `} from './graphql.js';`,
    '',
    "/** One method per query in src/operations (but those client.ts writes itself); each takes the call's options last. */",
    'export interface CdpQueries {',
    ...queries.flatMap(signature),
    '}',
    '',
    '/**',
    " * One method per mutation in src/operations. Each takes the mutation's `input`, then optionally the",
    " * call's options (signal, headers), and returns its payload (the record as it is after the change, and",
    ' * `replayed` for a retried idempotency key). Writes need an API key whose role allows them: the server',
    ' * answers UNAUTHENTICATED, FORBIDDEN or, for a stale expectedVersion, CONFLICT.',
    ' */',
    'export interface CdpMutations {',
    ...mutations.flatMap(signature),
    '}',
    '',
    '/** Every list, walked to its end: `for await (const action of client.paginate.actions({ filter }))`. */',
    'export interface CdpPagers {',
    ...pagers.map((o) => `  ${o.method}: Pager<${o.variables}, ${o.result}['${o.field}']['nodes'][number]>;`),
    '}',
    '',
    '// The Node types, each as its <Type>Fields fragment selects it.',
    ...nodeTypes.flatMap((type) => [
      `/** ${type}, as the SDK reads it: fragment ${type}Fields (${fragments.get(`${type}Fields`)?.file}). */`,
      `export type ${type} = ${type}FieldsFragment;`,
    ]),
    '',
    '/** The fields node(id) returns for each type that implements Node. */',
    'export interface NodeFields {',
    ...nodeTypes.map((type) => `  ${type}: ${type};`),
    '}',
    '',
  ].join('\n');
}

/** @param {Operation[]} operations */
function printMethods(operations) {
  const pagers = operations.filter((o) => o.paginated);
  const method = (/** @type {Operation} */ o) => {
    let params;
    let variables;
    if (o.positional) {
      const options = o.optionVariables.length ? `{ ${[...o.optionVariables, '...options'].join(', ')} } = {}` : 'options';
      params = `${o.positional.name}, ${options}`;
      variables = `{ ${[o.positional.name, ...o.optionVariables].join(', ')} }`;
    } else {
      params = `${o.argsRequired ? 'args' : 'args = {}'}, options`;
      variables = 'args';
    }
    const sent = `await request(${o.document}, ${variables}, options)`;
    return `    ${o.method}: async (${params}) => ${o.kind === 'mutation' ? `payload(${sent}, '${o.field}')` : `(${sent}).${o.field}`},`;
  };
  const uses = operations.some((o) => o.kind === 'mutation') ? 'pager, payload' : 'pager';
  return [
    ...HEADER,
    `import type { RequestFunction } from '../transport.js';`,
    `import { ${uses} } from '../methods.js';`,
    `import type { CdpMutations, CdpPagers, CdpQueries } from './sdk.js';`,
    `import {`,
    ...operations
      .map((o) => o.document)
      .sort(compare)
      .map((name) => `  ${name},`),
    `} from './graphql.js';`,
    '',
    '/** The method of every operation, sending its document through `request`. */',
    'export function createMethods(request: RequestFunction): CdpQueries & CdpMutations {',
    '  return {',
    ...operations.map(method),
    '  };',
    '}',
    '',
    "/** The paginate walkers, each over the list method it is given (the client's own, so that what it adds applies to every page). */",
    `export function createPagers(lists: Pick<CdpQueries, ${pagers.map((o) => `'${o.method}'`).join(' | ') || 'never'}>): CdpPagers {`,
    '  return {',
    ...pagers.map((o) => `    ${o.method}: pager(lists.${o.method}),`),
    '  };',
    '}',
    '',
  ].join('\n');
}

function jsDoc(/** @type {string[]} */ lines, indent = '') {
  if (lines.length === 0) return [];
  const text = lines.map((line) => line.replace(/\*\//g, '*\\/'));
  return text.length === 1 ? [`${indent}/** ${text[0]} */`] : [`${indent}/**`, ...text.map((line) => `${indent} *${line ? ` ${line}` : ''}`), `${indent} */`];
}

function compare(/** @type {string} */ a, /** @type {string} */ b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

module.exports = { plugin };
