import { connect, connectAsAdmin, type Api, type InputOf } from '../support/api';
import { graphql } from '../support/generated';
import { missingId, rowId } from '../support/ids';
import { withDb } from '../support/db';
import { ENGINE, startServer, TestServer } from '../support/server';

/** An admin connection to `server` (a key made with the CLI for its database). */
const adminFor = (server: TestServer): Api => connectAsAdmin(server, 'Durability tests');

const UPDATE = graphql(`
  mutation DurabilityUpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        id
        version
        text
      }
      replayed
    }
  }
`);
const CREATE = graphql(`
  mutation DurabilityCreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      action {
        id
        version
        text
      }
    }
  }
`);
const FIRST_ACTION = graphql(`
  query DurabilityFirstAction($after: String) {
    actions(first: 1, after: $after) {
      nodes {
        id
        version
        objective {
          id
        }
      }
    }
  }
`);
const ACTION_COUNT = graphql(`
  query DurabilityActionCount {
    actions(first: 0) {
      totalCount
    }
  }
`);

async function firstAction(api: Api, after?: string): Promise<{ id: string; version: number; objective: { id: string } }> {
  return (await api.read(FIRST_ACTION, { after })).actions.nodes[0];
}

describe('no lost updates', () => {
  let server: TestServer;
  let api: Api;
  beforeAll(async () => {
    server = await startServer();
    api = adminFor(server);
  });
  afterAll(() => server.stop());

  const ACTION_AND_HISTORY = graphql(`
    query DurabilityActionAndHistory($id: ID!) {
      action(id: $id) {
        text
        version
      }
      history(id: $id) {
        totalCount
        nodes {
          operation
          version
          changes {
            field
            after
          }
        }
      }
    }
  `);

  test('20 concurrent updates of one action with the same expectedVersion: one succeeds, 19 get CONFLICT, history shows one change', async () => {
    const action = await firstAction(api);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.send(UPDATE, { input: { id: action.id, expectedVersion: action.version, text: `Concurrent edit ${i}` } })),
    );
    const ok = results.filter((r) => r.body.data?.updateAction);
    const conflicts = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const winner = ok[0].body.data!.updateAction!.action;
    expect(winner.version).toBe(action.version + 1);

    const data = await api.read(ACTION_AND_HISTORY, { id: action.id });
    expect(data.action).toEqual({ text: winner.text, version: winner.version });
    expect(data.history.totalCount).toBe(1);
    expect(data.history.nodes[0]).toMatchObject({ operation: 'UPDATE', version: winner.version, changes: [{ field: 'text', after: winner.text }] });
  });

  test('an idempotency key retried returns the first result and writes once; reused with other input it is a CONFLICT', async () => {
    const action = await firstAction(api, 'b2Zmc2V0OjQ=');
    const input = { id: action.id, expectedVersion: action.version, text: 'Idempotent edit', idempotencyKey: 'retry-1' };
    const first = await api.send(UPDATE, { input });
    const again = await api.send(UPDATE, { input: { ...input } });
    expect(first.body.data!.updateAction!.replayed).toBe(false);
    expect(again.body.data!.updateAction).toEqual({ ...first.body.data!.updateAction, replayed: true });
    const reused = await api.send(UPDATE, { input: { ...input, text: 'Something else' } });
    expect(reused.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const data = await api.read(ACTION_AND_HISTORY, { id: action.id });
    expect(data.action).toEqual({ text: 'Idempotent edit', version: action.version + 1 });
    expect(data.history.totalCount).toBe(1);
  });

  test('archive hides an action from lists but keeps it, and restore brings it back', async () => {
    const ARCHIVE = graphql(`
      mutation DurabilityArchiveAction($input: RecordVersionInput!) {
        archiveAction(input: $input) {
          action {
            id
            archivedAt
            version
          }
        }
      }
    `);
    const RESTORE = graphql(`
      mutation DurabilityRestoreAction($input: RecordVersionInput!) {
        restoreAction(input: $input) {
          action {
            archivedAt
            version
          }
        }
      }
    `);
    const LOOK = graphql(`
      query DurabilityArchivedAction($id: ID!) {
        action(id: $id) {
          text
          archivedAt
        }
        history(id: $id) {
          nodes {
            operation
          }
        }
      }
    `);
    const before = await api.read(ACTION_COUNT);
    const action = await firstAction(api, 'b2Zmc2V0Ojk=');
    const archived = await api.send(ARCHIVE, { input: { id: action.id, expectedVersion: action.version } });
    expect(archived.body.data!.archiveAction!.action.archivedAt).not.toBeNull();
    expect((await api.read(ACTION_COUNT)).actions.totalCount).toBe(before.actions.totalCount - 1);
    const stillThere = await api.read(LOOK, { id: action.id });
    expect(stillThere.action.archivedAt).not.toBeNull();
    const again = await api.send(ARCHIVE, { input: { id: action.id, expectedVersion: action.version + 1 } });
    expect(again.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const restored = await api.send(RESTORE, { input: { id: action.id, expectedVersion: action.version + 1 } });
    expect(restored.body.data!.restoreAction!.action).toEqual({ archivedAt: null, version: action.version + 2 });
    const history = await api.read(LOOK, { id: action.id });
    expect(history.history.nodes.map((n) => n.operation)).toEqual(['ARCHIVE', 'RESTORE']);
  });

  test('createAction adds an action at the end of its objective with the plan end as due date', async () => {
    const CREATE_FULL = graphql(`
      mutation DurabilityCreateActionFull($input: CreateActionInput!) {
        createAction(input: $input) {
          action {
            id
            text
            position
            dueDate
            status
            objective {
              id
            }
          }
        }
      }
    `);
    const HISTORY = graphql(`
      query DurabilityCreatedHistory($id: ID!) {
        history(id: $id) {
          nodes {
            operation
            changes {
              field
              before
              after
            }
          }
        }
      }
    `);
    const action = await firstAction(api);
    const created = await api.send(CREATE_FULL, { input: { objectiveId: action.objective.id, text: 'A new action for the year' } });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createAction!.action).toMatchObject({
      text: 'A new action for the year',
      position: 7,
      dueDate: '2025-03-31',
      status: 'NOT_STARTED',
      objective: { id: action.objective.id },
    });
    const data = await api.read(HISTORY, { id: created.body.data!.createAction!.action.id });
    expect(data.history.nodes[0].operation).toBe('CREATE');
    expect(data.history.nodes[0].changes).toEqual(expect.arrayContaining([{ field: 'text', before: null, after: 'A new action for the year' }]));
  });

  test('bad input is rejected naming the field, and nothing changes', async () => {
    const SNAPSHOT = graphql(`
      query DurabilitySnapshot($id: ID!) {
        action(id: $id) {
          text
          version
          status
          dueDate
        }
        changes(first: 0) {
          totalCount
        }
      }
    `);
    const action = await firstAction(api);
    const snapshot = () => api.read(SNAPSHOT, { id: action.id });
    const before = await snapshot();
    const cases: Array<[Partial<InputOf<typeof UPDATE>>, string, RegExp]> = [
      [{ text: '' }, 'BAD_USER_INPUT', /text/],
      [{ text: 'x'.repeat(2001) }, 'BAD_USER_INPUT', /text/],
      [{ dueDate: '2026-01-01' }, 'BAD_USER_INPUT', /input\.dueDate/],
      [{ durationMonths: 0 }, 'BAD_USER_INPUT', /durationMonths/],
      [{ text: null }, 'BAD_USER_INPUT', /text/],
      [{ expectedVersion: 0 }, 'BAD_USER_INPUT', /expectedVersion/],
      [{ expectedVersion: before.action.version + 5, text: 'stale' }, 'CONFLICT', /version/],
      [{ id: missingId('Action'), text: 'missing' }, 'NOT_FOUND', /input\.id/],
    ];
    for (const [patch, code, field] of cases) {
      const r = await api.send(UPDATE, { input: { id: action.id, expectedVersion: before.action.version, ...patch } });
      expect({ patch, code: r.body.errors?.[0]?.extensions?.code }).toEqual({ patch, code });
      expect(r.body.errors![0].message).toMatch(field);
    }
    const created = await api.send(CREATE, { input: { objectiveId: action.objective.id, text: 'x', dueDate: '2024-01-01' } });
    expect(created.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });
});

