import { getNamedType, GraphQLArgument, GraphQLField, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { inputSchema } from './representation';
import { ProblemError } from './problem';

/** Query parameters every collection takes besides its filters. */
export const PAGE_PARAMS = ['first', 'after'] as const;
export const SHAPE_PARAMS = ['fields', 'expand'] as const;

/**
 * A query parameter that is a GraphQL argument: one of the list field's own arguments (`asOf`,
 * `kind`), or a field of its `filter` input (`agency`, `status`), under the same name.
 */
export interface ParamSpec {
  name: string;
  type: GraphQLInputType;
  description?: string;
  /** Where the value goes: an argument of the field, or a field of its filter argument. */
  into: 'arg' | 'filter';
}

/** The query parameters a GraphQL list field's arguments give (all but first, after and the path's id). */
export function paramsOf(field: GraphQLField<unknown, unknown>, skip: readonly string[] = []): ParamSpec[] {
  const specs: ParamSpec[] = [];
  for (const arg of field.args) {
    if ((PAGE_PARAMS as readonly string[]).includes(arg.name) || skip.includes(arg.name)) continue;
    const named = getNamedType(arg.type);
    if (arg.name === 'filter' && isInputObjectType(named)) {
      for (const f of Object.values(named.getFields())) specs.push({ name: f.name, type: f.type, description: f.description ?? undefined, into: 'filter' });
    } else specs.push(argSpec(arg));
  }
  return specs;
}

function argSpec(arg: GraphQLArgument): ParamSpec {
  return { name: arg.name, type: arg.type, description: arg.description ?? undefined, into: 'arg' };
}

function isList(type: GraphQLInputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * A query string value as the GraphQL value of its type. Numbers and booleans are converted when
 * they read as such; anything else is passed as the string, so that GraphQL's own coercion refuses
 * it with its own message (the rule is decided once, by the schema). A list takes repeated
 * parameters, comma-separated values, or both.
 */
export function coerceParam(spec: ParamSpec, raw: string | string[]): unknown {
  const list = isList(spec.type);
  const given = Array.isArray(raw) ? raw : [raw];
  if (!list && given.length > 1) throw new ProblemError('BAD_USER_INPUT', `The query parameter "${spec.name}" is given ${given.length} times; give it once.`);
  const values = list
    ? given
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : given;
  const named = getNamedType(spec.type).name;
  const one = (v: string): unknown => {
    if (named === 'Int' && /^-?\d+$/.test(v)) return Number(v);
    if (named === 'Float' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    if (named === 'Boolean' && (v === 'true' || v === 'false')) return v === 'true';
    return v;
  };
  return list ? values.map(one) : one(values[0]);
}

/** The OpenAPI parameter object of a spec (lists are exploded or comma-separated). */
export function paramSchema(spec: ParamSpec): Record<string, unknown> {
  const schema = inputSchema(isNonNullType(spec.type) ? spec.type.ofType : spec.type);
  return { ...stripNull(schema), ...(spec.description ? { description: spec.description } : {}) };
}

/** A query parameter is absent rather than null. */
function stripNull(schema: Record<string, unknown>): Record<string, unknown> {
  const type = schema.type;
  if (!Array.isArray(type)) return schema;
  const rest = type.filter((t) => t !== 'null');
  const out: Record<string, unknown> = { ...schema, type: rest.length === 1 ? rest[0] : rest };
  if (Array.isArray(schema.enum)) out.enum = schema.enum.filter((v) => v !== null);
  if (out.items && typeof out.items === 'object') out.items = stripNull(out.items as Record<string, unknown>);
  return out;
}

/** Splits `fields=a,b` / `expand=x` (repeatable) into names, refusing any not in `allowed`. */
export function nameList(param: string, raw: string | string[] | undefined, allowed: readonly string[]): Set<string> | undefined {
  if (raw === undefined) return undefined;
  const names = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const unknown = names.filter((n) => !allowed.includes(n));
  if (unknown.length) {
    throw new ProblemError(
      'BAD_USER_INPUT',
      `${param}= names ${unknown.map((n) => `"${n}"`).join(', ')}, which this resource does not have. It takes: ${allowed.join(', ')}.`,
      {
        fields: unknown.map((n) => ({ path: `query.${param}`, rule: 'isIn', message: `"${n}" is not one of ${allowed.join(', ')}` })),
      },
    );
  }
  return new Set(names);
}
