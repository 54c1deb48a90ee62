// Generated GraphQL requests over every root query and mutation of the committed schema
// (packages/schema/schema.graphql): arguments valid-typed and ill-typed, as literals and as
// variables; random selection sets with aliases, fragments and directives; GET and POST; anonymous,
// with forged or garbage keys, or with real ones; and requests that are not GraphQL at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Draw } from './draw';
import { defuse } from './checks';
import type { HttpCase } from './http-case';

export const SCHEMA_FILE = resolve(__dirname, '../../../packages/schema/schema.graphql');

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
}

/** What the generator knows about the server under test. */
export interface GraphQLFuzzContext {
  schema: GraphQLSchema;
  /** Real global IDs by type name, read from the server before the run. */
  ids: Map<string, string[]>;
  /** API keys: admin (used for valid requests) and reader. */
  keys: { admin: string; reader: string };
  /** Global IDs that must never be sent (the admin key's own, so that it is never revoked). */
  protectedIds: Set<string>;
}

/** "Query.actions", "Mutation.createAgency": every root field of the schema. */
export function rootFields(schema: GraphQLSchema): Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  const out: Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) out.push({ operation: 'query', field });
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) out.push({ operation: 'mutation', field });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values: one tree printed either as a GraphQL literal or as JSON (for variables).

type Val =
  | { k: 'null' }
  | { k: 'str'; v: string }
  | { k: 'num'; raw: string }
  | { k: 'bool'; v: boolean }
  | { k: 'enum'; v: string }
  | { k: 'list'; items: Val[] }
  | { k: 'obj'; fields: Array<[string, Val]> };

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

function literal(v: Val): string {
  switch (v.k) {
    case 'null':
      return 'null';
    case 'str':
      return JSON.stringify(v.v);
    case 'num':
      return v.raw;
    case 'bool':
      return String(v.v);
    case 'enum':
      return v.v;
    case 'list':
      return `[${v.items.map(literal).join(', ')}]`;
    case 'obj':
      return `{${v.fields.map(([k, x]) => `${k}: ${literal(x)}`).join(', ')}}`;
  }
}

function json(v: Val): string {
  switch (v.k) {
    case 'null':
      return 'null';
    case 'str':
      return JSON.stringify(v.v);
    case 'num':
      return JSON_NUMBER.test(v.raw) ? v.raw : JSON.stringify(v.raw);
    case 'bool':
      return String(v.v);
    case 'enum':
      return JSON.stringify(v.v);
    case 'list':
      return `[${v.items.map(json).join(',')}]`;
    case 'obj':
      return `{${v.fields.map(([k, x]) => `${JSON.stringify(k)}:${json(x)}`).join(',')}}`;
  }
}

const str = (v: string): Val => ({ k: 'str', v });
const num = (n: number | string): Val => ({ k: 'num', raw: String(n) });

const ID_TYPES = [
  'Plan',
  'Pillar',
  'Priority',
  'Objective',
  'Action',
  'Agency',
  'NationalOutcome',
  'OutcomeMeasure',
  'MeasureValue',
  'Reprocurement',
  'HelpService',
  'ProgressUpdate',
  'Partnership',
  'ApiKey',
  'AuditEntry',
  'User',
  'Node',
];
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

class Generator {
  private varCount = 0;
  private fragmentCount = 0;
  readonly variables: Array<{ name: string; type: string; value?: string }> = [];
  readonly fragments: string[] = [];
  readonly nodesKeys: string[] = [];
  /** The record the current mutation works on (its input's `id`). */
  record: string | undefined;
  /** Whether the last nodes(ids:) call got a literal list of at most 100 strings. */
  nodesIdsOk = false;

  constructor(
    readonly r: Draw,
    readonly ctx: GraphQLFuzzContext,
    /** Only valid values and selections (the request must succeed). */
    readonly sane: boolean,
    /** Well-typed: the document fits the schema, so that it runs (values may still be hostile). */
    readonly typed: boolean,
  ) {}

  /** An ill-typed choice, with probability p, in requests that are neither sane nor well-typed. */
  private ill(p: number): boolean {
    return !this.sane && !this.typed && this.r.chance(p);
  }

  // -- scalars --------------------------------------------------------------------------------

  private realId(type?: string): string | undefined {
    // Any ID: of a type node(id) fetches (not API keys and audit entries).
    const pool = type ? this.ctx.ids.get(type) : [...this.ctx.ids].filter(([t]) => t !== 'ApiKey' && t !== 'AuditEntry').flatMap(([, ids]) => ids);
    return pool && pool.length ? this.r.pick(pool) : undefined;
  }

