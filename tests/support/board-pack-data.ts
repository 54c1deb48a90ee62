/**
 * The board pack's test data, from the real Tower Hamlets 2024-25 plan on a real server: progress
 * posted through the SDK (at least one update per pillar for 2024-25 Q2, RED and AMBER among them,
 * RESET and MPS with different RAGs on an action they share, a hostile commentary, a few Q1
 * updates for the movement), then the pack's input read back through GraphQL
 * (snapshot-via-graphql.ts) and the audit log (`changes` since the start).
 *
 * `BOARD_PACK_FIXTURE=write npx jest e2e/board-pack.browser.test.ts` also writes the input to
 * packages/api/src/board-pack/__tests__/fixtures/tower-hamlets-2024-25-q2.json, the API's unit
 * tests' fixture (so that fixture is this data, not made up).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BoardPackChange, BoardPackInput } from '@cdp/api/dist/board-pack';
import { connectAs, connectAsAdmin } from './api';
import type { TestServer } from './server';
import { snapshotViaGraphql } from './snapshot-via-graphql';

export const FIXTURE_FILE = resolve(__dirname, '../../packages/api/src/board-pack/__tests__/fixtures/tower-hamlets-2024-25-q2.json');

/** Text an attacker would post: markup, quotes and ampersands, which the pack must show as text. */
export const HOSTILE = `<script>alert("pwned")</script> <img src=x onerror=alert(1)> Tom & Jerry's "quote" </td></table>`;

export const Q1 = '2024-25 Q1';
export const Q2 = '2024-25 Q2';

export async function boardPackData(server: TestServer): Promise<BoardPackInput> {
  const since = new Date().toISOString();
  const adminApi = connectAsAdmin(server, 'Board pack coordinator');
  const admin = adminApi.client;
  const reset = connectAs(server, { role: 'agency_editor', agency: 'RESET', name: 'RESET case system' }).client;
  const mps = connectAs(server, { role: 'agency_editor', agency: 'MPS', name: 'MPS performance team' }).client;

  const { snapshot: plan } = await snapshotViaGraphql(adminApi, Q2);
  const short = new Map(plan.agencies.map((a) => [a.id, a.shortName]));
  const posted = new Set<string>();
  const post = async (actionId: string, quarter: string, rag: 'RED' | 'AMBER' | 'GREEN', commentary: string, agencyId?: string) => {
    const status = rag === 'RED' ? 'OFF_TRACK' : rag === 'AMBER' ? 'AT_RISK' : 'ON_TRACK';
    await admin.recordProgress({ actionId, quarter, rag, status, commentary, ...(agencyId ? { agencyId } : {}) });
    if (quarter === Q2) posted.add(actionId);
  };

  // RESET and MPS disagree on an action they share: RESET AMBER, MPS RED (the roll-up is RED).
  const shared = plan.actions.find((a) => a.agencyIds.some((id) => short.get(id) === 'RESET') && a.agencyIds.some((id) => short.get(id) === 'MPS'));
  if (!shared) throw new Error('No action shared by RESET and MPS in the seed');
  await reset.recordProgress({ actionId: shared.id, quarter: Q1, rag: 'GREEN', status: 'ON_TRACK', commentary: 'RESET: started as planned' });
  await reset.recordProgress({
    actionId: shared.id,
    quarter: Q2,
    rag: 'AMBER',
    status: 'AT_RISK',
    commentary: 'RESET: referrals behind plan',
    percentComplete: 40,
  });
  await mps.recordProgress({
    actionId: shared.id,
    quarter: Q2,
    rag: 'RED',
    status: 'OFF_TRACK',
    commentary: 'MPS: no officers assigned since July',
    percentComplete: 10,
  });
  posted.add(shared.id);

  // Per pillar: its first actions not yet posted on, RED, AMBER and GREEN in turn (the first for its first agency, the hostile text on pillar 2).
  const rags = ['RED', 'AMBER', 'GREEN'] as const;
  for (const pillar of plan.pillars) {
    const actions = plan.actions.filter((a) => a.pillarId === pillar.id && a.id !== shared.id).slice(0, 3);
    for (const [i, action] of actions.entries()) {
      const commentary =
        pillar.number === 2 && i === 0 ? HOSTILE : `Pillar ${pillar.number} update ${i + 1}: ${rags[(i + pillar.number - 1) % 3].toLowerCase()}`;
      if (i === 0) await post(action.id, Q1, 'GREEN', 'Q1: on track');
      await post(action.id, Q2, rags[(i + pillar.number - 1) % 3], commentary, i === 0 ? action.agencyIds[0] : undefined);
    }
  }

  const { snapshot, partnershipName } = await snapshotViaGraphql(adminApi, Q2);
  const { snapshot: previous } = await snapshotViaGraphql(adminApi, Q1);
  const changes = await changesSince(adminApi, since);
  const input: BoardPackInput = { snapshot, previous, changes, draft: true, generatedAt: snapshot.takenAt, partnershipName };
  if (process.env.BOARD_PACK_FIXTURE === 'write') writeFileSync(FIXTURE_FILE, `${JSON.stringify(input, null, 2)}\n`);
  return input;
}

interface AuditNode {
  at: string;
  entityType: string;
  recordId: string;
  operation: string;
  mutation: string;
  actorName: string;
  changes: { field: string }[];
}

/** The audit log since `since`, as the pack's changes. */
async function changesSince(caller: { url: string; headers: Record<string, string> }, since: string): Promise<BoardPackChange[]> {
  const out: BoardPackChange[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await fetch(caller.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...caller.headers },
      body: JSON.stringify({
        query: `query($since: DateTimeISO, $after: String) { changes(since: $since, first: 100, after: $after) {
          nodes { at entityType recordId operation mutation actorName changes { field } } pageInfo { hasNextPage endCursor } } }`,
        variables: { since, after },
      }),
    });
    const body = (await res.json()) as {
      data?: { changes: { nodes: AuditNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      errors?: unknown;
    };
    if (!body.data) throw new Error(`changes: ${JSON.stringify(body.errors)}`);
    for (const n of body.data.changes.nodes)
      out.push({
        at: n.at,
        entityType: n.entityType,
        entityId: n.recordId,
        operation: n.operation,
        summary: `${n.mutation}: ${n.changes.map((c) => c.field).join(', ')}`,
        actor: n.actorName,
      });
    if (!body.data.changes.pageInfo.hasNextPage) return out;
    after = body.data.changes.pageInfo.endCursor;
  }
}
