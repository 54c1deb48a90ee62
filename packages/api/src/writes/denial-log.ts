import { createHash } from 'node:crypto';
import type { RequestContext } from '../context';
import type { AppError } from '../common/errors';
import { stableJson } from '../common/stable-json';
import type { Database } from '../db/database';
import { AuditEntry, AuditOperation } from '../modules/audit/audit.entity';
import { ActorKind } from '../auth/actor';
import { DenialCount } from './denial-count.entity';

/** Why a write or a request was refused: a stable code, kept in the denial records. */
export enum DenialReason {
  /** A mutation without an API key. */
  NO_KEY = 'NO_KEY',
  /** A key that is not ours: malformed, unknown prefix, or a wrong secret. */
  KEY_UNKNOWN = 'KEY_UNKNOWN',
  KEY_REVOKED = 'KEY_REVOKED',
  KEY_EXPIRED = 'KEY_EXPIRED',
  /** The key's role may not call the mutation. */
  ROLE = 'ROLE',
  /** The record is outside the key's pillar or agency. */
  SCOPE = 'SCOPE',
  /** An agency's key changing the wording of a record shared with other agencies (plan-tree/wording-lock.ts). */
  WORDING = 'WORDING',
}

/** The operation recorded for a request refused for its key, before any operation is known. */
export const AUTHENTICATION = 'authentication';

/** What the denial records keep of an input: its size and a hash, never its values. */
export function inputDigest(input: unknown): { bytes: number; sha256: string } {
  const json = stableJson(input ?? null);
  return { bytes: Buffer.byteLength(json, 'utf8'), sha256: createHash('sha256').update(json).digest('hex') };
}

interface Pending {
  bucket: Date;
  operation: string;
  actorKind: ActorKind;
  keyPrefix: string;
  reason: DenialReason;
  count: number;
  firstAt: Date;
  lastAt: Date;
  maxInputBytes: number;
  lastInputSha256: string | null;
}

/** The start of the UTC hour `at` falls in. */
function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}

