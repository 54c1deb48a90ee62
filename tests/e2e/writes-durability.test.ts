import Database from 'better-sqlite3';
import { bearer, createKey, gql as rawGql, startServer, TestServer } from '../support/server';

/** The admin key of each database these tests write to. */
const keys = new Map<string, Record<string, string>>();
function adminFor(server: TestServer): void {
  keys.set(server.url, bearer(createKey(server.databaseFile, { role: 'admin', name: 'Durability tests' })));
}
const gql = (url: string, query: string, variables?: Record<string, unknown>) => rawGql(url, query, variables, keys.get(url) ?? {});

const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id version text } replayed } }`;
const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id version text } } }`;

async function firstAction(server: TestServer): Promise<{ id: string; version: number; objective: { id: string } }> {
  const { body } = await gql(server.url, '{ actions(first: 1) { nodes { id version objective { id } } } }');
  return body.data.actions.nodes[0];
}

describe('no lost updates', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    adminFor(server);
  });
  afterAll(() => server.stop());

  test('20 concurrent updates of one action with the same expectedVersion: one succeeds, 19 get CONFLICT, history shows one change', async () => {
    const action = await firstAction(server);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql(server.url, UPDATE, { input: { id: action.id, expectedVersion: action.version, text: `Concurrent edit ${i}` } })),
    );
    const ok = results.filter((r) => r.body.data?.updateAction);
    const conflicts = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const winner = ok[0].body.data.updateAction.action;
    expect(winner.version).toBe(action.version + 1);

    const { body } = await gql(server.url, 'query($id: ID!) { action(id: $id) { text version } history(id: $id) { totalCount nodes { operation version changes { field after } } } }', { id: action.id });
    expect(body.data.action).toEqual({ text: winner.text, version: winner.version });
    expect(body.data.history.totalCount).toBe(1);
    expect(body.data.history.nodes[0]).toMatchObject({ operation: 'UPDATE', version: winner.version, changes: [{ field: 'text', after: winner.text }] });
  });

  test('an idempotency key retried returns the first result and writes once; reused with other input it is a CONFLICT', async () => {
    const { body: list } = await gql(server.url, '{ actions(first: 1, after: "b2Zmc2V0OjQ=") { nodes { id version } } }');
    const action = list.data.actions.nodes[0];
    const input = { id: action.id, expectedVersion: action.version, text: 'Idempotent edit', idempotencyKey: 'retry-1' };
    const first = await gql(server.url, UPDATE, { input });
    const again = await gql(server.url, UPDATE, { input: { ...input } });
    expect(first.body.data.updateAction.replayed).toBe(false);
    expect(again.body.data.updateAction).toEqual({ ...first.body.data.updateAction, replayed: true });
    const reused = await gql(server.url, UPDATE, { input: { ...input, text: 'Something else' } });
    expect(reused.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const { body } = await gql(server.url, 'query($id: ID!) { action(id: $id) { text version } history(id: $id) { totalCount } }', { id: action.id });
    expect(body.data.action).toEqual({ text: 'Idempotent edit', version: action.version + 1 });
    expect(body.data.history.totalCount).toBe(1);
  });

  test('archive hides an action from lists but keeps it, and restore brings it back', async () => {
    const { body: before } = await gql(server.url, '{ actions(first: 0) { totalCount } }');
    const { body: list } = await gql(server.url, '{ actions(first: 1, after: "b2Zmc2V0Ojk=") { nodes { id version } } }');
    const action = list.data.actions.nodes[0];
    const archived = await gql(server.url, 'mutation($input: RecordVersionInput!) { archiveAction(input: $input) { action { archivedAt version } } }', { input: { id: action.id, expectedVersion: action.version } });
    expect(archived.body.data.archiveAction.action.archivedAt).not.toBeNull();
    expect((await gql(server.url, '{ actions(first: 0) { totalCount } }')).body.data.actions.totalCount).toBe(before.data.actions.totalCount - 1);
    const stillThere = await gql(server.url, 'query($id: ID!) { action(id: $id) { text archivedAt } }', { id: action.id });
    expect(stillThere.body.data.action.archivedAt).not.toBeNull();
    const again = await gql(server.url, 'mutation($input: RecordVersionInput!) { archiveAction(input: $input) { action { id } } }', { input: { id: action.id, expectedVersion: action.version + 1 } });
    expect(again.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const restored = await gql(server.url, 'mutation($input: RecordVersionInput!) { restoreAction(input: $input) { action { archivedAt version } } }', { input: { id: action.id, expectedVersion: action.version + 1 } });
    expect(restored.body.data.restoreAction.action).toEqual({ archivedAt: null, version: action.version + 2 });
    const history = await gql(server.url, 'query($id: ID!) { history(id: $id) { nodes { operation } } }', { id: action.id });
    expect(history.body.data.history.nodes.map((n: any) => n.operation)).toEqual(['ARCHIVE', 'RESTORE']);
  });

  test('createAction adds an action at the end of its objective with the plan end as due date', async () => {
    const action = await firstAction(server);
    const created = await gql(server.url, `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id text position dueDate status objective { id } } } }`, {
      input: { objectiveId: action.objective.id, text: 'A new action for the year' },
    });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createAction.action).toMatchObject({ text: 'A new action for the year', position: 7, dueDate: '2025-03-31', status: 'NOT_STARTED', objective: { id: action.objective.id } });
    const { body } = await gql(server.url, 'query($id: ID!) { history(id: $id) { nodes { operation changes { field before after } } } }', { id: created.body.data.createAction.action.id });
    expect(body.data.history.nodes[0].operation).toBe('CREATE');
    expect(body.data.history.nodes[0].changes).toEqual(expect.arrayContaining([{ field: 'text', before: null, after: 'A new action for the year' }]));
  });

  test('bad input is rejected naming the field, and nothing changes', async () => {
    const action = await firstAction(server);
    const snapshot = async () => (await gql(server.url, 'query($id: ID!) { action(id: $id) { text version status dueDate } changes(first: 0) { totalCount } }', { id: action.id })).body.data;
    const before = await snapshot();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ text: '' }, 'BAD_USER_INPUT', /text/],
      [{ text: 'x'.repeat(2001) }, 'BAD_USER_INPUT', /text/],
      [{ dueDate: '2026-01-01' }, 'BAD_USER_INPUT', /input\.dueDate/],
      [{ durationMonths: 0 }, 'BAD_USER_INPUT', /durationMonths/],
      [{ text: null }, 'BAD_USER_INPUT', /text/],
      [{ expectedVersion: 0 }, 'BAD_USER_INPUT', /expectedVersion/],
      [{ expectedVersion: before.action.version + 5, text: 'stale' }, 'CONFLICT', /version/],
      [{ id: Buffer.from('Action:99999').toString('base64'), text: 'missing' }, 'NOT_FOUND', /input\.id/],
    ];
    for (const [patch, code, field] of cases) {
      const r = await gql(server.url, UPDATE, { input: { id: action.id, expectedVersion: before.action.version, ...patch } });
      expect({ patch, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ patch, code });
      expect(r.body.errors![0].message).toMatch(field);
    }
    const created = await gql(server.url, CREATE, { input: { objectiveId: action.objective.id, text: 'x', dueDate: '2024-01-01' } });
    expect(created.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });
});

