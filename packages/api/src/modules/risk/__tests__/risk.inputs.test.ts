import 'reflect-metadata';
import { validateObject } from '../../../common/validation';
import { CreateRiskInput, RiskFilter, UpdateRiskInput } from '../risk.inputs';
import { RiskStatus } from '../risk.entity';

const make = <T extends object>(cls: new () => T, values: Record<string, unknown>): T => Object.assign(new cls(), values);
const rules = async (value: object, prefix = 'input') => (await validateObject(value, prefix)).map((p) => [p.path, p.rule]);

describe('risk inputs', () => {
  test('a valid risk has no problems; owner agency, mitigation and status are optional', async () => {
    expect(await rules(make(CreateRiskInput, { actionId: 'x', description: 'Staff leave', likelihood: 3, impact: 4 }))).toEqual([]);
    expect(
      await rules(
        make(CreateRiskInput, {
          actionId: 'x',
          description: 'Staff leave',
          likelihood: 1,
          impact: 5,
          ownerAgency: 'RESET',
          mitigation: 'Cover rota',
          status: RiskStatus.CLOSED,
        }),
      ),
    ).toEqual([]);
  });

  test('every problem of a new risk is reported at once, each with its path and rule', async () => {
    const problems = await rules(
      make(CreateRiskInput, { actionId: 'x', description: '   ', likelihood: 0, impact: 6, mitigation: 'm'.repeat(2001), status: 'MAYBE' }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        ['input.description', 'notBlank'],
        ['input.likelihood', 'min'],
        ['input.impact', 'max'],
        ['input.mitigation', 'maxLength'],
        ['input.status', 'isEnum'],
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  test('ratings are whole numbers', async () => {
    expect(await rules(make(CreateRiskInput, { actionId: 'x', description: 'd', likelihood: 2.5, impact: 3 }))).toEqual([['input.likelihood', 'isInt']]);
  });

  test('an update may leave out any field, but may not clear the required ones', async () => {
    expect(await rules(make(UpdateRiskInput, { id: 'x', expectedVersion: 1 }))).toEqual([]);
    expect(await rules(make(UpdateRiskInput, { id: 'x', expectedVersion: 1, ownerAgency: null, mitigation: null }))).toEqual([]);
    const problems = await rules(make(UpdateRiskInput, { id: 'x', expectedVersion: 0, description: null, likelihood: null, impact: 9, status: null }));
    expect(problems).toEqual(
      expect.arrayContaining([
        ['input.expectedVersion', 'min'],
        ['input.description', 'isString'],
        ['input.likelihood', 'isInt'],
        ['input.impact', 'max'],
        ['input.status', 'isEnum'],
      ]),
    );
  });

  test('the minimum score of a filter is a possible score, 1 to 25', async () => {
    expect(await rules(make(RiskFilter, { minScore: 25 }), 'filter')).toEqual([]);
    expect(await rules(make(RiskFilter, { minScore: 0 }), 'filter')).toEqual([['filter.minScore', 'min']]);
    expect(await rules(make(RiskFilter, { minScore: 26 }), 'filter')).toEqual([['filter.minScore', 'max']]);
    expect(await rules(make(RiskFilter, { status: ['OPEN', 'LATER'] }), 'filter')).toEqual([['filter.status', 'isEnum']]);
  });
});
