import { stringify } from 'csv-stringify/sync';

/**
 * CSV for spreadsheets (csv-stringify): RFC 4180 quoting (fields with a comma, quote or line break
 * quoted, quotes doubled), CRLF line ends, a header row, and UTF-8 with a byte-order mark, which
 * is what makes Excel read the file as UTF-8 (without it "–" shows as "â€“").
 *
 * Two things csv-stringify does not do by default: it quotes a field with a lone LF only when LF
 * is the record delimiter (so `quoted_match` asks for it: a spreadsheet would split the row), and
 * text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or CR) is
 * prefixed with an apostrophe (`escape_formulas`: CSV injection, OWASP). Numbers are not text.
 * Found by helper-14's parse-back tests of its own formatters (branch feeds).
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly { key: keyof T | string; header: string }[]): Buffer {
  const text = stringify(rows as unknown as Record<string, unknown>[], {
    bom: true,
    header: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    escape_formulas: true,
    columns: columns.map((c) => ({ key: String(c.key), header: c.header })),
    cast: { number: (value) => String(value) },
  });
  return Buffer.from(text, 'utf8');
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
