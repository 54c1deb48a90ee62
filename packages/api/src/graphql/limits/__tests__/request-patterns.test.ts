import 'reflect-metadata';
import { isEmail, isPhoneNumber, isURL, matches } from 'class-validator';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { parseKey } from '../../../auth/api-key-secret';
import { fromGlobalId } from '../../../common/global-id';
import { escapeLike } from '../../../common/sql';
import { normalise } from '../../../modules/agency/agency.normalise';
import { parseQuarter } from '../../../modules/progress/quarter';
import { decodeAfter } from '../../connection';

/**
 * Every regular expression and validator the API applies to request data, on adversarial strings
 * ten times longer than any string a request may hold (MAX_STRING_LENGTH): runs of each character
 * the patterns care about, alone, between other characters, and repeated in pairs. A pattern with
 * super-linear backtracking needs seconds here (normalise's old /[\s,.]+$/ took 6.6 s on 120,000
 * commas); the linear ones take a few milliseconds.
 */
const N = 100_000;
const CHARACTERS = [' ', '\t', ',', '.', 'a', 'A', '0', '-', '_', '@', '/', ':', '=', '%', '+', 'Q'];
const inputs = [
  ...CHARACTERS.flatMap((c) => [c.repeat(N), `a${c.repeat(N)}!`, `Bearer ${c.repeat(N)} x`]),
  '2024-'.repeat(N / 5),
  'a@'.repeat(N / 2),
  `http://${'a.'.repeat(N / 2)}`,
  `a@${'a-'.repeat(N / 2)}`,
  `${'1'.repeat(N)}T`,
];

const quietly = (fn: (s: string) => unknown) => (s: string) => {
  try {
    fn(s);
  } catch {
    // a refusal is an answer
  }
};

const checks: Record<string, (s: string) => unknown> = {
  'normalise (agency names)': normalise,
  'fromGlobalId (every ID)': quietly((s) => fromGlobalId(s, 'id')),
  'decodeAfter (cursors)': quietly((s) => decodeAfter(s)),
  'parseQuarter (quarters)': quietly((s) => parseQuarter(s, 'quarter')),
  'escapeLike (search filters)': escapeLike,
  'parseKey (API keys)': parseKey,
  'NotBlank (/\\S/)': (s) => matches(s, /\S/),
  'IsEmail (help services)': (s) => isEmail(s),
  'IsUrl (help services)': (s) => isURL(s, { require_protocol: false }),
  IsPhoneNumber: (s) => isPhoneNumber(s, 'GB'),
  'LocalDate scalar': quietly((s) => LocalDateResolver.parseValue(s)),
  'DateTimeISO scalar': quietly((s) => DateTimeISOResolver.parseValue(s)),
};

test.each(Object.entries(checks))('%s answers every adversarial 100,000-character input in linear time', (_name, check) => {
  let worst = 0;
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    check(input);
    worst = Math.max(worst, Number(process.hrtime.bigint() - started) / 1e6);
  }
  // Generous: the slowest linear check takes ~65 ms (escapeLike's 100,000 replacements); quadratic ones take seconds.
  expect(worst).toBeLessThan(750);
});
