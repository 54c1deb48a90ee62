import 'reflect-metadata';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { AppError, badInput, ErrorCode, fieldProblemsOf, validationError } from '../errors';
import { InputProblems, isUkPhone, IsUkPhone, NotBlank, problemsOf, validateObject } from '../validation';
import { variableProblem } from '../../graphql/format-error';
import { readSeedFile } from '../../db/seed/read-seed-file';
import { DEFAULT_SEED_FILE } from '../../db/seed/seed-paths';

class Contact {
  @MaxLength(5)
  @NotBlank()
  name!: string;

  @IsOptional()
  @Min(1)
  @Max(3)
  rank?: number;

  @IsOptional()
  @IsUkPhone()
  phone?: string;

  @IsOptional()
  @NotBlank({ each: true })
  aliases?: string[];
}

describe('the validation error shape', () => {
  test('class-validator errors become one problem per broken rule, with the path from the argument', async () => {
    const value = Object.assign(new Contact(), { name: '       ', rank: 7, phone: 'abc', aliases: ['ok', ' '] });
    expect(await validateObject(value, 'input')).toEqual([
      { path: 'input.name', rule: 'notBlank', message: 'Argument "input.name" must not be blank.' },
      { path: 'input.name', rule: 'maxLength', message: 'Argument "input.name" must be shorter than or equal to 5 characters.' },
      { path: 'input.rank', rule: 'max', message: 'Argument "input.rank" must not be greater than 3.' },
      { path: 'input.phone', rule: 'isUkPhone', message: expect.stringMatching(/^Argument "input\.phone" must be a UK telephone number/) },
      { path: 'input.aliases', rule: 'notBlank', message: 'Argument "input.aliases": each value must not be blank.' },
    ]);
    expect(await validateObject(Object.assign(new Contact(), { name: 'Ann' }), '')).toEqual([]);
  });

  test('nested errors keep their path; top-level arguments have none', () => {
    const nested = [
      {
        property: 'filter',
        children: [{ property: 'search', constraints: { minLength: 'search must be longer than or equal to 1 characters' }, children: [] }],
      },
    ];
    expect(problemsOf(nested as never, '')).toEqual([
      { path: 'filter.search', rule: 'minLength', message: 'Argument "filter.search" must be longer than or equal to 1 characters.' },
    ]);
  });

  test('validationError: BAD_USER_INPUT with every field; the message lists them', () => {
    const one = validationError([{ path: 'input.dueDate', rule: 'withinPlanPeriod', message: 'Argument "input.dueDate" must be within the plan period.' }]);
    expect(one).toBeInstanceOf(AppError);
    expect(one.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(one.message).toBe('Argument "input.dueDate" must be within the plan period.');
    expect(one.extensions).toEqual({
      fields: [{ path: 'input.dueDate', rule: 'withinPlanPeriod', message: 'Argument "input.dueDate" must be within the plan period.' }],
    });
    const two = validationError([...fieldProblemsOf(one)!, ...fieldProblemsOf(badInput('input.durationMonths', 'must be at least 1.', 'min'))!]);
    expect(two.message).toBe(
      '2 problems with the input: Argument "input.dueDate" must be within the plan period. Argument "input.durationMonths" must be at least 1.',
    );
    expect(fieldProblemsOf(new AppError(ErrorCode.NOT_FOUND, 'x'))).toBeNull();
  });

  test('InputProblems gathers the problems of every stage and throws them once', async () => {
    const problems = new InputProblems([{ path: 'input.durationMonths', rule: 'min', message: 'm1' }]);
    expect(
      await problems.collect(() => {
        throw badInput('input.dueDate', 'is outside.', 'withinPlanPeriod');
      }),
    ).toBeNull();
    expect(await problems.collect(() => 42)).toBe(42);
    problems.add('input.durationMonths', 'min', 'duplicate, ignored');
    await expect(
      problems.collect(() => {
        throw new AppError(ErrorCode.NOT_FOUND, 'gone');
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(problems.has('input.dueDate')).toBe(true);
    expect(() => problems.throwIfAny()).toThrow(AppError);
    try {
      problems.throwIfAny();
    } catch (error) {
      expect((error as AppError).extensions.fields).toEqual([
        { path: 'input.durationMonths', rule: 'min', message: 'm1' },
        { path: 'input.dueDate', rule: 'withinPlanPeriod', message: 'Argument "input.dueDate" is outside.' },
      ]);
    }
    // Any error that ends the work is answered with the problems found, when there are any.
    const answer = problems.answerFor(new Error('constraint failed')) as AppError;
    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(fieldProblemsOf(answer)).toHaveLength(2);
    const none = new InputProblems();
    const conflict = new AppError(ErrorCode.CONFLICT, 'stale');
    expect(none.answerFor(conflict)).toBe(conflict);
    expect(() => none.throwIfAny()).not.toThrow();
  });

  test("graphql-js's variable errors: path, rule from the reason, no value echoed", () => {
    const long = 'x'.repeat(5000);
    expect(variableProblem(`Variable "$input" got invalid value "${long}" at "input.dueDate"; Value is not a valid LocalDate: ${long}`)).toEqual({
      path: 'input.dueDate',
      rule: 'isDate',
      message: expect.stringMatching(/^Argument "input\.dueDate": Value is not a valid LocalDate: x+…$/),
    });
    expect(variableProblem(`Variable "$input" got invalid value "x" at "input.aliases[2]"; String cannot represent a non string value: 3`).path).toBe(
      'input.aliases.2',
    );
    expect(variableProblem('Variable "$input" got invalid value {} ; Field "service" of required type "String!" was not provided.')).toMatchObject({
      path: 'input.service',
      rule: 'required',
    });
    expect(variableProblem('Variable "$input" got invalid value { a: 1 }; Field "a" is not defined by type "CreateAgencyInput".')).toMatchObject({
      path: 'input.a',
      rule: 'unknownField',
    });
    expect(variableProblem('Variable "$input" got invalid value "BLUE" at "input.rag"; Value "BLUE" does not exist in "Rag" enum.')).toMatchObject({
      path: 'input.rag',
      rule: 'isEnum',
    });
    expect(variableProblem('Variable "$n" got invalid value 1.5; Int cannot represent non-integer value: 1.5')).toMatchObject({ path: 'n', rule: 'isInt' });
    expect(variableProblem('Variable "$input" of required type "CreateAgencyInput!" was not provided.')).toMatchObject({ path: 'input', rule: 'required' });
  });
});

describe('UK phone numbers', () => {
  test.each([
    '020 7422 6752',
    '0300 123 6600',
    '0800 77 66 00',
    '0333 123 4567',
    '+44 20 7422 6752',
    '+44 (0)20 7422 6752',
    '0044 20 7422 6752',
    '020 7422 6752 ext 12',
    '111',
    '116 123',
  ])('%s is one', (phone) => {
    expect(isUkPhone(phone)).toBe(true);
  });
  test.each(['abc', '12345', '+1 202 555 0100', '+33 1 42 68 53 00', '020 7422 6752 ext', '0800 FRANK', '', '0'.repeat(41)])('%j is not', (phone) => {
    expect(isUkPhone(phone)).toBe(false);
  });
  test("the seed's help services' numbers are", () => {
    const phones = readSeedFile(DEFAULT_SEED_FILE)
      .helpServices.map((h) => h.phone)
      .filter((p): p is string => !!p);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect({ phone, valid: isUkPhone(phone) }).toEqual({ phone, valid: true });
  });
});
