import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { fromGlobalId } from '../common/global-id';
import type { MutationRule } from '../core/rules';
import type { PlanScope } from '../plan-tree/scope';
import { Actor, roleOf } from './actor';
import { Role, WRITERS } from './roles';
import { AuthErrorReason } from './auth.errors';

/*
 * Who may make which change: the one place write permissions are decided, for every path into the
 * services (GraphQL, the CLI, any REST route). MutationRunner calls authorize() inside the write
 * transaction, before the change, so the scope is checked against the state the change will see.
 *
 * Each mutation's rule (core/feature.ts MutationRule) is declared by its feature, next to the
 * mutation: the roles that may call it and the record that decides its scope (read from its input).
 * Pillar leads act within their pillar (and its successors in later plans, carried by rollOverPlan); agency editors on the objectives and actions their agency
 * is responsible for. Where a record sits is asked of the plan tree (plan-tree/scope.ts).
 */

/** FORBIDDEN; `reason` (ROLE, SCOPE, or WORDING: plan-tree/wording-lock.ts) tells the denial log, and the caller, which rule refused. */
export function forbidden(message: string, reason: AuthErrorReason.ROLE | AuthErrorReason.SCOPE | AuthErrorReason.WORDING = AuthErrorReason.ROLE): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message, { reason });
}

export function unauthenticated(): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, 'This needs an API key: send "Authorization: Bearer cdp_…".');
}

/**
 * Throws UNAUTHENTICATED (no key) or FORBIDDEN (role or scope) unless `actor` may run `mutation`
 * with `input`. A subject that does not exist is left to the service (NOT_FOUND) for admins only;
 * for scoped roles an unknown subject is outside their scope.
 */
export async function authorize(
  manager: EntityManager,
  scope: PlanScope,
  actor: Actor,
  mutation: string,
  rule: MutationRule | undefined,
  input: object,
): Promise<void> {
  const role = roleOf(actor);
  if (!role) throw unauthenticated();
  // A mutation without a rule cannot be written (it does not compile); should one get here, it is admin-only.
  rule ??= { roles: WRITERS.admin };
  if (!rule.roles.includes(role)) throw forbidden(`The ${role} role may not ${mutation}.`);
  if (role === Role.ADMIN || !rule.subject) return;

  const raw = (input as Record<string, unknown>)[rule.subject.field];
  const id = typeof raw === 'string' ? fromGlobalId(raw, `input.${rule.subject.field}`, rule.subject.type).id : NaN;
  if (role === Role.PILLAR_LEAD) {
    const pillarId = Number.isNaN(id) ? null : await scope.pillarOf(manager, rule.subject.type, id);
    // The key's pillar, or a pillar carried from it into a later plan (rollOverPlan).
    const within =
      pillarId !== null && actor.pillarId !== null && (pillarId === actor.pillarId || (await scope.pillarLineage(manager, pillarId)).includes(actor.pillarId));
    if (!within) throw forbidden(`This pillar lead's key may ${mutation} only within its own pillar.`, AuthErrorReason.SCOPE);
    return;
  }
  if (role === Role.AGENCY_EDITOR) {
    const agencies = Number.isNaN(id) ? [] : await scope.agenciesOf(manager, rule.subject.type, id);
    if (actor.agencyId === null || !agencies.includes(actor.agencyId))
      throw forbidden(`This agency's key may ${mutation} only on what its agency is responsible for.`, AuthErrorReason.SCOPE);
    return;
  }
  throw forbidden(`The ${role} role may not ${mutation}.`);
}
