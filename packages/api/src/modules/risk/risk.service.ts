import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { ChangeSet } from '../../writes/change-set';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { fromGlobalId } from '../../common/global-id';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { RecordVersionInput } from '../../graphql/mutation';
import type { MutationNameOf } from '../../core/rules';
import { joinAncestors } from '../../plan-tree/hierarchy';
import { Action } from '../action/action.entity';
import { liveAgency } from '../agency/agency.names';
import type { AgencyService } from '../agency/agency.service';
import { Risk, RiskStatus } from './risk.entity';
import { CreateRiskInput, RiskFilter, UpdateRiskInput } from './risk.inputs';
import { riskScoreSql } from './risk.score';
import type { RISK_MUTATIONS } from './risk.rules';

export class RiskService {
  private readonly archiving: Archiving<Risk>;

  constructor(
    private readonly data: DataAccess,
    private readonly agencies: AgencyService,
    private readonly runner: MutationRunner<MutationNameOf<typeof RISK_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, Risk, { archive: 'archiveRisk', restore: 'restoreRisk' });
  }

  /**
   * The owner agency `value` names (ID, name, short name or alias), which must be live. An archived
   * one is a problem of the input, reported with the others (null then); an unknown one NOT_FOUND.
   */
  private async ownerAgencyId(changes: ChangeSet, value: string): Promise<number | null> {
    return (await changes.problems.collect(() => liveAgency(this.data, changes, value, 'input.ownerAgency')))?.id ?? null;
  }

  create(ctx: RequestContext, input: CreateRiskInput): Promise<MutationResult<Risk>> {
    return this.runner.run(ctx, 'createRisk', input, async (changes) => {
      const action = await this.data.byGlobalId(changes, Action, input.actionId, 'input.actionId');
      return changes.create(Risk, {
        actionId: action.id,
        description: input.description,
        likelihood: input.likelihood,
        impact: input.impact,
        ownerAgencyId: input.ownerAgency ? await this.ownerAgencyId(changes, input.ownerAgency) : null,
        mitigation: input.mitigation ?? null,
        status: input.status ?? RiskStatus.OPEN,
      });
    });
  }

  update(ctx: RequestContext, input: UpdateRiskInput): Promise<MutationResult<Risk>> {
    return this.runner.run(ctx, 'updateRisk', input, async (changes) => {
      const { description, likelihood, impact, mitigation, status } = input;
      const ownerAgencyId =
        input.ownerAgency === undefined ? undefined : input.ownerAgency === null ? null : await this.ownerAgencyId(changes, input.ownerAgency);
      return changes.update(Risk, fromGlobalId(input.id, 'input.id', 'Risk').id, input.expectedVersion, {
        description,
        likelihood,
        impact,
        ownerAgencyId,
        mitigation,
        status,
      });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Risk>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Risk>> {
    return this.archiving.restore(ctx, input);
  }

  get(ctx: RequestContext, id: string): Promise<Risk> {
    return this.data.byGlobalId(ctx, Risk, id, 'id');
  }

  /** Live risks, highest score first (then in the order they were recorded), filtered: a count and a page. */
  list(ctx: RequestContext, filter: RiskFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Risk>> {
    const f = filter ?? {};
    const agency = f.agency;
    // Only an empty answer looks the agency up, to tell an unknown agency (NOT_FOUND) from one owning no risks.
    return pagedList(args, () => this.listQuery(ctx, f), { whenEmpty: agency ? () => this.agencies.resolve(ctx, agency, 'filter.agency') : undefined });
  }

  private listQuery(ctx: RequestContext, f: RiskFilter) {
    const qb = this.data.query(ctx, Risk, 'r').where('r.archivedAt IS NULL');
    if (f.actionId) qb.andWhere('r.actionId = :actionId', { actionId: fromGlobalId(f.actionId, 'filter.actionId', 'Action').id });
    if (f.pillarId) {
      joinAncestors(qb.innerJoin(Action, 'a', 'a.id = r.actionId'), 'action', 'a').andWhere('pi.id = :pillarId', {
        pillarId: fromGlobalId(f.pillarId, 'filter.pillarId', 'Pillar').id,
      });
    }
    if (f.minScore !== undefined && f.minScore !== null) qb.andWhere(`${riskScoreSql('r')} >= :minScore`, { minScore: f.minScore });
    if (f.status?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.status });
    if (f.agency) qb.andWhere(`r.ownerAgencyId IN ${this.agencies.matchingIdsQuery(qb, f.agency, 'filter.agency')}`);
    return qb.orderBy(riskScoreSql('r'), 'DESC').addOrderBy('r.id', 'ASC');
  }
}
