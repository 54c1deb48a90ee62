import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fromGlobalId } from '../common/global-id';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Action } from '../modules/action/action.entity';
import { ActionAgency, ObjectiveAgency } from '../modules/agency/agency.entity';

/**
 * The plan tree's joins, the only place they are written: a level joined to the levels above it
 * (objective `o`, priority `pr`, pillar `pi`, the aliases every plan-tree query uses), the plan-order
 * list queries with their shared ancestor filters, and the plan's actions.
 */

/** The plan-tree levels a query can start from, below the pillar. */
export type TreeLevel = 'action' | 'objective' | 'priority';

/**
 * Inner-joins the levels above `alias` (a row of `level`): its objective `o` (from an action),
 * priority `pr` (from an objective or action) and pillar `pi`, whose planId names the plan.
 */
export function joinAncestors<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, level: TreeLevel, alias: string): SelectQueryBuilder<T> {
  let below = alias;
  if (level === 'action') {
    qb.innerJoin(Objective, 'o', `o.id = ${below}.objectiveId`);
    below = 'o';
  }
  if (level !== 'priority') {
    qb.innerJoin(Priority, 'pr', `pr.id = ${below}.priorityId`);
    below = 'pr';
  }
  return qb.innerJoin(Pillar, 'pi', `pi.id = ${below}.pillarId`);
}

/** Plan-order list queries for the levels of the plan tree, with the shared ancestor filters. */
export interface AncestorFilter {
  planId?: string | null;
  pillarId?: string | null;
  priorityId?: string | null;
  objectiveId?: string | null;
}

export function pillarQuery(manager: EntityManager, filter: AncestorFilter): SelectQueryBuilder<Pillar> {
  const qb = manager.getRepository(Pillar).createQueryBuilder('pi').where('pi.archivedAt IS NULL');
  if (filter.planId) qb.andWhere('pi.planId = :planId', { planId: fromGlobalId(filter.planId, 'filter.planId', 'Plan').id });
  return qb.orderBy('pi.planId', 'ASC').addOrderBy('pi.number', 'ASC').addOrderBy('pi.id', 'ASC');
}

export function priorityQuery(manager: EntityManager, filter: AncestorFilter): SelectQueryBuilder<Priority> {
  const qb = joinAncestors(manager.getRepository(Priority).createQueryBuilder('pr'), 'priority', 'pr').where('pr.archivedAt IS NULL');
  applyAncestors(qb, filter);
  return qb.orderBy('pi.planId', 'ASC').addOrderBy('pi.number', 'ASC').addOrderBy('pr.position', 'ASC').addOrderBy('pr.id', 'ASC');
}

export function objectiveQuery(manager: EntityManager, filter: AncestorFilter): SelectQueryBuilder<Objective> {
  const qb = joinAncestors(manager.getRepository(Objective).createQueryBuilder('o'), 'objective', 'o').where('o.archivedAt IS NULL');
  applyAncestors(qb, filter);
  if (filter.priorityId) qb.andWhere('pr.id = :priorityId', { priorityId: fromGlobalId(filter.priorityId, 'filter.priorityId', 'Priority').id });
  return qb
    .orderBy('pi.planId', 'ASC')
    .addOrderBy('pi.number', 'ASC')
    .addOrderBy('pr.position', 'ASC')
    .addOrderBy('o.position', 'ASC')
    .addOrderBy('o.id', 'ASC');
}

/** Live actions in plan order (pillar, priority, objective, action), under the given ancestors. */
export function actionQuery(manager: EntityManager, filter: AncestorFilter): SelectQueryBuilder<Action> {
  const qb = joinAncestors(manager.getRepository(Action).createQueryBuilder('a'), 'action', 'a').where('a.archivedAt IS NULL');
  applyAncestors(qb, filter);
  if (filter.priorityId) qb.andWhere('pr.id = :priorityId', { priorityId: fromGlobalId(filter.priorityId, 'filter.priorityId', 'Priority').id });
  if (filter.objectiveId) qb.andWhere('o.id = :objectiveId', { objectiveId: fromGlobalId(filter.objectiveId, 'filter.objectiveId', 'Objective').id });
  return orderActions(qb);
}

/** Orders a query over actions `a` (joined to its ancestors) in plan order. */
export function orderActions<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .orderBy('pi.number', 'ASC')
    .addOrderBy('pr.position', 'ASC')
    .addOrderBy('o.position', 'ASC')
    .addOrderBy('a.position', 'ASC')
    .addOrderBy('a.id', 'ASC');
}

/**
 * The actions of a plan (numeric id), as `a` joined to its ancestors; `live`: only those that are,
 * with every level above them, not archived. Unordered.
 */
export function planActionsQuery(manager: EntityManager, planId: number, options: { live: boolean }): SelectQueryBuilder<Action> {
  const qb = joinAncestors(manager.getRepository(Action).createQueryBuilder('a'), 'action', 'a').where('pi.planId = :planId', { planId });
  if (options.live) qb.andWhere('a.archivedAt IS NULL AND o.archivedAt IS NULL AND pr.archivedAt IS NULL AND pi.archivedAt IS NULL');
  return qb;
}

function applyAncestors<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: AncestorFilter): void {
  if (filter.planId) qb.andWhere('pi.planId = :planId', { planId: fromGlobalId(filter.planId, 'filter.planId', 'Plan').id });
  if (filter.pillarId) qb.andWhere('pi.id = :pillarId', { pillarId: fromGlobalId(filter.pillarId, 'filter.pillarId', 'Pillar').id });
}

/**
 * Action id -> the agencies responsible for it, through its objective or directly, for every
 * action of a plan (archived ones too): one statement.
 */
export async function planActionAgencies(manager: EntityManager, planId: number): Promise<Map<number, Set<number>>> {
  const rows = await planActionsQuery(manager, planId, { live: false })
    .leftJoin(ObjectiveAgency, 'oa', 'oa.objectiveId = a.objectiveId')
    .leftJoin(ActionAgency, 'aa', 'aa.actionId = a.id')
    .select('a.id', 'actionId')
    .addSelect('oa.agencyId', 'viaObjective')
    .addSelect('aa.agencyId', 'own')
    .andWhere('(oa.agencyId IS NOT NULL OR aa.agencyId IS NOT NULL)')
    .getRawMany<{ actionId: number; viaObjective: number | null; own: number | null }>();
  const links = new Map<number, Set<number>>();
  for (const { actionId, viaObjective, own } of rows) {
    const set = links.get(Number(actionId)) ?? new Set<number>();
    if (viaObjective !== null) set.add(Number(viaObjective));
    if (own !== null) set.add(Number(own));
    links.set(Number(actionId), set);
  }
  return links;
}
