import 'reflect-metadata';
import type { Database } from '../../db/database';
import { AppError, badInput, ErrorCode } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { InputProblems } from '../../common/validation';
import { RecordVersionInput } from '../../graphql/mutation';
import { MUTATION_RULES, SCOPE_PARENTS } from '../../modules';
import { AuditEntry, AuditOperation } from '../../modules/audit/audit.entity';
import { Agency, AgencyKind } from '../../modules/agency/agency.entity';
import { Action } from '../../modules/action/action.entity';
import { PlanScope } from '../../plan-tree/scope';
import { Role } from '../../auth/roles';
import { contextOf, keyActor, memoryDatabase, SmallPlan, writeSmallPlan } from '../../plan-tree/__tests__/small-plan.fixture';
import { ChangeMeta, ChangeSet } from '../change-set';
import { archiving } from '../archiving';
import { DenialLog } from '../denial-log';
import { MutationRunner } from '../mutation-runner';

let db: Database;
let plan: SmallPlan;
beforeEach(async () => {
  db = await memoryDatabase();
  plan = await writeSmallPlan(db);
});
afterEach(() => db.destroy());

const AT = new Date('2025-01-02T03:04:05.006Z');
const actor = keyActor(11, Role.ADMIN);
const meta = (mutation = 'updateAgency', at = AT): ChangeMeta => ({ actor, requestId: 'req-cs', mutation, at });

/** Runs `work` with a ChangeSet in one write transaction, which commits unless `work` throws. */
function withChanges<T>(work: (changes: ChangeSet) => Promise<T>, changeMeta = meta(), problems?: InputProblems): Promise<T> {
  return db.writeTransaction((manager) => work(new ChangeSet(manager, changeMeta, problems)));
}

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

const auditEntries = () => db.read.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
const agencyRow = (id: number) => db.read.getRepository(Agency).findOneByOrFail({ id });
const byField = <T extends { field: string }>(changes: T[]) => [...changes].sort((a, b) => a.field.localeCompare(b.field));

async function newAgency(values: Partial<Agency> = {}): Promise<Agency> {
  return withChanges(
    (changes) => changes.create(Agency, { name: 'Agency Q', shortName: 'AQ', kind: AgencyKind.ORGANISATION, ...values }),
    meta('createAgency'),
  );
}

describe('ChangeSet.create', () => {
  test('inserts the record at version 1 and writes one CREATE entry with every set field, before null', async () => {
    const created = await newAgency();
    expect(created).toBeInstanceOf(Agency);
    expect(created).toMatchObject({ name: 'Agency Q', shortName: 'AQ', kind: 'ORGANISATION', version: 1, archivedAt: null });
    expect(await agencyRow(created.id)).toMatchObject({ name: 'Agency Q', version: 1 });

    const entries = await auditEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: AuditOperation.CREATE, entityType: 'Agency', entityId: created.id, version: 1, mutation: 'createAgency' });
    // Unset (null) fields and bookkeeping (id, createdAt, updatedAt, version) are not changes.
    expect(byField(entries[0].changes)).toEqual([
      { field: 'kind', before: null, after: 'ORGANISATION' },
      { field: 'name', before: null, after: 'Agency Q' },
      { field: 'shortName', before: null, after: 'AQ' },
    ]);
  });

  test('attributes the entry to the actor, request and mutation, at the transaction time', async () => {
    await newAgency();
    const [entry] = await auditEntries();
    expect(entry).toMatchObject({ actorKind: 'API_KEY', actorId: 'key:11', actorName: actor.name, requestId: 'req-cs', mutation: 'createAgency' });
    expect(entry.at.toISOString()).toBe(AT.toISOString());
  });

  test('writes nothing while the input has problems, and throws them all as one BAD_USER_INPUT', async () => {
    const problems = new InputProblems([{ path: 'input.name', rule: 'maxLength', message: 'Argument "input.name" is too long.' }]);
    problems.add('input.kind', 'isEnum', 'Argument "input.kind" is not a kind.');
    const error = await errorOf(
      withChanges(
        async (changes) => {
          await expect(changes.create(Agency, { name: 'Never', kind: AgencyKind.ORGANISATION })).rejects.toBeInstanceOf(AppError);
          // Nothing was inserted, even inside the transaction.
          expect(await changes.manager.count(Agency, { where: { name: 'Never' } })).toBe(0);
          return changes.create(Agency, { name: 'Never', kind: AgencyKind.ORGANISATION });
        },
        meta(),
        problems,
      ),
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([
      { path: 'input.name', rule: 'maxLength', message: 'Argument "input.name" is too long.' },
      { path: 'input.kind', rule: 'isEnum', message: 'Argument "input.kind" is not a kind.' },
    ]);
    expect(await db.read.getRepository(Agency).countBy({ name: 'Never' })).toBe(0);
    expect(await auditEntries()).toEqual([]);
  });
});

