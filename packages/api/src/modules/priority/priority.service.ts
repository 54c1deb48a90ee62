import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationRunner } from '../../writes/mutation-runner';
import { loadByGlobalId } from '../../loaders/lookup';
import { fetchPage } from '../../common/sql';
import { AncestorFilter, priorityQuery } from '../../plan-tree/hierarchy';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { fromGlobalId } from '../../common/global-id';
import { nextPosition } from '../../common/position';
import { RecordVersionInput } from '../../graphql/mutation';
import type { MutationResult } from '../../writes/mutation-runner';
import { Pillar } from '../pillar/pillar.entity';
import { Priority } from './priority.entity';
import { CreatePriorityInput, UpdatePriorityInput } from './priority.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { PRIORITY_MUTATIONS } from './priority.rules';

export class PriorityService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner<MutationNameOf<typeof PRIORITY_MUTATIONS>>,
  ) {}

  create(ctx: RequestContext, input: CreatePriorityInput): Promise<MutationResult<Priority>> {
    return this.runner.run(ctx, 'createPriority', input, async (changes) => {
      const pillar = await changes.get(Pillar, fromGlobalId(input.pillarId, 'input.pillarId', 'Pillar').id, 'input.pillarId');
      return changes.create(Priority, {
        pillarId: pillar.id,
        title: input.title,
        strategyName: input.strategyName ?? null,
        strategyNarrative: input.strategyNarrative ?? null,
        position: input.position ?? (await nextPosition(changes.manager, Priority, 'pillarId', pillar.id)),
      });
    });
  }

  update(ctx: RequestContext, input: UpdatePriorityInput): Promise<MutationResult<Priority>> {
    return this.runner.run(ctx, 'updatePriority', input, (changes) => {
      const { title, strategyName, strategyNarrative, position } = input;
      return changes.update(Priority, fromGlobalId(input.id, 'input.id', 'Priority').id, input.expectedVersion, { title, strategyName, strategyNarrative, position });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Priority>> {
    return this.runner.run(ctx, 'archivePriority', input, (changes) => changes.archive(Priority, fromGlobalId(input.id, 'input.id', 'Priority').id, input.expectedVersion));
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Priority>> {
    return this.runner.run(ctx, 'restorePriority', input, (changes) => changes.restore(Priority, fromGlobalId(input.id, 'input.id', 'Priority').id, input.expectedVersion));
  }

  get(ctx: RequestContext, id: string): Promise<Priority> {
    return loadByGlobalId<Priority>(ctx, id, 'id', 'Priority');
  }

  async list(_ctx: RequestContext, filter: AncestorFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Priority>> {
    const page = pageOf(args);
    const [rows, total] = await fetchPage(priorityQuery(this.ds, filter ?? {}), page);
    return connectionOf(rows, total, page);
  }
}
