import type { RequestContext } from '../../context';
import { objectiveQuery } from '../../plan-tree/hierarchy';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import { ObjectiveAgency } from '../agency/agency.entity';
import type { AgencyService } from '../agency/agency.service';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { fromGlobalId } from '../../common/global-id';
import { nextPosition } from '../../common/position';
import type { RecordVersionInput } from '../../graphql/mutation';
import { Priority } from '../priority/priority.entity';
import { Objective } from './objective.entity';
import { CreateObjectiveInput, ObjectiveFilter, UpdateObjectiveInput } from './objective.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { OBJECTIVE_MUTATIONS } from './objective.rules';
import { updateWorded } from '../../plan-tree/wording-lock';

export class ObjectiveService {
  private readonly archiving: Archiving<Objective>;

  constructor(
    private readonly data: DataAccess,
    private readonly agencies: AgencyService,
    private readonly runner: MutationRunner<MutationNameOf<typeof OBJECTIVE_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, Objective, { archive: 'archiveObjective', restore: 'restoreObjective' });
  }

  create(ctx: RequestContext, input: CreateObjectiveInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'createObjective', input, async (changes) => {
      const priority = await this.data.byGlobalId(changes, Priority, input.priorityId, 'input.priorityId');
      return changes.create(Objective, {
        priorityId: priority.id,
        text: input.text,
        subPoints: input.subPoints ?? [],
        position: input.position ?? (await nextPosition(changes.manager, Objective, 'priorityId', priority.id)),
      });
    });
  }

  update(ctx: RequestContext, input: UpdateObjectiveInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'updateObjective', input, (changes) => {
      const { text, subPoints, position } = input;
      return updateWorded(changes, Objective, 'Objective', fromGlobalId(input.id, 'input.id', 'Objective').id, input.expectedVersion, {
        text,
        subPoints,
        position,
      });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Objective>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Objective>> {
    return this.archiving.restore(ctx, input);
  }

  get(ctx: RequestContext, id: string): Promise<Objective> {
    return this.data.byGlobalId(ctx, Objective, id, 'id');
  }

  list(ctx: RequestContext, filter: ObjectiveFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Objective>> {
    const agency = filter?.agency;
    const query = () => {
      const qb = objectiveQuery(this.data.manager(ctx), filter ?? {});
      if (agency) {
        const agencyIds = this.agencies.matchingIdsQuery(qb, agency, 'filter.agency');
        const linked = qb.subQuery().select('oa.objectiveId').from(ObjectiveAgency, 'oa').where(`oa.agencyId IN ${agencyIds}`).getQuery();
        qb.andWhere(`o.id IN ${linked}`);
      }
      return qb;
    };
    // Only an empty answer looks the agency up, to tell an unknown one (NOT_FOUND) from one with no objectives.
    return pagedList(args, query, { whenEmpty: agency ? () => this.agencies.resolve(ctx, agency, 'filter.agency') : undefined });
  }
}