describe('ChangeSet.update', () => {
  test('changes the fields that differ, moves the version on and writes one UPDATE entry with each field before and after', async () => {
    const agency = await newAgency({ description: 'Old description' });
    const updated = await withChanges((changes) =>
      // kind is unchanged, shortName undefined (left as it is), description null (cleared).
      changes.update(Agency, agency.id, 1, { name: 'Agency Q renamed', kind: AgencyKind.ORGANISATION, shortName: undefined, description: null }),
    );
    expect(updated).toMatchObject({ name: 'Agency Q renamed', shortName: 'AQ', description: null, version: 2 });
    expect(await agencyRow(agency.id)).toMatchObject({ name: 'Agency Q renamed', shortName: 'AQ', description: null, version: 2 });

    const entries = await auditEntries();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      operation: AuditOperation.UPDATE,
      entityType: 'Agency',
      entityId: agency.id,
      version: 2,
      mutation: 'updateAgency',
      requestId: 'req-cs',
    });
    expect(byField(entries[1].changes)).toEqual([
      { field: 'description', before: 'Old description', after: null },
      { field: 'name', before: 'Agency Q', after: 'Agency Q renamed' },
    ]);
  });

  test('records dates as the record holds them', async () => {
    await withChanges((changes) => changes.update(Action, plan.actionA1, 1, { dueDate: '2024-12-31' }), meta('updateAction'));
    const [entry] = await auditEntries();
    expect(entry).toMatchObject({ operation: AuditOperation.UPDATE, entityType: 'Action', entityId: plan.actionA1, version: 2 });
    expect(entry.changes).toEqual([{ field: 'dueDate', before: '2025-03-31', after: '2024-12-31' }]);
  });

  test('a patch equal to the record writes nothing: same version, no audit entry', async () => {
    const agency = await newAgency();
    const result = await withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Agency Q', shortName: 'AQ', description: undefined }));
    expect(result.version).toBe(1);
    expect(await agencyRow(agency.id)).toMatchObject({ version: 1, name: 'Agency Q' });
    expect((await auditEntries()).map((e) => e.operation)).toEqual([AuditOperation.CREATE]);
  });

  test('a stale expectedVersion is a CONFLICT naming the argument and the current version, and nothing is written', async () => {
    const agency = await newAgency();
    await withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Second name' }));
    const error = await withChanges((changes) => errorOf(changes.update(Agency, agency.id, 1, { name: 'Lost update' }))); // committed: the ChangeSet itself wrote nothing
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.extensions).toEqual({ argument: 'input.expectedVersion', currentVersion: 2, reason: 'VERSION_CONFLICT' });
    expect(error.message).toContain(toGlobalId('Agency', agency.id));
    expect(error.message).toContain('expected version 1, it is at version 2');
    expect(await agencyRow(agency.id)).toMatchObject({ name: 'Second name', version: 2 });
    expect(await auditEntries()).toHaveLength(2);
  });

  test('the version is checked even when the patch changes nothing', async () => {
    const agency = await newAgency();
    await withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Second name' }));
    const error = await errorOf(withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Second name' })));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.extensions).toEqual({ argument: 'input.expectedVersion', currentVersion: 2, reason: 'VERSION_CONFLICT' });
  });

  test('an update that loses a race (its UPDATE … AND version = ? touches no row) is a CONFLICT with no audit entry', async () => {
    const agency = await newAgency();
    await withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Won the race' }));
    const error = await withChanges(async (changes) => {
      // The record as read just before the other writer's commit: still at version 1.
      const stale = Object.assign(new Agency(), await changes.get(Agency, agency.id), { version: 1, name: 'Agency Q' });
      jest.spyOn(changes, 'get').mockResolvedValueOnce(stale);
      return errorOf(changes.update(Agency, agency.id, 1, { name: 'Lost the race' }));
    });
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.extensions).toEqual({ argument: 'input.expectedVersion', currentVersion: 2, reason: 'VERSION_CONFLICT' });
    expect(await agencyRow(agency.id)).toMatchObject({ name: 'Won the race', version: 2 });
    expect(await auditEntries()).toHaveLength(2);
  });

  test('a record that does not exist is NOT_FOUND naming the argument', async () => {
    const error = await errorOf(withChanges((changes) => changes.update(Agency, 999_999, 1, { name: 'Nobody' })));
    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(error.extensions).toEqual({ argument: 'input.id', reason: 'RECORD_NOT_FOUND' });
    expect(error.message).toContain(toGlobalId('Agency', 999_999));
  });

  test('a change is not written while the input has problems', async () => {
    const agency = await newAgency();
    const problems = new InputProblems([{ path: 'input.shortName', rule: 'maxLength', message: 'Argument "input.shortName" is too long.' }]);
    const error = await errorOf(withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Not written' }), meta(), problems));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual(problems.fields);
    expect(await agencyRow(agency.id)).toMatchObject({ name: 'Agency Q', version: 1 });
    expect(await auditEntries()).toHaveLength(1);
  });
});

