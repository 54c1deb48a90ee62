import { spawnSync } from 'node:child_process';
import { connect, type ErrorEntry } from '../support/api';
import { withDb } from '../support/db';
import { graphql } from '../support/generated';
import { API_MAIN, gql, startServer, tempDatabase, testOnSqlite } from '../support/server';

// Raw on purpose: a document with a misspelt field (its answer is the subject, and codegen would
// refuse it), and the unknown route, wrong method, oversized and malformed bodies.

const BAD_ID = graphql(`
  query LifecycleBadId {
    action(id: "nope") {
      id
    }
  }
`);
/** The JSON error answer of a request outside GraphQL's own (a route or body the server refuses). */
type ErrorBody = { errors: ErrorEntry[] };

describe('server lifecycle', () => {
  test('a restart never overwrites edits made since the plan was loaded', async () => {
    // A database with nothing in it: the first start migrates it and loads the plan, on both engines.
    const first = await startServer({ databaseUrl: await tempDatabase('new') });
    const q = graphql(`
      query LifecycleFirstAction {
        actions(first: 1) {
          nodes {
            id
            text
          }
        }
        agencies(first: 0) {
          totalCount
        }
      }
    `);
    const before = (await connect(first).send(q)).body.data!;
    await first.stop();

    await withDb(first.databaseUrl, async (db) => {
      expect(await db.run('UPDATE action SET text = ? WHERE "id" = 1', ['Edited after the seed'])).toEqual({ changes: 1 });
      expect(await db.run('DELETE FROM objective_agency WHERE "id" = 1')).toEqual({ changes: 1 });
    });

    const second = await startServer({ databaseUrl: first.databaseUrl });
    try {
      const after = (await connect(second).send(q)).body.data!;
      expect(after.actions.nodes[0].text).toBe('Edited after the seed');
      expect(after.agencies.totalCount).toBe(before.agencies.totalCount);
      await withDb(first.databaseUrl, async (check) => {
        expect(await check.get('SELECT COUNT(*) AS n FROM action')).toEqual({ n: 156 });
        expect(await check.get('SELECT COUNT(*) AS n FROM seed_run')).toEqual({ n: 1 });
      });
    } finally {
      await second.stop();
    }
  });

  test('the schema comes from migrations', async () => {
    const server = await startServer({ databaseUrl: await tempDatabase('new') });
    await server.stop();
    await withDb(server.databaseUrl, async (db) => {
      const migrations = await db.all<{ name: string }>('SELECT name FROM migrations ORDER BY "id"');
      expect(migrations.length).toBeGreaterThan(0);
      expect(await db.tables()).toEqual(expect.arrayContaining(['migrations', 'action', 'audit_entry', 'api_key', 'data_revision', 'seed_run']));
    });
  });

  testOnSqlite('the SQLite database runs in WAL mode', 'WAL is a SQLite journal mode', async () => {
    const server = await startServer();
    await server.stop();
    expect(await withDb(server.databaseUrl, (db) => db.get('PRAGMA journal_mode'))).toEqual({ journal_mode: 'wal' });
  });

  test('bad configuration stops the start with a message naming each variable', () => {
    const r = spawnSync(process.execPath, [API_MAIN], {
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x', PLAYGROUND: 'maybe' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/PORT must be/);
    expect(r.stderr).toMatch(/NODE_ENV must be/);
    expect(r.stderr).toMatch(/DATABASE_URL must be/);
    expect(r.stderr).toMatch(/PLAYGROUND must be/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('in production: no stack traces, no introspection, no playground, no field suggestions', async () => {
    const server = await startServer({ env: { NODE_ENV: 'production' }, databaseUrl: await tempDatabase() });
    try {
      const INTROSPECTION = graphql(`
        query LifecycleIntrospection {
          __schema {
            queryType {
              name
            }
          }
        }
      `);
      const api = connect(server);
      const bad = await api.send(BAD_ID);
      expect(bad.body.errors![0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'id', rule: 'isGlobalId', message: 'Argument "id" is not a valid ID: "nope".' }],
      });
      const intro = await api.send(INTROSPECTION);
      expect(intro.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await gql(server.url, '{ plan { titel } }');
      expect(typo.body.errors![0].message).not.toMatch(/Did you mean/);
      const page = await fetch(`${server.origin}/playground`);
      expect(page.status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  test('in development: stack traces are included for errors', async () => {
    const server = await startServer({ env: { NODE_ENV: 'development' } });
    try {
      const bad = await connect(server).send(BAD_ID);
      expect(Array.isArray(bad.body.errors![0].extensions!.stacktrace)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  test('unknown routes, wrong methods and oversized or malformed bodies get clear JSON errors', async () => {
    const server = await startServer();
    try {
      const missing = await fetch(`${server.origin}/nope`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as ErrorBody).errors[0].extensions!.code).toBe('NOT_FOUND');
      const put = await fetch(server.url, { method: 'PUT' });
      expect(put.status).toBe(405);
      const huge = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ plan { title } } #${'x'.repeat(300_000)}` }),
      });
      expect(huge.status).toBe(413);
      const broken = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as ErrorBody).errors[0].extensions!.code).toBe('BAD_REQUEST');
      const health = await fetch(`${server.origin}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      await server.stop();
    }
  });
});
