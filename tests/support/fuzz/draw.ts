import fc from 'fast-check';
import { defuse } from './checks';

/**
 * Random choices drawn through fast-check's `gen()`, so that every choice shrinks: integers toward
 * their minimum, `chance()` toward "no", `pick()` toward the first element, `weighted()` toward the
 * first option. Lists of options are therefore written simplest first.
 */
export class Draw {
  constructor(private readonly g: fc.GeneratorValue) {}

  int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }

  /** True with probability p; shrinks to false. */
  chance(p: number): boolean {
    return this.int(0, 999) >= 1000 - Math.round(p * 1000);
  }

  pick<T>(options: readonly T[]): T {
    return options[this.int(0, options.length - 1)];
  }

  /** One of the options, each with its weight; shrinks toward the first. */
  weighted<T>(options: ReadonlyArray<readonly [number, () => T]>): T {
    const total = options.reduce((sum, [w]) => sum + w, 0);
    let n = this.int(0, total - 1);
    for (const [w, make] of options) {
      if (n < w) return make();
      n -= w;
    }
    return options[options.length - 1][1]();
  }

  /** Random text from fast-check's string arbitraries (ASCII, full Unicode, or control characters). */
  text(kind: 'ascii' | 'unicode' | 'control' | 'latin1', maxLength: number): string {
    if (kind === 'ascii') return this.g(fc.string, { maxLength });
    if (kind === 'unicode') return this.g(fc.string, { unit: 'grapheme', maxLength });
    if (kind === 'latin1') return this.g(fc.string, { unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength });
    return this.g(fc.string, { unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength });
  }

  /** Strings that break parsers, regular expressions, length limits and normalisers. */
  hostileString(): string {
    return defuse(
      this.weighted<string>([
        [6, () => this.pick(PLAUSIBLE)],
        [6, () => this.text('ascii', 24)],
        [3, () => this.text('unicode', 16)],
        [2, () => this.text('control', 8)],
        [3, () => this.pick(TRICKY)],
        [2, () => this.pick(NUMBERISH)],
        [1, () => `a${','.repeat(this.pick([50, 5000, 20000]))}b`],
        [1, () => this.pick(['x', ' ', '.', ', ', 'é', '\u0000', '(']).repeat(this.pick([256, 1001, 4096, 20000]))],
        [1, () => `${this.pick(PLAUSIBLE)}${this.pick([' ', ',', '.', ' ,.'])}`.repeat(this.pick([2, 300, 3000]))],
      ]),
    );
  }
}

const PLAUSIBLE = ['RESET', 'a', 'Reset Recovery Service', 'Tower Hamlets', 'Police', '2024-25 Q1', '2024-25', 'Action', 'LBTH', '2024-25 Q4', 'cdp'];

const TRICKY = [
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE action; --',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '%00',
  '%s%n%x',
  '\\',
  '\\u0000',
  '\u202e RTL',
  '\u200b',
  '\ufeffBOM',
  'e\u0301',
  '\ud800 lone surrogate',
  '\udfff',
  '👩‍👩‍👧‍👦',
  '\r\n\r\nHTTP/1.1 200 OK',
  '*',
  '%',
  '_',
  '.*',
  '(a+)+$',
  'a'.repeat(40) + '!',
  'RESET,',
  'RESET.',
  ' RESET ',
  'reset',
  'ＲＥＳＥＴ',
];

const NUMBERISH = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0',
  '1e309',
  '0x1F',
  ' 1 ',
  '1_000',
  '٣',
  'null',
  'undefined',
  'true',
  '9'.repeat(400),
  '2024-13-45',
  '2024-02-29',
  '31/03/24',
];
