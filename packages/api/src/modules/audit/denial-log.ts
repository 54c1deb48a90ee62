import type { RequestContext } from '../../context';
import type { AppError } from '../../common/errors';
import type { Database } from '../../db/database';
import { AuditEntry, AuditOperation } from './audit.entity';

/** Input fields never written to the log. */
const SECRET_FIELD = /secret|password|token/i;

/**
 * Records refused writes in the audit log: who tried which mutation with what input, and why it
 * was refused. Each in its own transaction, since the refused one wrote nothing.
 */
export class DenialLog {
  constructor(private readonly db: Database) {}

  record(ctx: RequestContext, mutation: string, input: object | undefined, error: AppError): Promise<void> {
    const { actor, requestId } = ctx;
    const fields = Object.entries(input ?? {})
      .filter(([k]) => !SECRET_FIELD.test(k))
      .map(([field, value]) => ({ field, before: null, after: value instanceof Date ? value.toISOString() : (value ?? null) }));
    return this.db.writeTransaction(async (manager) => {
      await manager.insert(AuditEntry, {
        at: new Date(),
        actorKind: actor.kind,
        actorId: actor.id,
        actorName: actor.name,
        requestId,
        mutation,
        operation: AuditOperation.DENIED,
        entityType: 'Denied',
        entityId: 0,
        version: null,
        changes: [...fields, { field: 'reason', before: null, after: `${error.code}: ${error.message}` }] as never,
      });
    });
  }
}
