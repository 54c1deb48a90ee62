import {
  ArgumentNode,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import type { FragmentLookup } from './selections';

/**
 * The longest string any argument, input field or variable may hold (characters, UTF-16 code
 * units): the longest input field the API stores (a priority's strategy narrative) is 10,000.
 * Input fields have their own, lower maximum lengths, checked with the rest of their input by
 * class-validator and stated in the schema; this cap comes first and bounds everything, so no
 * resolver, validator or regular expression ever sees a longer string.
 */
export const MAX_STRING_LENGTH = 10_000;

/** IDs, cursors and dates (every scalar but String): a global ID or a cursor is a few dozen characters. */
export const MAX_TOKEN_LENGTH = 100;

/**
 * Arguments (not input fields) with a tighter bound than their type's, by "Type.field(argument:)",
 * each stated in the argument's description. An agency's name is bounded like the agency of the
 * filters and inputs (200 characters); labels are short. (Arguments of an @ArgsType class, such as
 * progressReport's quarter, have their class-validator maximum as well.)
 */
export const ARGUMENT_MAX_LENGTHS: Readonly<Record<string, number>> = {
  'Query.agency(name:)': 200,
  'Query.changes(entityType:)': 50,
  'Query.plan(periodLabel:)': 50,
};

/** The bound of a string given for `type` (a named input type): MAX_TOKEN_LENGTH for any scalar but String. */
export function maxLengthOf(type: GraphQLNamedType): number {
  return type.name === 'String' || isInputObjectType(type) ? MAX_STRING_LENGTH : MAX_TOKEN_LENGTH;
}

/** The bound of a string given directly as `argument` of `parent.field`: an override, a cursor's, or its type's. */
export function argumentMaxLength(parent: string, field: string, argument: GraphQLArgument): number {
  const override = ARGUMENT_MAX_LENGTHS[`${parent}.${field}(${argument.name}:)`];
  if (override !== undefined) return override;
  // A connection's cursor (a String, as Relay has it) is as short as an ID.
  if (argument.name === 'after') return MAX_TOKEN_LENGTH;
  return maxLengthOf(namedInputType(argument.type));
}

/** A string over its bound: where (an argument path such as "input.aliases[2]"), and its length. */
export interface LengthProblem {
  path: string;
  rule: 'maxLength';
  message: string;
  limit: number;
  length: number;
}

export interface LengthInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragment: FragmentLookup;
  /** The request's variables, as sent (before coercion: they may not even fit their types). */
  variables?: Record<string, unknown> | null;
}

/** The most problems one refusal lists: enough to be useful, bounded however many strings are sent. */
const MAX_PROBLEMS = 20;

/**
 * The strings of an operation's arguments that are longer than their bound, literals and variables
 * alike (a variable is checked where it is used, against the bound of that position), in fields,
 * fragments (each walked once) and directives. Linear in the document and the variables: lists and
 * objects are walked with an explicit stack, and strings are only measured, never matched.
 */
