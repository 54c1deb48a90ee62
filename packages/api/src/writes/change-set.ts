import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ClassType } from 'type-graphql';
import { AppError, badInput, CommonErrorReason, ErrorCode, notFound } from '../common/errors';
import { InputProblems } from '../common/validation';
import { toGlobalId } from '../common/global-id';
import type { PlanRecord } from '../db/base.entity';
import { AuditEntry, AuditOperation, FieldChange } from '../modules/audit/audit.entity';
import type { Actor } from '../auth/actor';

/** Who and what a transaction's changes are attributed to. */
export interface ChangeMeta {
  actor: Actor;
  requestId: string;
  mutation: string;
  at: Date;
}

/** Columns whose changes are not worth recording on their own: bookkeeping. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/** A value as the audit log stores it: dates as ISO strings, everything else as JSON allows. */
function auditValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(auditValue(a)) === JSON.stringify(auditValue(b));
}

/** The recorded columns of an entity (by property name). */
function recordedColumns(meta: EntityMetadata): string[] {
  return meta.columns.map((c) => c.propertyName).filter((p) => !BOOKKEEPING.has(p));
}

export function snapshotOf(meta: EntityMetadata, row: ObjectLiteral): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of meta.columns) out[column.propertyName] = auditValue(row[column.propertyName]);
  return out;
}

/**
 * The changes one write transaction makes, each written together with its audit entry. Every
 * write to a versioned record goes through here: create, update (checked against the version the
 * caller last saw, with an UPDATE … WHERE id = ? AND version = ? that must touch exactly one row),
 * archive and restore. Nothing is ever hard-deleted.
 */
export class ChangeSet {
  constructor(
    readonly manager: EntityManager,
    readonly meta: ChangeMeta,
    /**
     * The input's problems found so far (its class-validator rules, then the service's own): the
     * service adds those it finds, and nothing is written while there is any (every write below
     * throws them first, all in one BAD_USER_INPUT).
     */
    readonly problems: InputProblems = new InputProblems(),
  ) {}

  private metadata(cls: ClassType<ObjectLiteral>): EntityMetadata {
    return this.manager.connection.getMetadata(cls);
  }

  /** A record by numeric id, or NOT_FOUND naming `argument`. */
  async get<T extends PlanRecord>(cls: ClassType<T>, id: number, argument = 'input.id'): Promise<T> {
    const row = await this.manager.findOne(cls, { where: { id } as never });
    if (!row) throw notFound(cls.name, argument, toGlobalId(cls.name, id));
    return row;
  }

  /** Appends an audit entry for a change already made in this transaction. */
  async log(entityType: string, entityId: number, operation: AuditOperation, changes: FieldChange[], version: number | null): Promise<void> {
    this.problems.throwIfAny();
    const { actor, requestId, mutation, at } = this.meta;
    await this.manager.insert(AuditEntry, {
      at,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      requestId,
      mutation,
      operation,
      entityType,
      entityId,
      version,
      changes: changes as never,
    });
  }

  async create<T extends PlanRecord>(cls: ClassType<T>, values: Partial<T>): Promise<T> {
    this.problems.throwIfAny();
    const meta = this.metadata(cls);
    const result = await this.manager.insert(cls, values as never);
    const id = result.identifiers[0].id as number;
    const row = await this.get(cls, id);
    const changes = recordedColumns(meta)
      .filter((p) => row[p as keyof T] !== null && row[p as keyof T] !== undefined)
      .map((field) => ({ field, before: null, after: auditValue(row[field as keyof T]) }));
    await this.log(cls.name, id, AuditOperation.CREATE, changes, row.version);
    return row;
  }

