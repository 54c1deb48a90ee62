import type { TypedDocument } from '@cdp/sdk';
import { connectAsAdmin, post, type ResultOf } from '../support/api';
import { graphql } from '../support/generated';
import { multiplyPlan } from '../support/multiply-plan';
import { copyDatabase, startServer, TestServer } from '../support/server';

/**
 * Batched loading: the SQL statements a query runs depend on its depth, not on the number of rows.
 * The servers report the count of each request in x-sql-statements (SQL_STATEMENT_COUNT=1, a test
 * setting) and run without the response cache, so that every request really executes.
 */
const WHOLE_TREE = graphql(`
  query StatementsWholeTree {
    plan {
      title
      pillars {
        nodes {
          name
          priorities(first: 100) {
            totalCount
            nodes {
              title
              objectives(first: 100) {
                nodes {
                  text
                  agencies {
                    name
                  }
                  actions(first: 100) {
                    totalCount
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
`);

const env = { SQL_STATEMENT_COUNT: '1', RESPONSE_CACHE: 'false' };
let real: TestServer;
let tenTimes: TestServer;

/** Sends `document` (no variables, no key): its data and the x-sql-statements count. */
async function statements<TData>(
  server: TestServer,
  document: TypedDocument<TData, Record<string, never>>,
): Promise<{ count: number; data: TData | null | undefined }> {
  const r = await post(server.url, document, {});
  expect(r.body.errors).toBeUndefined();
  const header = r.headers.get('x-sql-statements');
  expect(header).not.toBeNull();
  return { count: Number(header), data: r.body.data };
}

beforeAll(async () => {
  real = await startServer({ env });
  await real.stop();
  const bigger = await copyDatabase(real.databaseUrl);
  await multiplyPlan(bigger, 10);
  real = await startServer({ env, databaseUrl: real.databaseUrl });
  tenTimes = await startServer({ env, databaseUrl: bigger });
});
afterAll(async () => {
  await real?.stop();
  await tenTimes?.stop();
});

function actionCount(data: ResultOf<typeof WHOLE_TREE> | null | undefined): number {
  return data!.plan.pillars.nodes.reduce(
    (n, p) => n + p.priorities.nodes.reduce((m, pr) => m + pr.objectives.nodes.reduce((k, o) => k + o.actions.totalCount, 0), 0),
    0,
  );
}

test('the whole-tree query runs the same number of statements on the real plan and on one ten times larger', async () => {
  const small = await statements(real, WHOLE_TREE);
  const large = await statements(tenTimes, WHOLE_TREE);
  expect(actionCount(small.data)).toBe(156);
  expect(actionCount(large.data)).toBe(1560);
  expect(large.count).toBe(small.count);
  // plan, pillars, priorities, objectives, actions, and the agency links and agencies: one or two per level.
  expect(small.count).toBeLessThanOrEqual(12);
});

const NO_NESTING = graphql(`
  query StatementsNoNesting {
    actions(first: 100, filter: { agency: "RESET" }) {
      totalCount
      nodes {
        text
      }
    }
  }
`);
const ONE_LEVEL = graphql(`
  query StatementsOneLevel {
    actions(first: 100, filter: { agency: "RESET" }) {
      nodes {
        text
        objective {
          text
        }
      }
    }
  }
`);
const TWO_LEVELS = graphql(`
  query StatementsTwoLevels {
    actions(first: 100, filter: { agency: "reset", search: "e" }) {
      nodes {
        text
        objective {
          text
          priority {
            title
          }
        }
      }
    }
  }
`);

test.each<[string, TypedDocument<unknown, Record<string, never>>, number]>([
  ['no nested fields', NO_NESTING, 2],
  ['one nested level', ONE_LEVEL, 3],
  ['two nested levels', TWO_LEVELS, 4],
])('a filtered action list with %s stays within its statement limit, on either plan', async (_label, query, limit) => {
  for (const server of [real, tenTimes]) {
    const { count } = await statements(server, query);
    expect(count).toBeLessThanOrEqual(limit);
  }
});

test('an unknown agency in the filter still gets NOT_FOUND (the look-up runs only for an empty answer)', async () => {
  const UNKNOWN_AGENCY = graphql(`
    query StatementsUnknownAgency {
      actions(filter: { agency: "No such agency" }) {
        totalCount
      }
    }
  `);
  const r = await post(real.url, UNKNOWN_AGENCY, {});
  expect(r.body.errors![0].extensions!.code).toBe('NOT_FOUND');
});

const ROUND_READS = graphql(`
  query StatementsRoundReads {
    chaseList(round: "2024-25Q2") {
      daysToDeadline
      agencies {
        agency {
          name
        }
        contactEmail
        actions {
          text
        }
      }
    }
    round(ref: "2024-25Q2") {
      draftSnapshot {
        overall {
          total
        }
        actions {
          ref
          agencyIds
          updates {
            rag
          }
        }
        measures {
          values {
            value
          }
        }
        contracts {
          expiryDate
        }
      }
    }
  }
`);

test("a round's chase list and draft snapshot run the same number of statements on the real plan and on one ten times larger", async () => {
  for (const server of [real, tenTimes]) {
    const admin = connectAsAdmin(server).client;
    await admin.openRound({ quarter: '2024-25 Q2', deadline: '2024-10-15' });
  }
  const small = await statements(real, ROUND_READS);
  const large = await statements(tenTimes, ROUND_READS);
  expect(small.data!.round.draftSnapshot!.actions).toHaveLength(156);
  expect(large.data!.round.draftSnapshot!.actions).toHaveLength(1560);
  expect(large.count).toBe(small.count);
  // The round (twice: one look-up per argument), then the chase list's 4 and the snapshot's 10 or so.
  expect(small.count).toBeLessThanOrEqual(20);
});

const BOARD_REPORT = graphql(`
  query StatementsBoardReport {
    boardReport(round: "2024-25Q2", format: MD) {
      draft
      byteLength
      changesOmitted
    }
  }
`);

test("an open round's board report pack (its draft, the previous round, the changes) runs the same number of statements on the real plan and on one ten times larger", async () => {
  const counts: number[] = [];
  for (const server of [real, tenTimes]) {
    const { headers } = connectAsAdmin(server, 'Statement counter');
    const r = await post(server.url, BOARD_REPORT, {}, headers);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.boardReport).toMatchObject({ draft: true, changesOmitted: 0 });
    counts.push(Number(r.headers.get('x-sql-statements')));
  }
  expect(counts[1]).toBe(counts[0]);
  // The key, the round, the draft snapshot's, the previous round (twice), the plan and partnership, the changes and their count.
  expect(counts[0]).toBeLessThanOrEqual(30);
});
