import type { RequestContext } from '../../context';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import type { ChangeSet } from '../../writes/change-set';
import { roleOf } from '../../auth/actor';
import { Role } from '../../auth/roles';
import { forbidden } from '../../auth/policy';
import { AuthErrorReason } from '../../auth/auth.errors';
import { PlanScope } from '../../plan-tree/scope';
import { ProgressErrorReason } from '../progress/progress.errors';
import { escapeLike } from '../../common/sql';
import { actionQuery } from '../../plan-tree/hierarchy';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { Objective } from '../objective/objective.entity';
import { Agency, ActionAgency, ObjectiveAgency } from '../agency/agency.entity';
import type { AgencyService } from '../agency/agency.service';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { checkWithinPlan, planOfObjective } from '../../plan-tree/plan-period';
import { nextPosition } from '../../common/position';
import type { RecordVersionInput } from '../../graphql/mutation';
import { Action, ActionStatus } from './action.entity';
import { ActionFilter, CreateActionInput, UpdateActionInput } from './action.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { ACTION_MUTATIONS } from './action.rules';
import { updateWorded } from '../../plan-tree/wording-lock';

export class ActionService {
  private readonly archiving: Archiving<Action>;

  constructor(
    private readonly data: DataAccess,
    private readonly agencies: AgencyService,
    private readonly runner: MutationRunner<MutationNameOf<typeof ACTION_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, Action, { archive: 'archiveAction', restore: 'restoreAction' });
  }

  create(ctx: RequestContext, input: CreateActionInput): Promise<MutationResult<Action>> {
    return this.runner.run(ctx, 'createAction', input, async (changes) => {
      const objective = await this.data.byGlobalId(changes, Objective, input.objectiveId, 'input.objectiveId');
      const plan = await planOfObjective(changes.manager, objective.id);
      if (typeof input.dueDate === 'string') await changes.problems.collect(() => checkWithinPlan(plan, input.dueDate!, 'input.dueDate'));
      return changes.create(Action, {
        objectiveId: objective.id,
        text: input.text,
        fundingCondition: input.fundingCondition ?? null,
        target: input.target ?? null,
        durationMonths: input.durationMonths ?? null,
        dueDate: input.dueDate ?? plan.periodEnd,
        status: input.status ?? ActionStatus.NOT_STARTED,
        position: input.position ?? (await nextPosition(changes.manager, Action, 'objectiveId', objective.id)),
      });
    });
  }

  update(ctx: RequestContext, input: UpdateActionInput): Promise<MutationResult<Action>> {
    return this.runner.run(ctx, 'updateAction', input, async (changes) => {
      const id = fromGlobalId(input.id, 'input.id', 'Action').id;
      if (typeof input.dueDate === 'string') {
        const action = await changes.get(Action, id, 'input.id');
        const plan = await planOfObjective(changes.manager, action.objectiveId);
        await changes.problems.collect(() => checkWithinPlan(plan, input.dueDate!, 'input.dueDate'));
      }
      const leadAgencyId = input.leadAgencyId === undefined ? undefined : await this.leadAgency(changes, id, input.leadAgencyId);
      const { text, fundingCondition, target, durationMonths, dueDate, status, position } = input;
      return updateWorded(changes, Action, 'Action', id, input.expectedVersion, {
        text,
        fundingCondition,
        target,
        durationMonths,
        dueDate,
        status,
        position,
        leadAgencyId,
      });
    });
  }

  /**
   * The lead agency an update sets (null clears it): pillar leads and admins only (an agency editor
   * is FORBIDDEN), and one of the action's responsible agencies, else BAD_USER_INPUT.
   */
  private async leadAgency(changes: ChangeSet, actionId: number, raw: string | null): Promise<number | null> {
    const role = roleOf(changes.meta.actor);
    if (role !== Role.ADMIN && role !== Role.PILLAR_LEAD)
      throw forbidden("An action's lead agency is set by its pillar lead or an admin, not by an agency's key.", AuthErrorReason.ROLE);
    if (raw === null) return null;
    const agency = await this.data.byGlobalId(changes, Agency, raw, 'input.leadAgencyId');
    const responsible = await new PlanScope().agenciesOf(changes.manager, 'Action', actionId);
    if (!responsible.includes(agency.id))
      changes.problems.add(
        'input.leadAgencyId',
        'responsibleAgency',
        `Argument "input.leadAgencyId" (${raw}) is not one of the action's responsible agencies (its own or its objective's): ${responsible.map((a) => toGlobalId('Agency', a)).join(', ') || 'none'}.`,
        ProgressErrorReason.AGENCY_NOT_RESPONSIBLE,
      );
    return agency.id;
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Action>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Action>> {
    return this.archiving.restore(ctx, input);
  }

  get(ctx: RequestContext, id: string): Promise<Action> {
    return this.data.byGlobalId(ctx, Action, id, 'id');
  }

  /** Live actions in plan order (pillar, priority, objective, action), filtered: a count and a page. */
  list(ctx: RequestContext, filter: ActionFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Action>> {
    const f = filter ?? {};
    const agency = f.agency;
    return pagedList(args, () => this.listQuery(ctx, f), { whenEmpty: agency ? () => this.agencies.resolve(ctx, agency, 'filter.agency') : undefined });
  }

  private listQuery(ctx: RequestContext, f: ActionFilter) {
    const qb = actionQuery(this.data.manager(ctx), f);
    if (f.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: f.status });
    if (f.search) qb.andWhere(`LOWER(a.text) LIKE :search ESCAPE '\\'`, { search: `%${escapeLike(f.search.toLowerCase())}%` });
    if (f.agency) {
      // The agency is matched inside the query (no statement of its own); only an empty answer
      // looks it up, to tell an unknown agency (NOT_FOUND) from one with no actions.
      const agencyIds = this.agencies.matchingIdsQuery(qb, f.agency, 'filter.agency');
      const viaObjective = qb.subQuery().select('oa.objectiveId').from(ObjectiveAgency, 'oa').where(`oa.agencyId IN ${agencyIds}`).getQuery();
      const viaAction = qb.subQuery().select('aa.actionId').from(ActionAgency, 'aa').where(`aa.agencyId IN ${agencyIds}`).getQuery();
      qb.andWhere(`(a.objectiveId IN ${viaObjective} OR a.id IN ${viaAction})`);
    }
    return qb;
  }
}
