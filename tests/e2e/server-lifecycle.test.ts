import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { connect, type ErrorEntry } from '../support/api';
import { graphql } from '../support/generated';
import { API_MAIN, gql, startServer, tempDatabaseFile } from '../support/server';

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
    const first = await startServer();
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

    const db = new Database(first.databaseFile);
    db.prepare('UPDATE action SET text = ? WHERE id = 1').run('Edited after the seed');
    db.prepare('DELETE FROM objective_agency WHERE id = 1').run();
    db.close();

    const second = await startServer({ databaseFile: first.databaseFile });
    try {
      const after = (await connect(second).send(q)).body.data!;
      expect(after.actions.nodes[0].text).toBe('Edited after the seed');
      expect(after.agencies.totalCount).toBe(before.agencies.totalCount);
      const check = new Database(first.databaseFile, { readonly: true });
      expect(check.prepare('SELECT COUNT(*) AS n FROM action').get()).toEqual({ n: 156 });
      expect(check.prepare('SELECT COUNT(*) AS n FROM seed_run').get()).toEqual({ n: 1 });
      check.close();
    } finally {
      await second.stop();
    }
  });

  test('the database runs in WAL mode, and the schema comes from migrations', async () => {
    const server = await startServer();
    await server.stop();
    const db = new Database(server.databaseFile, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const migrations = db.prepare('SELECT name FROM migrations').all() as Array<{ name: string }>;
    expect(migrations.length).toBeGreaterThan(0);
    db.close();
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
    const server = await startServer({ env: { NODE_ENV: 'production' }, databaseFile: tempDatabaseFile() });
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
