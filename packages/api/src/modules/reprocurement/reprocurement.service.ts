import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationRunner } from '../audit/mutation-runner';
import { addDays } from '../../common/dates';
import { loadByGlobalId } from '../../common/lookup';
import { fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { OPEN_REPROCUREMENT_STATUSES, Reprocurement } from './reprocurement.entity';
import { ReprocurementFilter } from './reprocurement.inputs';

export class ReprocurementService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Reprocurement> {
    return loadByGlobalId<Reprocurement>(ctx, id, 'id', 'Reprocurement');
  }

  /** Whether a contract is overdue on `asOf`: still open and its expiry date has passed. */
  isOverdue(r: Reprocurement, asOf: string): boolean {
    return OPEN_REPROCUREMENT_STATUSES.includes(r.status) && r.expiryDate < asOf;
  }

  /** Deadlines in expiry order, filtered relative to asOf (default: the request's date). */
  async list(ctx: RequestContext, filter: ReprocurementFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Reprocurement>> {
    const page = pageOf(args);
    const asOf = filter?.asOf ?? ctx.today;
    const qb = this.ds.getRepository(Reprocurement).createQueryBuilder('r').where('r.archivedAt IS NULL');
    if (filter?.status?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.status });
    const open = { open: OPEN_REPROCUREMENT_STATUSES };
    if (filter?.overdue === true) qb.andWhere('r.status IN (:...open) AND r.expiryDate < :asOf', { ...open, asOf });
    if (filter?.overdue === false) qb.andWhere('NOT (r.status IN (:...open) AND r.expiryDate < :asOf)', { ...open, asOf });
    if (filter?.dueWithinDays !== undefined && filter?.dueWithinDays !== null) {
      qb.andWhere('r.status IN (:...open) AND r.expiryDate >= :asOf AND r.expiryDate <= :until', { ...open, asOf, until: addDays(asOf, filter.dueWithinDays) });
    }
    qb.orderBy('r.expiryDate', 'ASC').addOrderBy('r.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }
}