  id(expected?: string): string {
    const r = this.r;
    if (this.sane) return this.realId(expected) ?? this.realId()!;
    const value = r.weighted<string>([
      [4, () => this.realId(expected) ?? this.realId()!],
      [3, () => this.realId()!],
      [
        2,
        () =>
          b64(
            `${r.pick(ID_TYPES)}:${r.pick(['1', '2', '3', '40', '999999', '0', '-1', '01', '1.5', '', '9999999999999999', '99999999999999999999', '1e3', ' 1'])}`,
          ),
      ],
      [
        2,
        () =>
          r.pick([
            '',
            'x',
            '=',
            'UGxhbjoy=',
            'UGxhbjoy\n',
            ' UGxhbjoy',
            'UGxhbjo',
            'Plan:2',
            'UGxhbjoy'.replace('=', '-'),
            '====',
            'A'.repeat(5000),
            b64(r.hostileString()),
            r.hostileString(),
            b64('Plan:2').replace(/=+$/, ''),
            Buffer.from('Plan:2').toString('base64url'),
            b64('\u0000Plan:2'),
            b64('Plan:2:3'),
          ]),
      ],
    ]);
    return this.ctx.protectedIds.has(value) ? b64('ApiKey:987654') : value;
  }

  private quarter(): string {
    const r = this.r;
    const good = `${r.pick(['2024-25', '2025-26', '2023-24'])} Q${r.int(1, 4)}`;
    if (this.sane) return `2024-25 Q${r.int(1, 4)}`; // the plan's own year
    return r.weighted([
      [3, () => good],
      [1, () => r.pick(['2024-25 Q5', '2024-25 Q0', '2024/25 Q1', '2024-26 Q1', '1999-00 Q1', '2024-25Q1', ' 2024-25 q1 ', '2024-25 Q1 ', 'Q1', ''])],
      [1, () => r.hostileString()],
    ]);
  }

  private dateTime(argName: string): string {
    // (A hostile string where a DateTimeISO is expected is refused by validation, in any request.)
    const r = this.r;
    // Valid requests keep since before until.
    const [from, to] = !this.sane ? [20, 27] : argName === 'until' ? [26, 29] : [20, 24];
    const good = `20${r.int(from, to)}-0${r.int(1, 9)}-1${r.int(0, 9)}T${r.pick(['00:00:00Z', '12:34:56.789Z', '23:59:59+01:00'])}`;
    if (this.sane) return good;
    return r.weighted([
      [this.typed ? 8 : 3, () => good],
      [
        1,
        () =>
          r.pick([
            '2024-02-30T00:00:00Z',
            '2024-04-01',
            'yesterday',
            '',
            '0',
            '1e10',
            '+275760-09-13T00:00:00.000Z',
            '9999-12-31T23:59:59.999Z',
            '2024-04-01T25:00:00Z',
            '2024-04-01T00:00:00',
          ]),
      ],
      [1, () => r.hostileString()],
    ]);
  }

  private localDate(): string {
    const r = this.r;
    return r.weighted([
      [this.typed ? 8 : 3, () => `202${r.int(3, 6)}-0${r.int(1, 9)}-${r.int(10, 28)}`],
      [1, () => r.pick(['2024-13-01', '2024-02-30', '24/04/01', '', '2024-4-1', '0000-00-00', '2024-04-01T00:00:00Z', '99999-01-01'])],
      [1, () => r.hostileString()],
    ]);
  }

  private int(name: string): Val {
    const r = this.r;
    if (this.sane) return num(name === 'first' ? r.int(0, 5) : r.int(1, 3));
    return r.weighted<Val>([
      [5, () => num(name === 'first' ? r.int(0, 100) : r.int(0, 5))],
      [2, () => num(r.pick([-1, 101, 2147483647, -2147483648, 1000000, 0]))],
      [this.typed ? 0 : 1, () => num(r.pick(['2147483648', '-2147483649', '9007199254740993', '1e400', '1.5', '-0', '0x10', '1e3', 'NaN', 'Infinity']))],
    ]);
  }