describe('durability', () => {
  test('SIGKILL during a burst of concurrent writes: every acknowledged write and its audit entry survive, integrity_check ok', async () => {
    const server = await startServer();
    adminFor(server);
    const objectiveId = (await firstAction(server)).objective.id;
    const acknowledged: Array<{ id: string; text: string }> = [];
    let failed = 0;
    let killed = false;
    const writer = async (worker: number) => {
      for (let i = 0; !killed && i < 400; i++) {
        const text = `Burst write ${worker}-${i}`;
        try {
          const r = await gql(server.url, CREATE, { input: { objectiveId, text } });
          if (r.body.data?.createAction) acknowledged.push({ id: r.body.data.createAction.action.id, text });
        } catch {
          failed++; // the connection died with the server: not acknowledged
        }
      }
    };
    const writers = Array.from({ length: 16 }, (_, w) => writer(w));
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    await server.kill();
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const check = new Database(server.databaseFile);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const restarted = await startServer({ databaseFile: server.databaseFile });
    try {
      for (let i = 0; i < acknowledged.length; i += 100) {
        const batch = acknowledged.slice(i, i + 100);
        const { body } = await gql(restarted.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Action { text } } }', { ids: batch.map((a) => a.id) });
        expect(body.data.nodes).toEqual(batch.map((a) => ({ id: a.id, text: a.text })));
      }
      const audit = new Database(restarted.databaseFile, { readonly: true });
      const logged = new Set((audit.prepare(`SELECT entityId FROM audit_entry WHERE entityType = 'Action' AND operation = 'CREATE'`).all() as Array<{ entityId: number }>).map((r) => r.entityId));
      audit.close();
      for (const a of acknowledged) expect(logged.has(Number(Buffer.from(a.id, 'base64').toString().split(':')[1]))).toBe(true);
    } finally {
      await restarted.stop();
    }
  });
});
