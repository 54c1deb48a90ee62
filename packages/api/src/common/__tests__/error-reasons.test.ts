import { AppError, badInput, CommonErrorReason, ErrorCode, validationError } from '../errors';
import { InputProblems } from '../validation';

const reasonOf = (work: () => void): unknown => {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.extensions.reason : 'not an AppError';
  }
  return 'nothing thrown';
};

describe('extensions.reason of a validation error', () => {
  it('is absent for rules of form, so the shape stays { fields }', () => {
    const error = badInput('input.name', 'must not be blank.', 'notBlank');
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions).toEqual({ fields: [{ path: 'input.name', rule: 'notBlank', message: 'Argument "input.name" must not be blank.' }] });
  });

  it('is the specific reason given, beside the fields', () => {
    expect(validationError([{ path: 'input.id', rule: 'notArchived', message: 'm' }], CommonErrorReason.ALREADY_ARCHIVED).extensions).toEqual({
      fields: [{ path: 'input.id', rule: 'notArchived', message: 'm' }],
      reason: CommonErrorReason.ALREADY_ARCHIVED,
    });
  });

  it('is kept by InputProblems when every problem has that reason, collected from thrown errors too', async () => {
    const problems = new InputProblems();
    problems.add('input.sourceId', 'archived', 'a', CommonErrorReason.NOT_ARCHIVED);
    await problems.collect(() => {
      throw badInput('input.targetId', 'b', 'archived', CommonErrorReason.NOT_ARCHIVED);
    });
    expect(reasonOf(() => problems.throwIfAny())).toBe(CommonErrorReason.NOT_ARCHIVED);
  });

  it('is dropped when the problems differ: fields[].rule names each', async () => {
    const problems = new InputProblems([{ path: 'input.text', rule: 'maxLength', message: 'a' }]);
    problems.add('input.id', 'archived', 'b', CommonErrorReason.NOT_ARCHIVED);
    expect(reasonOf(() => problems.throwIfAny())).toBeUndefined();
    const error = problems.answerFor(new Error('later failure')) as AppError;
    expect(error.extensions.fields).toHaveLength(2);
    expect('reason' in error.extensions).toBe(false);
  });
});
