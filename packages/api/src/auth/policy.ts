import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { fromGlobalId, IdType } from '../common/global-id';
import { Actor, roleOf } from './actor';
import { Role, WRITERS } from './roles';

/**
 * Who may make which change: the one place write permissions are decided, for every path into the
 * services (GraphQL, the CLI, any REST route). MutationRunner calls authorize() inside the write
 * transaction, before the change, so the scope is checked against the state the change will see.
 *
 * Each mutation names the roles that may call it and the record that decides its scope (read from
 * its input). Pillar leads act within their pillar; agency editors on the objectives and actions
 * their agency is responsible for. A mutation missing from this table is admin-only (fail closed).
 */
interface Rule {
  roles: readonly Role[];
  /** The input field holding the ID of the record that decides scope, and its type. */
  subject?: { field: string; type: IdType };
}

const structure = (field: string, type: IdType): Rule => ({ roles: WRITERS.structure, subject: { field, type } });
const content = (field: string, type: IdType): Rule => ({ roles: WRITERS.content, subject: { field, type } });

export const MUTATION_RULES: Record<string, Rule> = {
  createPriority: structure('pillarId', 'Pillar'),
  updatePriority: structure('id', 'Priority'),
  archivePriority: structure('id', 'Priority'),
  restorePriority: structure('id', 'Priority'),
  createObjective: structure('priorityId', 'Priority'),
  updateObjective: content('id', 'Objective'),
  archiveObjective: structure('id', 'Objective'),
  restoreObjective: structure('id', 'Objective'),
  createAction: structure('objectiveId', 'Objective'),
  updateAction: content('id', 'Action'),
  archiveAction: structure('id', 'Action'),
  restoreAction: structure('id', 'Action'),
  recordProgress: content('actionId', 'Action'),
  addObjectiveAgency: structure('objectiveId', 'Objective'),
  removeObjectiveAgency: structure('objectiveId', 'Objective'),
  addActionAgency: structure('actionId', 'Action'),
  removeActionAgency: structure('actionId', 'Action'),
  createOutcomeMeasure: structure('outcomeId', 'NationalOutcome'),
  updateOutcomeMeasure: structure('id', 'OutcomeMeasure'),
  archiveOutcomeMeasure: structure('id', 'OutcomeMeasure'),
  restoreOutcomeMeasure: structure('id', 'OutcomeMeasure'),
  recordMeasureValue: structure('measureId', 'OutcomeMeasure'),
};

/** Roles allowed to call a mutation at all (for @Authorized and for documentation). */
export function rolesFor(mutation: string): readonly Role[] {
  return MUTATION_RULES[mutation]?.roles ?? WRITERS.admin;
}

/** FORBIDDEN; `reason` (ROLE or SCOPE) tells the denial log, and the caller, which rule refused. */
export function forbidden(message: string, reason: 'ROLE' | 'SCOPE' = 'ROLE'): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message, { reason });
}

export function unauthenticated(): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, 'This needs an API key: send "Authorization: Bearer cdp_…".');
}

/** The pillar a record sits under (for pillar leads), in one statement. */
async function pillarOf(manager: EntityManager, type: IdType, id: number): Promise<number | null> {
  const sql: Partial<Record<IdType, string>> = {
    Pillar: 'SELECT id AS pillarId FROM pillar WHERE id = ?',
    Priority: 'SELECT pillarId FROM priority WHERE id = ?',
    Objective: 'SELECT pr.pillarId FROM objective o JOIN priority pr ON pr.id = o.priorityId WHERE o.id = ?',
    Action: 'SELECT pr.pillarId FROM action a JOIN objective o ON o.id = a.objectiveId JOIN priority pr ON pr.id = o.priorityId WHERE a.id = ?',
    NationalOutcome: 'SELECT pillarId FROM national_outcome WHERE id = ?',
    OutcomeMeasure: 'SELECT no.pillarId FROM outcome_measure m JOIN national_outcome no ON no.id = m.outcomeId WHERE m.id = ?',
  };
  const query = sql[type];
  if (!query) return null;
  const rows = (await manager.query(query, [id])) as Array<{ pillarId: number | null }>;
  return rows[0]?.pillarId ?? null;
}

/** The agencies responsible for an objective or action (for agency editors), in one statement. */
async function agenciesOf(manager: EntityManager, type: IdType, id: number): Promise<number[]> {
  let rows: Array<{ agencyId: number }> = [];
  if (type === 'Objective') rows = await manager.query('SELECT agencyId FROM objective_agency WHERE objectiveId = ?', [id]);
  if (type === 'Action') {
    rows = await manager.query(
      'SELECT oa.agencyId FROM action a JOIN objective_agency oa ON oa.objectiveId = a.objectiveId WHERE a.id = ? UNION SELECT agencyId FROM action_agency WHERE actionId = ?',
      [id, id],
    );
  }
  return rows.map((r) => r.agencyId);
}

/**
 * Throws UNAUTHENTICATED (no key) or FORBIDDEN (role or scope) unless `actor` may run `mutation`
 * with `input`. A subject that does not exist is left to the service (NOT_FOUND) for admins only;
 * for scoped roles an unknown subject is outside their scope.
 */
export async function authorize(manager: EntityManager, actor: Actor, mutation: string, input: object): Promise<void> {
  const role = roleOf(actor);
  if (!role) throw unauthenticated();
  const rule = MUTATION_RULES[mutation] ?? { roles: WRITERS.admin };
  if (!rule.roles.includes(role)) throw forbidden(`The ${role} role may not ${mutation}.`);
  if (role === Role.ADMIN || !rule.subject) return;

  const raw = (input as Record<string, unknown>)[rule.subject.field];
  const id = typeof raw === 'string' ? fromGlobalId(raw, `input.${rule.subject.field}`, rule.subject.type).id : NaN;
  if (role === Role.PILLAR_LEAD) {
    const pillarId = Number.isNaN(id) ? null : await pillarOf(manager, rule.subject.type, id);
    if (pillarId === null || pillarId !== actor.pillarId) throw forbidden(`This pillar lead's key may ${mutation} only within its own pillar.`, 'SCOPE');
    return;
  }
  if (role === Role.AGENCY_EDITOR) {
    const agencies = Number.isNaN(id) ? [] : await agenciesOf(manager, rule.subject.type, id);
    if (actor.agencyId === null || !agencies.includes(actor.agencyId)) throw forbidden(`This agency's key may ${mutation} only on what its agency is responsible for.`, 'SCOPE');
    return;
  }
  throw forbidden(`The ${role} role may not ${mutation}.`);
}
