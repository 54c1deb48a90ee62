import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { AppError, CommonErrorReason, ErrorCode, badInput, notFound } from '../../common/errors';
import { QueryLimitCode } from '../limits';
import { createErrorFormatter, variableProblem } from '../format-error';

/**
 * The error formatter is the one place an error becomes a response: these tests feed it errors as
 * Apollo hands them over (the formatted error, and the original thrown or wrapped in a GraphQLError
 * by the resolver) and check the message, the code and what is kept or masked.
 */

interface Logged {
  message: string;
  error: unknown;
}

function formatter(exposeStack = false) {
  const logged: Logged[] = [];
  const format = createErrorFormatter({ exposeStack, log: (message, error) => logged.push({ message, error }) });
  return { format, logged };
}

/** What Apollo passes for an error thrown in a resolver: a GraphQLError at a path wrapping the original. */
function fromResolver(original: Error, path: Array<string | number> = ['createPriority']): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(original.message, { path, originalError: original });
  return { formatted: error.toJSON(), error };
}

/** What Apollo passes for an error about the request itself (no path): the error and its JSON form. */
function fromRequest(message: string, extensions: Record<string, unknown>): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(message, { extensions });
  return { formatted: error.toJSON(), error };
}

describe('expected failures keep their message and get a stable code', () => {
  test('an AppError thrown in a resolver: its message, its extensions, its code, and the path', () => {
    const { format, logged } = formatter();
    const { formatted, error } = fromResolver(notFound('Pillar', 'pillarId', 'UGlsbGFyOjk5'), ['createPriority']);
    expect(format(formatted, error)).toEqual({
      message: 'No Pillar found for argument "pillarId": "UGlsbGFyOjk5".',
      path: ['createPriority'],
      locations: undefined,
      extensions: { argument: 'pillarId', reason: 'RECORD_NOT_FOUND', code: 'NOT_FOUND' },
    });
    expect(logged).toEqual([]);
  });

  test('an AppError thrown as it is (not wrapped) is formatted the same', () => {
    const { format } = formatter();
    const original = new AppError(ErrorCode.CONFLICT, 'Expected version 1, found 2.', {
      argument: 'expectedVersion',
      reason: CommonErrorReason.VERSION_CONFLICT,
    });
    const result = format({ message: 'ignored: the original message wins' }, original);
    expect(result.message).toBe('Expected version 1, found 2.');
    expect(result.extensions).toEqual({ argument: 'expectedVersion', reason: 'VERSION_CONFLICT', code: 'CONFLICT' });
  });

  test('a validation error keeps every field problem in extensions.fields', () => {
    const { format } = formatter();
    const { formatted, error } = fromResolver(badInput('input.title', 'must not be empty.', 'isNotEmpty'));
    expect(format(formatted, error)).toMatchObject({
      message: 'Argument "input.title" must not be empty.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.title', rule: 'isNotEmpty', message: 'Argument "input.title" must not be empty.' }] },
    });
  });

  test("type-graphql's ArgumentValidationError becomes the one validation shape (path, rule, message)", () => {
    const { format } = formatter();
    const problem = Object.assign(new ValidationError(), {
      property: 'title',
      value: '',
      constraints: { isNotEmpty: 'title should not be empty' },
      children: [],
    });
    const { formatted, error } = fromResolver(new ArgumentValidationError([problem]));
    const result = format(formatted, error);
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.extensions?.fields as Array<{ path: string; rule: string; message: string }>;
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ path: expect.stringContaining('title'), rule: 'isNotEmpty' });
    expect(result.message).toBe(fields[0].message);
  });

  test("graphql-js's rejection of a variable gets the same shape as the services' validation", () => {
    const { format } = formatter();
    const { formatted, error } = fromRequest('Variable "$input" got invalid value "soon" at "input.dueDate"; Expected type "LocalDate". Not a date.', {
      code: 'BAD_USER_INPUT',
    });
    const result = format(formatted, error);
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.dueDate', rule: 'isDate', message: 'Argument "input.dueDate": Expected type "LocalDate". Not a date.' }],
    });
    expect(result.message).toBe('Argument "input.dueDate": Expected type "LocalDate". Not a date.');
    expect(result.message).not.toContain('soon');
  });

  test('a query limit keeps its own code, limit and measure (Apollo relabels it GRAPHQL_VALIDATION_FAILED)', () => {
    const { format } = formatter();
    const refusal = new GraphQLError('Query is 31 levels deep; at most 20 are allowed.', {
      extensions: { code: QueryLimitCode.QUERY_TOO_DEEP, limit: 20, measured: 31, http: { status: 400 } },
    });
    const relabelled = new GraphQLError(refusal.message, { originalError: refusal, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(relabelled.toJSON(), relabelled)).toEqual({
      message: 'Query is 31 levels deep; at most 20 are allowed.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'QUERY_TOO_DEEP', limit: 20, measured: 31 },
    });
  });

  test("graphql-js's and Apollo's codes pass through alone; our own codes keep what we attached", () => {
    const { format } = formatter();
    const parse = fromRequest('Syntax Error: Expected Name, found <EOF>.', {
      code: 'GRAPHQL_PARSE_FAILED',
      stacktrace: ['GraphQLError: Syntax Error'],
      detail: 'internal',
    });
    expect(format(parse.formatted, parse.error).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const budget = fromRequest('The request ran past its time budget of 5000 ms.', { code: 'REQUEST_TIMEOUT', budgetMs: 5000, stacktrace: ['at somewhere'] });
    expect(format(budget.formatted, budget.error).extensions).toEqual({ code: 'REQUEST_TIMEOUT', budgetMs: 5000 });
  });

  test('an Accept header Apollo cannot answer (BAD_REQUEST with 406) is NOT_ACCEPTABLE', () => {
    const { format } = formatter();
    const { formatted, error } = fromRequest('Unsupported Accept header.', { code: 'BAD_REQUEST', http: { status: 406 } });
    expect(format(formatted, error).extensions).toEqual({ code: 'NOT_ACCEPTABLE' });
  });

  test("Apollo's request-level refusal with a 4xx status and no code is BAD_REQUEST, not an internal error", () => {
    const { format, logged } = formatter();
    const { formatted, error } = fromRequest('provided sha does not match query', { http: { status: 400 } });
    const result = format(formatted, error);
    expect(result).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    expect(logged).toEqual([]);
  });
});

