import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * A REST representation is read off the GraphQL type it shows: the record's own fields (scalars,
 * enums and lists of them), its related records as IDs (`objectiveId`, `agencyIds`), and value
 * objects (types with no ID of their own, such as a responsibility) in full. `expand=` swaps a
 * related record's ID for the record itself, one level deep. The GraphQL selection that reads it,
 * the JSON it is rendered to and its JSON Schema (for OpenAPI) all come from the same walk, so
 * the three cannot disagree and a field added to the schema is in REST too.
 *
 * Left out: connections (`Agency.actions`), which are nested routes (`/agencies/{id}/actions`),
 * fields with a required argument, and the fields a resource names as omitted (`omit` in
 * resources.ts: documents too large for every representation, served on routes of their own).
 */
export type Prop =
  | { kind: 'scalar'; name: string; field: GraphQLField<unknown, unknown> }
  | { kind: 'link'; name: string; field: GraphQLField<unknown, unknown>; list: boolean; target: GraphQLObjectType }
  | { kind: 'value'; name: string; field: GraphQLField<unknown, unknown>; list: boolean; props: Prop[] };

/** The name of a related records' ID list: agencies → agencyIds, progress → progressIds. */
export function idsName(field: string): string {
  const singular = field.endsWith('ies') ? `${field.slice(0, -3)}y` : field.endsWith('s') && !field.endsWith('ss') ? field.slice(0, -1) : field;
  return `${singular}Ids`;
}

export function isNodeType(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

export function isConnectionType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();
}

function isListOf(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

export class Representations {
  private readonly cache = new Map<string, Prop[]>();

  /** `omitted`: type name → the fields left out of its representation. */
  constructor(
    readonly schema: GraphQLSchema,
    private readonly omitted: Readonly<Record<string, readonly string[]>> = {},
  ) {}

  objectType(name: string): GraphQLObjectType {
    const type = this.schema.getType(name);
    if (!isObjectType(type)) throw new Error(`No object type ${name} in the schema.`);
    return type;
  }

  /** The properties of a type's representation, in the schema's field order. */
  propsOf(type: GraphQLObjectType, depth = 0): Prop[] {
    const cached = this.cache.get(type.name);
    if (cached) return cached;
    const props: Prop[] = [];
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      if (field.deprecationReason) continue;
      if (this.omitted[type.name]?.includes(field.name)) continue;
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) props.push({ kind: 'scalar', name: field.name, field: field as GraphQLField<unknown, unknown> });
      else if (isConnectionType(named)) continue;
      else if (isNodeType(named)) {
        const list = isListOf(field.type);
        props.push({ kind: 'link', name: list ? idsName(field.name) : `${field.name}Id`, field: field as GraphQLField<unknown, unknown>, list, target: named });
      } else if (isObjectType(named) && depth < 2) {
        props.push({
          kind: 'value',
          name: field.name,
          field: field as GraphQLField<unknown, unknown>,
          list: isListOf(field.type),
          props: this.propsOf(named, depth + 1),
        });
      }
    }
    if (depth === 0) this.cache.set(type.name, props);
    return props;
  }

  /** The names `expand=` accepts on a type: its related records. */
  expandable(type: GraphQLObjectType): string[] {
    return this.propsOf(type)
      .filter((p) => p.kind === 'link')
      .map((p) => p.field.name);
  }

  /** The names `fields=` accepts on a type. */
  fieldNames(type: GraphQLObjectType): string[] {
    return this.propsOf(type).map((p) => p.name);
  }

  /** The GraphQL selection set (without braces) of a representation: `fields` picks (always with id), `expand` embeds. */
  selection(type: GraphQLObjectType, options: { fields?: Set<string>; expand?: Set<string> } = {}): string {
    return selectionOf(this, this.propsOf(type), options);
  }

  /** Renders GraphQL data (read with selection()) as the REST representation. */
  render(type: GraphQLObjectType, data: Record<string, unknown>, options: { fields?: Set<string>; expand?: Set<string> } = {}): Record<string, unknown> {
    return renderProps(this, this.propsOf(type), data, options);
  }

  /**
   * JSON Schema (2020-12, as OpenAPI 3.1 uses) of a type's representation. Related records that
   * `expand=` can embed are optional properties referring to their type's schema (`refOf`).
   */
  jsonSchema(type: GraphQLObjectType, refOf: (type: GraphQLObjectType) => object): Record<string, unknown> {
    return propsSchema(this.propsOf(type), type.description ?? undefined, refOf, true);
  }
}

function selectionOf(reps: Representations, props: Prop[], options: { fields?: Set<string>; expand?: Set<string> }): string {
  const parts: string[] = [];
  for (const prop of props) {
    const expanded = prop.kind === 'link' && options.expand?.has(prop.field.name);
    // id and version are always read: the ETag of an item starts with its version.
    const picked = !options.fields || prop.name === 'id' || prop.name === 'version' || options.fields.has(prop.name) || expanded;
    if (!picked) continue;
    if (prop.kind === 'scalar') parts.push(prop.name);
    else if (prop.kind === 'link') parts.push(expanded ? `${prop.field.name} { ${reps.selection(prop.target)} }` : `${prop.field.name} { id }`);
    else parts.push(`${prop.field.name} { ${selectionOf(reps, prop.props, {})} }`);
  }
  return parts.join(' ');
}

