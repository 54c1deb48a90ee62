import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationRunner } from '../audit/mutation-runner';
import { AppError, ErrorCode } from '../../common/errors';
import { fromGlobalId, truncate } from '../../common/global-id';
import { loadByGlobalId } from '../../common/lookup';
import { escapeLike, fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { normalise } from '../../db/seed/normalise';
import { Agency, AgencyAlias } from './agency.entity';
import { AgencyFilter } from './agency.inputs';

function looksLikeGlobalId(value: string): boolean {
  try {
    fromGlobalId(value, 'id');
    return true;
  } catch {
    return false;
  }
}

export class AgencyService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Agency> {
    return loadByGlobalId<Agency>(ctx, id, 'id', 'Agency');
  }

  /**
   * Finds an agency by global ID, canonical name, short name or any alias (case-insensitive,
   * ignoring surrounding spaces and trailing commas). NOT_FOUND names `argument`.
   */
  async resolve(ctx: RequestContext, value: string, argument: string): Promise<Agency> {
    if (looksLikeGlobalId(value)) return loadByGlobalId<Agency>(ctx, value, argument, 'Agency');
    const key = normalise(value);
    const qb = this.ds.getRepository(Agency).createQueryBuilder('ag');
    const viaAlias = qb.subQuery().select('al.agencyId').from(AgencyAlias, 'al').where('al.normalised = :key').getQuery();
    const agency = await qb
      .where(`(ag.id IN ${viaAlias} OR LOWER(ag.name) = :key OR LOWER(ag.shortName) = :key)`, { key })
      .orderBy('ag.id', 'ASC')
      .getOne();
    if (!agency) {
      throw new AppError(ErrorCode.NOT_FOUND, `No agency found for argument "${argument}": ${JSON.stringify(truncate(value))}. Use an agency ID, name, short name or alias (see the agencies query).`, { argument });
    }
    return agency;
  }

  async list(_ctx: RequestContext, filter: AgencyFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Agency>> {
    const page = pageOf(args);
    const qb = this.ds.getRepository(Agency).createQueryBuilder('ag').where('ag.archivedAt IS NULL');
    if (filter?.kind) qb.andWhere('ag.kind = :kind', { kind: filter.kind });
    if (filter?.search) {
      const search = `%${escapeLike(filter.search.toLowerCase())}%`;
      const viaAlias = qb.subQuery().select('al.agencyId').from(AgencyAlias, 'al').where(`al.normalised LIKE :search ESCAPE '\\'`).getQuery();
      qb.andWhere(`(LOWER(ag.name) LIKE :search ESCAPE '\\' OR LOWER(ag.shortName) LIKE :search ESCAPE '\\' OR ag.id IN ${viaAlias})`, { search });
    }
    qb.orderBy('ag.name', 'ASC').addOrderBy('ag.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
  }
}
