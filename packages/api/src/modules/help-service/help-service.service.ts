import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationRunner } from '../audit/mutation-runner';
import { fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { HelpService } from './help-service.entity';

export class HelpServiceService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner,
  ) {}

  async list(_ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<HelpService>> {
    const page = pageOf(args);
    const qb = this.ds.getRepository(HelpService).createQueryBuilder('h').where('h.archivedAt IS NULL').orderBy('h.partnershipId', 'ASC').addOrderBy('h.position', 'ASC').addOrderBy('h.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }
}
