import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AppError, badInput, notFound } from '../../common/errors';
import { loadAnyNode } from '../../loaders/lookup';
import { MAX_PAGE_SIZE } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any object by its global ID. An unknown ID is a NOT_FOUND error.' })
  async node(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    const found = await loadAnyNode(ctx, id, 'id');
    if (!found) throw notFound('object', 'id', id);
    return found;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by global ID, in the order asked (at most ${MAX_PAGE_SIZE}); null where none exists. A malformed ID is null too, with a BAD_USER_INPUT error at its path (["nodes", i]); the other IDs are still answered.`,
  })
  async nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `may hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}.`);
    // An item that is an Error becomes null with its own error at ["nodes", i] (graphql-js treats a
    // list item like a field): one malformed ID must not null the whole list.
    return Promise.all(
      ids.map((id, i) => loadAnyNode(ctx, id, `ids.${i}`).catch((error: unknown) => (error instanceof AppError ? error : Promise.reject(error)))),
    );
  }
}
