import { AppError } from '../../../common/errors';
import { checkQuarterWithinPlan, parseQuarter, quarterContaining, quartersWithin } from '../quarter';

describe('financial-year quarters', () => {
  test('Q1 is April to June, Q4 January to March of the next calendar year', () => {
    expect(parseQuarter('2024-25 Q1', 'q')).toEqual({
      financialYear: 2024,
      quarter: 1,
      label: '2024-25 Q1',
      periodStart: '2024-04-01',
      periodEnd: '2024-06-30',
    });
    expect(parseQuarter('2024-25 Q2', 'q')).toMatchObject({ periodStart: '2024-07-01', periodEnd: '2024-09-30' });
    expect(parseQuarter('2024-25 Q3', 'q')).toMatchObject({ periodStart: '2024-10-01', periodEnd: '2024-12-31' });
    expect(parseQuarter('2024-25 Q4', 'q')).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-03-31' });
    expect(parseQuarter('2099-00 Q4', 'q')).toMatchObject({ financialYear: 2099, periodEnd: '2100-03-31' });
  });

  test.each(['2024 Q1', '2024-25 Q0', '2024-25 Q5', '2024-25Q1', ' 2024-25 Q1', '2024-2025 Q1', '2024-25 q1', ''])(
    'rejects %p naming the argument',
    (value) => {
      expect(() => parseQuarter(value, 'input.quarter')).toThrow(/^Argument "input\.quarter" must be a financial-year quarter like "2024-25 Q1"/);
    },
  );

  test('the two years must be consecutive', () => {
    expect(() => parseQuarter('2024-26 Q1', 'input.quarter')).toThrow(/consecutive.*"2024-25 Q1"/);
    expect(() => parseQuarter('2024-24 Q1', 'input.quarter')).toThrow(AppError);
  });

  test('the quarter containing a date', () => {
    expect(quarterContaining('2024-04-01').label).toBe('2024-25 Q1');
    expect(quarterContaining('2024-12-31').label).toBe('2024-25 Q3');
    expect(quarterContaining('2025-03-31').label).toBe('2024-25 Q4');
    expect(quarterContaining('2025-01-15').label).toBe('2024-25 Q4');
  });

  test('the whole quarters within a plan period', () => {
    expect(quartersWithin('2024-04-01', '2025-03-31').map((q) => q.label)).toEqual(['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4']);
    expect(quartersWithin('2024-04-01', '2027-03-31')).toHaveLength(12);
    expect(quartersWithin('2024-05-01', '2024-12-31').map((q) => q.label)).toEqual(['2024-25 Q2', '2024-25 Q3']);
    expect(quartersWithin('2024-05-01', '2024-06-30')).toEqual([]);
  });

  test('a quarter outside the plan is BAD_USER_INPUT listing the allowed ones', () => {
    const plan = { periodStart: '2024-04-01', periodEnd: '2025-03-31', periodLabel: '2024-25' };
    expect(() => checkQuarterWithinPlan(plan, parseQuarter('2024-25 Q4', 'q'), 'input.quarter')).not.toThrow();
    let error: unknown;
    try {
      checkQuarterWithinPlan(plan, parseQuarter('2025-26 Q1', 'q'), 'input.quarter');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    expect((error as AppError).extensions).toEqual({ fields: [{ path: 'input.quarter', rule: 'withinPlanPeriod', message: (error as AppError).message }] });
    expect((error as AppError).message).toBe(
      'Argument "input.quarter" must be a quarter within the plan period 2024-04-01 to 2025-03-31 (2024-25): one of 2024-25 Q1, 2024-25 Q2, 2024-25 Q3, 2024-25 Q4; got "2025-26 Q1".',
    );
  });
});
