import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import { fromGlobalId } from '../../common/global-id';
import { loadByGlobalId } from '../../common/lookup';
import { escapeLike, fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { Objective } from '../objective/objective.entity';
import { Priority } from '../priority/priority.entity';
import { Pillar } from '../pillar/pillar.entity';
import { ActionAgency, ObjectiveAgency } from '../agency/agency.entity';
import type { AgencyService } from '../agency/agency.service';
import { Action } from './action.entity';
import { ActionFilter } from './action.inputs';

export class ActionService {
  constructor(
    private readonly ds: DataSource,
    private readonly agencies: AgencyService,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Action> {
    return loadByGlobalId<Action>(ctx, id, 'id', 'Action');
  }

  /** Live actions in plan order (pillar, priority, objective, action), filtered: a count and a page. */
  async list(ctx: RequestContext, filter: ActionFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Action>> {
    const page = pageOf(args);
    const qb = this.ds
      .getRepository(Action)
      .createQueryBuilder('a')
      .innerJoin(Objective, 'o', 'o.id = a.objectiveId')
      .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
      .innerJoin(Pillar, 'pi', 'pi.id = pr.pillarId')
      .where('a.archivedAt IS NULL');
    const f = filter ?? {};
    if (f.planId) qb.andWhere('pi.planId = :planId', { planId: fromGlobalId(f.planId, 'filter.planId', 'Plan').id });
    if (f.pillarId) qb.andWhere('pi.id = :pillarId', { pillarId: fromGlobalId(f.pillarId, 'filter.pillarId', 'Pillar').id });
    if (f.priorityId) qb.andWhere('pr.id = :priorityId', { priorityId: fromGlobalId(f.priorityId, 'filter.priorityId', 'Priority').id });
    if (f.objectiveId) qb.andWhere('o.id = :objectiveId', { objectiveId: fromGlobalId(f.objectiveId, 'filter.objectiveId', 'Objective').id });
    if (f.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: f.status });
    if (f.search) qb.andWhere(`LOWER(a.text) LIKE :search ESCAPE '\\'`, { search: `%${escapeLike(f.search.toLowerCase())}%` });
    if (f.agency) {
      const agency = await this.agencies.resolve(ctx, f.agency, 'filter.agency');
      const viaObjective = qb.subQuery().select('oa.objectiveId').from(ObjectiveAgency, 'oa').where('oa.agencyId = :agencyId').getQuery();
      const viaAction = qb.subQuery().select('aa.actionId').from(ActionAgency, 'aa').where('aa.agencyId = :agencyId').getQuery();
      qb.andWhere(`(a.objectiveId IN ${viaObjective} OR a.id IN ${viaAction})`, { agencyId: agency.id });
    }
    qb.orderBy('pi.number', 'ASC').addOrderBy('pr.position', 'ASC').addOrderBy('o.position', 'ASC').addOrderBy('a.position', 'ASC').addOrderBy('a.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }
}
