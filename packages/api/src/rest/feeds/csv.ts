import { stringify } from 'csv-stringify/sync';

/**
 * CSV for spreadsheets (csv-stringify): RFC 4180 quoting (fields with a comma, quote or line break
 * quoted, quotes doubled), CRLF line ends, a header row, and UTF-8 with a byte-order mark, which
 * is what makes Excel read the file as UTF-8 (without it "–" shows as "â€“").
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly { key: keyof T | string; header: string }[]): Buffer {
  const text = stringify(rows as unknown as Record<string, unknown>[], {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    columns: columns.map((c) => ({ key: String(c.key), header: c.header })),
    cast: { number: (value) => String(value) },
  });
  return Buffer.from(text, 'utf8');
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
