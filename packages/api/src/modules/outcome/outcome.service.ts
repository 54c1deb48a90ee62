import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationRunner } from '../audit/mutation-runner';
import { fromGlobalId } from '../../common/global-id';
import { loadByGlobalId } from '../../common/lookup';
import { fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { NationalOutcome, OutcomeMeasure } from './outcome.entity';
import { NationalOutcomeFilter, OutcomeMeasureFilter } from './outcome.inputs';

export class OutcomeService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner,
  ) {}

  getMeasure(ctx: RequestContext, id: string): Promise<OutcomeMeasure> {
    return loadByGlobalId<OutcomeMeasure>(ctx, id, 'id', 'OutcomeMeasure');
  }

  async listOutcomes(_ctx: RequestContext, filter: NationalOutcomeFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<NationalOutcome>> {
    const page = pageOf(args);
    const qb = this.ds.getRepository(NationalOutcome).createQueryBuilder('no').where('no.archivedAt IS NULL');
    if (filter?.planId) qb.andWhere('no.planId = :planId', { planId: fromGlobalId(filter.planId, 'filter.planId', 'Plan').id });
    if (filter?.pillarId) qb.andWhere('no.pillarId = :pillarId', { pillarId: fromGlobalId(filter.pillarId, 'filter.pillarId', 'Pillar').id });
    qb.orderBy('no.planId', 'ASC').addOrderBy('no.position', 'ASC').addOrderBy('no.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }

  async listMeasures(_ctx: RequestContext, filter: OutcomeMeasureFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<OutcomeMeasure>> {
    const page = pageOf(args);
    const qb = this.ds
      .getRepository(OutcomeMeasure)
      .createQueryBuilder('m')
      .innerJoin(NationalOutcome, 'no', 'no.id = m.outcomeId')
      .where('m.archivedAt IS NULL');
    if (filter?.outcomeId) qb.andWhere('no.id = :outcomeId', { outcomeId: fromGlobalId(filter.outcomeId, 'filter.outcomeId', 'NationalOutcome').id });
    if (filter?.pillarId) qb.andWhere('no.pillarId = :pillarId', { pillarId: fromGlobalId(filter.pillarId, 'filter.pillarId', 'Pillar').id });
    qb.orderBy('no.planId', 'ASC').addOrderBy('no.position', 'ASC').addOrderBy('m.position', 'ASC').addOrderBy('m.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }
}
