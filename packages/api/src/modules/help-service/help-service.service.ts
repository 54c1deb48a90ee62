import { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import type { ChangeSet } from '../../writes/change-set';
import { badInput } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { loadByGlobalId } from '../../loaders/lookup';
import { nextPosition } from '../../common/position';
import { fetchPage } from '../../common/sql';
import { connectionOf, ConnectionShape, PageArgs, pageOf } from '../../graphql/connection';
import { RecordVersionInput } from '../../graphql/mutation';
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
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner<MutationNameOf<typeof HELP_SERVICE_MUTATIONS>>,
  ) {}

  get(ctx: RequestContext, id: string): Promise<HelpService> {
    return loadByGlobalId<HelpService>(ctx, id, 'id', 'HelpService');
  }

  async list(_ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<HelpService>> {
    const page = pageOf(args);
    const qb = this.ds.getRepository(HelpService).createQueryBuilder('h').where('h.archivedAt IS NULL').orderBy('h.partnershipId', 'ASC').addOrderBy('h.position', 'ASC').addOrderBy('h.id', 'ASC');
    const [rows, total] = await fetchPage(qb, page);
    return connectionOf(rows, total, page);
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
    return this.runner.run(ctx, 'archiveHelpService', input, (changes) => changes.archive(HelpService, fromGlobalId(input.id, 'input.id', 'HelpService').id, input.expectedVersion));
  }

  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<HelpService>> {
    return this.runner.run(ctx, 'restoreHelpService', input, (changes) => changes.restore(HelpService, fromGlobalId(input.id, 'input.id', 'HelpService').id, input.expectedVersion));
  }

  /** The partnership named, or the only one there is; with several, one must be named. */
  private async partnershipFor(changes: ChangeSet, partnershipId: string | null | undefined): Promise<Partnership> {
    if (partnershipId) return changes.get(Partnership, fromGlobalId(partnershipId, 'input.partnershipId', 'Partnership').id, 'input.partnershipId');
    const partnerships = await changes.manager.find(Partnership, { order: { id: 'ASC' }, take: 2 });
    if (partnerships.length === 1) return partnerships[0];
    throw badInput('input.partnershipId', partnerships.length ? 'is required: there are several partnerships.' : 'is required: there is no partnership yet.', 'required');
  }
}
