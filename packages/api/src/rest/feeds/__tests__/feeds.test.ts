import { parse } from 'csv-parse/sync';
import { toCsv } from '../csv';
import { monthsBefore, reprocurementCalendar } from '../ics';
import { actionRow, words, type FeedAction } from '../plan-rows';

describe('toCsv', () => {
  const columns = [
    { key: 'a', header: 'a' },
    { key: 'b', header: 'b' },
  ];

  test('UTF-8 with a BOM, CRLF, a header row; commas, quotes, CR, LF and the en dash round-trip', () => {
    const rows = [
      { a: 'plain', b: 'with, comma' },
      { a: 'say "hi"', b: 'line\nbreak' },
      { a: 'cr\r\nlf', b: 'Tower Hamlets – 2024' },
    ];
    const text = toCsv(rows, columns).toString('utf8');
    expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(text).toContain('"line\nbreak"');
    expect(parse(text, { bom: true, columns: true })).toEqual(rows);
  });

  test('text a spreadsheet would run as a formula is escaped; numbers are left alone', () => {
    const text = toCsv(
      [
        { a: '=HYPERLINK("http://x")', b: 5 },
        { a: '@SUM(A1)', b: -3 },
      ],
      columns,
    ).toString('utf8');
    const rows = parse(text, { bom: true, columns: true }) as { a: string; b: string }[];
    expect(rows.map((r) => r.a)).toEqual(['\'=HYPERLINK("http://x")', "'@SUM(A1)"]);
    expect(rows.map((r) => r.b)).toEqual(['5', '-3']);
  });
});

describe('plan rows', () => {
  const action: FeedAction = {
    id: 'QWN0aW9uOjE=',
    position: 3,
    text: 'Deliver naloxone on release',
    status: 'AT_RISK',
    dueDate: '2025-03-31',
    target: null,
    fundingCondition: 'MOPAC funding dependent',
    objective: { position: 2, text: 'Objective', priority: { position: 4, title: 'Priority', pillar: { number: 1, name: 'Break drug supply chains' } } },
    agencies: [{ name: 'RESET' }, { name: 'Turning Point' }],
    latestProgress: { quarterLabel: '2024-25 Q2', rag: 'AMBER', percentComplete: 40, commentary: 'Waiting' },
  };

  test('numbering, words for codes, agencies by name', () => {
    expect(actionRow(action)).toMatchObject({
      ref: '1.4.2.3',
      pillar: '1. Break drug supply chains',
      status: 'At risk',
      rag: 'Amber',
      agencies: 'RESET; Turning Point',
      latestQuarter: '2024-25 Q2',
      percentComplete: 40,
      fundingCondition: 'MOPAC funding dependent',
      target: '',
    });
    expect(words('NOT_STARTED')).toBe('Not started');
    expect(words(null)).toBe('');
  });
});

describe('reprocurement calendar', () => {
  test('months before an expiry, clamped to the month end', () => {
    expect(monthsBefore('2024-03-31', 6).toISOString()).toBe('2023-09-30T09:00:00.000Z');
    expect(monthsBefore('2024-11-14', 6).toISOString()).toBe('2024-05-14T09:00:00.000Z');
    expect(monthsBefore('2025-08-31', 6).toISOString()).toBe('2025-02-28T09:00:00.000Z');
  });

  test('an alarm only for contracts still to be reprocured; SEQUENCE follows the version; UTC stamps', () => {
    const base = {
      service: 'Drink Coach',
      supplier: null,
      asWritten: null,
      expiryDate: '2024-03-31',
      updatedAt: '2024-10-01T09:00:00.000Z',
      objective: { text: 'Reprocure' },
      agency: null,
    };
    const text = reprocurementCalendar(
      [
        { ...base, id: 'a', version: 3, status: 'IN_PROGRESS' },
        { ...base, id: 'b', version: 1, status: 'AWARDED' },
      ],
      { name: 'Reprocurement deadlines', alarmMonths: 6, host: 'test' },
    );
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(1);
    expect(text).toContain('SEQUENCE:2');
    expect(text).toContain('DTSTAMP:20241001T090000Z');
    expect(text).toContain('TRIGGER;VALUE=DATE-TIME:20230930T090000Z');
    expect(text).toContain('Supplier: not named in the plan');
  });
});
