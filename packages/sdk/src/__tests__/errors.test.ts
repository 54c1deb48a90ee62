// BadInputError's fields: the server's one validation shape, extensions.fields of BAD_USER_INPUT.
import { BadInputError, createClient, type FieldProblem } from '../index';

function answering(body: unknown) {
  return (async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
}

test('BadInputError exposes every field problem of a BAD_USER_INPUT', async () => {
  const fields: FieldProblem[] = [
    { path: 'input.durationMonths', rule: 'min', message: 'Argument "input.durationMonths" must not be less than 1.' },
    { path: 'input.dueDate', rule: 'withinPlanPeriod', message: 'Argument "input.dueDate" must be within the plan period.' },
  ];
  const errors = [{ message: '2 problems with the input: …', path: ['updateAction'], extensions: { code: 'BAD_USER_INPUT', fields } }];
  const client = createClient({ url: 'http://api.test/graphql', fetch: answering({ data: { updateAction: null }, errors }) });
  const error = await client.updateAction({ id: 'A1', expectedVersion: 1, durationMonths: 0, dueDate: '2030-01-01' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BadInputError);
  expect((error as BadInputError).fields).toEqual(fields);
});

test('fields is empty for a document error, and ignores entries not of the shape', async () => {
  const parse = createClient({
    url: 'http://api.test/graphql',
    fetch: answering({ errors: [{ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }),
  });
  expect(((await parse.plan().catch((e: unknown) => e)) as BadInputError).fields).toEqual([]);
  const odd = createClient({
    url: 'http://api.test/graphql',
    fetch: answering({
      errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'old' }, null, { path: 'first', rule: 'max', message: 'm' }] } }],
    }),
  });
  expect(((await odd.plan().catch((e: unknown) => e)) as BadInputError).fields).toEqual([{ path: 'first', rule: 'max', message: 'm' }]);
});
