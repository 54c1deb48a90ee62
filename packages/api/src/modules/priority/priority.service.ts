import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { AncestorFilter, priorityQuery } from '../../plan-tree/hierarchy';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import { fromGlobalId } from '../../common/global-id';
import { nextPosition } from '../../common/position';
import type { RecordVersionInput } from '../../graphql/mutation';
import { Pillar } from '../pillar/pillar.entity';
import { Priority } from './priority.entity';
import { CreatePriorityInput, UpdatePriorityInput } from './priority.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { PRIORITY_MUTATIONS } from './priority.rules';
import { updateWorded } from '../../plan-tree/wording-lock';

export class PriorityService {
  private readonly archiving: Archiving<Priority>;

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof PRIORITY_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, Priority, { archive: 'archivePriority', restore: 'restorePriority' });
  }

  create(ctx: RequestContext, input: CreatePriorityInput): Promise<MutationResult<Priority>> {
    return this.runner.run(ctx, 'createPriority', input, async (changes) => {
      const pillar = await this.data.byGlobalId(changes, Pillar, input.pillarId, 'input.pillarId');
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
      return updateWorded(changes, Priority, 'Priority', fromGlobalId(input.id, 'input.id', 'Priority').id, input.expectedVersion, {
        title,
        strategyName,
        strategyNarrative,
        position,
      });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Priority>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Priority>> {
    return this.archiving.restore(ctx, input);
  }

  get(ctx: RequestContext, id: string): Promise<Priority> {
    return this.data.byGlobalId(ctx, Priority, id, 'id');
  }

  list(ctx: RequestContext, filter: AncestorFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Priority>> {
    return pagedList(args, () => priorityQuery(this.data.manager(ctx), filter ?? {}));
  }
}
