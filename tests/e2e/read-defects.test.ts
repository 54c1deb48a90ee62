// Read-side defects once found and fixed, against the real server with the Tower Hamlets plan: agency(name:)
// with a long run of commas, string lengths bounded before anything runs, subscriptions and
// persisted-query mismatches answered as client errors, reportedBy hidden from anonymous readers
// (cached answers included), changes(since, until), nodes(ids) with a malformed ID, and asOf on
// reprocurements driving overdue and daysUntilExpiry.
//
// Raw on purpose: documents built at run time (a 120,000-comma literal, a literal list item over
// its bound, since/until written into the document), a subscription (not in the schema, so not
// for codegen), the persisted-query request and the GETs that exercise the response cache.
import { createHash } from 'node:crypto';
import { BadInputError } from '@cdp/sdk';
import { connect, connectAs, connectAsAdmin, type Api, type ResultOf } from '../support/api';
import { graphql } from '../support/generated';
import { missingId } from '../support/ids';
import { gql, startServer, type TestServer } from '../support/server';

let server: TestServer;
let admin: Api;
/** Requests without a key. */
let noKey: Api;

beforeAll(async () => {
  server = await startServer({ env: { SQL_STATEMENT_COUNT: '1' } });
  admin = connectAsAdmin(server, 'Read defects');
  noKey = connect(server);
});
afterAll(async () => {
  await server?.stop();
});

const AGENCY_NAMED = graphql(`
  query ReadDefectsAgencyNamed($name: String) {
    agency(name: $name) {
      id
    }
  }
`);
const AUDIT_SIZE = graphql(`
  query ReadDefectsAuditSize {
    changes(first: 0) {
      totalCount
    }
  }
`);

/** Line and column (1-based) of the first `needle` in a document, as GraphQL error locations give them. */
function locationOf(document: { toString(): string }, needle: string): { line: number; column: number } {
  const before = document.toString().slice(0, document.toString().indexOf(needle));
  expect(before.length).toBeLessThan(document.toString().length);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** No stack frame, no absolute path, no "Unexpected error" in the server's log since `from`. */
function expectQuietLog(from: number) {
  const log = server.output().slice(from);
  expect(log).not.toMatch(/Unexpected error|\n\s+at |INTERNAL_SERVER_ERROR/);
}

describe('agency(name:) and string lengths', () => {
  test('"a" + 120,000 commas + "b" is refused at once: BAD_USER_INPUT naming the argument and its 200-character bound, nothing run', async () => {
    const name = `a${','.repeat(120_000)}b`;
    const started = Date.now();
    const literal = await gql(server.url, `{ agency(name: "${name}") { id } }`);
    const variable = await noKey.send(AGENCY_NAMED, { name });
    const elapsed = Date.now() - started;
    for (const r of [literal, variable]) {
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors).toEqual([
        {
          message: 'Invalid argument: Argument "name" must be at most 200 characters long, got 120002.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'name', rule: 'maxLength', message: 'Argument "name" must be at most 200 characters long, got 120002.' }],
          },
        },
      ]);
      expect(r.headers.get('x-sql-statements')).toBe('0');
    }
    // Generous: the quadratic trim took 6.6 s for one of these requests.
    expect(elapsed).toBeLessThan(3000);
  });

  test('a name of 200 characters is looked up (NOT_FOUND), and a real alias with trailing commas still finds its agency', async () => {
    const RESET = graphql(`
      query ReadDefectsResetWithCommas {
        agency(name: "  reset,, ") {
          shortName
        }
      }
    `);
    const long = await noKey.send(AGENCY_NAMED, { name: `a${','.repeat(198)}b` });
    expect(long.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const reset = await noKey.send(RESET);
    expect(reset.body).toEqual({ data: { agency: { shortName: 'RESET' } } });
  });

  test('every string is bounded, in inputs and lists too, literal or variable; each over-long value is named by its path', async () => {
    const SEARCH = graphql(`
      query ReadDefectsSearch($f: ActionFilter) {
        actions(filter: $f) {
          totalCount
        }
      }
    `);
    const RECORD = graphql(`
      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {
        recordProgress(input: $input) {
          replayed
        }
      }
    `);
    const search = await noKey.send(SEARCH, { f: { search: 'x'.repeat(10_001) } });
    expect(search.status).toBe(400);
    expect(search.body.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.search', rule: 'maxLength', message: 'Argument "filter.search" must be at most 10000 characters long, got 10001.' }],
    });

    const ids = await gql(server.url, `{ nodes(ids: ["x", "${'y'.repeat(101)}"]) { id } }`);
    expect(ids.body.errors![0].extensions!.fields).toEqual([
      { path: 'ids.1', rule: 'maxLength', message: 'Argument "ids.1" must be at most 100 characters long, got 101.' },
    ]);

    // A mutation is refused before it runs (and before the denial log): nothing is written.
    const before = (await admin.read(AUDIT_SIZE)).changes.totalCount;
    const commentary = await noKey.send(RECORD, {
      input: { actionId: 'x', quarter: '2024-25 Q1', status: 'ON_TRACK', rag: 'GREEN', commentary: 'c'.repeat(20_000) },
    });
    expect(commentary.status).toBe(400);
    expect(commentary.body.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: 'input.commentary', rule: 'maxLength' })]);
    expect((await admin.read(AUDIT_SIZE)).changes.totalCount).toBe(before);
  });
});

