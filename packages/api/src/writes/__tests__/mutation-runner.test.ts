import 'reflect-metadata';
import { Max, Min, MinLength } from 'class-validator';
import type { Database } from '../../db/database';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { MutationInput } from '../../graphql/mutation';
import { MutationName, MUTATION_RULES, SCOPE_PARENTS } from '../../modules';
import { AuditEntry, AuditOperation } from '../../modules/audit/audit.entity';
import { Agency, AgencyKind } from '../../modules/agency/agency.entity';
import { Action } from '../../modules/action/action.entity';
import { CreateActionInput } from '../../modules/action/action.inputs';
import { ActionService } from '../../modules/action/action.service';
import { PlanScope } from '../../plan-tree/scope';
import { AppServices } from '../../app-services';
import { ANONYMOUS_ACTOR } from '../../auth/actor';
import { Role } from '../../auth/roles';
import { contextOf, keyActor, memoryDatabase, SmallPlan, writeSmallPlan } from '../../plan-tree/__tests__/small-plan.fixture';
import type { ChangeSet } from '../change-set';
import type { RequestContext } from '../../context';
import { DenialLog } from '../denial-log';
import { IdempotencyRecord } from '../idempotency.entity';
import { hashInput, MutationRunner } from '../mutation-runner';

let db: Database;
let plan: SmallPlan;
let denials: DenialLog;
let runner: MutationRunner<MutationName>;
beforeEach(async () => {
  db = await memoryDatabase();
  plan = await writeSmallPlan(db);
  denials = new DenialLog(db, { flushIntervalMs: 60_000 });
  runner = new MutationRunner<MutationName>(db, denials, MUTATION_RULES, new PlanScope(SCOPE_PARENTS));
});
afterEach(() => db.destroy());

const admin = contextOf(keyActor(21, Role.ADMIN), 'req-admin');
const otherAdmin = contextOf(keyActor(22, Role.ADMIN), 'req-other-admin');
const reader = contextOf(keyActor(23, Role.READER), 'req-reader');
const anonymous = contextOf(ANONYMOUS_ACTOR, 'req-anonymous');

/** The error `promise` rejects with (an AppError), for assertions on its code and extensions. */
async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

/** runner.run with any input object (the inputs here are plain objects or test input classes). */
function run<T extends object>(ctx: RequestContext, mutation: MutationName, input: object, work: (changes: ChangeSet) => Promise<T>) {
  return runner.run(ctx, mutation, input as { idempotencyKey?: string | null }, work);
}

const count = async (table: string) => ((await db.read.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number }>)[0].n;
const auditEntries = () => db.read.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
const agencyNames = async () => (await db.read.getRepository(Agency).find({ order: { id: 'ASC' } })).map((a) => a.name);

/** A createAgency work: each call creates a new agency, named from the input and numbered. */
function createAgencyWork(name: string) {
  let calls = 0;
  const work = jest.fn((changes: ChangeSet) => changes.create(Agency, { name: `${name} #${++calls}`, kind: AgencyKind.ORGANISATION }));
  return work;
}

describe('one transaction', () => {
  test('a mutation commits its record with its audit entry and moves the data revision on once', async () => {
    const before = db.revision();
    const result = await run(admin, 'createAgency', { name: 'New' }, createAgencyWork('New'));
    expect(result.replayed).toBe(false);
    expect(result.record).toMatchObject({ name: 'New #1', version: 1 });
    expect(await agencyNames()).toContain('New #1');
    const entries = await auditEntries();
    expect(entries.map((e) => [e.operation, e.mutation, e.actorId, e.requestId])).toEqual([[AuditOperation.CREATE, 'createAgency', 'key:21', 'req-admin']]);
    expect(db.revision()).toBe(before + 1);
  });

  test('a failure in the work rolls everything back: no record, no audit entry, the revision unchanged, the error passed on', async () => {
    const before = db.revision();
    const agenciesBefore = await agencyNames();
    const boom = new Error('the disk is on fire');
    const work = async (changes: ChangeSet) => {
      await changes.create(Agency, { name: 'Half written', kind: AgencyKind.ORGANISATION });
      await changes.update(Agency, plan.agencyX, 1, { shortName: 'X' });
      throw boom;
    };
    await expect(run(admin, 'createAgency', { name: 'Half written' }, work)).rejects.toBe(boom);
    expect(await agencyNames()).toEqual(agenciesBefore);
    expect((await db.read.getRepository(Agency).findOneByOrFail({ id: plan.agencyX })).shortName).toBeNull();
    expect(await auditEntries()).toEqual([]);
    expect(db.revision()).toBe(before);
  });

  test("the work's own AppError (NOT_FOUND) is answered as it is, and nothing is written", async () => {
    const before = db.revision();
    const error = await errorOf(
      run(admin, 'updateAgency', { id: toGlobalId('Agency', 999) }, async (changes) => {
        await changes.create(Agency, { name: 'Written before the failure', kind: AgencyKind.ORGANISATION });
        throw notFound('Agency', 'input.id', toGlobalId('Agency', 999));
      }),
    );
    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(await agencyNames()).not.toContain('Written before the failure');
    expect(await auditEntries()).toEqual([]);
    expect(db.revision()).toBe(before);
  });
});