describe('ChangeSet.archive and restore', () => {
  test('archive sets archivedAt to the transaction time, moves the version on and writes one ARCHIVE entry', async () => {
    const agency = await newAgency();
    const archived = await withChanges((changes) => changes.archive(Agency, agency.id, 1), meta('archiveAgency'));
    expect(archived.version).toBe(2);
    expect(archived.archivedAt?.toISOString()).toBe(AT.toISOString());
    const entries = await auditEntries();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ operation: AuditOperation.ARCHIVE, entityType: 'Agency', entityId: agency.id, version: 2, mutation: 'archiveAgency' });
    expect(entries[1].changes).toEqual([{ field: 'archivedAt', before: null, after: AT.toISOString() }]);
  });

  test('restore clears archivedAt, moves the version on and writes one RESTORE entry', async () => {
    const agency = await newAgency();
    await withChanges((changes) => changes.archive(Agency, agency.id, 1), meta('archiveAgency'));
    const restored = await withChanges((changes) => changes.restore(Agency, agency.id, 2), meta('restoreAgency', new Date('2025-02-01T00:00:00.000Z')));
    expect(restored).toMatchObject({ version: 3, archivedAt: null });
    expect(await agencyRow(agency.id)).toMatchObject({ version: 3, archivedAt: null });
    const entries = await auditEntries();
    expect(entries.map((e) => [e.operation, e.version])).toEqual([
      [AuditOperation.CREATE, 1],
      [AuditOperation.ARCHIVE, 2],
      [AuditOperation.RESTORE, 3],
    ]);
    expect(entries[2].changes).toEqual([{ field: 'archivedAt', before: AT.toISOString(), after: null }]);
  });

  test('archiving an archived record is BAD_USER_INPUT (notArchived), restoring a live one BAD_USER_INPUT (archived); neither writes', async () => {
    const agency = await newAgency();
    const live = await errorOf(withChanges((changes) => changes.restore(Agency, agency.id, 1)));
    expect(live.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(live.extensions.fields).toEqual([expect.objectContaining({ path: 'input.id', rule: 'archived' })]);

    await withChanges((changes) => changes.archive(Agency, agency.id, 1));
    const twice = await errorOf(withChanges((changes) => changes.archive(Agency, agency.id, 2)));
    expect(twice.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(twice.extensions.fields).toEqual([expect.objectContaining({ path: 'input.id', rule: 'notArchived' })]);

    expect(await agencyRow(agency.id)).toMatchObject({ version: 2 });
    expect((await auditEntries()).map((e) => e.operation)).toEqual([AuditOperation.CREATE, AuditOperation.ARCHIVE]);
  });

  test('archive and restore check the version first', async () => {
    const agency = await newAgency();
    await withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Second name' }));
    const archive = await errorOf(withChanges((changes) => changes.archive(Agency, agency.id, 1)));
    expect(archive.code).toBe(ErrorCode.CONFLICT);
    expect(archive.extensions).toEqual({ argument: 'input.expectedVersion', currentVersion: 2, reason: 'VERSION_CONFLICT' });
    // A stale restore of a live record is a CONFLICT, not "not archived".
    const restore = await errorOf(withChanges((changes) => changes.restore(Agency, agency.id, 1)));
    expect(restore.code).toBe(ErrorCode.CONFLICT);
    expect((await agencyRow(agency.id)).archivedAt).toBeNull();
  });
});

