import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { ChangeSet } from '../../writes/change-set';
import type { DataAccess } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { badInput } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { nextPosition } from '../../common/position';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { RecordVersionInput } from '../../graphql/mutation';
import { Partnership } from '../partnership/partnership.entity';
import { HelpService } from './help-service.entity';
import { CreateHelpServiceInput, UpdateHelpServiceInput } from './help-service.inputs';
import type { MutationNameOf } from '../../core/rules';
import type { HELP_SERVICE_MUTATIONS } from './help-service.rules';

/** A problem with input.maxAge unless the age range runs forwards. */
function checkAgeRange(changes: ChangeSet, minAge: number | null, maxAge: number | null): void {
  if (typeof minAge === 'number' && typeof maxAge === 'number' && minAge > maxAge) {
    changes.problems.add('input.maxAge', 'ageRange', `Argument "input.maxAge" must be at least minAge (${minAge}), got ${maxAge}.`);
  }
}

export class HelpServiceService {
  private readonly archiving: Archiving<HelpService>;

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof HELP_SERVICE_MUTATIONS>>,
  ) {
    this.archiving = archiving(runner, HelpService, { archive: 'archiveHelpService', restore: 'restoreHelpService' });
  }

  get(ctx: RequestContext, id: string): Promise<HelpService> {
    return this.data.byGlobalId(ctx, HelpService, id, 'id');
  }

  list(ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<HelpService>> {
    return pagedList(args, () =>
      this.data
        .query(ctx, HelpService, 'h')
        .where('h.archivedAt IS NULL')
        .orderBy('h.partnershipId', 'ASC')
        .addOrderBy('h.position', 'ASC')
        .addOrderBy('h.id', 'ASC'),
    );
  }

  create(ctx: RequestContext, input: CreateHelpServiceInput): Promise<MutationResult<HelpService>> {
    return this.runner.run(ctx, 'createHelpService', input, async (changes) => {
      checkAgeRange(changes, input.minAge ?? null, input.maxAge ?? null);
      const partnership = await this.partnershipFor(changes, input.partnershipId);
      return changes.create(HelpService, {
        partnershipId: partnership.id,
        name: input.name,
        description: input.description,
        audience: input.audience ?? null,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        website: input.website ?? null,
        position: input.position ?? (await nextPosition(changes.manager, HelpService, 'partnershipId', partnership.id)),
      });
    });
  }

  update(ctx: RequestContext, input: UpdateHelpServiceInput): Promise<MutationResult<HelpService>> {
    return this.runner.run(ctx, 'updateHelpService', input, async (changes) => {
      const id = fromGlobalId(input.id, 'input.id', 'HelpService').id;
      // An empty patch checks the version and writes nothing: a stale version is a CONFLICT before any rule.
      const current = await changes.update(HelpService, id, input.expectedVersion, {});
      checkAgeRange(changes, input.minAge === undefined ? current.minAge : input.minAge, input.maxAge === undefined ? current.maxAge : input.maxAge);
      const { name, description, audience, minAge, maxAge, phone, email, website, position } = input;
      return changes.update(HelpService, id, input.expectedVersion, { name, description, audience, minAge, maxAge, phone, email, website, position });
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<HelpService>> {
    return this.archiving.archive(ctx, input);
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<HelpService>> {
    return this.archiving.restore(ctx, input);
  }

  /** The partnership named, or the only one there is; with several, one must be named. */
  private async partnershipFor(changes: ChangeSet, partnershipId: string | null | undefined): Promise<Partnership> {
    if (partnershipId) return this.data.byGlobalId(changes, Partnership, partnershipId, 'input.partnershipId');
    const partnerships = await this.data.manager(changes).find(Partnership, { order: { id: 'ASC' }, take: 2 });
    if (partnerships.length === 1) return partnerships[0];
    throw badInput(
      'input.partnershipId',
      partnerships.length ? 'is required: there are several partnerships.' : 'is required: there is no partnership yet.',
      'required',
    );
  }
}