/** A date as TypeORM stores a `datetime` column on SQLite (UTC, milliseconds). */
function sqliteDatetime(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

/** The one statement that adds counted refusals to their hour's row: the same upsert on both engines, in each one's spelling. */
function upsertCount(postgres: boolean): string {
  const p = (n: number) => (postgres ? `$${n}` : '?');
  const greatest = postgres ? 'GREATEST' : 'MAX';
  return `INSERT INTO denial_count ("bucket", "operation", "actorKind", "keyPrefix", "reason", "count", "firstAt", "lastAt", "maxInputBytes", "lastInputSha256")
     VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(p).join(', ')})
     ON CONFLICT ("bucket", "operation", "actorKind", "keyPrefix", "reason") DO UPDATE SET
       "count" = denial_count."count" + excluded."count",
       "lastAt" = excluded."lastAt",
       "maxInputBytes" = ${greatest}(denial_count."maxInputBytes", excluded."maxInputBytes"),
       "lastInputSha256" = COALESCE(excluded."lastInputSha256", denial_count."lastInputSha256")`;
}

export interface DenialLogOptions {
  /** How long counted refusals wait in memory before they are written (default 5000 ms). */
  flushIntervalMs?: number;
  now?: () => Date;
}

/**
 * Records refused writes, boundedly, and never moves the data revision on (a refusal changes no
 * data, so cached answers stay valid):
 *
 * - A refusal of an API key (its role or scope does not allow the write) is one DENIED entry in
 *   the audit log: the mutation, the key, the error code and reason, and the input's size and
 *   SHA-256 hash; never the input's values.
 * - Refusals without a valid key (a mutation with no key; any request with an unknown, revoked or
 *   expired key) are counted, not logged one by one: counts gather in memory and are written at
 *   most every `flushIntervalMs` (and when the database closes) into `denial_count`, one row per
 *   hour, operation, actor kind, key prefix and reason. A flood of them costs one small write
 *   every few seconds and a constant number of rows per hour. Counts not yet written are lost if
 *   the process dies; they are telemetry, not data.
 */
export class DenialLog {
  private readonly pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | null = null;
  private readonly flushIntervalMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    options: DenialLogOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 5000;
    this.now = options.now ?? (() => new Date());
    db.onClose(() => this.flush());
  }

  /** A refused mutation: a DENIED audit entry for an API key, a count for anyone else. */
  async record(ctx: RequestContext, mutation: string, input: object | undefined, error: AppError, reason: DenialReason): Promise<void> {
    const { actor, requestId } = ctx;
    const digest = inputDigest(input);
    if (actor.kind !== ActorKind.API_KEY) {
      this.count({ operation: mutation, actorKind: actor.kind, keyPrefix: '', reason, inputBytes: digest.bytes, inputSha256: digest.sha256 });
      return;
    }
    const at = this.now();
    const after = (field: string, value: unknown) => ({ field, before: null, after: value });
    await this.db.writeTransaction(
      (manager) =>
        manager.insert(AuditEntry, {
          at,
          actorKind: actor.kind,
          actorId: actor.id,
          actorName: actor.name,
          requestId,
          mutation,
          operation: AuditOperation.DENIED,
          entityType: 'Denied',
          entityId: 0,
          version: null,
          changes: [
            after('code', error.code),
            after('reason', reason),
            after('message', error.message.slice(0, 300)),
            after('inputBytes', digest.bytes),
            after('inputSha256', digest.sha256),
          ] as never,
        }),
      { bumpRevision: false },
    );
  }

  /**
   * A request refused for the key it presented. `keyPrefix` is the prefix of one of our keys (a
   * revoked or expired key, or a known prefix with a wrong secret), or null for any other key.
   */
  recordAuthentication(keyPrefix: string | null, reason: DenialReason): void {
    this.count({ operation: AUTHENTICATION, actorKind: ActorKind.API_KEY, keyPrefix: keyPrefix ?? '', reason, inputBytes: 0, inputSha256: null });
  }

  private count(refusal: {
    operation: string;
    actorKind: ActorKind;
    keyPrefix: string;
    reason: DenialReason;
    inputBytes: number;
    inputSha256: string | null;
  }): void {
    const at = this.now();
    const bucket = hourOf(at);
    const key = [bucket.getTime(), refusal.operation, refusal.actorKind, refusal.keyPrefix, refusal.reason].join('\0');
    const row = this.pending.get(key);
    if (row) {
      row.count += 1;
      row.lastAt = at;
      row.maxInputBytes = Math.max(row.maxInputBytes, refusal.inputBytes);
      row.lastInputSha256 = refusal.inputSha256 ?? row.lastInputSha256;
    } else {
      const { operation, actorKind, keyPrefix, reason, inputBytes, inputSha256 } = refusal;
      this.pending.set(key, {
        bucket,
        operation,
        actorKind,
        keyPrefix,
        reason,
        count: 1,
        firstAt: at,
        lastAt: at,
        maxInputBytes: inputBytes,
        lastInputSha256: inputSha256,
      });
    }
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.flushIntervalMs);
      this.timer.unref();
    }
  }

  /** The counted refusals (written so far) of the hours from `since`, newest hour first. */
  counts(since: Date): Promise<DenialCount[]> {
    return this.db.read
      .getRepository(DenialCount)
      .createQueryBuilder('d')
      .where('d.bucket >= :since', { since: hourOf(since) })
      .orderBy('d.bucket', 'DESC')
      .addOrderBy('d.count', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }

  /** Writes the counts gathered so far (one transaction; the data revision does not move). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending.size) return;
    const rows = [...this.pending.values()];
    this.pending.clear();
    await this.db.writeTransaction(
      async (manager) => {
        const postgres = this.db.engine === 'postgres';
        const sql = upsertCount(postgres);
        // SQLite stores a datetime as TypeORM writes it (text); PostgreSQL takes the instant.
        const at = (d: Date) => (postgres ? d : sqliteDatetime(d));
        for (const r of rows) {
          await manager.query(sql, [
            at(r.bucket),
            r.operation,
            r.actorKind,
            r.keyPrefix,
            r.reason,
            r.count,
            at(r.firstAt),
            at(r.lastAt),
            r.maxInputBytes,
            r.lastInputSha256,
          ]);
        }
      },
      { bumpRevision: false },
    );
  }
}
