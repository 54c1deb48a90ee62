// The time budget of a GraphQL execution (REQUEST_TIMEOUT_MS), against the real server: with a
// budget of 1 ms the whole-tree query is stopped and answers one REQUEST_TIMEOUT error saying the
// budget; nothing is cached; a small query and the default budget still answer. Needs the
// configuration's REQUEST_TIMEOUT_MS and the plugin in app.ts (graphql/time-budget.ts).
import { connect } from '../support/api';
import { graphql } from '../support/generated';
import { startServer, type TestServer } from '../support/server';

const WHOLE_TREE = graphql(`
  query TimeBudgetWholeTree {
    plans {
      nodes {
        pillars {
          nodes {
            priorities {
              nodes {
                objectives {
                  nodes {
                    text
                    agencies {
                      name
                    }
                    actions {
                      nodes {
                        text
                        status
                        agencies {
                          name
                        }
                        responsibilities {
                          asWritten
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

let tight: TestServer;
let normal: TestServer;
beforeAll(async () => {
  [tight, normal] = await Promise.all([startServer({ env: { REQUEST_TIMEOUT_MS: '1' } }), startServer()]);
});
afterAll(async () => {
  await Promise.all([tight?.stop(), normal?.stop()]);
});

test('past a 1 ms budget the whole tree is stopped: data null, one REQUEST_TIMEOUT error naming the budget, nothing logged or cached', async () => {
  for (let i = 0; i < 2; i++) {
    const r = await connect(tight).send(WHOLE_TREE);
    expect(r.status).toBe(200);
    expect(r.headers.get('x-cache')).not.toBe('hit');
    expect(r.body).toEqual({
      data: null,
      errors: [{ message: expect.stringContaining('time budget of 1 ms'), extensions: { code: 'REQUEST_TIMEOUT', budgetMs: 1 } }],
    });
  }
  await expect(connect(tight).client.plan()).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
  expect(tight.output()).not.toMatch(/Unexpected error|\n\s+at /);
});

test('the default budget (5000 ms) answers the whole tree', async () => {
  const r = await connect(normal).send(WHOLE_TREE);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data!.plans.nodes.length).toBeGreaterThan(0);
});