  private scalar(name: string, argName: string, expectedId?: string): Val {
    const r = this.r;
    switch (name) {
      case 'ID':
        return !this.sane && r.chance(0.05) ? num(r.pick([1, 0, -1, 2147483648])) : str(this.id(expectedId));
      case 'Int':
        return this.int(argName);
      case 'Float':
        return num(r.pick(this.typed ? ['0', '1.5', '-1', '1e308', '-0.0', '3'] : ['0', '1.5', '-1', '1e308', '1e400', '-0.0', '3']));
      case 'Boolean':
        return { k: 'bool', v: r.chance(0.5) };
      case 'DateTimeISO':
        return str(this.dateTime(argName));
      case 'LocalDate':
        return str(this.localDate());
      case 'JSON':
        return this.illTyped();
      default:
        if (argName === 'quarter') return str(this.quarter());
        if (argName === 'agency' && r.chance(0.5)) return str(r.pick(['RESET', 'Police', 'LBTH', 'Reset Recovery Service']));
        return str(r.hostileString());
    }
  }

  /** A value of some random shape, for a position that expects another. */
  private illTyped(depth = 0): Val {
    const r = this.r;
    return r.weighted<Val>([
      [2, () => str(r.hostileString())],
      [1, () => num(r.pick(['0', '1.5', '1e400', 'NaN', '-1', '99999999999999999999']))],
      [1, () => ({ k: 'bool', v: r.chance(0.5) })],
      [1, () => ({ k: 'enum', v: r.pick(['RED', 'FOO', 'null', 'true', 'ADMIN', '__typename']) })],
      [1, () => ({ k: 'null' })],
      [1, () => (depth > 2 ? { k: 'null' } : { k: 'list', items: Array.from({ length: r.int(0, 3) }, () => this.illTyped(depth + 1)) })],
      [1, () => (depth > 2 ? { k: 'null' } : { k: 'obj', fields: [[r.pick(['x', 'id', '__proto__', 'constructor', 'input']), this.illTyped(depth + 1)]] })],
    ]);
  }

