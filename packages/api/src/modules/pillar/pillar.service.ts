import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import { loadByGlobalId } from '../../loaders/lookup';
import { fetchPage } from '../../common/sql';
import { AncestorFilter, pillarQuery } from '../../plan-tree/hierarchy';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { Pillar } from './pillar.entity';

export class PillarService {
  constructor(private readonly ds: DataSource) {}

  get(ctx: RequestContext, id: string): Promise<Pillar> {
    return loadByGlobalId<Pillar>(ctx, id, 'id', 'Pillar');
  }

  async list(_ctx: RequestContext, filter: AncestorFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Pillar>> {
    const page = pageOf(args);
    const [rows, total] = await fetchPage(pillarQuery(this.ds, filter ?? {}), page);
    return connectionOf(rows, total, page);
  }
}