describe('client mistakes are client errors', () => {
  test('a subscription is OPERATION_NOT_SUPPORTED, HTTP 400, and logs nothing', async () => {
    const from = server.output().length;
    const r = await gql(server.url, 'subscription { plan { title } }');
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Subscriptions are not supported/),
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'OPERATION_NOT_SUPPORTED' },
      },
    ]);
    expectQuietLog(from);
  });

  test('a persisted-query hash that does not match its query is BAD_REQUEST, HTTP 400, and logs nothing; the right hash runs', async () => {
    const from = server.output().length;
    const query = '{ plan { title } }';
    const send = (sha256Hash: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
    const wrong = await send('0'.repeat(64));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
    const right = await send(createHash('sha256').update(query).digest('hex'));
    expect(right.status).toBe(200);
    expect(((await right.json()) as { data: { plan: { title: string } } }).data.plan.title).toBe('Annual Delivery Plan 2024-2025');
    expectQuietLog(from);
  });
});

describe('ProgressUpdate.reportedBy', () => {
  const QUERY = graphql(`
    query ReadDefectsReportedBy($id: ID!) {
      action(id: $id) {
        progress {
          quarterLabel
          reportedBy
        }
      }
    }
  `);

  test("shows the key's name to callers with a key, null to anonymous readers, cached answers included", async () => {
    const editor = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' });
    const client = editor.client;
    const [action] = (await client.actions({ filter: { agency: 'RESET' }, first: 1 })).nodes;
    await client.recordProgress({ actionId: action.id, quarter: '2024-25 Q3', status: 'ON_TRACK', rag: 'GREEN', commentary: 'On track' });

    // GET, so that the response cache serves the second request of each caller class.
    const get = async (headers: Record<string, string>) => {
      const res = await fetch(
        `${server.url}?query=${encodeURIComponent(QUERY.toString())}&variables=${encodeURIComponent(JSON.stringify({ id: action.id }))}`,
        {
          headers: { 'apollo-require-preflight': 'true', ...headers },
        },
      );
      return { cache: res.headers.get('x-cache'), body: (await res.json()) as { data: ResultOf<typeof QUERY> } };
    };
    const anonymous = [await get({}), await get({})];
    const keyed = [await get(editor.headers), await get(editor.headers)];
    const anonymousAfter = await get({});
    expect(anonymous.map((a) => a.cache)).toEqual(['miss', 'hit']);
    expect(keyed.map((a) => a.cache)).toEqual(['miss', 'hit']);
    expect(anonymousAfter.cache).toBe('hit');
    for (const a of [...anonymous, anonymousAfter])
      expect(a.body).toEqual({ data: { action: { progress: [{ quarterLabel: '2024-25 Q3', reportedBy: null }] } } });
    for (const k of keyed)
      expect(k.body.data.action.progress).toEqual([
        { quarterLabel: '2024-25 Q3', reportedBy: expect.stringMatching(/^RESET case system \(key [a-z0-9]{10}\)$/) },
      ]);
    // A reader key sees it too; the anonymous SDK client does not.
    expect((await admin.client.action(action.id)).progress[0].reportedBy).toMatch(/^RESET case system/);
    expect((await noKey.client.action(action.id)).progress[0].reportedBy).toBeNull();
  });
});