  /** A value for an input position; mostly of the right type, sometimes not (unless sane). */
  value(type: GraphQLInputType, name: string, depth = 0, idType?: string): Val {
    const r = this.r;
    if (this.ill(0.04)) return this.illTyped();
    if (isNonNullType(type)) return this.value(type.ofType, name, depth, idType);
    if (isListType(type)) {
      if (!this.sane && r.chance(0.1)) return this.value(type.ofType, name, depth + 1, idType); // a single value: list coercion
      const length = this.sane
        ? r.int(0, 5)
        : r.weighted([
            [6, () => r.int(0, 4)],
            [1, () => r.pick([25, 101, 500])],
          ]);
      return { k: 'list', items: Array.from({ length }, () => this.value(type.ofType, name, depth + 1, idType)) };
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (this.ill(0.05)) return r.pick<Val>([{ k: 'enum', v: 'NOPE' }, str(values[0]), { k: 'enum', v: values[0].toLowerCase() }]);
      return { k: 'enum', v: r.pick(values) };
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return { k: 'null' };
      const fields: Array<[string, Val]> = [];
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && !r.chance(0.45)) continue;
        if (!this.sane && !required && r.chance(0.1)) {
          fields.push([field.name, { k: 'null' }]);
          continue;
        }
        if (required && this.ill(0.03)) continue; // a required field missing
        fields.push([field.name, this.value(field.type, field.name, depth + 1, idTypeOf(field.name) ?? (field.name === 'id' ? this.record : undefined))]);
      }
      if (this.ill(0.05)) fields.push([r.pick(['unknownField', 'id', '__proto__', 'constructor']), this.illTyped()]);
      if (fields.length > 1 && this.ill(0.03)) fields.push(fields[0]); // a duplicate field
      return { k: 'obj', fields };
    }
    return this.scalar(getNamedType(type).name, name, idType ?? idTypeOf(name));
  }

  // -- arguments ------------------------------------------------------------------------------

  /** `(a: 1, b: $v0)` for a field's arguments, or '' ; null when a sane value cannot be made. */
  args(field: GraphQLField<unknown, unknown>, parent: string, nested: boolean): string | null {
    const r = this.r;
    const parts: string[] = [];
    for (const arg of field.args as GraphQLArgument[]) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      const idType = arg.name === 'id' || arg.name === 'ids' ? idTypeOfField(field, parent) : idTypeOf(arg.name);
      let value: Val | undefined;
      if (this.sane) {
        const named = getNamedType(arg.type).name;
        if (arg.name === 'first') value = r.chance(nested ? 0.9 : 0.5) ? this.value(arg.type, arg.name) : undefined;
        else if (arg.name === 'id' || arg.name === 'ids') {
          if (idType && !this.ctx.ids.get(idType)?.length) return null;
          value = this.value(arg.type, arg.name, 0, idType);
        } else if (arg.name === 'quarter') value = this.value(arg.type, arg.name);
        else if (named === 'DateTimeISO' || named === 'Boolean') value = r.chance(0.5) ? this.value(arg.type, arg.name) : undefined;
        else if (required) return null;
      } else {
        const include = required ? !this.ill(0.03) : r.chance(0.5);
        const nullValue = required ? this.ill(0.06) : r.chance(0.06);
        if (include) value = nullValue ? { k: 'null' } : this.value(arg.type, arg.name, 0, idType);
      }
      if (value === undefined) continue;
      if (!this.sane && r.chance(0.35)) parts.push(`${arg.name}: ${this.variable(String(arg.type), value)}`);
      else {
        parts.push(`${arg.name}: ${literal(value)}`);
        if (field.name === 'nodes' && arg.name === 'ids')
          this.nodesIdsOk = value.k === 'list' && value.items.length <= 100 && value.items.every((v) => v.k === 'str');
      }
    }
    if (this.ill(0.02)) parts.push(`${r.pick(['nope', 'first', 'id'])}: ${literal(this.illTyped())}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** Declares `$vN` (of the argument's type, or sometimes another) with its value; returns `$vN`. */
  variable(type: string, value: Val): string {
    const r = this.r;
    const name = `v${this.varCount++}`;
    const declared = this.ill(0.05) ? r.pick(['String', 'Int', 'ID!', '[ID!]!', 'Boolean', 'JSON', 'Nope', `${type}!`.replace(/!!$/, '!')]) : type;
    const omitted = this.ill(0.04);
    this.variables.push({ name, type: declared, value: omitted ? undefined : json(value) });
    return `$${name}`;
  }

  // -- selections -----------------------------------------------------------------------------

  private directive(): string {
    const r = this.r;
    if (!r.chance(0.06)) return '';
    if (this.sane) return r.pick([' @include(if: true)', ' @skip(if: false)']);
    if (this.typed)
      return r.pick([
        ' @include(if: true)',
        ' @skip(if: false)',
        ' @skip(if: true)',
        ` @include(if: ${this.variable('Boolean!', { k: 'bool', v: r.chance(0.5) })})`,
      ]);
    return r.pick([
      ' @include(if: true)',
      ' @skip(if: false)',
      ' @skip(if: true)',
      ` @include(if: ${this.variable('Boolean!', { k: 'bool', v: r.chance(0.5) })})`,
      ' @deprecated',
      ' @foo',
      ' @include',
      ' @skip(if: "yes")',
      ' @include(if: true) @include(if: false)',
    ]);
  }

  selection(type: GraphQLNamedType, depth: number, maxDepth: number): string {
    const r = this.r;
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.ctx.schema.getPossibleTypes(type);
      const parts = ['__typename'];
      if (isInterfaceType(type) && r.chance(0.5)) parts.push(this.fieldsOf(type as unknown as GraphQLObjectType, depth, maxDepth));
      for (let i = r.int(0, 2); i > 0; i--) {
        const t = r.pick(possible);
        parts.push(`... on ${t.name}${this.directive()} { ${this.fieldsOf(t, depth, maxDepth)} }`);
      }
      return parts.join(' ');
    }
    if (!isObjectType(type)) return '';
    if (!this.sane && r.chance(0.08)) {
      const name = `F${this.fragmentCount++}`;
      this.fragments.push(`fragment ${name} on ${type.name} { ${this.fieldsOf(type, depth, maxDepth)} }`);
      return `...${name}${this.directive()}${r.chance(0.3) ? ` ${this.fieldsOf(type, depth, maxDepth)}` : ''}`;
    }
    if (r.chance(0.05)) return `... on ${type.name} { ${this.fieldsOf(type, depth, maxDepth)} }`;
    if (!this.sane && r.chance(0.03)) return `... { ${this.fieldsOf(type, depth, maxDepth)} }`;
    return this.fieldsOf(type, depth, maxDepth);
  }

  private fieldsOf(type: GraphQLObjectType, depth: number, maxDepth: number): string {
    const r = this.r;
    const fields = Object.values(type.getFields());
    const out: string[] = [];
    const used = new Set<string>();
    for (let n = r.int(1, 4); n > 0; n--) {
      const field = r.pick(fields);
      const named = getNamedType(field.type);
      const leaf = isLeafType(named);
      if (!leaf && depth >= maxDepth) {
        if (this.ill(0.03)) out.push(field.name); // an object field without a selection
        continue;
      }
      const args = this.args(field, type.name, true);
      if (args === null) continue;
      let key = field.name;
      let alias = '';
      const careful = this.sane || this.typed; // no two fields with one response key (they may conflict)
      if (r.chance(0.1) || (careful && used.has(key))) {
        key = `a${r.int(0, 99)}_${field.name}`;
        alias = `${key}: `;
      }
      if (careful && used.has(key)) continue;
      used.add(key);
      const sub = leaf ? (this.ill(0.01) ? ' { id }' : '') : ` { ${this.selection(named, depth + 1, maxDepth)} }`;
      out.push(`${alias}${field.name}${args}${this.directive()}${sub}`);
    }
    if (this.ill(0.02)) out.push(r.pick(['nope', '__schema { queryType { name } }', 'id { id }', '__type(name: "Query") { name }']));
    if (!out.length) out.push('__typename');
    return out.join(' ');
  }
}

/** `actionId` -> Action, `pillarId` -> Pillar; other names say nothing. */
function idTypeOf(name: string): string | undefined {
  const m = /^([a-z][A-Za-z]*)Id$/.exec(name);
  if (!m || m[1] === 'source' || m[1] === 'target') return m ? 'Agency' : undefined;
  return m[1].charAt(0).toUpperCase() + m[1].slice(1);
}

/** The type an `id` argument names: the field's own type (`action(id)` -> Action), or its mutation's record. */
function idTypeOfField(field: GraphQLField<unknown, unknown>, parent: string): string | undefined {
  if (parent !== 'Mutation') {
    const named = getNamedType(field.type);
    return named.name === 'Node' || named.name.endsWith('Connection') ? undefined : named.name;
  }
  return undefined;
}

/** The record a mutation works on, for its input's `id`: updateAction -> Action, revokeApiKey -> ApiKey. */
function mutationRecord(name: string): string | undefined {
  return /^(?:update|archive|restore|revoke|rotate|set)([A-Z][A-Za-z]*?)(?:Status)?$/.exec(name)?.[1];
}

// ---------------------------------------------------------------------------------------------
// Whole requests.

function authorization(r: Draw, ctx: GraphQLFuzzContext): string | string[] | undefined {
  const { admin, reader } = ctx.keys;
  return r.weighted<string | string[] | undefined>([
    [5, () => undefined],
    [3, () => `Bearer ${admin}`],
    [1, () => `Bearer ${reader}`],
    [1, () => `Bearer cdp_abcdefghij_${'A'.repeat(43)}`],
    [1, () => `Bearer cdp_${admin.slice(4, 14)}_${'x'.repeat(43)}`], // a real prefix with a forged secret
    [
      2,
      () =>
        r.pick<string | string[]>([
          '',
          'Bearer',
          'Bearer ',
          'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
          `bearer ${admin}`,
          `Bearer  ${admin}`,
          `Bearer ${admin} `,
          `Bearer ${admin},${reader}`,
          [`Bearer ${admin}`, `Bearer ${reader}`],
          'Bearer cdp_',
          'Bearer cdp_x_y',
          `Token ${admin}`,
          admin,
          `Bearer ${r.text('latin1', 40)}`,
          `Bearer ${'A'.repeat(5000)}`,
          `Bearer ${admin.toUpperCase()}`,
          `Bearer ${admin.slice(0, -1)}`,
        ]),
    ],
  ]);
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/jsonx',
  '',
  'application/json, text/plain',
];
const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
  'text/html',
  'application/xml',
  'garbage',
  'application/json;q=0',
  'text/event-stream',
  'multipart/mixed',
];
const ENCODINGS = ['gzip', 'br', 'deflate', 'gzip, br', 'identity', '*', 'gzip;q=0, identity;q=0', 'compress', 'zstd'];

/** Bodies of the wrong shape for a GraphQL POST. */
function wrongShape(r: Draw, query: string): string {
  const q = JSON.stringify(query);
  return r.pick([
    '[]',
    `[{"query":${q}}]`,
    `[{"query":${q}},{"query":${q}}]`,
    '"{ plan { title } }"',
    '123',
    'null',
    'true',
    '{}',
    `{"query":1}`,
    `{"query":null}`,
    `{"query":[${q}]}`,
    `{"query":${q},"variables":"{}"}`,
    `{"query":${q},"variables":[1]}`,
    `{"query":${q},"variables":1}`,
    `{"query":${q},"operationName":5}`,
    `{"query":${q},"operationName":{}}`,
    `{"query":${q},"extensions":"x"}`,
    `{"query":${q},"extensions":[]}`,
    `{"query":${q},"__proto__":{"isAdmin":true}}`,
    `{"query":${q},"query":"{ plan { id } }"}`,
    `{"query":${q},"variables":{"__proto__":{"x":1}}}`,
    `{"query":${q}`,
    `{"query":${q}}garbage`,
    `{"Query":${q}}`,
    '',
    ' ',
    `{"query":"${'\\u0000'.repeat(10)}"}`,
    `{"query":${q},"variables":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    `{"query":${q},"variables":{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}}`,
  ]);
}

