import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fromGlobalId } from '../common/global-id';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Action } from '../modules/action/action.entity';

/** Plan-order list queries for the levels of the plan tree, with the shared ancestor filters. */
export interface AncestorFilter {
  planId?: string | null;
  pillarId?: string | null;
  priorityId?: string | null;
  objectiveId?: string | null;
}

export function pillarQuery(ds: DataSource, filter: AncestorFilter): SelectQueryBuilder<Pillar> {
  const qb = ds.getRepository(Pillar).createQueryBuilder('pi').where('pi.archivedAt IS NULL');
  if (filter.planId) qb.andWhere('pi.planId = :planId', { planId: fromGlobalId(filter.planId, 'filter.planId', 'Plan').id });
  return qb.orderBy('pi.planId', 'ASC').addOrderBy('pi.number', 'ASC').addOrderBy('pi.id', 'ASC');
}

export function priorityQuery(ds: DataSource, filter: AncestorFilter): SelectQueryBuilder<Priority> {
  const qb = ds.getRepository(Priority).createQueryBuilder('pr').innerJoin(Pillar, 'pi', 'pi.id = pr.pillarId').where('pr.archivedAt IS NULL');
  applyAncestors(qb, filter);
  return qb.orderBy('pi.planId', 'ASC').addOrderBy('pi.number', 'ASC').addOrderBy('pr.position', 'ASC').addOrderBy('pr.id', 'ASC');
}

export function objectiveQuery(ds: DataSource, filter: AncestorFilter): SelectQueryBuilder<Objective> {
  const qb = ds
    .getRepository(Objective)
    .createQueryBuilder('o')
    .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
    .innerJoin(Pillar, 'pi', 'pi.id = pr.pillarId')
    .where('o.archivedAt IS NULL');
  applyAncestors(qb, filter);
  if (filter.priorityId) qb.andWhere('pr.id = :priorityId', { priorityId: fromGlobalId(filter.priorityId, 'filter.priorityId', 'Priority').id });
  return qb.orderBy('pi.planId', 'ASC').addOrderBy('pi.number', 'ASC').addOrderBy('pr.position', 'ASC').addOrderBy('o.position', 'ASC').addOrderBy('o.id', 'ASC');
}

/** Live actions in plan order (pillar, priority, objective, action), under the given ancestors. */
export function actionQuery(ds: DataSource, filter: AncestorFilter): SelectQueryBuilder<Action> {
  const qb = ds
    .getRepository(Action)
    .createQueryBuilder('a')
    .innerJoin(Objective, 'o', 'o.id = a.objectiveId')
    .innerJoin(Priority, 'pr', 'pr.id = o.priorityId')
    .innerJoin(Pillar, 'pi', 'pi.id = pr.pillarId')
    .where('a.archivedAt IS NULL');
  applyAncestors(qb, filter);
  if (filter.priorityId) qb.andWhere('pr.id = :priorityId', { priorityId: fromGlobalId(filter.priorityId, 'filter.priorityId', 'Priority').id });
  if (filter.objectiveId) qb.andWhere('o.id = :objectiveId', { objectiveId: fromGlobalId(filter.objectiveId, 'filter.objectiveId', 'Objective').id });
  return qb.orderBy('pi.number', 'ASC').addOrderBy('pr.position', 'ASC').addOrderBy('o.position', 'ASC').addOrderBy('a.position', 'ASC').addOrderBy('a.id', 'ASC');
}

function applyAncestors<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: AncestorFilter): void {
  if (filter.planId) qb.andWhere('pi.planId = :planId', { planId: fromGlobalId(filter.planId, 'filter.planId', 'Plan').id });
  if (filter.pillarId) qb.andWhere('pi.id = :pillarId', { pillarId: fromGlobalId(filter.pillarId, 'filter.pillarId', 'Pillar').id });
}
