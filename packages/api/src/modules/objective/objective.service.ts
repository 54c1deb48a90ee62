import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import { loadByGlobalId } from '../../common/lookup';
import { fetchPage } from '../../common/sql';
import { objectiveQuery } from '../../common/hierarchy';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { ObjectiveAgency } from '../agency/agency.entity';
import type { AgencyService } from '../agency/agency.service';
import type { MutationRunner } from '../audit/mutation-runner';
import { Objective } from './objective.entity';
import { ObjectiveFilter } from './objective.inputs';

export class ObjectiveService {
  constructor(
    private readonly ds: DataSource,
    private readonly agencies: AgencyService,
    private readonly runner: MutationRunner,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Objective> {
    return loadByGlobalId<Objective>(ctx, id, 'id', 'Objective');
  }

  async list(ctx: RequestContext, filter: ObjectiveFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Objective>> {
    const page = pageOf(args);
    const qb = objectiveQuery(this.ds, filter ?? {});
    if (filter?.agency) {
      const agency = await this.agencies.resolve(ctx, filter.agency, 'filter.agency');
      const linked = qb.subQuery().select('oa.objectiveId').from(ObjectiveAgency, 'oa').where('oa.agencyId = :agencyId').getQuery();
      qb.andWhere(`o.id IN ${linked}`, { agencyId: agency.id });
    }
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }
}