/** Documents that are not valid GraphQL, or that hit a limit. */
function oddDocument(r: Draw): string {
  return r.weighted<string>([
    [2, () => r.hostileString()],
    [
      3,
      () =>
        r.pick([
          '{',
          '}',
          '{ plan { title }',
          'query',
          'query { }',
          '{ plan { title } } { plan { id } }',
          'query A { plan { id } } query A { plan { id } }',
          'query A { plan { id } } query B { plan { title } }',
          'subscription { plan { id } }',
          'subscription S { actions { totalCount } }',
          'mutation { plan { id } }',
          'fragment F on Plan { id }',
          '{ ...F }',
          '{ plan { ...F } } fragment F on Plan { ...F }',
          '{ plan { strategy { ...on Action { id } } } }',
          'query ($a: Int = "x") { plan { id } }',
          'query ($a: Int) { actions(first: $a) { totalCount } }',
          'query ($a: [[[[[Int]]]]]) { plan { id } }',
          '{ __schema { types { name fields { name } } } }',
          '{ __type(name: "Action") { name fields { name type { name } } } }',
          '{ __typename }',
          '#',
          '\ufeff{ plan { id } }',
          '{ plan { title } }\u0000',
          'SELECT * FROM action',
          '<html></html>',
          JSON.stringify({ query: '{ plan { id } }' }),
          '{ plan(id: """block\nstring""") { id } }',
          `{ plan { ${'strategy { '.repeat(30)}id${' }'.repeat(30)} } }`,
          `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: plan { id }`).join(' ')} }`,
          `{ plan { ${'title '.repeat(4000)}} }`,
          `{ plan { ${'__typename '.repeat(1000)}} }`,
          `{ ${'('.repeat(2000)} }`,
          `{ plan { title @include(if: true) ${'@skip(if: false) '.repeat(500)}} }`,
          `query ${'Q'.repeat(10000)} { plan { id } }`,
          `{ actions(first: 100) { nodes { agencies { actions(first: 100) { nodes { text agencies { name } } } } } } }`,
          `{ a: actions(first:100) { nodes { agencies { actions(first:100) { nodes { text agencies { name } } } } } } b: actions(first:100) { nodes { agencies { actions(first:100) { nodes { text agencies { name } } } } } } }`,
          `{ nodes(ids: [${Array.from({ length: 101 }, () => '"UGxhbjoy"').join(',')}]) { id } }`,
        ]),
    ],
  ]);
}

export interface GraphQLCaseOptions {
  /** Fraction of requests built only from valid values, as admin, that must succeed. */
  saneShare: number;
  /** Always this root field ("Query.actions"): one source per field makes sure each is covered. */
  root?: string;
}

/** One request: a random root field (every one of the schema is drawn from), wrapped as HTTP. */
export function graphqlCase(ctx: GraphQLFuzzContext, options: GraphQLCaseOptions): fc.Arbitrary<HttpCase> {
  const roots = rootFields(ctx.schema);
  return fc.gen().map((g) => {
    const r = new Draw(g);
    const forced =
      options.root === undefined ? undefined : roots.find((x) => `${x.operation === 'query' ? 'Query' : 'Mutation'}.${x.field.name}` === options.root);
    const sane = (forced === undefined || forced.operation === 'query') && r.chance(options.saneShare);
    if (!sane && !forced && r.chance(0.06)) return wrap(r, ctx, { query: oddDocument(r), family: 'not-graphql or limits', roots: [] });
    const gen = new Generator(r, ctx, sane, !sane && r.chance(0.65));
    const eligible = sane ? roots.filter((x) => x.operation === 'query') : roots;
    const first = forced ?? r.pick(eligible);
    const operation = !sane && first.operation === 'query' && r.chance(0.03) ? 'subscription' : first.operation;
    const calls: string[] = [];
    const names: string[] = [];
    for (let n = !sane && r.chance(0.15) ? r.int(2, 3) : 1; n > 0; n--) {
      const root = calls.length === 0 ? first : r.pick(eligible.filter((x) => x.operation === first.operation));
      const parent = root.operation === 'query' ? 'Query' : 'Mutation';
      gen.record = root.operation === 'mutation' ? mutationRecord(root.field.name) : undefined;
      gen.nodesIdsOk = false;
      const args = gen.args(root.field, parent, false);
      if (args === null) continue;
      const key = calls.length > 0 || r.chance(0.1) ? `r${calls.length}_${root.field.name}` : root.field.name;
      const named = getNamedType(root.field.type);
      const maxDepth = sane ? r.int(1, 2) : r.int(1, 3);
      let sub = isLeafType(named) ? '' : ` { ${gen.selection(named, 1, maxDepth)} }`;
      if (root.field.name === 'nodes') {
        if (!sane && r.chance(0.3)) sub = ` { __typename ... on Node { id } }`;
        if (gen.nodesIdsOk) gen.nodesKeys.push(key);
      }
      calls.push(`${key === root.field.name ? '' : `${key}: `}${root.field.name}${args}${sub}`);
      names.push(`${parent}.${root.field.name}`);
    }
    if (!calls.length) calls.push('__typename');
    const varDefs = gen.variables.length ? `(${gen.variables.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
    const opName = r.chance(0.5) ? `Fuzz${r.int(0, 9)}` : '';
    const head = !varDefs && !opName && operation === 'query' && r.chance(0.5) ? '' : `${operation} ${opName}${varDefs} `;
    const query = `${head}{ ${calls.join(' ')} }${gen.fragments.length ? `\n${gen.fragments.join('\n')}` : ''}`;
    const given = gen.variables.filter((v) => v.value !== undefined);
    const variables = given.length || (!sane && r.chance(0.1)) ? `{${given.map((v) => `${JSON.stringify(v.name)}:${v.value}`).join(',')}}` : undefined;
    const family = operation === 'subscription' ? 'subscription' : `${operation} ${first.field.name}`;
    return wrap(r, ctx, { query, variables, operationName: opName || undefined, family, roots: names, sane, nodesKeys: gen.nodesKeys });
  });
}

interface Document {
  query: string;
  variables?: string;
  operationName?: string;
  family: string;
  roots: string[];
  sane?: boolean;
  nodesKeys?: string[];
}

function wrap(r: Draw, ctx: GraphQLFuzzContext, doc: Document): HttpCase {
  const headers: Record<string, string | string[]> = {};
  const sane = doc.sane === true;
  const auth = sane ? `Bearer ${ctx.keys.admin}` : authorization(r, ctx);
  if (auth !== undefined) headers.authorization = auth;
  if (!sane && r.chance(0.2)) headers.accept = r.pick(ACCEPTS);
  if (r.chance(0.2)) headers['accept-encoding'] = r.pick(ENCODINGS);
  if (!sane && r.chance(0.05)) headers['x-request-id'] = r.pick(['', 'abc', 'x'.repeat(2000), r.text('latin1', 30), '../../etc']);
  let family = doc.family;

  const method = sane
    ? r.chance(0.3)
      ? 'GET'
      : 'POST'
    : r.weighted<string>([
        [75, () => 'POST'],
        [22, () => 'GET'],
        [3, () => r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'])],
      ]);

  let extensions: string | undefined;
  if (!sane && r.chance(0.05)) {
    const hash = createHash('sha256').update(doc.query).digest('hex');
    const [label, ext, withQuery] = r.pick<[string, string, boolean]>([
      ['persisted query: hash mismatch', `{"persistedQuery":{"version":1,"sha256Hash":"${'ab'.repeat(32)}"}}`, true],
      ['persisted query: unknown hash', `{"persistedQuery":{"version":1,"sha256Hash":"${'cd'.repeat(32)}"}}`, false],
      ['persisted query: version 2', `{"persistedQuery":{"version":2,"sha256Hash":"${hash}"}}`, true],
      ['persisted query: register', `{"persistedQuery":{"version":1,"sha256Hash":"${hash}"}}`, true],
      ['persisted query: hash not a string', `{"persistedQuery":{"version":1,"sha256Hash":5}}`, true],
      ['persisted query: not an object', `{"persistedQuery":true}`, true],
      ['extensions: other', `{"foo":1}`, true],
    ]);
    if (family !== 'subscription') family = label;
    extensions = ext;
    if (!withQuery) doc = { ...doc, query: '' };
  }

  const opName = doc.operationName !== undefined && !sane && r.chance(0.05) ? r.pick(['Nope', '', 'Fuzz0 ']) : doc.operationName;
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE') {
    const params = new URLSearchParams();
    if (doc.query || sane) params.set('query', doc.query);
    if (doc.variables !== undefined) params.set('variables', doc.variables);
    if (opName !== undefined) params.set('operationName', opName);
    if (extensions !== undefined) params.set('extensions', extensions);
    if (!sane && r.chance(0.03)) params.set('variables', r.pick(['{', 'x', '[]', '"s"', '%']));
    if (sane || r.chance(0.9)) headers['apollo-require-preflight'] = 'true';
    const search = params.toString();
    return {
      kind: 'http',
      family,
      method,
      path: `/graphql${search ? `?${search}` : ''}`,
      headers,
      roots: doc.roots,
      expectSuccess: sane,
      nodesKeys: doc.nodesKeys,
    };
  }

  headers['content-type'] = sane || r.chance(0.88) ? 'application/json' : r.pick(CONTENT_TYPES);
  let body: string;
  if (!sane && r.chance(0.06)) {
    body = wrongShape(r, doc.query);
    family = 'wrong body shape';
  } else {
    const parts = [];
    if (doc.query || sane) parts.push(`"query":${JSON.stringify(doc.query)}`);
    if (doc.variables !== undefined) parts.push(`"variables":${doc.variables}`);
    if (opName !== undefined) parts.push(`"operationName":${JSON.stringify(opName)}`);
    if (extensions !== undefined) parts.push(`"extensions":${extensions}`);
    body = `{${parts.join(',')}}`;
  }
  return { kind: 'http', family, method, path: '/graphql', headers, body: defuse(body), roots: doc.roots, expectSuccess: sane, nodesKeys: doc.nodesKeys };
}

/** Requests to the other routes, and to /graphql with other methods. */
export function routeCase(): fc.Arbitrary<HttpCase> {
  return fc.gen().map((g) => {
    const r = new Draw(g);
    const method = r.pick(['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']);
    const path = r.pick([
      '/healthz',
      '/',
      '/readyz',
      '/metrics',
      '/graphql',
      '/graphql/',
      '/GRAPHQL',
      '/graphql?',
      '/graphql?query=',
      '/graphql?query=%7B',
      '/graphql?query=%ZZ',
      '/graphql?query={plan{id}}&query={plan{title}}',
      '/nope',
      '/favicon.ico',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/graphql%00',
      '/a?b=%zz',
      '/playground',
      '/playground/',
      '/playground/nope.js',
      '/playground/../graphql',
      '/healthz?x=1',
      `/${'a'.repeat(r.pick([10, 2000, 15000]))}`,
      `/${encodeURIComponent(r.text('unicode', 10))}`,
      '/%',
      '/%%',
      '/.env',
      '/graphql;x',
      '/graphql#x',
      '/*',
    ]);
    const headers: Record<string, string | string[]> = {};
    if (r.chance(0.3)) headers.origin = r.pick(['http://evil.example', 'null', 'http://localhost:3000', 'https://intranet.example']);
    if (r.chance(0.3)) headers['access-control-request-method'] = r.pick(['POST', 'GET', 'DELETE', 'X']);
    if (r.chance(0.2)) headers['access-control-request-headers'] = r.pick(['content-type, authorization', 'x-evil', '']);
    if (r.chance(0.2)) headers['accept-encoding'] = r.pick(ENCODINGS);
    if (r.chance(0.2)) headers['if-none-match'] = r.pick(['*', '"r1-x"', 'W/"x"', '']);
    if (r.chance(0.1)) headers['x-forwarded-for'] = r.pick(['1.2.3.4', 'garbage', '1.2.3.4, 5.6.7.8', '::1']);
    if (r.chance(0.1)) headers.range = r.pick(['bytes=0-10', 'bytes=-1', 'bytes=999999999-', 'x']);
    let body: string | undefined;
    if (method !== 'GET' && method !== 'HEAD' && r.chance(0.5)) {
      headers['content-type'] = r.pick(CONTENT_TYPES);
      body = r.pick(['{}', '{"query":"{ plan { id } }"}', 'x', '']);
    }
    return { kind: 'http', family: 'route', method, path, headers, body, roots: [] };
  });
}
