// Super-linear work on request data: for every String argument of the root queries (and every
// String field of their input objects), the time of a long string that a backtracking regular
// expression trips on ("a" + commas + "b") against a plain string of the same length. A linear
// server answers both alike, whatever the machine's load; a quadratic one takes seconds on the first.
import { getNamedType, GraphQLSchema, isInputObjectType, isLeafType, isNonNullType } from 'graphql';
import type { Violation } from './checks';

export interface StringProbe {
  label: string;
  query: string;
  /** Builds the variables for a given string. */
  variables: (s: string) => Record<string, unknown>;
}

export function stringProbes(schema: GraphQLSchema): StringProbe[] {
  const probes: StringProbe[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    for (const arg of field.args) {
      const others = field.args.filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined);
      if (others.length) continue; // needs other values: left to the generated requests
      const named = getNamedType(arg.type);
      if (named.name === 'String') {
        probes.push({
          label: `${field.name}(${arg.name})`,
          query: `query ($s: ${String(arg.type)}) { ${field.name}(${arg.name}: $s)${selection} }`,
          variables: (s) => ({ s }),
        });
      } else if (isInputObjectType(named)) {
        for (const input of Object.values(named.getFields())) {
          if (getNamedType(input.type).name !== 'String') continue;
          const list = String(input.type).startsWith('[');
          probes.push({
            label: `${field.name}(${arg.name}.${input.name})`,
            query: `query ($s: ${String(arg.type)}) { ${field.name}(${arg.name}: $s)${selection} }`,
            variables: (s) => ({ s: { [input.name]: list ? [s] : s } }),
          });
        }
      }
    }
  }
  return probes;
}

/** Runs each probe (one request at a time); a finding where the hostile string is far slower. */
export async function runStringProbes(
  url: string,
  headers: Record<string, string>,
  probes: StringProbe[],
  length = 100_000,
): Promise<Array<Violation & { probe: string }>> {
  const hostile = `a${','.repeat(length)}b`;
  const plain = 'a'.repeat(length + 2);
  const timed = async (query: string, variables: Record<string, unknown>): Promise<number> => {
    const started = Date.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(120_000),
    });
    await res.arrayBuffer();
    return Date.now() - started;
  };
  const out: Array<Violation & { probe: string }> = [];
  for (const probe of probes) {
    const base = await timed(probe.query, probe.variables(plain));
    const slow = await timed(probe.query, probe.variables(hostile));
    if (slow > 2000 && slow > 20 * Math.max(base, 50)) {
      out.push({
        kind: 'super-linear time on a long string',
        detail: `${probe.label}: "a" + ${length} commas + "b" took ${slow} ms, ${length + 2} × "a" ${base} ms`,
        probe: probe.label,
      });
    }
  }
  return out;
}