describe('ChangeSet: versions, newVersion, log', () => {
  test('every change moves the version on by one, and each entry records the version after it', async () => {
    const agency = await newAgency();
    await withChanges((changes) => changes.update(Agency, agency.id, 1, { name: 'Two' }));
    await withChanges((changes) => changes.update(Agency, agency.id, 2, { shortName: 'T' }));
    await withChanges((changes) => changes.archive(Agency, agency.id, 3));
    await withChanges((changes) => changes.restore(Agency, agency.id, 4));
    expect((await agencyRow(agency.id)).version).toBe(5);
    expect((await auditEntries()).map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
  });

  test('newVersion moves the version on with no audit entry; a stale version is a CONFLICT naming the given argument', async () => {
    const agency = await newAgency();
    const bumped = await withChanges(async (changes) => changes.newVersion(await changes.get(Agency, agency.id), 1));
    expect(bumped.version).toBe(2);
    expect(await agencyRow(agency.id)).toMatchObject({ version: 2, name: 'Agency Q' });
    expect(await auditEntries()).toHaveLength(1);

    const error = await errorOf(withChanges(async (changes) => changes.newVersion(await changes.get(Agency, agency.id), 1, 'input.agencyVersion')));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.extensions).toEqual({ argument: 'input.agencyVersion', currentVersion: 2, reason: 'VERSION_CONFLICT' });
    expect((await agencyRow(agency.id)).version).toBe(2);
  });

  test('log appends one attributed entry for a change made otherwise, and refuses while the input has problems', async () => {
    await withChanges(
      (changes) => changes.log('Agency', plan.agencyX, AuditOperation.MERGE, [{ field: 'mergedIntoId', before: null, after: plan.agencyY }], 3),
      meta('mergeAgencies'),
    );
    const [entry] = await auditEntries();
    expect(entry).toMatchObject({
      operation: AuditOperation.MERGE,
      entityType: 'Agency',
      entityId: plan.agencyX,
      version: 3,
      mutation: 'mergeAgencies',
      actorId: 'key:11',
      requestId: 'req-cs',
    });
    expect(entry.changes).toEqual([{ field: 'mergedIntoId', before: null, after: plan.agencyY }]);

    const problems = new InputProblems([{ path: 'input.into', rule: 'notSelf', message: 'Argument "input.into" is the same agency.' }]);
    const error = await errorOf(withChanges((changes) => changes.log('Agency', plan.agencyX, AuditOperation.MERGE, [], 4), meta('mergeAgencies'), problems));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await auditEntries()).toHaveLength(1);
  });
});

