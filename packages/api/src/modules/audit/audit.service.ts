import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { fromGlobalId, idTypes } from '../../common/global-id';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess } from '../../writes/data-access';
import { AuditEntry } from './audit.entity';

/** Record types the audit log names: every type with a global ID, and Denied (refused writes). */
const auditedTypes = (): readonly string[] => [...idTypes().filter((t) => t !== 'AuditEntry'), 'Denied'];

export class AuditService {
  constructor(private readonly data: DataAccess) {}

  /** Every change to one record, oldest first. */
  async history(ctx: RequestContext, id: string, args: PageArgs): Promise<ConnectionShape<AuditEntry>> {
    ctx.answer.live = true; // refusals are appended without moving the data revision on: never cached
    const { type, id: entityId } = fromGlobalId(id, 'id');
    return pagedList(args, () =>
      this.data.query(ctx, AuditEntry, 'e').where('e.entityType = :type AND e.entityId = :entityId', { type, entityId }).orderBy('e.id', 'ASC'),
    );
  }

  /** Changes across the plan in a time window (since inclusive, until exclusive), oldest first. */
  changes(
    ctx: RequestContext,
    filter: { since?: Date | null; until?: Date | null; entityType?: string | null },
    args: PageArgs,
  ): Promise<ConnectionShape<AuditEntry>> {
    ctx.answer.live = true;
    return pagedList(args, () => {
      if (filter.since && filter.until && filter.since >= filter.until) throw badInput('until', 'must be later than since.');
      if (filter.entityType && !auditedTypes().includes(filter.entityType)) {
        throw badInput('entityType', `must be one of ${auditedTypes().join(', ')}; got ${JSON.stringify(filter.entityType)}.`);
      }
      const qb = this.data.query(ctx, AuditEntry, 'e').where('1 = 1');
      if (filter.since) qb.andWhere('e.at >= :since', { since: filter.since });
      if (filter.until) qb.andWhere('e.at < :until', { until: filter.until });
      if (filter.entityType) qb.andWhere('e.entityType = :type', { type: filter.entityType });
      return qb.orderBy('e.id', 'ASC');
    });
  }
}
