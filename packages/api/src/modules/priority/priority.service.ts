import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationRunner } from '../audit/mutation-runner';
import { loadByGlobalId } from '../../common/lookup';
import { fetchPage } from '../../common/sql';
import { AncestorFilter, priorityQuery } from '../../common/hierarchy';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { Priority } from './priority.entity';

export class PriorityService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Priority> {
    return loadByGlobalId<Priority>(ctx, id, 'id', 'Priority');
  }

  async list(_ctx: RequestContext, filter: AncestorFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Priority>> {
    const page = pageOf(args);
    const [rows, total] = await fetchPage(priorityQuery(this.ds, filter ?? {}), page);
    return connectionOf(rows, total, page);
  }
}
