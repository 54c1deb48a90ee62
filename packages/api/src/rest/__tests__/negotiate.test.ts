import { negotiate } from '../negotiate';

const JSON_TYPE = 'application/json; charset=utf-8';
const NDJSON = 'application/x-ndjson';
const CSV = 'text/csv; charset=utf-8';
const offered = [JSON_TYPE, NDJSON, CSV];

describe('negotiate (RFC 9110 12.5.1)', () => {
  test('no Accept, or an empty one, is the first offered', () => {
    expect(negotiate(undefined, offered)).toBe(JSON_TYPE);
    expect(negotiate('', offered)).toBe(JSON_TYPE);
    expect(negotiate('  ', offered)).toBe(JSON_TYPE);
    expect(negotiate(undefined, [])).toBeNull();
  });

  test('an exact type picks it, whatever its parameters in the offer', () => {
    expect(negotiate('application/x-ndjson', offered)).toBe(NDJSON);
    expect(negotiate('text/csv', offered)).toBe(CSV);
    expect(negotiate('Application/JSON', offered)).toBe(JSON_TYPE);
  });

  test('wildcards: */* and type/* take the first offered of their range', () => {
    expect(negotiate('*/*', offered)).toBe(JSON_TYPE);
    expect(negotiate('text/*', offered)).toBe(CSV);
    expect(negotiate('application/*', offered)).toBe(JSON_TYPE);
  });

  test('the highest q-value wins; then the most specific range', () => {
    expect(negotiate('application/json;q=0.5, text/csv', offered)).toBe(CSV);
    expect(negotiate('text/csv;q=0.2, application/x-ndjson;q=0.8', offered)).toBe(NDJSON);
    expect(negotiate('*/*;q=0.1, text/csv', offered)).toBe(CSV);
    // A specific range's q-value governs its type over a wildcard's.
    expect(negotiate('*/*, application/json;q=0', offered)).toBe(NDJSON);
    expect(negotiate('application/*;q=0.9, application/x-ndjson;q=0.3, text/csv;q=0.5', offered)).toBe(JSON_TYPE);
  });

  test('q=0 refuses a type; nothing acceptable is null (406)', () => {
    expect(negotiate('application/json;q=0', [JSON_TYPE])).toBeNull();
    expect(negotiate('text/html', offered)).toBeNull();
    expect(negotiate('image/*', offered)).toBeNull();
    expect(negotiate('text/html, application/xhtml+xml', [JSON_TYPE])).toBeNull();
  });

  test('a malformed q-value counts as 0, and whitespace is ignored', () => {
    expect(negotiate('application/json;q=abc', [JSON_TYPE])).toBeNull();
    expect(negotiate(' text/csv ; q=1 , application/json ; q = 0.5 ', offered)).toBe(CSV);
  });

  test('ties keep the order offered', () => {
    expect(negotiate('text/csv, application/json', offered)).toBe(JSON_TYPE);
    expect(negotiate('application/x-ndjson, application/json', offered)).toBe(JSON_TYPE);
  });
});
