import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { Role } from '../auth/roles';
import { roleOf } from '../auth/actor';
import type { ChangeSet } from '../writes/change-set';
import { AuditOperation } from '../modules/audit/audit.entity';
import { LOCKED_STATUSES, Plan } from '../modules/plan/plan.entity';
import { Pillar } from '../modules/pillar/pillar.entity';
import { Priority } from '../modules/priority/priority.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Action } from '../modules/action/action.entity';
import { PlanErrorReason } from '../modules/plan/plan.errors';
import { joinAncestors } from './hierarchy';
import { PlanScope } from './scope';
import { forbidden } from '../auth/policy';
import { AuthErrorReason } from '../auth/auth.errors';

/** The record types whose wording an agreed plan locks, and the fields that are their wording. */
export const WORDING = {
  Pillar: ['name', 'headingInPlan', 'vision'],
  Priority: ['title', 'strategyName', 'strategyNarrative'],
  Objective: ['text', 'subPoints'],
  Action: ['text'],
} as const;
export type WordedType = keyof typeof WORDING;

/** The plan a pillar, priority, objective or action belongs to, in one statement. */
export async function planOf(manager: EntityManager, type: WordedType, id: number): Promise<Plan> {
  const qb = manager.getRepository(Plan).createQueryBuilder('p');
  let planIds: string;
  if (type === 'Pillar') planIds = qb.subQuery().select('pi.planId').from(Pillar, 'pi').where('pi.id = :recordId').getQuery();
  else {
    const [cls, level, alias] =
      type === 'Priority' ? [Priority, 'priority', 'r'] : type === 'Objective' ? [Objective, 'objective', 'r'] : [Action, 'action', 'r'];
    planIds = joinAncestors(qb.subQuery().select('pi.planId').from(cls, alias), level as 'priority' | 'objective' | 'action', alias)
      .where(`${alias}.id = :recordId`)
      .getQuery();
  }
  return qb.where(`p.id IN ${planIds}`, { recordId: id }).getOneOrFail();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The audit operation of an update to a pillar, priority, objective or action: UPDATE, unless the
 * patch changes its wording while its plan is AGREED or SUPERSEDED: then AMEND for an admin, and
 * for anyone else CONFLICT (reason PLAN_AGREED), before anything is written. `current` is the
 * record as it is (null: not found, left to the update to answer).
 */
export async function wordingOperation(
  changes: ChangeSet,
  type: WordedType,
  current: Record<string, unknown> | null,
  patch: Record<string, unknown>,
): Promise<AuditOperation> {
  if (!current) return AuditOperation.UPDATE;
  const reworded = WORDING[type].filter((f) => patch[f] !== undefined && !same(current[f], patch[f]));
  if (!reworded.length) return AuditOperation.UPDATE;
  const plan = await planOf(changes.manager, type, current.id as number);
  if (!LOCKED_STATUSES.includes(plan.status)) {
    await checkSharedWording(changes, type, current.id as number, reworded);
    return AuditOperation.UPDATE;
  }
  if (roleOf(changes.meta.actor) === Role.ADMIN) return AuditOperation.AMEND;
  throw new AppError(
    ErrorCode.CONFLICT,
    `${type} ${toGlobalId(type, current.id as number)} is in the plan "${plan.title}" (${plan.periodLabel}), which is ${plan.status}: its wording (${reworded.join(', ')}) is locked; only an admin may amend it, and the amendment is audited.`,
    { argument: `input.${reworded[0]}`, reason: PlanErrorReason.PLAN_AGREED },
  );
}

/**
 * The wording of an objective or action that more than one agency is responsible for (its own
 * links or its objective's) belongs to its pillar lead and the coordinator: an agency editor's
 * change to it is FORBIDDEN (reason WORDING) before anything is written. The agency's other
 * fields (status, dates, target, ...) stay its to edit.
 */
async function checkSharedWording(changes: ChangeSet, type: WordedType, id: number, reworded: readonly string[]): Promise<void> {
  if (roleOf(changes.meta.actor) !== Role.AGENCY_EDITOR || (type !== 'Objective' && type !== 'Action')) return;
  const agencies = await new PlanScope().agenciesOf(changes.manager, type, id);
  if (agencies.length <= 1) return;
  throw forbidden(
    `${type} ${toGlobalId(type, id)} is shared by ${agencies.length} agencies: its wording (${reworded.join(', ')}) is changed by its pillar lead or the coordinator, not by one agency's key.`,
    AuthErrorReason.WORDING,
  );
}

/** changes.update for a pillar, priority, objective or action, with its wording checked (wordingOperation) first. */
export async function updateWorded<T extends Pillar | Priority | Objective | Action>(
  changes: ChangeSet,
  cls: new () => T,
  type: WordedType,
  id: number,
  expectedVersion: number,
  patch: Partial<T>,
): Promise<T> {
  const current = (await changes.manager.findOne(cls, { where: { id } as never })) as Record<string, unknown> | null;
  const operation = await wordingOperation(changes, type, current, patch as Record<string, unknown>);
  return changes.update(cls, id, expectedVersion, patch, operation);
}
