import { parse, specifiedRules, validate } from 'graphql';
import { aliasMeasure, fragmentsOf, maxAliasesRule } from '..';
import { operationOf, schema } from './schema';

function aliases(source: string): number {
  const document = parse(source);
  return aliasMeasure(fragmentsOf(document))(operationOf(document).selectionSet);
}

describe('aliases', () => {
  test('counts aliased fields at every level', () => {
    expect(aliases('{ plan { title } }')).toBe(0);
    expect(aliases('{ a: plan { t: title pillars { n: totalCount } } b: plan { title } }')).toBe(4);
  });

  test('counts aliases inside fragments once per place the fragment is spread', () => {
    const source = `{ plan { ...Two strategy { ...Two } } x: plan { ...Two } }
      fragment Two on Plan { a: title b: periodLabel }`;
    expect(aliases(source)).toBe(7);
    expect(aliases('{ plan { ... on Plan { a: title } ... { b: title } } }')).toBe(2);
  });

  test('fragments that multiply each other are counted without walking every copy', () => {
    const names = Array.from({ length: 40 }, (_, i) => `F${i}`);
    const source =
      '{ plan { ...F0 } }\n' +
      names
        .map((name, i) =>
          i + 1 < names.length ? `fragment ${name} on Plan { strategy { ...F${i + 1} ...F${i + 1} } }` : `fragment ${name} on Plan { a: title }`,
        )
        .join('\n');
    expect(aliases(source)).toBe(2 ** 39);
  });

  test('a fragment cycle (invalid GraphQL) is not followed round', () => {
    expect(aliases('{ plan { ...A } } fragment A on Plan { a: title strategy { ...A } }')).toBe(1);
  });
});

describe('maxAliasesRule', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: plan { title }`).join(' ')} }`;

  test('passes an operation at the limit and refuses one over it, naming the limit and the count', () => {
    expect(validate(schema, parse(aliased(25)), [...specifiedRules, maxAliasesRule(25)])).toEqual([]);
    const [error, ...more] = validate(schema, parse(aliased(200)), [...specifiedRules, maxAliasesRule(25)]);
    expect(more).toEqual([]);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 25, measured: 200 });
    expect(error.message).toBe('Query has too many aliases: 200 aliased fields (fragments included); the maximum is 25.');
  });

  test('counts aliases brought in by fragments', () => {
    const source = `{ plan { ...Ten } strategy: plan { ...Ten } } fragment Ten on Plan { ${Array.from({ length: 10 }, (_, i) => `t${i}: title`).join(' ')} }`;
    expect(validate(schema, parse(source), [maxAliasesRule(21)])).toEqual([]);
    expect(validate(schema, parse(source), [maxAliasesRule(20)])[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', measured: 21 });
  });
});
