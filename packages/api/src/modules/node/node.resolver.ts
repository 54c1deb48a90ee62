import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../common/errors';
import { loadAnyNode } from '../../common/lookup';
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

  @Query(() => [Node], { nullable: 'items', description: `Objects by global ID, in the order asked (at most ${MAX_PAGE_SIZE}); null where none exists.` })
  async nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `may hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}.`);
    return Promise.all(ids.map((id, i) => loadAnyNode(ctx, id, `ids[${i}]`)));
  }
}