  /**
   * Applies `patch` to the record if it is still at `expectedVersion`; CONFLICT otherwise. Fields
   * equal to their current value are not changes; a patch that changes nothing writes nothing.
   */
  async update<T extends PlanRecord>(cls: ClassType<T>, id: number, expectedVersion: number, patch: Partial<T>, operation = AuditOperation.UPDATE): Promise<T> {
    const current = await this.get(cls, id);
    this.checkVersion(current, expectedVersion);
    const fields = Object.keys(patch).filter(
      (k) => (patch as Record<string, unknown>)[k] !== undefined && !same((current as Record<string, unknown>)[k], (patch as Record<string, unknown>)[k]),
    );
    if (!fields.length) return current;
    this.problems.throwIfAny();
    const set: Record<string, unknown> = {};
    for (const f of fields) set[f] = (patch as Record<string, unknown>)[f];
    // TypeORM's update builder adds version = version + 1 and updatedAt itself.
    const result = await this.manager
      .createQueryBuilder()
      .update(cls)
      .set(set as never)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (result.affected !== 1) this.checkVersion(await this.get(cls, id), expectedVersion, 'input.expectedVersion', true);
    const updated = await this.get(cls, id);
    const changes = fields.map((field) => ({
      field,
      before: auditValue((current as Record<string, unknown>)[field]),
      after: auditValue((updated as Record<string, unknown>)[field]),
    }));
    await this.log(cls.name, id, operation, changes, updated.version);
    return updated;
  }

  /** Archives the record (at `expectedVersion`); archiving an archived record is BAD_USER_INPUT (rule notArchived). */
  archive<T extends PlanRecord>(cls: ClassType<T>, id: number, expectedVersion: number): Promise<T> {
    return this.setArchived(cls, id, expectedVersion, true);
  }

  /** Restores an archived record (at `expectedVersion`); restoring a live one is BAD_USER_INPUT (rule archived). */
  restore<T extends PlanRecord>(cls: ClassType<T>, id: number, expectedVersion: number): Promise<T> {
    return this.setArchived(cls, id, expectedVersion, false);
  }

  private async setArchived<T extends PlanRecord>(cls: ClassType<T>, id: number, expectedVersion: number, archive: boolean): Promise<T> {
    const current = await this.get(cls, id);
    this.checkVersion(current, expectedVersion);
    if (archive && current.archivedAt)
      throw badInput('input.id', `is a ${cls.name} that is already archived.`, 'notArchived', CommonErrorReason.ALREADY_ARCHIVED);
    if (!archive && !current.archivedAt) throw badInput('input.id', `is a ${cls.name} that is not archived.`, 'archived', CommonErrorReason.NOT_ARCHIVED);
    const patch = { archivedAt: archive ? this.meta.at : null } as Partial<T>;
    return this.update(cls, id, expectedVersion, patch, archive ? AuditOperation.ARCHIVE : AuditOperation.RESTORE);
  }

  /**
   * A new version for a record whose own columns did not change but whose rows elsewhere did (an
   * agency's aliases), checked like any update: UPDATE … WHERE id = ? AND version = ? must touch
   * one row. No audit entry: the caller logs what changed.
   */
  async newVersion<T extends PlanRecord>(row: T, expectedVersion: number, argument = 'input.expectedVersion'): Promise<T> {
    this.checkVersion(row, expectedVersion, argument);
    const cls = row.constructor as ClassType<T>;
    const result = await this.manager
      .createQueryBuilder()
      .update(cls)
      .set({ updatedAt: this.meta.at } as never)
      .where('id = :id AND version = :expectedVersion', { id: row.id, expectedVersion })
      .execute();
    const updated = await this.get(cls, row.id);
    if (result.affected !== 1) this.checkVersion(updated, expectedVersion, argument);
    return updated;
  }

  /**
   * CONFLICT naming `argument` unless the record is at `expectedVersion` (or, `raced`, whatever its
   * version: an UPDATE … AND version = ? that touched no row lost a race).
   */
  checkVersion(row: PlanRecord, expectedVersion: number, argument = 'input.expectedVersion', raced = false): void {
    if (row.version === expectedVersion && !raced) return;
    const type = row.constructor.name;
    throw new AppError(
      ErrorCode.CONFLICT,
      `${type} ${toGlobalId(type, row.id)} has changed since you read it: expected version ${expectedVersion}, it is at version ${row.version}. Read it again and reapply your change.`,
      { argument, currentVersion: row.version, reason: CommonErrorReason.VERSION_CONFLICT },
    );
  }
}
