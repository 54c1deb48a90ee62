import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { ChangeSet } from '../../writes/change-set';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { badInput } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import type { RecordVersionInput } from '../../graphql/mutation';
import { Objective } from '../objective/objective.entity';
import { liveAgency } from '../agency/agency.names';
import { addDays } from '../../common/dates';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import { ReprocurementErrorReason } from './reprocurement.errors';
import { OPEN_REPROCUREMENT_STATUSES, Reprocurement, ReprocurementStatus } from './reprocurement.entity';
import { CreateReprocurementInput, ReprocurementFilter, SetReprocurementStatusInput, UpdateReprocurementInput } from './reprocurement.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { REPROCUREMENT_MUTATIONS } from './reprocurement.rules';

export class ReprocurementService {
  private readonly archiving: Archiving<Reprocurement>;

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof REPROCUREMENT_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, Reprocurement, { archive: 'archiveReprocurement', restore: 'restoreReprocurement' });
  }

  /** The live agency `value` names (ID, name, short name or alias), as a reprocurement's agencyId. */
  private async agencyIdOf(changes: ChangeSet, value: string): Promise<number> {
    return (await liveAgency(this.data, changes, value, 'input.agency')).id;
  }

  create(ctx: RequestContext, input: CreateReprocurementInput): Promise<MutationResult<Reprocurement>> {
    return this.runner.run(ctx, 'createReprocurement', input, async (changes) => {
      const objective = await this.data.byGlobalId(changes, Objective, input.objectiveId, 'input.objectiveId');
      return changes.create(Reprocurement, {
        objectiveId: objective.id,
        service: input.service,
        supplier: input.supplier ?? null,
        expiryDate: input.expiryDate,
        agencyId: input.agency ? await this.agencyIdOf(changes, input.agency) : null,
        status: input.status ?? ReprocurementStatus.NOT_STARTED,
      });
    });
  }

  update(ctx: RequestContext, input: UpdateReprocurementInput): Promise<MutationResult<Reprocurement>> {
    return this.runner.run(ctx, 'updateReprocurement', input, async (changes) => {
      const { service, supplier, expiryDate } = input;
      const agencyId = input.agency === undefined ? undefined : input.agency === null ? null : await this.agencyIdOf(changes, input.agency);
      return changes.update(Reprocurement, fromGlobalId(input.id, 'input.id', 'Reprocurement').id, input.expectedVersion, {
        service,
        supplier,
        expiryDate,
        agencyId,
      });
    });
  }

  /** A new status and, where it changes, expiry date; EXTENDED needs a new expiry date later than the current one. */
  setStatus(ctx: RequestContext, input: SetReprocurementStatusInput): Promise<MutationResult<Reprocurement>> {
    return this.runner.run(ctx, 'setReprocurementStatus', input, async (changes) => {
      const id = fromGlobalId(input.id, 'input.id', 'Reprocurement').id;
      // An empty patch checks the version and writes nothing: a stale version is a CONFLICT before any rule.
      const current = await changes.update(Reprocurement, id, input.expectedVersion, {});
      if (input.status === ReprocurementStatus.EXTENDED && (!input.expiryDate || input.expiryDate <= current.expiryDate)) {
        throw badInput(
          'input.expiryDate',
          `must be given with status EXTENDED, and later than the current expiry date ${current.expiryDate}${input.expiryDate ? `; got ${input.expiryDate}` : ''}.`,
          'laterExpiry',
          ReprocurementErrorReason.EXPIRY_NOT_LATER,
        );
      }
      return changes.update(Reprocurement, id, input.expectedVersion, { status: input.status, expiryDate: input.expiryDate ?? undefined });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Reprocurement>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Reprocurement>> {
    return this.archiving.restore(ctx, input);
  }

  get(ctx: RequestContext, id: string): Promise<Reprocurement> {
    return this.data.byGlobalId(ctx, Reprocurement, id, 'id');
  }

  /**
   * The rows of each list, with the asOf they were filtered by: their overdue and daysUntilExpiry
   * are measured from that date, not from today (rows are read afresh for each list, never shared).
   */
  private readonly listedAsOf = new WeakMap<Reprocurement, string>();

  /** The date a row's overdue and daysUntilExpiry are measured from: the field's own asOf, else its list's, else today. */
  asOfFor(ctx: RequestContext, r: Reprocurement, asOf: string | null | undefined): string {
    return asOf ?? this.listedAsOf.get(r) ?? ctx.today;
  }

  /** Whether a contract is overdue on `asOf`: still open and its expiry date has passed. */
  isOverdue(r: Reprocurement, asOf: string): boolean {
    return OPEN_REPROCUREMENT_STATUSES.includes(r.status) && r.expiryDate < asOf;
  }

  /** Deadlines in expiry order, filtered relative to asOf (default: the request's date). */
  list(ctx: RequestContext, filter: ReprocurementFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Reprocurement>> {
    const listedAsOf = filter?.asOf;
    return pagedList(args, () => this.listQuery(ctx, filter), {
      withRows: listedAsOf ? (rows) => rows.forEach((row) => this.listedAsOf.set(row, listedAsOf)) : undefined,
    });
  }

  private listQuery(ctx: RequestContext, filter: ReprocurementFilter | null | undefined) {
    const asOf = filter?.asOf ?? ctx.today;
    const qb = this.data.query(ctx, Reprocurement, 'r').where('r.archivedAt IS NULL');
    if (filter?.status?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.status });
    const open = { open: OPEN_REPROCUREMENT_STATUSES };
    if (filter?.overdue === true) qb.andWhere('r.status IN (:...open) AND r.expiryDate < :asOf', { ...open, asOf });
    if (filter?.overdue === false) qb.andWhere('NOT (r.status IN (:...open) AND r.expiryDate < :asOf)', { ...open, asOf });
    if (filter?.dueWithinDays !== undefined && filter?.dueWithinDays !== null) {
      qb.andWhere('r.status IN (:...open) AND r.expiryDate >= :asOf AND r.expiryDate <= :until', { ...open, asOf, until: addDays(asOf, filter.dueWithinDays) });
    }
    return qb.orderBy('r.expiryDate', 'ASC').addOrderBy('r.id', 'ASC');
  }
}
