import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import { loadByGlobalId } from '../../loaders/lookup';
import { fetchPage } from '../../common/sql';
import { objectiveQuery } from '../../plan-tree/hierarchy';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { ObjectiveAgency } from '../agency/agency.entity';
import type { AgencyService } from '../agency/agency.service';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { fromGlobalId } from '../../common/global-id';
import { nextPosition } from '../../common/position';
import { RecordVersionInput } from '../../graphql/mutation';
import { Priority } from '../priority/priority.entity';
import { Objective } from './objective.entity';
import { CreateObjectiveInput, ObjectiveFilter, UpdateObjectiveInput } from './objective.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { OBJECTIVE_MUTATIONS } from './objective.rules';

export class ObjectiveService {
  constructor(
    private readonly ds: DataSource,
    private readonly agencies: AgencyService,
    private readonly runner: MutationRunner<MutationNameOf<typeof OBJECTIVE_MUTATIONS>>,
  ) {}

  create(ctx: RequestContext, input: CreateObjectiveInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'createObjective', input, async (changes) => {
      const priority = await changes.get(Priority, fromGlobalId(input.priorityId, 'input.priorityId', 'Priority').id, 'input.priorityId');
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
      return changes.update(Objective, fromGlobalId(input.id, 'input.id', 'Objective').id, input.expectedVersion, { text, subPoints, position });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'archiveObjective', input, (changes) => changes.archive(Objective, fromGlobalId(input.id, 'input.id', 'Objective').id, input.expectedVersion));
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'restoreObjective', input, (changes) => changes.restore(Objective, fromGlobalId(input.id, 'input.id', 'Objective').id, input.expectedVersion));
  }

  get(ctx: RequestContext, id: string): Promise<Objective> {
    return loadByGlobalId<Objective>(ctx, id, 'id', 'Objective');
  }

  async list(ctx: RequestContext, filter: ObjectiveFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Objective>> {
    const page = pageOf(args);
    const qb = objectiveQuery(this.ds, filter ?? {});
    if (filter?.agency) {
      const agencyIds = this.agencies.matchingIdsQuery(qb, filter.agency, 'filter.agency');
      const linked = qb.subQuery().select('oa.objectiveId').from(ObjectiveAgency, 'oa').where(`oa.agencyId IN ${agencyIds}`).getQuery();
      qb.andWhere(`o.id IN ${linked}`);
    }
    const [rows, total] = await fetchPage(qb, page);
    // Only an empty answer looks the agency up, to tell an unknown one (NOT_FOUND) from one with no objectives.
    if (total === 0 && filter?.agency) await this.agencies.resolve(ctx, filter.agency, 'filter.agency');
    return connectionOf(rows, total, page);
  }
}
