// Every method of the TypeScript SDK (@cdp/sdk) against the real server, and each of its error
// classes: live where the server produces the error today, from a small local stub where it does
// not yet (marked STUBBED below): today only RATE_LIMITED and unknown codes.
//
// Imports the SDK by its package name (built by `pnpm --filter @cdp/sdk build`).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ActionsDocument,
  BadInputError,
  CdpApiError,
  collect,
  ConflictError,
  createClient,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  paginate,
  RateLimitedError,
  TypedDocumentString,
  UnauthenticatedError,
  UnknownError,
  type AnyNode,
  type CdpClient,
  type NodeTypename,
} from '@cdp/sdk';
import { connect } from '../support/api';
import { graphql } from '../support/generated';
import { createKey, freePort, startServer, type TestServer } from '../support/server';

let server: TestServer;
let client: CdpClient;

beforeAll(async () => {
  server = await startServer();
  client = createClient({ url: server.url });
});
afterAll(async () => {
  await server?.stop();
});

/** A valid global ID of an object that does not exist (IDs are base64 "Type:number"). */
function missingId(typename: string): string {
  return Buffer.from(`${typename}:999999`).toString('base64');
}

describe('reading the plan, one method at a time', () => {
  it('plan() returns the current delivery plan with its whole tree', async () => {
    const plan = await client.plan();
    expect(plan).toMatchObject({ kind: 'DELIVERY_PLAN', periodLabel: '2024-25', title: expect.stringContaining('Delivery Plan') });
    expect(plan.strategy).toMatchObject({ kind: 'STRATEGY', periodLabel: '2024-2027' });
    expect(plan.pillars.nodes.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(plan.pillars.nodes.map((p) => p.priorities.nodes.length)).toEqual([4, 4, 3]);
    const objectives = plan.pillars.nodes.flatMap((p) => p.priorities.nodes.flatMap((q) => q.objectives.nodes));
    const actions = objectives.flatMap((o) => o.actions.nodes);
    expect(objectives).toHaveLength(40);
    expect(actions).toHaveLength(156);
    for (const objective of objectives) expect(objective.actions.nodes).toHaveLength(objective.actions.totalCount);
  });

  it('plan({ kind, periodLabel }) and plans() find the strategy too', async () => {
    const strategy = await client.plan({ kind: 'STRATEGY', periodLabel: '2024-2027' });
    expect(strategy.kind).toBe('STRATEGY');
    const plans = await client.plans();
    expect(plans.totalCount).toBe(2);
    expect(plans.nodes.map((p) => p.kind).sort()).toEqual(['DELIVERY_PLAN', 'STRATEGY']);
    const deliveryOnly = await client.plans({ filter: { kind: 'DELIVERY_PLAN' } });
    expect(deliveryOnly.nodes.map((p) => p.periodLabel)).toEqual(['2024-25']);
  });

  it('pillars() and pillar(id)', async () => {
    const pillars = await client.pillars();
    expect(pillars.nodes.map((p) => p.name)).toEqual([
      'Break drug supply chains',
      'Deliver a world-class treatment and recovery system',
      'Achieve a generational shift in the demand for drugs',
    ]);
    const pillar = await client.pillar(pillars.nodes[1].id);
    expect(pillar).toMatchObject({ number: 2, priorities: { totalCount: 4 } });
    expect(pillar.nationalOutcomes).toHaveLength(2);
  });

  it('priorities() with a filter, and priority(id)', async () => {
    expect((await client.priorities()).totalCount).toBe(11);
    const pillar3 = (await client.pillars()).nodes[2];
    const priorities = await client.priorities({ filter: { pillarId: pillar3.id } });
    expect(priorities.nodes).toHaveLength(3);
    expect(priorities.nodes.every((p) => p.pillar.id === pillar3.id)).toBe(true);
    const priority = await client.priority(priorities.nodes[0].id);
    expect(priority.title).toBe(priorities.nodes[0].title);
    expect(priority.objectives.nodes.length).toBeGreaterThan(0);
  });

  it('objectives() by agency, and objective(id) with its actions and reprocurement deadlines', async () => {
    expect((await client.objectives()).totalCount).toBe(40);
    const reset = await client.objectives({ filter: { agency: 'RESET' }, first: 100 });
    expect(reset.totalCount).toBe(reset.nodes.length);
    expect(reset.nodes.every((o) => o.agencies.some((a) => a.shortName === 'RESET'))).toBe(true);

    const reprocure = (await client.objectives({ first: 100 })).nodes.find((o) => o.text.startsWith('Reprocure services'))!;
    const objective = await client.objective(reprocure.id);
    expect(objective.reprocurements.map((r) => r.service)).toContain('Clinical waste collections');
    expect(objective.reprocurements).toHaveLength(5);
    expect(objective.actions.nodes).toHaveLength(objective.actions.totalCount);
  });

  it('actions() with filters, and action(id)', async () => {
    const all = await client.actions();
    expect(all.totalCount).toBe(156);
    expect(all.nodes).toHaveLength(50);

    // The expected count from a document of the test's own, not from the SDK under test.
    const RESET_COUNT = graphql(`
      query SdkResetCount {
        actions(filter: { agency: "RESET" }) {
          totalCount
        }
      }
    `);
    const raw = await connect(server).read(RESET_COUNT);
    const reset = await client.actions({ filter: { agency: 'reset recovery service' }, first: 100 });
    expect(reset.totalCount).toBe(raw.actions.totalCount);
    expect(reset.nodes.every((a) => a.agencies.some((g) => g.shortName === 'RESET'))).toBe(true);

    const search = await client.actions({ filter: { search: 'needle', status: ['NOT_STARTED'] } });
    expect(search.nodes.length).toBeGreaterThan(0);
    expect(search.nodes.every((a) => /needle/i.test(a.text))).toBe(true);

    const { progress, ...action } = await client.action(all.nodes[3].id);
    expect(action).toEqual(all.nodes[3]);
    expect(progress).toEqual([]); // no updates recorded on this server (see the writes below)
  });

  it('agencies() and agency({ id } | { name }), by any alias in any case', async () => {
    const agencies = await collect(client.paginate.agencies());
    expect(agencies.length).toBe((await client.agencies()).totalCount);
    const byName = await client.agency({ name: 'reset recovery service' });
    expect(byName).toMatchObject({ shortName: 'RESET', kind: 'ORGANISATION' });
    expect(byName.aliases).toContain('Reset Recovery Service');
    expect(byName.actions.totalCount).toBeGreaterThan(0);
    expect(await client.agency({ id: byName.id })).toEqual(byName);
    const police = await client.agencies({ filter: { search: 'police' } });
    expect(police.nodes.map((a) => a.shortName)).toContain('MPS');
  });

  it('reprocurements() relative to asOf, and reprocurement(id, { asOf })', async () => {
    const asOf = '2024-04-01';
    const due = await client.reprocurements({ filter: { asOf, dueWithinDays: 60 } });
    expect(due.nodes.map((r) => [r.service, r.supplier, r.expiryDate, r.daysUntilExpiry, r.overdue])).toEqual([
      ['Clinical waste collections', 'PHS group', '2024-05-21', 50, false],
    ]);
    const overdue = await client.reprocurements({ filter: { asOf, overdue: true } });
    expect(overdue.nodes.map((r) => r.expiryDate)).toEqual(['2024-03-31', '2024-03-31', '2024-03-31']);
    expect(overdue.nodes.every((r) => r.overdue && r.daysUntilExpiry === -1)).toBe(true);

    const one = await client.reprocurement(due.nodes[0].id, { asOf: '2024-05-01' });
    expect(one).toMatchObject({ service: 'Clinical waste collections', daysUntilExpiry: 20, overdue: false });
    expect((await client.reprocurement(due.nodes[0].id, { asOf: '2024-06-01' })).overdue).toBe(true);
  });

  it('helpServices() and helpService(id)', async () => {
    const help = await client.helpServices();
    expect(help.totalCount).toBeGreaterThan(0);
    expect(help.nodes.every((h) => h.name && h.description)).toBe(true);
    expect(await client.helpService(help.nodes[0].id)).toEqual(help.nodes[0]);
  });

  it('nationalOutcomes(), outcomeMeasures() and outcomeMeasure(id)', async () => {
    expect((await client.nationalOutcomes()).totalCount).toBe(6);
    const measures = await client.outcomeMeasures();
    expect(measures.totalCount).toBe(21);
    const withBaseline = measures.nodes.find((m) => m.baseline !== null)!;
    const measure = await client.outcomeMeasure(withBaseline.id);
    expect(measure).toEqual(withBaseline);
    expect(measure.values.length).toBeGreaterThan(0);
  });

  it('node(id) returns every kind of object, typed by __typename; nodes(ids) keeps order, null where none', async () => {
    const plan = await client.plan();
    const measure = (await client.outcomeMeasures()).nodes.find((m) => m.values.length > 0)!;
    // ProgressUpdate and Risk nodes are read in the writes section, once one is recorded (the plan has none); ReportingRound and RoundSignOff in e2e/rounds.test.ts.
    const ids: Record<Exclude<NodeTypename, 'ProgressUpdate' | 'Risk' | 'ReportingRound' | 'RoundSignOff'>, string> = {
      Action: plan.pillars.nodes[0].priorities.nodes[0].objectives.nodes[0].actions.nodes[0].id,
      Agency: (await client.agency({ name: 'MPS' })).id,
      HelpService: (await client.helpServices()).nodes[0].id,
      MeasureValue: measure.values[0].id,
      NationalOutcome: (await client.nationalOutcomes()).nodes[0].id,
      Objective: plan.pillars.nodes[0].priorities.nodes[0].objectives.nodes[0].id,
      OutcomeMeasure: measure.id,
      Partnership: plan.partnership.id,
      Pillar: plan.pillars.nodes[0].id,
      Plan: plan.id,
      Priority: plan.pillars.nodes[0].priorities.nodes[0].id,
      Reprocurement: (await client.reprocurements()).nodes[0].id,
    };
    for (const [typename, id] of Object.entries(ids)) {
      const node: AnyNode = await client.node(id);
      expect({ typename: node.__typename, id: node.id }).toEqual({ typename, id });
      expect(Object.keys(node).length).toBeGreaterThan(3);
    }
    const action = await client.node(ids.Action);
    if (action.__typename !== 'Action') throw new Error('not an Action');
    const { progress, ...fields } = await client.action(ids.Action);
    expect(action).toEqual({ __typename: 'Action', ...fields });
    expect(progress).toEqual([]);

    const asked = [ids.Plan, missingId('Action'), ids.Reprocurement, ids.Agency];
    const nodes = await client.nodes(asked, { asOf: '2024-04-01' });
    expect(nodes.map((n) => n && n.__typename)).toEqual(['Plan', null, 'Reprocurement', 'Agency']);
    expect(nodes.map((n) => n && n.id)).toEqual([ids.Plan, null, ids.Reprocurement, ids.Agency]);
  });

  it('request(document, variables) sends any typed document, for those who bring their own', async () => {
    const data = await client.request(ActionsDocument, { filter: { agency: 'MPS' }, first: 2 });
    expect(data.actions.nodes).toHaveLength(2);
    const own = new TypedDocumentString<{ plan: { title: string } }, Record<string, never>>('{ plan { title } }');
    await expect(client.request(own)).resolves.toEqual({ plan: { title: expect.any(String) } });
  });
});

describe('paging', () => {
  it('client.paginate walks a whole list, page by page, in order', async () => {
    const pagedSmall = await collect(client.paginate.actions({ first: 7 }));
    expect(pagedSmall).toHaveLength(156);
    expect(new Set(pagedSmall.map((a) => a.id)).size).toBe(156);
    const firstPage = await client.actions({ first: 50 });
    expect(pagedSmall.slice(0, 50)).toEqual(firstPage.nodes);

    const reset: string[] = [];
    for await (const action of client.paginate.actions({ filter: { agency: 'RESET' }, first: 10 })) reset.push(action.id);
    expect(reset).toHaveLength((await client.actions({ filter: { agency: 'RESET' } })).totalCount);
  });

  it('paginate() walks any list method', async () => {
    const measures = await collect(paginate((after) => client.outcomeMeasures({ first: 4, after })));
    expect(measures).toHaveLength(21);
  });
});

describe('errors from the live server', () => {
  it('NOT_FOUND: NotFoundError with the server message, path and extensions', async () => {
    const error = await client.action(missingId('Action')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(CdpApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', path: ['action'], extensions: { code: 'NOT_FOUND', argument: 'id' } });
    expect((error as NotFoundError).message).toMatch(/No Action found/);
    expect((error as NotFoundError).errors).toHaveLength(1);

    await expect(client.agency({ name: 'No such agency' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.node(missingId('Plan'))).rejects.toMatchObject({ constructor: NotFoundError, path: ['node'] });
  });

  it('BAD_USER_INPUT: BadInputError naming the argument', async () => {
    await expect(client.action('not-an-id')).rejects.toMatchObject({
      constructor: BadInputError,
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ path: 'id', rule: 'isGlobalId' }] },
    });
    await expect(client.actions({ first: 500 })).rejects.toMatchObject({ constructor: BadInputError, message: expect.stringMatching(/first/) });
    await expect(client.actions({ after: 'not-a-cursor' })).rejects.toMatchObject({ constructor: BadInputError, extensions: { fields: [{ path: 'after' }] } });
    // A value the variable's type does not allow: rejected before execution, with HTTP 400.
    await expect(client.reprocurements({ filter: { asOf: '2024-13-45' } })).rejects.toMatchObject({ constructor: BadInputError, status: 400 });
  });

  it('GRAPHQL_VALIDATION_FAILED and GRAPHQL_PARSE_FAILED: BadInputError with that code', async () => {
    const invalid = new TypedDocumentString<unknown, Record<string, never>>('{ plan { nmae } }');
    await expect(client.request(invalid)).rejects.toMatchObject({ constructor: BadInputError, code: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
    const unparsable = new TypedDocumentString<unknown, Record<string, never>>('{ plan { ');
    await expect(client.request(unparsable)).rejects.toMatchObject({ constructor: BadInputError, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('a closed port: NetworkError (fetch-failed)', async () => {
    const closed = createClient({ url: `http://127.0.0.1:${await freePort()}/graphql` });
    await expect(closed.plan()).rejects.toMatchObject({ constructor: NetworkError, code: 'NETWORK_ERROR', reason: 'fetch-failed' });
  });

  it('a server that never answers: NetworkError (timeout) after timeoutMs', async () => {
    const silent = createServer(() => undefined); // accepts the request, never responds
    const url = await listen(silent);
    try {
      const started = Date.now();
      await expect(createClient({ url, timeoutMs: 300 }).plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await close(silent);
    }
  });
});

describe('per-call options (live): signal and headers', () => {
  /** The global fetch, counting the requests it sends; `then` runs on each call's fetch promise (to abort mid-call). */
  function countingFetch(then?: (sent: Promise<Response>) => Promise<Response>) {
    const counter = { sent: 0 };
    const fetch = ((input: string, init: RequestInit) => {
      counter.sent++;
      const sent = globalThis.fetch(input, init);
      return then ? then(sent) : sent;
    }) as typeof globalThis.fetch;
    return { fetch, counter };
  }

  it('a signal aborted before the call: NetworkError (aborted), and nothing is sent', async () => {
    const { fetch, counter } = countingFetch();
    const counted = createClient({ url: server.url, fetch });
    const reason = new Error('the user went away');
    await expect(counted.plan(undefined, { signal: AbortSignal.abort(reason) })).rejects.toMatchObject({
      constructor: NetworkError,
      reason: 'aborted',
      cause: reason,
    });
    await expect(counted.updateAction({ id: missingId('Action'), expectedVersion: 1 }, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      reason: 'aborted',
    });
    expect(counter.sent).toBe(0);
    await expect(counted.plans(undefined, { signal: new AbortController().signal })).resolves.toMatchObject({ totalCount: 2 });
    expect(counter.sent).toBe(1);
  });

  it('a signal aborted during the call, once the request is on its way or the answer has begun: NetworkError (aborted)', async () => {
    const controller = { current: new AbortController() };
    // Aborts as soon as the request is dispatched to the server ...
    const onItsWay = countingFetch((sent) => (controller.current.abort(), sent));
    const call = () => ({ signal: controller.current.signal });
    await expect(createClient({ url: server.url, fetch: onItsWay.fetch }).plan(undefined, call())).rejects.toMatchObject({
      constructor: NetworkError,
      reason: 'aborted',
    });
    expect(onItsWay.counter.sent).toBe(1);
    // ... and once the server has answered with its headers, before the body is read.
    controller.current = new AbortController();
    const answered = countingFetch(async (sent) => {
      const response = await sent;
      expect(response.status).toBe(200);
      controller.current.abort();
      return response;
    });
    await expect(createClient({ url: server.url, fetch: answered.fetch }).plan(undefined, call())).rejects.toMatchObject({
      constructor: NetworkError,
      reason: 'aborted',
    });
    expect(answered.counter.sent).toBe(1);
  });

  it('a paginate walker stops at the page after the abort', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const action of client.paginate.actions({ first: 10 }, { signal: controller.signal })) {
        seen.push(action.id);
        if (seen.length === 15) controller.abort();
      }
    };
    await expect(walk()).rejects.toMatchObject({ constructor: NetworkError, reason: 'aborted' });
    expect(seen).toHaveLength(20); // pages 1 and 2 were read; page 3 was never sent
    expect((await client.actions({ first: 20 })).nodes.map((a) => a.id)).toEqual(seen);
  });

  it("per-call headers go on that call only, over the client's: an Authorization of its own", async () => {
    const key = createKey(server.databaseUrl, { role: 'reader', name: 'SDK per-call headers' });
    const authorization = `Bearer ${key}`;
    // changes() needs a key: the anonymous client is refused, one call with a key of its own is not.
    await expect(client.changes({ first: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(client.changes({ first: 1 }, { headers: { Authorization: authorization } })).resolves.toMatchObject({ totalCount: expect.any(Number) });
    await expect(client.changes({ first: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);

    const forged = createClient({ url: server.url, apiKey: 'cdp_aaaaaaaaaa_' + 'A'.repeat(43) });
    await expect(forged.plans()).rejects.toMatchObject({ constructor: UnauthenticatedError, status: 401 });
    await expect(forged.plans(undefined, { headers: { authorization } })).resolves.toMatchObject({ totalCount: 2 });
    const reader = createClient({ url: server.url, apiKey: key });
    await expect(reader.plans(undefined, { headers: { authorization: 'Bearer cdp_aaaaaaaaaa_' + 'B'.repeat(43) } })).rejects.toMatchObject({
      constructor: UnauthenticatedError,
      status: 401,
    });
    // request() and the walkers take them too.
    await expect(client.request(ActionsDocument, { first: 1 }, { headers: { authorization } })).resolves.toMatchObject({ actions: { totalCount: 156 } });
    expect(await collect(client.paginate.changes({ first: 50 }, { headers: { authorization } }))).toHaveLength((await reader.changes()).totalCount);
  });
});

// Writes change the data, so they get a server of their own. The admin key is made the way an
// operator makes one: the CLI, against the server's database file.
describe('writes: every mutation, with an admin key', () => {
  let writeServer: TestServer;
  let admin: CdpClient;
  let anonymous: CdpClient;
  let pillarId: string;

  beforeAll(async () => {
    writeServer = await startServer();
    admin = createClient({ url: writeServer.url, apiKey: createKey(writeServer.databaseUrl, { role: 'admin', name: 'SDK tests' }) });
    anonymous = createClient({ url: writeServer.url });
    pillarId = (await admin.pillars()).nodes[0].id;
  });
  afterAll(async () => {
    await writeServer?.stop();
  });

  it('priorities: createPriority, updatePriority, archivePriority, restorePriority', async () => {
    const created = await admin.createPriority({ pillarId, title: 'SDK test priority' });
    expect(created).toMatchObject({ replayed: false, priority: { title: 'SDK test priority', pillar: { id: pillarId }, version: 1 } });
    const { priority } = await admin.updatePriority({ id: created.priority.id, expectedVersion: 1, strategyName: 'Named by the SDK test' });
    expect(priority).toMatchObject({ strategyName: 'Named by the SDK test', version: 2 });
    const archived = await admin.archivePriority({ id: priority.id, expectedVersion: priority.version });
    expect(archived.priority.archivedAt).not.toBeNull();
    const restored = await admin.restorePriority({ id: priority.id, expectedVersion: archived.priority.version });
    expect(restored.priority.archivedAt).toBeNull();
  });

  it('objectives and actions: create, update, agencies on and off, archive, restore; recordProgress', async () => {
    const priorityId = (await admin.priorities({ filter: { pillarId } })).nodes[0].id;
    let { objective } = await admin.createObjective({ priorityId, text: 'SDK test objective', subPoints: ['first point'] });
    expect(objective).toMatchObject({ text: 'SDK test objective', subPoints: ['first point'], priority: { id: priorityId } });
    ({ objective } = await admin.updateObjective({ id: objective.id, expectedVersion: objective.version, text: 'SDK test objective, reworded' }));
    ({ objective } = await admin.addObjectiveAgency({ objectiveId: objective.id, agency: 'RESET', asWritten: 'Reset Recovery Service' }));
    expect(objective.responsibilities.map((r) => [r.agency.shortName, r.asWritten])).toContainEqual(['RESET', 'Reset Recovery Service']);
    const reset = objective.agencies.find((a) => a.shortName === 'RESET')!;
    ({ objective } = await admin.removeObjectiveAgency({ objectiveId: objective.id, agencyId: reset.id }));
    expect(objective.agencies).toEqual([]);

    let { action } = await admin.createAction({ objectiveId: objective.id, text: 'SDK test action', target: 'Ten partners signed up' });
    expect(action).toMatchObject({ text: 'SDK test action', status: 'NOT_STARTED', objective: { id: objective.id }, latestProgress: null });
    ({ action } = await admin.updateAction({ id: action.id, expectedVersion: action.version, status: 'ON_TRACK' }));
    expect(action.status).toBe('ON_TRACK');
    ({ action } = await admin.addActionAgency({ actionId: action.id, agency: 'MPS' }));
    const mps = action.agencies.find((a) => a.shortName === 'MPS')!;
    expect(mps).toBeDefined();
    ({ action } = await admin.removeActionAgency({ actionId: action.id, agencyId: mps.id }));
    expect(action.agencies.map((a) => a.shortName)).not.toContain('MPS');

    const recorded = await admin.recordProgress({
      actionId: action.id,
      quarter: '2024-25 Q1',
      rag: 'AMBER',
      status: 'AT_RISK',
      commentary: 'Waiting on a partner',
      expectedVersion: action.version,
    });
    expect(recorded.progressUpdate).toMatchObject({
      quarterLabel: '2024-25 Q1',
      rag: 'AMBER',
      status: 'AT_RISK',
      action: { id: action.id, status: 'AT_RISK' },
    });
    const detail = await admin.action(action.id);
    expect(detail.progress.map((p) => p.id)).toEqual([recorded.progressUpdate.id]);
    expect(detail.latestProgress?.id).toBe(recorded.progressUpdate.id);
    const node = await admin.node(recorded.progressUpdate.id);
    expect(node).toMatchObject({ __typename: 'ProgressUpdate', id: recorded.progressUpdate.id, commentary: 'Waiting on a partner' });

    ({ action } = await admin.archiveAction({ id: action.id, expectedVersion: detail.version }));
    ({ action } = await admin.restoreAction({ id: action.id, expectedVersion: action.version }));
    expect(action.archivedAt).toBeNull();
    ({ objective } = await admin.archiveObjective({ id: objective.id, expectedVersion: objective.version }));
    ({ objective } = await admin.restoreObjective({ id: objective.id, expectedVersion: objective.version }));
    expect(objective.archivedAt).toBeNull();
  });

  it('progressReport() and actionsWithoutProgress() for a quarter', async () => {
    const report = await admin.progressReport({ quarter: '2024-25 Q1' });
    expect(report).toMatchObject({ quarter: '2024-25 Q1', periodStart: '2024-04-01', periodEnd: '2024-06-30' });
    expect(report.overall.total).toBe(report.overall.red + report.overall.amber + report.overall.green + report.overall.noUpdate);
    expect(report.overall.amber).toBeGreaterThanOrEqual(1);
    expect(report.pillars.map((p) => p.pillar.number)).toEqual([1, 2, 3]);

    const without = await admin.actionsWithoutProgress({ quarter: '2024-25 Q1', first: 10 });
    expect(without.totalCount).toBe(report.overall.noUpdate);
    const all = await collect(admin.paginate.actionsWithoutProgress({ quarter: '2024-25 Q1' }));
    expect(all).toHaveLength(without.totalCount);
  });

  it('agencies: createAgency (replayed by its idempotency key), updateAgency, mergeAgencies, archiveAgency, restoreAgency', async () => {
    const input = { name: 'SDK Test Trust', shortName: 'SDKT', kind: 'ORGANISATION' as const, idempotencyKey: 'sdk-test-agency-1' };
    const first = await admin.createAgency(input);
    const again = await admin.createAgency(input);
    expect(again).toEqual({ ...first, replayed: true });
    let { agency: target } = await admin.updateAgency({ id: first.agency.id, expectedVersion: first.agency.version, aliases: ['SDK Trust'] });
    expect(target.aliases).toEqual(['SDK Trust']);

    const { agency: source } = await admin.createAgency({ name: 'SDK Test Partner', kind: 'ORGANISATION' });
    ({ agency: target } = await admin.mergeAgencies({
      sourceId: source.id,
      targetId: target.id,
      expectedSourceVersion: source.version,
      expectedTargetVersion: target.version,
    }));
    expect(target.aliases).toContain('SDK Test Partner');
    const merged = await admin.agency({ id: source.id });
    expect(merged.mergedInto?.id).toBe(target.id);

    ({ agency: target } = await admin.archiveAgency({ id: target.id, expectedVersion: target.version }));
    expect(target.archivedAt).not.toBeNull();
    ({ agency: target } = await admin.restoreAgency({ id: target.id, expectedVersion: target.version }));
    expect(target.archivedAt).toBeNull();
  });

  it('outcome measures: createOutcomeMeasure, updateOutcomeMeasure, recordMeasureValue, archive, restore', async () => {
    const outcomeId = (await admin.nationalOutcomes()).nodes[0].id;
    let { outcomeMeasure } = await admin.createOutcomeMeasure({ outcomeId, name: 'SDK test measure', unit: 'COUNT', direction: 'HIGHER_IS_BETTER' });
    ({ outcomeMeasure } = await admin.updateOutcomeMeasure({
      id: outcomeMeasure.id,
      expectedVersion: outcomeMeasure.version,
      name: 'SDK test measure (renamed)',
    }));
    expect(outcomeMeasure.name).toBe('SDK test measure (renamed)');
    const { measureValue } = await admin.recordMeasureValue({
      measureId: outcomeMeasure.id,
      kind: 'BASELINE',
      value: 42,
      periodLabel: '2023-24',
      periodStart: '2023-04-01',
      periodEnd: '2024-03-31',
    });
    expect(measureValue).toMatchObject({ kind: 'BASELINE', value: 42, periodLabel: '2023-24' });
    expect((await admin.outcomeMeasure(outcomeMeasure.id)).baseline?.id).toBe(measureValue.id);
    outcomeMeasure = await admin.outcomeMeasure(outcomeMeasure.id);
    ({ outcomeMeasure } = await admin.archiveOutcomeMeasure({ id: outcomeMeasure.id, expectedVersion: outcomeMeasure.version }));
    ({ outcomeMeasure } = await admin.restoreOutcomeMeasure({ id: outcomeMeasure.id, expectedVersion: outcomeMeasure.version }));
    expect(outcomeMeasure.archivedAt).toBeNull();
  });

  it('reprocurements: createReprocurement, updateReprocurement, setReprocurementStatus, archive, restore', async () => {
    const objectiveId = (await admin.reprocurements()).nodes[0].objective.id;
    let { reprocurement } = await admin.createReprocurement({ objectiveId, service: 'SDK test contract', supplier: 'Acme', expiryDate: '2025-01-31' });
    expect(reprocurement).toMatchObject({ service: 'SDK test contract', supplier: 'Acme', expiryDate: '2025-01-31', status: 'NOT_STARTED' });
    ({ reprocurement } = await admin.updateReprocurement({ id: reprocurement.id, expectedVersion: reprocurement.version, supplier: 'Acme Ltd' }));
    ({ reprocurement } = await admin.setReprocurementStatus({ id: reprocurement.id, expectedVersion: reprocurement.version, status: 'IN_PROGRESS' }));
    expect(reprocurement).toMatchObject({ supplier: 'Acme Ltd', status: 'IN_PROGRESS' });
    ({ reprocurement } = await admin.archiveReprocurement({ id: reprocurement.id, expectedVersion: reprocurement.version }));
    ({ reprocurement } = await admin.restoreReprocurement({ id: reprocurement.id, expectedVersion: reprocurement.version }));
    expect(reprocurement.archivedAt).toBeNull();
  });

  it('help services: createHelpService, updateHelpService, archiveHelpService, restoreHelpService', async () => {
    let { helpService } = await admin.createHelpService({ name: 'SDK test helpline', description: 'Answers questions', phone: '020 0000 0000' });
    ({ helpService } = await admin.updateHelpService({ id: helpService.id, expectedVersion: helpService.version, website: 'https://example.org' }));
    expect(helpService).toMatchObject({ name: 'SDK test helpline', phone: '020 0000 0000', website: 'https://example.org' });
    ({ helpService } = await admin.archiveHelpService({ id: helpService.id, expectedVersion: helpService.version }));
    ({ helpService } = await admin.restoreHelpService({ id: helpService.id, expectedVersion: helpService.version }));
    expect(helpService.archivedAt).toBeNull();
  });

  it('risks: createRisk, updateRisk, archiveRisk, restoreRisk, risk(), risks(), paginate.risks() and node()', async () => {
    const [action] = (await admin.actions({ filter: { pillarId }, first: 1 })).nodes;
    let { risk } = await admin.createRisk({ actionId: action.id, description: 'SDK test risk', likelihood: 3, impact: 4, ownerAgency: 'RESET' });
    expect(risk).toMatchObject({
      description: 'SDK test risk',
      score: 12,
      status: 'OPEN',
      ownerAgency: { shortName: 'RESET' },
      action: { id: action.id },
      version: 1,
    });
    ({ risk } = await admin.updateRisk({ id: risk.id, expectedVersion: risk.version, impact: 5, mitigation: 'Checked by the SDK test' }));
    expect(risk).toMatchObject({ score: 15, mitigation: 'Checked by the SDK test', version: 2 });
    expect(await admin.risk(risk.id)).toEqual(risk);
    const node = await admin.node(risk.id);
    expect(node.__typename).toBe('Risk');
    if (node.__typename === 'Risk') expect(node.score).toBe(15);
    expect((await admin.risks({ filter: { actionId: action.id, minScore: 15 } })).nodes.map((r) => r.id)).toEqual([risk.id]);
    expect((await collect(admin.paginate.risks({ filter: { pillarId } }))).map((r) => r.id)).toContain(risk.id);
    ({ risk } = await admin.archiveRisk({ id: risk.id, expectedVersion: risk.version }));
    expect((await admin.risks({ filter: { actionId: action.id } })).totalCount).toBe(0);
    ({ risk } = await admin.restoreRisk({ id: risk.id, expectedVersion: risk.version }));
    expect(risk.archivedAt).toBeNull();
    await expect(anonymous.createRisk({ actionId: action.id, description: 'Refused', likelihood: 1, impact: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('API keys: createApiKey, rotateApiKey, revokeApiKey, apiKeys()', async () => {
    const created = await admin.createApiKey({ name: 'SDK test reader', role: 'READER' });
    expect(created.secret).toMatch(/^cdp_/);
    expect(created.apiKey).toMatchObject({ name: 'SDK test reader', role: 'READER', revokedAt: null });
    const reader = createClient({ url: writeServer.url, apiKey: created.secret });
    expect((await reader.plan()).title).toBeTruthy();

    const rotated = await admin.rotateApiKey({ id: created.apiKey.id });
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.apiKey.principal).toBe(created.apiKey.principal);
    const { apiKey } = await admin.revokeApiKey({ id: created.apiKey.id });
    expect(apiKey.revokedAt).not.toBeNull();
    const all = await admin.apiKeys({ includeRevoked: true });
    expect(all.map((k) => k.id)).toEqual(expect.arrayContaining([created.apiKey.id, rotated.apiKey.id]));
    expect((await admin.apiKeys()).map((k) => k.id)).not.toContain(created.apiKey.id);
  });

  it('changes() and history(id), and paging through them', async () => {
    const actionChanges = await admin.changes({ entityType: 'Action' });
    expect(actionChanges.totalCount).toBeGreaterThan(0);
    expect(actionChanges.nodes.every((c) => c.entityType === 'Action')).toBe(true);
    expect(await collect(admin.paginate.changes({ first: 3 }))).toHaveLength((await admin.changes()).totalCount);

    const recordId = actionChanges.nodes[0].recordId;
    const history = await admin.history({ id: recordId });
    expect(history.nodes.length).toBeGreaterThan(0);
    expect(history.nodes.every((c) => c.recordId === recordId)).toBe(true);
    expect(history.nodes[0].changes.length).toBeGreaterThan(0);
    expect(await collect(admin.paginate.history({ id: recordId, first: 1 }))).toEqual(history.nodes);
  });

  it('CONFLICT (live): a stale expectedVersion is a ConflictError carrying the current version', async () => {
    const action = (await admin.actions({ first: 1 })).nodes[0];
    await admin.updateAction({ id: action.id, expectedVersion: action.version, target: 'Moved on' });
    const error = await admin.updateAction({ id: action.id, expectedVersion: action.version, target: 'Stale' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'CONFLICT', path: ['updateAction'], extensions: { code: 'CONFLICT', currentVersion: action.version + 1 } });
  });

  it('UNAUTHENTICATED (live): what needs a key, asked without one, is an UnauthenticatedError', async () => {
    await expect(anonymous.apiKeys()).rejects.toMatchObject({ constructor: UnauthenticatedError, code: 'UNAUTHENTICATED', path: ['apiKeys'] });
  });

  it('UNAUTHENTICATED (live): a key the server does not accept is an UnauthenticatedError, for reads too', async () => {
    const forged = createClient({ url: writeServer.url, apiKey: 'cdp_aaaaaaaaaa_' + 'A'.repeat(43) });
    await expect(forged.plan()).rejects.toMatchObject({ constructor: UnauthenticatedError, code: 'UNAUTHENTICATED', status: 401 });
  });

  it("FORBIDDEN (live): a write outside the caller's role is a ForbiddenError", async () => {
    const reader = createClient({ url: writeServer.url, apiKey: createKey(writeServer.databaseUrl, { role: 'reader', name: 'SDK reader' }) });
    const action = (await reader.actions({ first: 1 })).nodes[0];
    await expect(reader.updateAction({ id: action.id, expectedVersion: action.version, target: 'Not allowed' })).rejects.toMatchObject({
      constructor: ForbiddenError,
      code: 'FORBIDDEN',
      path: ['updateAction'],
    });
  });
});

// STUBBED: RATE_LIMITED (the API does not rate-limit yet), codes the SDK does not know, 5xx and
// non-JSON answers come from a local node:http stub (127.0.0.1 only) that answers as an Apollo
// server would. FORBIDDEN and UNAUTHENTICATED are also tested live above; the stub keeps checking
// the SDK's own handling of them (headers sent, error shape). Move RATE_LIMITED to a live test
// once the API produces it.
describe('STUBBED errors (a local stub server, not the API)', () => {
  let stub: Server;
  let stubUrl: string;
  let reply: { status: number; body: string; headers?: Record<string, string> };
  let lastHeaders: IncomingHttpHeaders = {};

  beforeAll(async () => {
    stub = createServer((req, res) => {
      lastHeaders = req.headers;
      req.resume();
      req.on('end', () => {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(reply.body);
      });
    });
    stubUrl = await listen(stub);
  });
  afterAll(async () => {
    await close(stub);
  });

  function answer(code: string, message: string, status = 200, headers?: Record<string, string>): void {
    const errors = [{ message, path: ['action'], extensions: { code } }];
    reply = { status, body: JSON.stringify({ data: null, errors }), headers };
  }

  it('sends the API key as a bearer token, and extra headers', async () => {
    answer('UNAUTHENTICATED', 'Invalid API key.', 401);
    await createClient({ url: stubUrl, apiKey: 'cdp_test_key', headers: { 'x-partner': 'RESET' } })
      .plan()
      .catch(() => undefined);
    expect(lastHeaders).toMatchObject({ authorization: 'Bearer cdp_test_key', 'x-partner': 'RESET', 'content-type': 'application/json' });
  });

  it.each([
    { code: 'UNAUTHENTICATED', ErrorClass: UnauthenticatedError, status: 401 },
    { code: 'FORBIDDEN', ErrorClass: ForbiddenError, status: 200 },
    { code: 'CONFLICT', ErrorClass: ConflictError, status: 200 },
    { code: 'SOMETHING_NEW', ErrorClass: UnknownError, status: 200 },
    { code: 'INTERNAL_SERVER_ERROR', ErrorClass: UnknownError, status: 200 },
  ])('$code: $ErrorClass.name', async ({ code, ErrorClass, status }) => {
    answer(code, `stubbed ${code}`, status);
    const error = await createClient({ url: stubUrl })
      .action('QWN0aW9uOjE=')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ code, message: `stubbed ${code}`, path: ['action'], extensions: { code }, status });
  });

  it('RATE_LIMITED: RateLimitedError with retryAfter from the Retry-After header', async () => {
    answer('RATE_LIMITED', 'Too many requests.', 429, { 'retry-after': '30' });
    await expect(createClient({ url: stubUrl }).plan()).rejects.toMatchObject({
      constructor: RateLimitedError,
      code: 'RATE_LIMITED',
      retryAfter: 30,
      status: 429,
    });
  });

  it('a 5xx or a body that is not JSON: NetworkError', async () => {
    reply = { status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } };
    await expect(createClient({ url: stubUrl }).plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'server-error', status: 502 });
    reply = { status: 200, body: 'OK', headers: { 'content-type': 'text/plain' } };
    await expect(createClient({ url: stubUrl }).plan()).rejects.toMatchObject({ constructor: NetworkError, reason: 'non-json' });
  });
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
