import { getNamedType, GraphQLResolveInfo } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { validationError } from '../common/errors';
import { validateObject } from '../common/validation';
import { PageArgs } from './connection';
import { MutationInput } from './mutation';

/**
 * The path prefix of an argument object: the argument's name for an input type ("filter"), none
 * for an @ArgsType class, whose fields are the arguments themselves ("quarter").
 */
function prefixOf(type: Function, info: GraphQLResolveInfo): string {
  const field = info.parentType.getFields()[info.fieldName];
  return field?.args.find((a) => getNamedType(a.type).name === type.name)?.name ?? '';
}

/**
 * type-graphql's check of every argument object, before its resolver runs: class-validator's rules,
 * answered in the one validation shape (BAD_USER_INPUT, every problem in extensions.fields with its
 * path from the argument: "filter.search", "quarter"). Two kinds are checked elsewhere, on purpose:
 * page arguments by pageOf() (once, not on every nested connection), and mutation inputs by
 * MutationRunner.run, together with the service's own rules, so that one error lists them all.
 * Scalars (a Date included) have no class rules.
 */
export const validateArgs: ValidatorFn = async (value, type, { info }) => {
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof PageArgs || value instanceof MutationInput) return;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const prefix = typeof type === 'function' ? prefixOf(type, info) : '';
  const problems = [];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object' || item instanceof Date) continue;
    problems.push(...(await validateObject(item, Array.isArray(value) ? `${prefix}.${i}` : prefix)));
  }
  if (problems.length) throw validationError(problems);
};
