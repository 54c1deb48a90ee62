import type { GraphQLFormattedError } from 'graphql';
import { problemOfErrors, restPath, versionOfIfMatch } from '../routes';
import { ProblemError } from '../problem';

function thrown(run: () => unknown): ProblemError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('versionOfIfMatch', () => {
  test('no header, or an empty one, names no version', () => {
    expect(versionOfIfMatch(undefined)).toBeNull();
    expect(versionOfIfMatch('')).toBeNull();
    expect(versionOfIfMatch('   ')).toBeNull();
  });

  test("reads the version from an item's ETag, in any coding, or a bare quoted version", () => {
    expect(versionOfIfMatch('"v3-XJgHUl7eh7LeN5qAGSld41"')).toBe(3);
    expect(versionOfIfMatch('"v12-XJgHUl7eh7LeN5qAGSld41-gzip"')).toBe(12);
    expect(versionOfIfMatch('"v7-a-b-c-br"')).toBe(7);
    expect(versionOfIfMatch('"v4"')).toBe(4);
    expect(versionOfIfMatch('"4"')).toBe(4);
    expect(versionOfIfMatch('W/"v5-abc"')).toBe(5);
    expect(versionOfIfMatch('  "v6-abc"  ')).toBe(6);
  });

  test('the same version listed twice (the identity and gzip ETags of one read) is that version', () => {
    expect(versionOfIfMatch('"v2-abc", "v2-abc-gzip"')).toBe(2);
  });

  test('* is 428: it names no version', () => {
    expect(thrown(() => versionOfIfMatch('*'))).toMatchObject({ code: 'PRECONDITION_REQUIRED', status: 428 });
  });

  test('anything this API did not issue is 400: unquoted, a collection ETag, version 0, too many digits, two versions', () => {
    for (const header of ['v3', '3', '"abc"', '"v-abc"', '"v0-abc"', '"0"', '"v1234567890-x"', '"v1-a", "v2-b"', '"v1-a", junk', '"v1-a"x']) {
      expect({ header, code: thrown(() => versionOfIfMatch(header)).code }).toEqual({ header, code: 'BAD_REQUEST' });
    }
    expect(thrown(() => versionOfIfMatch('"v1-a", "v2-b"')).detail).toMatch(/more than one version/);
    expect(thrown(() => versionOfIfMatch('x'.repeat(500))).detail.length).toBeLessThan(200); // the value is not echoed at length
  });
});

describe('restPath', () => {
  test('names the part of the request a GraphQL argument came from', () => {
    expect(restPath('filter.status.0')).toBe('query.status.0');
    expect(restPath('filter.agency')).toBe('query.agency');
    expect(restPath('first')).toBe('query.first');
    expect(restPath('after')).toBe('query.after');
    expect(restPath('since')).toBe('query.since');
    expect(restPath('id')).toBe('path.id');
    expect(restPath('input')).toBe('body');
    expect(restPath('input.text')).toBe('body.text');
    expect(restPath('input.aliases.2')).toBe('body.aliases.2');
    expect(restPath('input.expectedVersion')).toBe('header.if-match');
    expect(restPath('input.idempotencyKey')).toBe('header.idempotency-key');
  });

  test("a write's URL fields are named as the URL's", () => {
    const sources = { actionId: 'path.id', agencyId: 'path.agencyId' };
    expect(restPath('input.actionId', sources)).toBe('path.id');
    expect(restPath('input.agencyId', sources)).toBe('path.agencyId');
    expect(restPath('input.agency', sources)).toBe('body.agency');
  });
});