export function inputLengthProblems({ schema, operation, fragment, variables }: LengthInput): LengthProblem[] {
  const problems = new Map<string, LengthProblem>();
  const report = (path: string, length: number, limit: number) => {
    if (problems.size >= MAX_PROBLEMS || problems.has(path)) return;
    problems.set(path, { path, rule: 'maxLength', limit, length, message: `Argument "${path}" must be at most ${limit} characters long, got ${length}.` });
  };
  // A variable left out takes its default, a literal of the document: checked where it is used, like a sent one.
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) values[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  for (const [name, value] of Object.entries(variables ?? {})) if (value !== undefined) values[name] = value;

  /** A value as sent in the variables: its strings, wherever they are, against the bound of their position. */
  function checkRaw(root: unknown, rootType: GraphQLInputType | null, rootLimit: number, rootPath: string): void {
    const stack: Array<{ value: unknown; type: GraphQLInputType | null; limit: number; path: string }> = [
      { value: root, type: rootType, limit: rootLimit, path: rootPath },
    ];
    while (stack.length) {
      const { value, type, limit, path } = stack.pop()!;
      const nullable = type && getNullableType(type);
      if (typeof value === 'string') {
        if (value.length > limit) report(path, value.length, limit);
      } else if (Array.isArray(value)) {
        const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : nullable;
        value.forEach((v, i) => stack.push({ value: v, type: item, limit: limit, path: `${path}.${i}` }));
      } else if (value !== null && typeof value === 'object') {
        const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : undefined;
        for (const [key, v] of Object.entries(value)) {
          const field = fields?.[key];
          // An unknown key is refused later, when the variables are coerced; its strings are bounded all the same.
          stack.push({
            value: v,
            type: field ? field.type : null,
            limit: field ? maxLengthOf(namedInputType(field.type)) : MAX_STRING_LENGTH,
            path: `${path}.${key}`,
          });
        }
      }
    }
  }

  /** A literal in the document (its variables resolved), against the bound of its position. */
  function checkLiteral(node: ValueNode, type: GraphQLInputType | null, limit: number, path: string): void {
    const nullable = type && getNullableType(type);
    switch (node.kind) {
      case Kind.VARIABLE:
        checkRaw(values[node.name.value], type, limit, path);
        return;
      case Kind.STRING:
        if (node.value.length > limit) report(path, node.value.length, limit);
        return;
      case Kind.LIST: {
        const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : nullable;
        node.values.forEach((v, i) => checkLiteral(v, item, limit, `${path}.${i}`));
        return;
      }
      case Kind.OBJECT: {
        const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : undefined;
        for (const f of node.fields) {
          const field = fields?.[f.name.value];
          checkLiteral(f.value, field ? field.type : null, field ? maxLengthOf(namedInputType(field.type)) : MAX_STRING_LENGTH, `${path}.${f.name.value}`);
        }
        return;
      }
      default:
        return;
    }
  }

  function checkArguments(
    nodes: readonly ArgumentNode[] | undefined,
    definitions: readonly GraphQLArgument[],
    limitOf: (argument: GraphQLArgument) => number,
  ): void {
    for (const node of nodes ?? []) {
      const definition = definitions.find((a) => a.name === node.name.value);
      checkLiteral(node.value, definition ? definition.type : null, definition ? limitOf(definition) : MAX_STRING_LENGTH, node.name.value);
    }
  }

  const walked = new Set<string>();
  function checkSet(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): void {
    for (const selection of selectionSet.selections) {
      for (const directive of selection.directives ?? []) {
        const definition = schema.getDirective(directive.name.value);
        checkArguments(directive.arguments, definition?.args ?? [], (a) => maxLengthOf(namedInputType(a.type)));
      }
      if (selection.kind === Kind.FIELD) {
        const definition = parent && fieldDefinition(schema, parent, selection.name.value);
        checkArguments(selection.arguments, definition?.args ?? [], (a) => argumentMaxLength(parent!.name, selection.name.value, a));
        if (selection.selectionSet) checkSet(selection.selectionSet, definition ? namedOutputType(definition) : undefined);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        checkSet(selection.selectionSet, selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? undefined) : parent);
      } else if (!walked.has(selection.name.value)) {
        // A fragment's arguments are the same wherever it is spread: walked once.
        walked.add(selection.name.value);
        const definition = fragment(selection.name.value);
        if (definition) checkSet(definition.selectionSet, schema.getType(definition.typeCondition.name.value) ?? undefined);
      }
    }
  }

  for (const directive of operation.directives ?? [])
    checkArguments(directive.arguments, schema.getDirective(directive.name.value)?.args ?? [], (a) => maxLengthOf(namedInputType(a.type)));
  checkSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
  return [...problems.values()];
}

function namedInputType(type: GraphQLInputType): GraphQLNamedType {
  let t: GraphQLInputType = type;
  while ('ofType' in t) t = t.ofType as GraphQLInputType;
  return t as GraphQLNamedType;
}

function namedOutputType(field: GraphQLField<unknown, unknown>): GraphQLNamedType {
  let t = field.type;
  while ('ofType' in t) t = t.ofType;
  return t as GraphQLNamedType;
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema' && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && parent === schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}