describe('anything else is logged and masked', () => {
  test('an unexpected error in a resolver: "Internal server error", INTERNAL_SERVER_ERROR, the path kept, the original logged', () => {
    const { format, logged } = formatter();
    const original = new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/cdp/cdp.sqlite');
    const { formatted, error } = fromResolver(original, ['actions']);
    const result = format(formatted, error);
    expect(result).toEqual({ message: 'Internal server error', path: ['actions'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(logged).toEqual([{ message: 'Unexpected error while executing a request', error: original }]);
  });

  test('a GraphQLError that says INTERNAL_SERVER_ERROR, or a code we do not know, is masked too', () => {
    const { format, logged } = formatter();
    for (const code of ['INTERNAL_SERVER_ERROR', 'SOMETHING_ELSE']) {
      const { formatted, error } = fromRequest('Cannot read properties of undefined', { code });
      expect(format(formatted, error)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    expect(logged).toHaveLength(2);
  });

  test('stack traces leave the server only when exposeStack is on (development)', () => {
    const original = new Error('boom');
    const hidden = formatter(false).format(fromResolver(original).formatted, fromResolver(original).error);
    expect(hidden.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });

    const shown = formatter(true).format(fromResolver(original).formatted, fromResolver(original).error);
    expect(shown.extensions?.stacktrace).toEqual(original.stack!.split('\n'));
    const app = new AppError(ErrorCode.FORBIDDEN, 'Not allowed.');
    const shownApp = formatter(true).format(fromResolver(app).formatted, fromResolver(app).error);
    expect(shownApp.extensions).toEqual({ code: 'FORBIDDEN', stacktrace: app.stack!.split('\n') });
  });
});

describe('variableProblem: graphql-js variable messages as field problems', () => {
  test.each<[string, { path: string; rule: string }]>([
    ['Variable "$input" got invalid value "x" at "input.dueDate"; Expected type "LocalDate".', { path: 'input.dueDate', rule: 'isDate' }],
    ['Variable "$input" got invalid value "x" at "input.updatedAt"; Expected type "DateTimeISO".', { path: 'input.updatedAt', rule: 'isDateTime' }],
    ['Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"', { path: 'first', rule: 'isInt' }],
    ['Variable "$input" got invalid value "x" at "input.value"; Float cannot represent non numeric value: "x"', { path: 'input.value', rule: 'isNumber' }],
    ['Variable "$input" got invalid value 3 at "input.title"; String cannot represent a non string value: 3', { path: 'input.title', rule: 'isString' }],
    [
      'Variable "$input" got invalid value "MAYBE" at "input.status"; Value "MAYBE" does not exist in "ActionStatus" enum.',
      { path: 'input.status', rule: 'isEnum' },
    ],
    ['Variable "$input" got invalid value { } ; Field "title" of required type "String!" was not provided.', { path: 'input.title', rule: 'required' }],
    [
      'Variable "$input" got invalid value { colour: "red" }; Field "colour" is not defined by type "CreatePriorityInput".',
      { path: 'input.colour', rule: 'unknownField' },
    ],
    ['Variable "$id" of non-null type "ID!" must not be null.', { path: 'id', rule: 'required' }],
    [
      'Variable "$input" got invalid value 7 at "input.aliases[2]"; String cannot represent a non string value: 7',
      { path: 'input.aliases.2', rule: 'isString' },
    ],
  ])('%s', (message, expected) => {
    const problem = variableProblem(message);
    expect(problem).toMatchObject(expected);
    expect(problem.message).toMatch(new RegExp(`^Argument "${expected.path.replace(/\./g, '\\.')}": `));
  });

  test('a long reason is cut at 200 characters, so a huge value is never echoed whole', () => {
    const problem = variableProblem(`Variable "$input" got invalid value at "input.text"; ${'x'.repeat(5000)}`);
    expect(problem.message).toBe(`Argument "input.text": ${'x'.repeat(200)}…`);
  });
});
