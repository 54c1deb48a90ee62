import { normalise } from '../agency.normalise';

/** The definition normalise() had (and must keep): its trailing run stripped by /[\s,.]+$/, which is quadratic. */
const byRegex = (name: string) =>
  name
    .trim()
    .replace(/[\s,.]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

describe('normalise (agency names)', () => {
  test('gives what the regular-expression definition gives, on every string of up to 5 of these characters', () => {
    const alphabet = ['a', 'B', ',', '.', ' ', '\t', '\n', '\u00a0', '\u2028', '/'];
    let strings = [''];
    let checked = 0;
    const different: string[] = [];
    for (let length = 0; length <= 5; length++) {
      for (const s of strings) {
        if (normalise(s) !== byRegex(s)) different.push(s);
        checked++;
      }
      strings = strings.flatMap((s) => alphabet.map((c) => s + c));
    }
    expect(checked).toBe(111_111);
    expect(different).toEqual([]);
  });

  test('is linear: "a" + 120,000 commas + "b" (6.6 s through the regular expression) takes milliseconds', () => {
    const name = `a${','.repeat(120_000)}b`;
    const started = process.hrtime.bigint();
    expect(normalise(name)).toBe(name.toLowerCase());
    expect(normalise(`${name},,, ..`)).toBe(name.toLowerCase());
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // The quadratic version needs seconds here; a linear scan needs well under one.
    expect(ms).toBeLessThan(250);
  });
});