function renderProps(
  reps: Representations,
  props: Prop[],
  data: Record<string, unknown>,
  options: { fields?: Set<string>; expand?: Set<string> },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of props) {
    const name = prop.field.name;
    if (!(name in data)) continue;
    const value = data[name];
    if (prop.kind === 'scalar') {
      if (!options.fields || prop.name === 'id' || options.fields.has(prop.name)) out[prop.name] = value;
    } else if (prop.kind === 'link') {
      const ids = prop.list ? ((value as { id: string }[] | null) ?? []).map((v) => v.id) : ((value as { id: string } | null)?.id ?? null);
      if (!options.fields || options.fields.has(prop.name)) out[prop.name] = ids;
      if (options.expand?.has(name)) {
        out[name] = prop.list
          ? ((value as Record<string, unknown>[] | null) ?? []).map((v) => reps.render(prop.target, v))
          : value === null
            ? null
            : reps.render(prop.target, value as Record<string, unknown>);
      }
    } else if (!options.fields || options.fields.has(prop.name)) {
      out[prop.name] = prop.list
        ? ((value as Record<string, unknown>[] | null) ?? []).map((v) => renderProps(reps, prop.props, v, {}))
        : value === null
          ? null
          : renderProps(reps, prop.props, value as Record<string, unknown>, {});
    }
  }
  return out;
}

/** JSON Schema of a GraphQL scalar or enum. */
export function scalarSchema(type: GraphQLNamedType): Record<string, unknown> {
  if (isEnumType(type)) return { type: 'string', enum: type.getValues().map((v) => v.name) };
  switch (type.name) {
    case 'Int':
      return { type: 'integer' };
    case 'Float':
      return { type: 'number' };
    case 'Boolean':
      return { type: 'boolean' };
    case 'DateTimeISO':
      return { type: 'string', format: 'date-time' };
    case 'LocalDate':
      return { type: 'string', format: 'date' };
    case 'JSON':
      return {};
    default:
      return { type: 'string' };
  }
}

/** Adds null to a schema's type (JSON Schema 2020-12: a type list; an enum lists null too). */
export function nullable(schema: Record<string, unknown>): Record<string, unknown> {
  if (Object.keys(schema).length === 0 || '$ref' in schema) return Object.keys(schema).length === 0 ? schema : { anyOf: [schema, { type: 'null' }] };
  const type = schema.type;
  const out: Record<string, unknown> = { ...schema, type: Array.isArray(type) ? [...type, 'null'] : [type, 'null'] };
  if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
  return out;
}

/** JSON Schema of a GraphQL output type, wrappers included (`item` is the named type's schema). */
function wrapped(type: GraphQLOutputType | GraphQLInputType, item: Record<string, unknown>): Record<string, unknown> {
  if (isNonNullType(type)) return wrappedNonNull(type.ofType, item);
  return nullable(wrappedNonNull(type, item));
}

function wrappedNonNull(type: GraphQLOutputType | GraphQLInputType, item: Record<string, unknown>): Record<string, unknown> {
  if (isListType(type)) return { type: 'array', items: wrapped(type.ofType, item) };
  return item;
}

function describe(schema: Record<string, unknown>, description: string | null | undefined): Record<string, unknown> {
  return description ? { ...schema, description } : schema;
}

function propsSchema(props: Prop[], description: string | undefined, refOf: (type: GraphQLObjectType) => object, top: boolean): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const prop of props) {
    const { field } = prop;
    if (prop.kind === 'scalar') {
      properties[prop.name] = describe(wrapped(field.type, scalarSchema(getNamedType(field.type))), field.description);
    } else if (prop.kind === 'link') {
      const id = { type: 'string', description: `Global ID of the ${prop.target.name}.` };
      properties[prop.name] = describe(
        prop.list ? { type: 'array', items: id } : isNonNullType(field.type) ? id : nullable(id),
        `${prop.list ? 'Global IDs' : 'Global ID'} of ${field.name}${field.description ? `: ${field.description}` : '.'}`,
      );
      if (top) properties[field.name] = describe(wrapped(field.type, refOf(prop.target) as Record<string, unknown>), `Embedded with expand=${field.name}.`);
    } else {
      properties[prop.name] = describe(wrapped(field.type, propsSchema(prop.props, undefined, refOf, false)), field.description);
    }
    required.push(prop.name);
  }
  // fields= picks properties, so only id is always there; expanded records only when asked for.
  return describe({ type: 'object', properties, required: top ? ['id'] : required, additionalProperties: false }, description);
}

/** The JSON Schema of a GraphQL input type (a request body, a query parameter). */
export function inputSchema(type: GraphQLInputType): Record<string, unknown> {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const field of Object.values(named.getFields())) {
      properties[field.name] = describe(inputSchema(field.type), field.description);
      if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
    }
    return wrapped(type, { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false });
  }
  return wrapped(type, scalarSchema(named));
}