describe('problemOfErrors', () => {
  const error = (message: string, extensions: Record<string, unknown>): GraphQLFormattedError => ({ message, extensions });

  test("keeps GraphQL's code, reason and members; drops http and stacktrace", () => {
    const problem = problemOfErrors(
      [
        error('No agency found for argument "filter.agency": "Nope".', {
          code: 'NOT_FOUND',
          reason: 'AGENCY_NOT_FOUND',
          argument: 'filter.agency',
          http: { status: 200 },
          stacktrace: ['at x'],
        }),
      ],
      false,
    );
    expect(problem).toBeInstanceOf(ProblemError);
    expect(problem.code).toBe('NOT_FOUND');
    expect(problem.status).toBe(404);
    expect(problem.detail).toBe('No agency found for query parameter "agency": "Nope".');
    expect(problem.members).toEqual({ reason: 'AGENCY_NOT_FOUND', argument: 'query.agency' });
  });

  test('each code has its status; the GraphQL-only ones map to REST codes', () => {
    const statusOf = (code: string | undefined) => {
      const p = problemOfErrors([error('x', code ? { code } : {})], false);
      return [p.code, p.status];
    };
    expect(statusOf('BAD_USER_INPUT')).toEqual(['BAD_USER_INPUT', 400]);
    expect(statusOf('UNAUTHENTICATED')).toEqual(['UNAUTHENTICATED', 401]);
    expect(statusOf('FORBIDDEN')).toEqual(['FORBIDDEN', 403]);
    expect(statusOf('CONFLICT')).toEqual(['CONFLICT', 409]);
    expect(statusOf('RATE_LIMITED')).toEqual(['RATE_LIMITED', 429]);
    expect(statusOf('GRAPHQL_VALIDATION_FAILED')).toEqual(['BAD_REQUEST', 400]);
    expect(statusOf('GRAPHQL_PARSE_FAILED')).toEqual(['BAD_REQUEST', 400]);
    expect(statusOf('QUERY_TOO_DEEP')).toEqual(['QUERY_TOO_COMPLEX', 400]);
    expect(statusOf('TOO_MANY_ALIASES')).toEqual(['QUERY_TOO_COMPLEX', 400]);
    expect(statusOf('REQUEST_TIMEOUT')).toEqual(['REQUEST_TIMEOUT', 503]);
    expect(statusOf('SOMETHING_NEW')).toEqual(['BAD_REQUEST', 400]);
    expect(statusOf(undefined)).toEqual(['INTERNAL_SERVER_ERROR', 500]);
  });

  test('UNAUTHENTICATED carries WWW-Authenticate: Bearer', () => {
    expect(problemOfErrors([error('needs a key', { code: 'UNAUTHENTICATED' })], false).headers).toEqual({ 'www-authenticate': 'Bearer' });
    expect(problemOfErrors([error('no', { code: 'FORBIDDEN', reason: 'ROLE' })], false).headers).toEqual({});
  });

  test('a version conflict is 412 when If-Match gave the version, 409 otherwise; other conflicts stay 409', () => {
    const conflict = error('Action 1 has changed since you read it.', {
      code: 'CONFLICT',
      reason: 'VERSION_CONFLICT',
      currentVersion: 4,
      argument: 'input.expectedVersion',
    });
    const viaIfMatch = problemOfErrors([conflict], true);
    expect([viaIfMatch.code, viaIfMatch.status]).toEqual(['CONFLICT', 412]);
    expect(viaIfMatch.members).toEqual({ reason: 'VERSION_CONFLICT', currentVersion: 4, argument: 'header.if-match' });
    expect(problemOfErrors([conflict], false).status).toBe(409);
    const reused = problemOfErrors([error('reused', { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'input.idempotencyKey' })], true);
    expect([reused.status, reused.members.argument]).toEqual([409, 'header.idempotency-key']);
  });

  test("field problems name the request's parts, in the paths and the messages", () => {
    const problem = problemOfErrors(
      [
        error('2 problems with the input: Argument "input.durationMonths" must not be less than 1. Argument "input.id" is not a valid ID: "x".', {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.durationMonths', rule: 'min', message: 'Argument "input.durationMonths" must not be less than 1.' },
            { path: 'input.id', rule: 'isGlobalId', message: 'Argument "input.id" is not a valid ID: "x".' },
          ],
        }),
      ],
      true,
      { id: 'path.id' },
    );
    expect(problem.detail).toBe(
      '2 problems with the input: Body property "durationMonths" must not be less than 1. Path parameter "id" is not a valid ID: "x".',
    );
    expect(problem.members.fields).toEqual([
      { path: 'body.durationMonths', rule: 'min', message: 'Body property "durationMonths" must not be less than 1.' },
      { path: 'path.id', rule: 'isGlobalId', message: 'Path parameter "id" is not a valid ID: "x".' },
    ]);
  });

  test('variable problems read as the query or the body', () => {
    const p = problemOfErrors([error('Variable "$filter" got invalid value 5.', { code: 'BAD_USER_INPUT' })], false);
    expect(p.detail).toBe('The query got invalid value 5.');
    expect(problemOfErrors([error('Variable "$input" got invalid value.', { code: 'BAD_USER_INPUT' })], false).detail).toBe(
      'The request body got invalid value.',
    );
    expect(problemOfErrors([error('Variable "$first" got invalid value "x".', { code: 'BAD_USER_INPUT' })], false).detail).toBe(
      'Query parameter "first" got invalid value "x".',
    );
    expect(problemOfErrors([error('Argument "first" must be between 0 and 100, got 101.', { code: 'BAD_USER_INPUT' })], false).detail).toBe(
      'Query parameter "first" must be between 0 and 100, got 101.',
    );
  });

  test('several errors of one code are one problem listing every field; all are in errors', () => {
    const fieldError = (name: string) =>
      error(`Argument "input.${name}": Field "${name}" of required type "String!" was not provided.`, {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: `input.${name}`, rule: 'required', message: `Argument "input.${name}": Field "${name}" of required type "String!" was not provided.` },
        ],
      });
    const problem = problemOfErrors([fieldError('status'), fieldError('rag'), fieldError('commentary')], false);
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect((problem.members.fields as { path: string }[]).map((f) => f.path)).toEqual(['body.status', 'body.rag', 'body.commentary']);
    expect(problem.detail).toMatch(/^3 problems with the request: Body property "status": .* Body property "rag": .* Body property "commentary": /);
    expect(problem.members.errors).toEqual([
      { detail: expect.stringMatching(/^Body property "status"/), code: 'BAD_USER_INPUT' },
      { detail: expect.stringMatching(/^Body property "rag"/), code: 'BAD_USER_INPUT' },
      { detail: expect.stringMatching(/^Body property "commentary"/), code: 'BAD_USER_INPUT' },
    ]);
  });

  test('errors of different codes: the first decides, the others are listed', () => {
    const problem = problemOfErrors([error('no such action', { code: 'NOT_FOUND' }), error('not allowed', { code: 'FORBIDDEN' })], false);
    expect([problem.code, problem.status, problem.detail]).toEqual(['NOT_FOUND', 404, 'no such action']);
    expect(problem.members.errors).toEqual([
      { detail: 'no such action', code: 'NOT_FOUND' },
      { detail: 'not allowed', code: 'FORBIDDEN' },
    ]);
  });
});
