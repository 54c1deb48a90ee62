// A mutation's permission rule and the record types a scope is read through: the low-level
// declarations that the policy, the write pipeline and every feature's rules share. Imports no
// feature and nothing of the write pipeline (core/feature.ts composes those).
import { Authorized, Mutation } from 'type-graphql';
import type { Role } from '../auth/roles';

/**
 * A mutation's permission: the roles that may call it, and the input field holding the ID of the
 * record that decides its scope (pillar leads act within their pillar, agency editors on what their
 * agency is responsible for; see auth/policy.ts). No subject: the roles alone decide.
 */
export interface MutationRule {
  readonly roles: readonly Role[];
  readonly subject?: { readonly field: string; readonly type: string };
}

/** A feature's mutations, by GraphQL field name. */
export type MutationRules = Readonly<Record<string, MutationRule>>;

/** The mutation names of a rule table: what MutationRunner.run and @MutationOf accept. */
export type MutationNameOf<R extends MutationRules> = keyof R & string;

/** Declares a feature's mutation rules, keeping the names as literal types. */
export function defineMutations<const R extends MutationRules>(rules: R): R {
  return rules;
}

/**
 * The decorator that declares a mutation of a feature: `@ActionMutation('createAction', () => ActionPayload, {...})`
 * on a method that must be named `createAction`. It is type-graphql's @Mutation with @Authorized
 * for the rule's roles: a name that has no rule, or a method named otherwise, does not compile.
 */
export function mutationDecorator<R extends MutationRules>(rules: R) {
  return <K extends MutationNameOf<R>>(name: K, returns: Parameters<typeof Mutation>[0], options: Parameters<typeof Mutation>[1] = {}) =>
    (prototype: object, method: K, descriptor: PropertyDescriptor): void => {
      Mutation(returns as never, options as never)(prototype, method, descriptor);
      Authorized(...rules[name].roles)(prototype, method, descriptor);
    };
}

/**
 * A record type whose scope (pillar, agencies) is that of another record: its parent, named by a
 * column. Types of the plan tree itself (pillar, priority, objective, action, national outcome,
 * measure) are known to plan-tree/scope.ts; a feature adding a type below them declares its parent.
 */
export interface ScopeParent {
  readonly entity: Function;
  readonly column: string;
  readonly type: string;
}

/**
 * A feature's error reasons as the schema publishes them: a GraphQL enum named `name` whose
 * values are the values of `extensions.reason` its errors can carry, each with its description.
 */
export interface ErrorReasonEnum {
  readonly name: string;
  readonly description: string;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Declares a feature's error reasons for the schema: `errorReasons('AgencyErrorReason', 'the
 * agency feature', AgencyErrorReason, { NAME_TAKEN: '…', … })`; every value of the enum must be
 * described. The enum itself is added to ErrorReasons (common/errors.ts) by the feature.
 */
export function errorReasons<E extends string>(
  name: string,
  of: string,
  values: Record<string, E>,
  descriptions: Readonly<Record<E, string>>,
): ErrorReasonEnum {
  const described: Record<string, string> = {};
  for (const value of Object.values(values)) described[value] = descriptions[value];
  return {
    name,
    description: `The values of \`extensions.reason\` on errors of ${of}: the specific failure, beside the general \`extensions.code\`. Errors with no specific reason have none.`,
    values: described,
  };
}