describe('durability', () => {
  const TEXTS = graphql(`
    query DurabilityTexts($ids: [ID!]!) {
      nodes(ids: $ids) {
        id
        ... on Action {
          text
        }
      }
    }
  `);

  test('SIGKILL during a burst of concurrent writes: every acknowledged write and its audit entry survive (and on SQLite integrity_check is ok)', async () => {
    const server = await startServer();
    const api = adminFor(server);
    const objectiveId = (await firstAction(api)).objective.id;
    const acknowledged: Array<{ id: string; text: string }> = [];
    let killed = false;
    const writer = async (worker: number) => {
      for (let i = 0; !killed && i < 400; i++) {
        const text = `Burst write ${worker}-${i}`;
        try {
          const r = await api.send(CREATE, { input: { objectiveId, text } });
          if (r.body.data?.createAction) acknowledged.push({ id: r.body.data.createAction.action.id, text });
        } catch {
          // the connection died with the server: not acknowledged
        }
      }
    };
    const writers = Array.from({ length: 16 }, (_, w) => writer(w));
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    await server.kill();
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    // SQLite's file after a SIGKILL mid-write: whole (PostgreSQL's server is not the one killed).
    if (ENGINE === 'sqlite') expect(await withDb(server.databaseUrl, (db) => db.get('PRAGMA integrity_check'))).toEqual({ integrity_check: 'ok' });

    const restarted = await startServer({ databaseUrl: server.databaseUrl });
    try {
      const reader = connect(restarted); // anonymous: the published plan is readable without a key
      for (let i = 0; i < acknowledged.length; i += 100) {
        const batch = acknowledged.slice(i, i + 100);
        const { body } = await reader.send(TEXTS, { ids: batch.map((a) => a.id) });
        expect(body.data!.nodes).toEqual(batch.map((a) => ({ id: a.id, text: a.text })));
      }
      const created = await withDb(restarted.databaseUrl, (db) =>
        db.all<{ entityId: number }>(`SELECT "entityId" FROM audit_entry WHERE "entityType" = 'Action' AND operation = 'CREATE'`),
      );
      const logged = new Set(created.map((r) => Number(r.entityId)));
      for (const a of acknowledged) expect(logged.has(rowId(a.id))).toBe(true);
    } finally {
      await restarted.stop();
    }
  });
});