describe('changes(since, until)', () => {
  test('through the SDK and raw GraphQL, literal and variable: the window holds exactly the changes made in it', async () => {
    const client = admin.client;
    const since = new Date(Date.now() - 1000).toISOString();
    const [action] = (await client.actions({ first: 1 })).nodes;
    await client.updateAction({ id: action.id, expectedVersion: action.version, target: 'Changed within the window' });
    const until = new Date(Date.now() + 1000).toISOString();

    const windowed = await client.changes({ since, until, first: 100 });
    expect(windowed.nodes.some((e) => e.mutation === 'updateAction')).toBe(true);
    for (const entry of windowed.nodes) expect(entry.at >= since && entry.at < until).toBe(true);
    // The window and what came before it are the whole log: since is inclusive, until exclusive.
    const before = await client.changes({ until: since, first: 0 });
    const total = await client.changes({ first: 0 });
    expect(before.totalCount + windowed.totalCount).toBe(total.totalCount);
    expect((await client.changes({ until: '2000-01-01T00:00:00Z' })).totalCount).toBe(0);

    const WINDOW = graphql(`
      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {
        changes(since: $s, until: $u) {
          totalCount
        }
      }
    `);
    const literal = await gql(server.url, `{ changes(since: "${since}", until: "${until}") { totalCount } }`, undefined, admin.headers);
    expect(literal.body).toEqual({ data: { changes: { totalCount: windowed.totalCount } } });
    const variables = await admin.send(WINDOW, { s: since, u: until });
    expect(variables.body).toEqual({ data: { changes: { totalCount: windowed.totalCount } } });

    // since after until is a clear error naming until; a malformed instant is refused by the scalar.
    const backwards = await gql(server.url, `{ changes(since: "${until}", until: "${since}") { totalCount } }`, undefined, admin.headers);
    expect(backwards.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await expect(client.changes({ since: 'yesterday' })).rejects.toBeInstanceOf(BadInputError);
  });
});

describe('nodes(ids:)', () => {
  test('a malformed ID is null with its own BAD_USER_INPUT error at ["nodes", i]; the other IDs are answered', async () => {
    const TWO = graphql(`
      query ReadDefectsTwoActions {
        actions(first: 2) {
          nodes {
            id
          }
        }
      }
    `);
    const NODES = graphql(`
      query ReadDefectsNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          id
          __typename
        }
      }
    `);
    const { nodes } = (await noKey.read(TWO)).actions;
    const unknown = missingId('Action', 999999);
    const r = await noKey.send(NODES, { ids: [nodes[0].id, 'not-an-id', unknown, nodes[1].id] });
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ nodes: [{ id: nodes[0].id, __typename: 'Action' }, null, null, { id: nodes[1].id, __typename: 'Action' }] });
    expect(r.body.errors).toEqual([
      {
        message: 'Argument "ids.1" is not a valid ID: "not-an-id".',
        locations: [locationOf(NODES, 'nodes(ids:')],
        path: ['nodes', 1],
        extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'ids.1', rule: 'isGlobalId', message: 'Argument "ids.1" is not a valid ID: "not-an-id".' }] },
      },
    ]);
  });
});

describe('reprocurements(filter: { asOf })', () => {
  test('asOf 2024-04-01 sets overdue and daysUntilExpiry: the three contracts of 31/03/24 are overdue by one day', async () => {
    const AS_OF = graphql(`
      query ReadDefectsAsOf {
        reprocurements(filter: { asOf: "2024-04-01" }) {
          nodes {
            service
            expiryDate
            overdue
            daysUntilExpiry
          }
        }
      }
    `);
    const OWN_AS_OF = graphql(`
      query ReadDefectsOwnAsOf {
        reprocurements(filter: { asOf: "2024-04-01" }) {
          nodes {
            overdue(asOf: "2024-03-01")
          }
        }
      }
    `);
    const TODAY = graphql(`
      query ReadDefectsToday {
        reprocurements {
          nodes {
            overdue
          }
        }
      }
    `);
    const data = await noKey.read(AS_OF);
    expect(data.reprocurements.nodes).toEqual([
      { service: 'Pharmacy Needle Exchange', expiryDate: '2024-03-31', overdue: true, daysUntilExpiry: -1 },
      { service: 'Drink Coach', expiryDate: '2024-03-31', overdue: true, daysUntilExpiry: -1 },
      { service: 'Specialist midwife', expiryDate: '2024-03-31', overdue: true, daysUntilExpiry: -1 },
      { service: 'Clinical waste collections', expiryDate: '2024-05-21', overdue: false, daysUntilExpiry: 50 },
      { service: 'Needle exchange supplies', expiryDate: '2024-11-14', overdue: false, daysUntilExpiry: 227 },
    ]);
    // A field's own asOf still wins; without any asOf the fields measure from today (all expired by now).
    const own = await noKey.read(OWN_AS_OF);
    expect(own.reprocurements.nodes.map((n) => n.overdue)).toEqual([false, false, false, false, false]);
    const today = await noKey.read(TODAY);
    expect(today.reprocurements.nodes.map((n) => n.overdue)).toEqual([true, true, true, true, true]);
    // Through the SDK, as the deadlines example reads them.
    const sdk = await noKey.client.reprocurements({ filter: { asOf: '2024-04-01', overdue: true } });
    expect(sdk.nodes.map((n) => n.overdue)).toEqual([true, true, true]);
  });
});
