import {
  FieldNode,
  GraphQLError,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  valueFromASTUntyped,
} from 'graphql';
import { operationLabel, QueryLimitCode, queryLimitError } from './errors';
import type { FragmentLookup } from './selections';

/** Items a connection is counted for when its `first` is absent: the API's default page size. */
export const DEFAULT_FIRST = 50;
/**
 * Items counted for a list field that has no `first` (an action's agencies, responsibilities and
 * progress updates, an objective's agencies, an outcome's measures, a partnership's help services...).
 * These lists are short and have no page size to read: in the Tower Hamlets plan the longest are an
 * objective's agencies (8) and an outcome's measures (6); a progress report's per-agency rows (one per
 * agency, 39) are the exception, and are not nested under other lists.
 */
export const LIST_FACTOR = 10;
/**
 * The most items one parent holds, for the lists that descend the plan's tree: a connection there
 * counts min(first, this) items, however large its `first`. Each record of these lists belongs to
 * exactly one parent, so the real fan-out is small (a plan has the national strategy's 3 pillars;
 * in the Tower Hamlets plan a pillar has at most 4 priorities, a priority 7 objectives, an
 * objective 14 actions: tests/e2e/query-limits.test.ts checks the seeded plan fits these), where
 * `first` (the SDK's plan() asks for 100 at each level) would count 100 × 100 × 100 × 100 actions
 * for a plan of 156. Lists that fan back out over the whole plan are not here and count their
 * whole `first`: an agency's actions and objectives (RESET is responsible for 79 of the 156
 * actions), and every root list. A parent with more items than its bound is still answered in
 * full (up to `first`); only its estimate is low.
 */
export const ITEMS_PER_PARENT: Readonly<Record<string, number>> = {
  // A partnership's plans: one per period (its 3-year strategy and the annual delivery plans).
  'Query.plans': 10,
  'Plan.pillars': 3,
  'Pillar.priorities': 5,
  'Priority.objectives': 10,
  'Objective.actions': 20,
};

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragment: FragmentLookup;
  /** The request's variables, as sent (an absent variable takes its default from the operation). */
  variables?: Record<string, unknown> | null;
}

/**
 * A static estimate of the work an operation asks for, from the document and its variables alone:
 *
 * - every field costs 1 (`__typename` and scalars included);
 * - a connection field (its type's name ends in "Connection") counts its items (`nodes`, `edges`) as
 *   many times as its `first` argument says (a literal or a variable; DEFAULT_FIRST when absent or
 *   not a number): `actions(first: 20) { totalCount nodes { text } }` costs 1 + 1 + 1 + 20 × 1 = 23;
 *   down the plan's tree, at most ITEMS_PER_PARENT times (`pillars(first: 100)` of a plan counts 3);
 * - a list field without `first` multiplies the cost of its selection by LIST_FACTOR, except
 *   `nodes(ids:)`, which counts one item per ID asked for;
 * - fragments (named and inline) are counted where they are used, every type condition of an
 *   abstract field included, and @skip / @include are not evaluated (the estimate is an upper bound).
 *
 * Nested lists multiply: the estimate follows the real fan-out of each relation (a few items down
 * the tree, a whole page where a list fans back out over the plan, as `actions > agencies > actions`
 * does), so that it grows with the size of the answer: the SDK's plan() (346 KB) is estimated well
 * below one `actions(first: 100) { nodes { agencies { actions(first: 100) { ... } } } }` (5 MB).
 */
export function estimateCost({ schema, operation, fragment, variables }: CostInput): number {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  for (const [name, value] of Object.entries(variables ?? {})) if (value !== undefined) values[name] = value;

  const argument = (node: FieldNode, name: string): unknown => {
    const given = node.arguments?.find((a) => a.name.value === name);
    return given ? valueFromASTUntyped(given.value, values) : undefined;
  };
  const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined);

  /** Fragment costs by name and item count: a fragment on a connection type depends on the count. */
  const fragmentCosts = new Map<string, number | 'in progress'>();
  function ofFragment(name: string, items: number | undefined): number {
    const key = `${name}\u0000${items ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known === 'in progress') return 0;
    if (known !== undefined) return known;
    const definition = fragment(name);
    const type = definition && schema.getType(definition.typeCondition.name.value);
    if (!definition || !type) return 0;
    fragmentCosts.set(key, 'in progress');
    const cost = ofSet(definition.selectionSet, type, items);
    fragmentCosts.set(key, cost);
    return cost;
  }

  /** `items`: inside a connection, how many items its list fields (nodes, edges) hold. */
  function ofSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType, items: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += ofField(selection, parent, items);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) total += ofSet(selection.selectionSet, type, items);
      } else total += ofFragment(selection.name.value, items);
    }
    return total;
  }

  function ofField(node: FieldNode, parent: GraphQLNamedType, items: number | undefined): number {
    const definition = fieldDefinition(schema, parent, node.name.value);
    if (!definition || !node.selectionSet) return 1;
    const type = getNamedType(definition.type);
    if (type.name.endsWith('Connection')) {
      const first = count(argument(node, 'first')) ?? DEFAULT_FIRST;
      return 1 + ofSet(node.selectionSet, type, Math.min(first, ITEMS_PER_PARENT[`${parent.name}.${node.name.value}`] ?? first));
    }
    const children = ofSet(node.selectionSet, type, undefined);
    if (!isListType(getNullableType(definition.type))) return 1 + children;
    const ids = argument(node, 'ids');
    const length = count(argument(node, 'first')) ?? items ?? (Array.isArray(ids) ? ids.length : undefined) ?? LIST_FACTOR;
    return 1 + length * children;
  }

  const root = schema.getRootType(operation.operation);
  return root ? ofSet(operation.selectionSet, root, undefined) : 0;
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema' && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && parent === schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The refusal of an operation whose estimate is over `maxCost`, or null when it fits (see estimateCost). */
export function costRefusal(input: CostInput, maxCost: number): GraphQLError | null {
  const measured = estimateCost(input);
  if (measured <= maxCost) return null;
  const { operation } = input;
  return queryLimitError(
    { code: QueryLimitCode.QUERY_TOO_COMPLEX, limit: maxCost, measured },
    `${operationLabel(operation.operation)} is too complex: its estimated cost is ${measured}, over the maximum of ${maxCost}. ` +
      `Each field costs 1 and a list multiplies the cost of what it holds (a connection by its \`first\`, ${DEFAULT_FIRST} when absent): ` +
      'ask for fewer items per page or fewer nested lists.',
    operation,
  );
}
