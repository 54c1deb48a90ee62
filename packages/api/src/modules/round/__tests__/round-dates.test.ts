import { daysBetween } from '../round.chase';
import { roundKey } from '../round.ref';
import { quarterOfRound } from '../round.quarter';

describe("a round's dates and key", () => {
  test('daysBetween counts whole days, negative when the deadline has passed, across month and year ends and a leap day', () => {
    expect(daysBetween('2024-10-15', '2024-10-15')).toBe(0);
    expect(daysBetween('2024-10-01', '2024-10-15')).toBe(14);
    expect(daysBetween('2024-10-16', '2024-10-15')).toBe(-1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-02', '2024-10-15')).toBe(-778);
  });

  test('the key is the quarter label without its space; the quarter comes from the financial year and number', () => {
    expect(roundKey({ quarterLabel: '2024-25 Q2' })).toBe('2024-25Q2');
    expect(quarterOfRound({ financialYear: 2024, quarter: 4 })).toMatchObject({ label: '2024-25 Q4', periodStart: '2025-01-01', periodEnd: '2025-03-31' });
  });
});