describe('archiving() (archive and restore mutations of one record type)', () => {
  const admin = contextOf(keyActor(12, Role.ADMIN), 'req-archiving');
  const runnerOf = () => new MutationRunner(db, new DenialLog(db), MUTATION_RULES, new PlanScope(SCOPE_PARENTS));
  const versionInput = (id: string, expectedVersion: number) => Object.assign(new RecordVersionInput(), { id, expectedVersion });

  test('archive and restore run as their mutations, taking the global ID and expected version', async () => {
    const agencies = archiving(runnerOf(), Agency, { archive: 'archiveAgency', restore: 'restoreAgency' });
    const archived = await agencies.archive(admin, versionInput(toGlobalId('Agency', plan.agencyZ), 1));
    expect(archived.replayed).toBe(false);
    expect(archived.record).toMatchObject({ id: plan.agencyZ, version: 2 });
    expect(archived.record.archivedAt).toBeInstanceOf(Date);
    const restored = await agencies.restore(admin, versionInput(toGlobalId('Agency', plan.agencyZ), 2));
    expect(restored.record).toMatchObject({ id: plan.agencyZ, version: 3, archivedAt: null });
    const entries = await auditEntries();
    expect(entries.map((e) => [e.operation, e.mutation, e.entityId, e.requestId])).toEqual([
      [AuditOperation.ARCHIVE, 'archiveAgency', plan.agencyZ, 'req-archiving'],
      [AuditOperation.RESTORE, 'restoreAgency', plan.agencyZ, 'req-archiving'],
    ]);
  });

  test('the ID of another type is BAD_USER_INPUT on input.id, and nothing is written', async () => {
    const agencies = archiving(runnerOf(), Agency, { archive: 'archiveAgency', restore: 'restoreAgency' });
    const error = await errorOf(agencies.archive(admin, versionInput(toGlobalId('Action', plan.actionA1), 1)));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([expect.objectContaining({ path: 'input.id', rule: 'idType' })]);
    expect(await auditEntries()).toEqual([]);
  });

  test('beforeRestore sees the archived record once its version is checked, and can refuse the restore', async () => {
    const seen: Array<{ id: number; archived: boolean }> = [];
    let refuse = true;
    const agencies = archiving(
      runnerOf(),
      Agency,
      { archive: 'archiveAgency', restore: 'restoreAgency' },
      {
        beforeRestore: (_changes, record) => {
          seen.push({ id: record.id, archived: record.archivedAt !== null });
          if (refuse) throw badInput('input.id', 'is merged into another agency.', 'notMerged');
        },
      },
    );
    const id = toGlobalId('Agency', plan.agencyZ);
    await agencies.archive(admin, versionInput(id, 1));

    const stale = await errorOf(agencies.restore(admin, versionInput(id, 1)));
    expect(stale.code).toBe(ErrorCode.CONFLICT);
    expect(seen).toEqual([]); // not called for a stale version

    const refused = await errorOf(agencies.restore(admin, versionInput(id, 2)));
    expect(refused.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refused.extensions.fields).toEqual([expect.objectContaining({ path: 'input.id', rule: 'notMerged' })]);
    expect(seen).toEqual([{ id: plan.agencyZ, archived: true }]);
    expect((await agencyRow(plan.agencyZ)).archivedAt).not.toBeNull();

    refuse = false;
    const restored = await agencies.restore(admin, versionInput(id, 2));
    expect(restored.record.archivedAt).toBeNull();
    expect((await auditEntries()).map((e) => e.operation)).toEqual([AuditOperation.ARCHIVE, AuditOperation.RESTORE]);
  });
});
