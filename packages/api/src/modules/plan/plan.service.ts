import type { RequestContext } from '../../context';
import { AppError, ErrorCode } from '../../common/errors';
import { PlanErrorReason } from './plan.errors';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess } from '../../writes/data-access';
import { Plan, PlanKind } from './plan.entity';
import { PlanFilter } from './plan.inputs';

export class PlanService {
  constructor(private readonly data: DataAccess) {}

  /**
   * One plan: by ID, or by kind and period label, or (with neither) the current delivery plan: the
   * one whose period contains today, else the latest.
   */
  async get(ctx: RequestContext, args: { id?: string | null; kind?: PlanKind | null; periodLabel?: string | null }): Promise<Plan> {
    if (args.id) return this.data.byGlobalId(ctx, Plan, args.id, 'id');
    const kind = args.kind ?? PlanKind.DELIVERY_PLAN;
    const qb = this.data.query(ctx, Plan, 'p').where('p.kind = :kind', { kind }).andWhere('p.archivedAt IS NULL');
    if (args.periodLabel) qb.andWhere('p.periodLabel = :label', { label: args.periodLabel });
    const plans = await qb.orderBy('p.periodStart', 'DESC').addOrderBy('p.id', 'DESC').getMany();
    const current = plans.find((p) => p.periodStart <= ctx.today && ctx.today <= p.periodEnd) ?? plans[0];
    if (!current) {
      const argument = args.periodLabel ? 'periodLabel' : 'kind';
      throw new AppError(
        ErrorCode.NOT_FOUND,
        `No ${kind} plan found${args.periodLabel ? ` for argument "periodLabel": ${JSON.stringify(args.periodLabel)}` : ''}.`,
        { argument, reason: PlanErrorReason.NO_SUCH_PLAN },
      );
    }
    return current;
  }

  list(ctx: RequestContext, filter: PlanFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Plan>> {
    return pagedList(args, () => {
      const qb = this.data.query(ctx, Plan, 'p').where('p.archivedAt IS NULL');
      if (filter?.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
      if (filter?.periodLabel) qb.andWhere('p.periodLabel = :label', { label: filter.periodLabel });
      return qb.orderBy('p.periodStart', 'DESC').addOrderBy('p.kind', 'ASC').addOrderBy('p.id', 'ASC');
    });
  }
}
