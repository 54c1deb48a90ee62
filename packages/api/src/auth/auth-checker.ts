import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { AppError, ErrorCode } from '../common/errors';
import { roleOf } from './policy';
import type { Role } from './roles';

/**
 * type-graphql's check for @Authorized(...roles): no roles listed means "any API key"; otherwise
 * the caller's role must be listed. Refusals are UNAUTHENTICATED (no key) or FORBIDDEN; refused
 * mutations are written to the audit log. Scope (which pillar, which agency) is checked in the
 * services, through MutationRunner and auth/policy.ts.
 */
export const authChecker: AuthChecker<RequestContext, Role> = async ({ context, info, args }, roles) => {
  const role = roleOf(context.actor);
  let refusal: AppError | null = null;
  if (!role) refusal = new AppError(ErrorCode.UNAUTHENTICATED, `${info.fieldName} needs an API key: send "Authorization: Bearer cdp_…".`);
  else if (roles.length && !roles.includes(role)) refusal = new AppError(ErrorCode.FORBIDDEN, `The ${role} role may not use ${info.fieldName}.`);
  if (!refusal) return true;
  if (info.parentType.name === 'Mutation') await context.services.denials.record(context, info.fieldName, args.input as object | undefined, refusal);
  throw refusal;
};
