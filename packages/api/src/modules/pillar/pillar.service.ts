import type { RequestContext } from '../../context';
import { AncestorFilter, pillarQuery } from '../../plan-tree/hierarchy';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess } from '../../writes/data-access';
import { Pillar } from './pillar.entity';

export class PillarService {
  constructor(private readonly data: DataAccess) {}

  get(ctx: RequestContext, id: string): Promise<Pillar> {
    return this.data.byGlobalId(ctx, Pillar, id, 'id');
  }

  list(ctx: RequestContext, filter: AncestorFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Pillar>> {
    return pagedList(args, () => pillarQuery(this.data.manager(ctx), filter ?? {}));
  }
}