describe('idempotency', () => {
  test('the same key and input replay the first result and write nothing', async () => {
    const work = createAgencyWork('Keyed');
    const input = { idempotencyKey: 'k-1', name: 'Keyed', kind: 'ORGANISATION' };
    const first = await run(admin, 'createAgency', input, work);
    const second = await run(admin, 'createAgency', { kind: 'ORGANISATION', name: 'Keyed', idempotencyKey: 'k-1' }, work); // key order does not matter
    expect(first.replayed).toBe(false);
    expect(second.replayed).toBe(true);
    expect(work).toHaveBeenCalledTimes(1);
    expect(second.record).toBeInstanceOf(Agency);
    expect(second.record).toMatchObject({ id: first.record.id, name: 'Keyed #1', version: 1, archivedAt: null });
    expect(second.record.createdAt).toBeInstanceOf(Date);
    expect(second.record.createdAt.getTime()).toBe(first.record.createdAt.getTime());
    expect(second.record.globalId).toBe(first.record.globalId);
    expect((await agencyNames()).filter((n) => n.startsWith('Keyed'))).toEqual(['Keyed #1']);
    expect(await auditEntries()).toHaveLength(1);
    expect(await count('idempotency_record')).toBe(1);
  });

  test('the replay is the first result as it was, even once the record has changed since', async () => {
    const input = { idempotencyKey: 'k-2', name: 'Renamed later' };
    const first = await run(admin, 'createAgency', input, createAgencyWork('Renamed later'));
    await run(admin, 'updateAgency', { id: first.record.globalId }, (changes) => changes.update(Agency, first.record.id, 1, { name: 'Renamed' }));
    const replay = await run(admin, 'createAgency', input, createAgencyWork('Renamed later'));
    expect(replay.replayed).toBe(true);
    expect(replay.record).toMatchObject({ id: first.record.id, name: 'Renamed later #1', version: 1 });
  });

  test('the same key with another input is a CONFLICT (IDEMPOTENCY_KEY_REUSED), and nothing is written', async () => {
    await run(admin, 'createAgency', { idempotencyKey: 'k-3', name: 'First' }, createAgencyWork('First'));
    const revision = db.revision();
    const work = createAgencyWork('Second');
    const error = await errorOf(run(admin, 'createAgency', { idempotencyKey: 'k-3', name: 'Second' }, work));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.extensions).toEqual({ argument: 'input.idempotencyKey', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(work).not.toHaveBeenCalled();
    expect(await agencyNames()).not.toContain('Second #1');
    expect(await auditEntries()).toHaveLength(1);
    expect(await count('idempotency_record')).toBe(1);
    expect(db.revision()).toBe(revision);
  });

  test('the same key and input on another mutation is a CONFLICT too', async () => {
    await run(admin, 'createAgency', { idempotencyKey: 'k-4', name: 'Same' }, createAgencyWork('Same'));
    const error = await errorOf(run(admin, 'createHelpService', { idempotencyKey: 'k-4', name: 'Same' }, createAgencyWork('Other')));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.extensions.reason).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  test("keys are per actor: another caller's identical key and input is a new write", async () => {
    const work = createAgencyWork('Shared key');
    const input = { idempotencyKey: 'k-5', name: 'Shared key' };
    const mine = await run(admin, 'createAgency', input, work);
    const theirs = await run(otherAdmin, 'createAgency', input, work);
    expect(theirs.replayed).toBe(false);
    expect(theirs.record.id).not.toBe(mine.record.id);
    expect(work).toHaveBeenCalledTimes(2);
    expect((await db.read.getRepository(IdempotencyRecord).find({ order: { scopedKey: 'ASC' } })).map((r) => r.scopedKey)).toEqual([
      'key:21:k-5',
      'key:22:k-5',
    ]);
    // Each actor's own retry replays its own result.
    expect((await run(otherAdmin, 'createAgency', input, work)).record.id).toBe(theirs.record.id);
  });

  test('without a key, the same input twice is two writes', async () => {
    const work = createAgencyWork('Unkeyed');
    await run(admin, 'createAgency', { name: 'Unkeyed' }, work);
    await run(admin, 'createAgency', { name: 'Unkeyed' }, work);
    expect((await agencyNames()).filter((n) => n.startsWith('Unkeyed'))).toEqual(['Unkeyed #1', 'Unkeyed #2']);
    expect(await count('idempotency_record')).toBe(0);
  });

  test('a key whose first call failed is not stored: the retry writes', async () => {
    const input = { idempotencyKey: 'k-6', name: 'Retried' };
    await expect(run(admin, 'createAgency', input, async () => Promise.reject(new Error('transient')))).rejects.toThrow('transient');
    expect(await count('idempotency_record')).toBe(0);
    const retry = await run(admin, 'createAgency', input, createAgencyWork('Retried'));
    expect(retry.replayed).toBe(false);
    expect(await agencyNames()).toContain('Retried #1');
  });

  test('the input hash leaves out the key and the order of fields, and counts the mutation', () => {
    const hash = hashInput('createAgency', { name: 'A', kind: 'ORGANISATION', idempotencyKey: 'one' });
    expect(hashInput('createAgency', { kind: 'ORGANISATION', name: 'A', idempotencyKey: 'two' })).toBe(hash);
    expect(hashInput('createAgency', { kind: 'ORGANISATION', name: 'A' })).toBe(hash);
    expect(hashInput('createAgency', { kind: 'ORGANISATION', name: 'B' })).not.toBe(hash);
    expect(hashInput('updateAgency', { kind: 'ORGANISATION', name: 'A' })).not.toBe(hash);
  });
});

describe('refusals', () => {
  test('a mutation without a key is UNAUTHENTICATED, counted by the denial log (no audit entry), and changes nothing', async () => {
    const before = db.revision();
    const work = createAgencyWork('Anonymous');
    const error = await errorOf(run(anonymous, 'createAgency', { name: 'Anonymous' }, work));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(work).not.toHaveBeenCalled();
    await denials.flush();
    expect(await db.read.query('SELECT operation, actorKind, reason, count FROM denial_count')).toEqual([
      { operation: 'createAgency', actorKind: 'ANONYMOUS', reason: 'NO_KEY', count: 1 },
    ]);
    expect(await auditEntries()).toEqual([]);
    expect(await agencyNames()).not.toContain('Anonymous #1');
    expect(db.revision()).toBe(before);
  });

  test('a flood of anonymous refusals stays one counted row', async () => {
    for (let i = 0; i < 200; i++)
      await errorOf(run(anonymous, 'recordProgress', { actionId: toGlobalId('Action', plan.actionA1), commentary: `try ${i}` }, createAgencyWork('x')));
    await denials.flush();
    expect(await db.read.query('SELECT operation, reason, count FROM denial_count')).toEqual([{ operation: 'recordProgress', reason: 'NO_KEY', count: 200 }]);
    expect(await auditEntries()).toEqual([]);
    expect(db.revision()).toBe(0);
  });

  test("a key's role refusal is FORBIDDEN (ROLE) and one DENIED audit entry; nothing else is written", async () => {
    const before = db.revision();
    const work = createAgencyWork('Read only');
    const error = await errorOf(run(reader, 'createAgency', { idempotencyKey: 'k-r', name: 'Read only' }, work));
    expect(error.code).toBe(ErrorCode.FORBIDDEN);
    expect(error.extensions).toEqual({ reason: 'ROLE' });
    expect(work).not.toHaveBeenCalled();
    const entries = await auditEntries();
    expect(entries.map((e) => [e.operation, e.mutation, e.actorId, e.requestId])).toEqual([[AuditOperation.DENIED, 'createAgency', 'key:23', 'req-reader']]);
    expect(entries[0].changes.find((c) => c.field === 'reason')?.after).toBe('ROLE');
    expect(await count('idempotency_record')).toBe(0);
    expect(db.revision()).toBe(before);
  });

  test("a key's scope refusal is FORBIDDEN (SCOPE), recorded with its reason, and the record is untouched", async () => {
    const lead = contextOf(keyActor(24, Role.PILLAR_LEAD, { pillarId: plan.pillarA }), 'req-lead');
    const before = db.revision();
    const error = await errorOf(
      run(lead, 'updateAction', { id: toGlobalId('Action', plan.actionB1) }, (changes) => changes.update(Action, plan.actionB1, 1, { text: 'Not my pillar' })),
    );
    expect(error.code).toBe(ErrorCode.FORBIDDEN);
    expect(error.extensions).toEqual({ reason: 'SCOPE' });
    const entries = await auditEntries();
    expect(entries.map((e) => [e.operation, e.mutation])).toEqual([[AuditOperation.DENIED, 'updateAction']]);
    expect(entries[0].changes.find((c) => c.field === 'reason')?.after).toBe('SCOPE');
    expect((await db.read.getRepository(Action).findOneByOrFail({ id: plan.actionB1 })).version).toBe(1);
    expect(db.revision()).toBe(before);
  });

  test('a refusal is answered as a refusal even when the input has problems too', async () => {
    const input = Object.assign(new AgencyLikeInput(), { name: 'x', size: 99 });
    const error = await errorOf(run(anonymous, 'createAgency', input, createAgencyWork('x')));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

/** A mutation input with class-validator rules, as a GraphQL input arrives. */
class AgencyLikeInput extends MutationInput {
  @MinLength(3)
  name!: string;

  @Min(1)
  @Max(5)
  size!: number;
}

describe('input problems', () => {
  test("class-validator's problems and the service's own come back together as one BAD_USER_INPUT, and nothing is written", async () => {
    const before = db.revision();
    const input = Object.assign(new AgencyLikeInput(), { name: 'x', size: 9 });
    const error = await errorOf(
      run(admin, 'createAgency', input, async (changes) => {
        // The service's own rule, checked although class-validator has found problems already.
        await changes.problems.collect(() => {
          throw badInput('input.name', 'is taken by another agency.', 'nameTaken');
        });
        return changes.create(Agency, { name: input.name, kind: AgencyKind.ORGANISATION });
      }),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([
      { path: 'input.name', rule: 'minLength', message: expect.stringContaining('input.name') },
      { path: 'input.size', rule: 'max', message: expect.stringContaining('input.size') },
      { path: 'input.name', rule: 'nameTaken', message: 'Argument "input.name" is taken by another agency.' },
    ]);
    expect(error.message).toMatch(/^3 problems with the input: /);
    expect(await agencyNames()).not.toContain('x');
    expect(await auditEntries()).toEqual([]);
    expect(db.revision()).toBe(before);
  });

  test('the idempotency key is checked as a field of the input', async () => {
    const input = Object.assign(new AgencyLikeInput(), { name: 'Long enough', size: 2, idempotencyKey: '' });
    const error = await errorOf(run(admin, 'createAgency', input, createAgencyWork('Long enough')));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([expect.objectContaining({ path: 'input.idempotencyKey', rule: 'minLength' })]);
    expect(await count('idempotency_record')).toBe(0);
  });

  test('problems found after the work wrote roll the write back', async () => {
    const error = await errorOf(
      run(admin, 'createAgency', { name: 'Written then refused' }, async (changes) => {
        const created = await changes.create(Agency, { name: 'Written then refused', kind: AgencyKind.ORGANISATION });
        changes.problems.add('input.shortName', 'unique', 'Argument "input.shortName" is taken.');
        return created;
      }),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([{ path: 'input.shortName', rule: 'unique', message: 'Argument "input.shortName" is taken.' }]);
    expect(await agencyNames()).not.toContain('Written then refused');
    expect(await auditEntries()).toEqual([]);
  });

  test('with problems found, another failure of the work is answered with the problems', async () => {
    const input = Object.assign(new AgencyLikeInput(), { name: 'ok name', size: 0 });
    const error = await errorOf(
      run(admin, 'updateAgency', input, () => {
        throw notFound('Agency', 'input.id', toGlobalId('Agency', 999));
      }),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([expect.objectContaining({ path: 'input.size', rule: 'min' })]);
  });

  test('a plain object (as the command line passes) is not checked by class-validator: the service checks it', async () => {
    const result = await run(admin, 'createAgency', { name: 'x', size: 99 }, createAgencyWork('x'));
    expect(result.record.name).toBe('x #1');
  });

  test("a service's rules (createAction: the due date within the plan) are reported with the input's field rules", async () => {
    const services = new AppServices(db);
    const before = db.revision();
    const input = Object.assign(new CreateActionInput(), {
      objectiveId: toGlobalId('Objective', plan.objectiveA),
      text: ' ',
      durationMonths: 0,
      dueDate: '2030-01-01',
    });
    const error = await errorOf(services.get(ActionService).create(admin, input));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error.extensions.fields as Array<{ path: string; rule: string }>).map((f) => [f.path, f.rule])).toEqual([
      ['input.text', 'notBlank'],
      ['input.durationMonths', 'min'],
      ['input.dueDate', 'withinPlanPeriod'],
    ]);
    expect(await db.read.getRepository(Action).countBy({ objectiveId: plan.objectiveA })).toBe(3);
    expect(await auditEntries()).toEqual([]);
    expect(db.revision()).toBe(before);
  });
});
