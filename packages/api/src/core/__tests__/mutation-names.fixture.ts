// Compiled by mutation-names.test.ts: each @ts-expect-error below is a mistake the compiler must
// refuse. Should a check be lost (a rule no longer required, a name no longer checked), the
// directive is unused, which is itself an error, and the test fails.
import { defineMutations, MutationNameOf } from '../feature';
import { adminOnly, structure } from '../../auth/permissions';
import type { MutationRunner } from '../../writes/mutation-runner';
import type { RequestContext } from '../../context';
import type { MutationName } from '../../modules';
import { ActionMutation } from '../../modules/action/action.rules';
import type { ACTION_MUTATIONS } from '../../modules/action/action.rules';
import { Action } from '../../modules/action/action.entity';

declare const ctx: RequestContext;
declare const work: () => Promise<Action>;

// A service runs the mutations its feature declares rules for.
declare const actions: MutationRunner<MutationNameOf<typeof ACTION_MUTATIONS>>;
void actions.run(ctx, 'createAction', {}, work);
// @ts-expect-error a misspelt mutation name
void actions.run(ctx, 'createActoin', {}, work);
// @ts-expect-error another feature's mutation: it has no rule here
void actions.run(ctx, 'createAgency', {}, work);

// A rule removed from a table: the mutation that used it no longer compiles.
const _withoutUpdate = defineMutations({ createThing: structure('parentId', 'Objective'), archiveThing: adminOnly });
declare const things: MutationRunner<MutationNameOf<typeof _withoutUpdate>>;
void things.run(ctx, 'archiveThing', {}, work);
// @ts-expect-error updateThing has no rule
void things.run(ctx, 'updateThing', {}, work);

// The resolver side: the decorator takes a declared name, on a method of that name.
export class Resolvers {
  @ActionMutation('createAction', () => Action)
  createAction() {
    return null;
  }

  // @ts-expect-error the method is not named as its rule
  @ActionMutation('updateAction', () => Action)
  changeAction() {
    return null;
  }

  // @ts-expect-error no rule declares deleteAction
  @ActionMutation('deleteAction', () => Action)
  deleteAction() {
    return null;
  }
}

// Every mutation of every feature, as one union.
export const declared: MutationName[] = ['createAction', 'mergeAgencies', 'recordProgress', 'createApiKey'];
// @ts-expect-error not a mutation of any feature
export const undeclared: MutationName = 'createActoin';
