import type { RequestContext } from '../../context';
import { AncestorFilter, pillarQuery } from '../../plan-tree/hierarchy';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { DataAccess } from '../../writes/data-access';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { archiving, Archiving } from '../../writes/archiving';
import type { RecordVersionInput } from '../../graphql/mutation';
import { fromGlobalId } from '../../common/global-id';
import type { MutationNameOf } from '../../core/rules';
import { updateWorded } from '../../plan-tree/wording-lock';
import { Plan } from '../plan/plan.entity';
import { Pillar } from './pillar.entity';
import { CreatePillarInput, UpdatePillarInput } from './pillar.inputs';
import type { PILLAR_MUTATIONS } from './pillar.rules';

export class PillarService {
  private readonly archiving: Archiving<Pillar>;

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof PILLAR_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, Pillar, { archive: 'archivePillar', restore: 'restorePillar' });
  }

  create(ctx: RequestContext, input: CreatePillarInput): Promise<MutationResult<Pillar>> {
    return this.runner.run(ctx, 'createPillar', input, async (changes) => {
      const plan = await this.data.byGlobalId(changes, Plan, input.planId, 'input.planId');
      if (typeof input.number === 'number' && (await changes.manager.count(Pillar, { where: { planId: plan.id, number: input.number } })))
        changes.problems.add(
          'input.number',
          'uniqueInPlan',
          `Argument "input.number" is taken: the plan "${plan.title}" already has a pillar ${input.number}.`,
        );
      return changes.create(Pillar, {
        planId: plan.id,
        number: input.number,
        name: input.name,
        headingInPlan: input.headingInPlan ?? null,
        vision: input.vision ?? null,
        subgroup: input.subgroup ?? null,
        lead: input.lead ?? null,
      });
    });
  }

  /** Changes a pillar; its wording (name, heading, vision) is locked once its plan is agreed (plan-tree/wording-lock.ts). */
  update(ctx: RequestContext, input: UpdatePillarInput): Promise<MutationResult<Pillar>> {
    return this.runner.run(ctx, 'updatePillar', input, (changes) => {
      const { name, headingInPlan, vision, subgroup, lead } = input;
      return updateWorded(changes, Pillar, 'Pillar', fromGlobalId(input.id, 'input.id', 'Pillar').id, input.expectedVersion, {
        name,
        headingInPlan,
        vision,
        subgroup,
        lead,
      });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Pillar>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Pillar>> {
    return this.archiving.restore(ctx, input);
  }

  get(ctx: RequestContext, id: string): Promise<Pillar> {
    return this.data.byGlobalId(ctx, Pillar, id, 'id');
  }

  list(ctx: RequestContext, filter: AncestorFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Pillar>> {
    return pagedList(args, () => pillarQuery(this.data.manager(ctx), filter ?? {}));
  }
}
