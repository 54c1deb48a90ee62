import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { fromGlobalId, idTypes } from '../../common/global-id';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import { AuditEntry } from './audit.entity';

/** Record types the audit log names: every type with a global ID, and Denied (refused writes). */
const auditedTypes = (): readonly string[] => [...idTypes().filter((t) => t !== 'AuditEntry'), 'Denied'];

/**
 * The window of changes(round:): "since the last board" for the round a value names (its ID or key),
 * NOT_FOUND naming `argument` when none. RoundService.changeWindowOf, injected (the round feature
 * comes before the audit feature).
 */
export interface RoundChangeWindows {
  changeWindowOf(via: ReadContext, ref: string, argument: string): Promise<{ since: Date; until: Date | null }>;
}

export class AuditService {
  constructor(
    private readonly data: DataAccess,
    private readonly rounds: RoundChangeWindows,
  ) {}

  /** Every change to one record, oldest first. */
  async history(ctx: RequestContext, id: string, args: PageArgs): Promise<ConnectionShape<AuditEntry>> {
    ctx.answer.live = true; // refusals are appended without moving the data revision on: never cached
    const { type, id: entityId } = fromGlobalId(id, 'id');
    return pagedList(args, () =>
      this.data.query(ctx, AuditEntry, 'e').where('e.entityType = :type AND e.entityId = :entityId', { type, entityId }).orderBy('e.id', 'ASC'),
    );
  }

  /**
   * Changes across the plan in a time window (since inclusive, until exclusive), oldest first. With
   * `round`, the window is the round's (RoundService.changeWindow: since the last board's close, or
   * the round's opening, to its close or now); since or until as well is BAD_USER_INPUT naming round.
   */
  changes(
    ctx: RequestContext,
    filter: { since?: Date | null; until?: Date | null; entityType?: string | null; round?: string | null },
    args: PageArgs,
  ): Promise<ConnectionShape<AuditEntry>> {
    ctx.answer.live = true;
    return pagedList(args, async () => {
      if (filter.round !== null && filter.round !== undefined) {
        if (filter.since || filter.until)
          throw badInput('round', 'takes the window of the round (since the last board): give round, or since and until, not both.', 'roundOrDates');
        filter = { ...filter, ...(await this.rounds.changeWindowOf(ctx, filter.round, 'round')) };
      }
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
