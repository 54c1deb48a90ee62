import { daysBetween } from '../round.chase';
import { roundKey } from '../round.ref';
import { quarterOfRound, quarterWithinPlan } from '../round.quarter';

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

describe("the quarter a plan is read live for (planDiff's plan end, without a closed round)", () => {
  const plan = { periodStart: '2025-04-01', periodEnd: '2026-03-31' };
  test("today's quarter within the plan's period; its first before it starts, its last after it ends", () => {
    expect(quarterWithinPlan(plan, '2025-08-14').label).toBe('2025-26 Q2');
    expect(quarterWithinPlan(plan, '2026-03-31').label).toBe('2025-26 Q4');
    expect(quarterWithinPlan(plan, '2024-11-02').label).toBe('2025-26 Q1');
    expect(quarterWithinPlan(plan, '2026-12-02').label).toBe('2025-26 Q4');
    expect(quarterWithinPlan(plan, '2026-04-01').label).toBe('2025-26 Q4');
  });
});
