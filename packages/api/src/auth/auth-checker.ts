import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { AppError, ErrorCode } from '../common/errors';
import { forbidden } from './policy';
import { roleOf } from './actor';
import { DenialLog, DenialReason } from '../writes/denial-log';
import type { Role } from './roles';
import { AuthErrorReason } from './auth.errors';

/**
 * type-graphql's check for @Authorized(...roles): no roles listed means "any API key"; otherwise
 * the caller's role must be listed. Refusals are UNAUTHENTICATED (no key) or FORBIDDEN; refused
 * mutations are recorded by the denial log. Scope (which pillar, which agency) is checked in the
 * services, through MutationRunner and auth/policy.ts.
 */
export const createAuthChecker =
  (denials: DenialLog | null): AuthChecker<RequestContext, Role> =>
  async ({ context, info, args }, roles) => {
    const role = roleOf(context.actor);
    let refusal: AppError | null = null;
    if (!role) refusal = new AppError(ErrorCode.UNAUTHENTICATED, `${info.fieldName} needs an API key: send "Authorization: Bearer cdp_…".`);
    else if (roles.length && !roles.includes(role)) refusal = forbidden(`The ${role} role may not use ${info.fieldName}.`, AuthErrorReason.ROLE);
    if (!refusal) return true;
    if (info.parentType.name === 'Mutation')
      await denials?.record(context, info.fieldName, args.input as object | undefined, refusal, role ? DenialReason.ROLE : DenialReason.NO_KEY);
    throw refusal;
  };
