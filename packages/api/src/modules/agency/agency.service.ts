import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import type { MutationResult, MutationRunner } from '../../writes/mutation-runner';
import { AuditOperation, FieldChange } from '../audit/audit.entity';
import type { ChangeSet } from '../../writes/change-set';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import { archiving, Archiving } from '../../writes/archiving';
import { badInput } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { escapeLike } from '../../common/sql';
import type { ConnectionShape, PageArgs } from '../../graphql/connection';
import { pagedList } from '../../graphql/paged-list';
import type { RecordVersionInput } from '../../graphql/mutation';
import { normalise } from './agency.normalise';
import { Objective } from '../objective/objective.entity';
import { Action } from '../action/action.entity';
import { Reprocurement } from '../reprocurement/reprocurement.entity';
import { Agency, AgencyAlias } from './agency.entity';
import { AgencyErrorReason } from './agency.errors';
import {
  AddActionAgencyInput,
  AddObjectiveAgencyInput,
  AgencyFilter,
  CreateAgencyInput,
  MergeAgenciesInput,
  RemoveActionAgencyInput,
  RemoveObjectiveAgencyInput,
  UpdateAgencyInput,
} from './agency.inputs';
import { AgencyNames, aliasesOf, looksLikeGlobalId, replaceAliases, resolveAgency } from './agency.names';
import { linkAction, linkObjective, moveActionLinks, moveObjectiveLinks, unlinkAction, unlinkObjective } from './agency.responsibility';
import type { MutationNameOf } from '../../core/rules';
import type { AGENCY_MUTATIONS } from './agency.rules';

/**
 * Checks that the input's name, short name and aliases name no other agency (AgencyNames.claim),
 * all of them: every name taken is a problem of its own (input.aliases.2 for the third alias).
 */
async function claimAll(
  changes: ChangeSet,
  names: AgencyNames,
  input: { name?: string; shortName?: string | null; aliases?: string[] | null },
  self: number | null,
): Promise<void> {
  const { problems } = changes;
  if (typeof input.name === 'string') await problems.collect(() => names.claim(input.name!, 'input.name', self, true));
  if (typeof input.shortName === 'string' && input.shortName) await problems.collect(() => names.claim(input.shortName!, 'input.shortName', self));
  if (Array.isArray(input.aliases)) {
    for (const [i, alias] of input.aliases.entries())
      if (typeof alias === 'string') await problems.collect(() => names.claim(alias, `input.aliases.${i}`, self));
  }
  problems.throwIfAny();
}

export class AgencyService {
  private readonly archiving: Archiving<Agency>;

  constructor(
    private readonly data: DataAccess,
    private readonly runner: MutationRunner<MutationNameOf<typeof AGENCY_MUTATIONS>>,
  ) {
    // An agency merged into another stays archived: its names and responsibilities are the other's now.
    this.archiving = archiving(
      runner,
      Agency,
      { archive: 'archiveAgency', restore: 'restoreAgency' },
      {
        beforeRestore: (_changes, agency) => {
          if (agency.mergedIntoId) {
            throw badInput(
              'input.id',
              `is an agency merged into ${toGlobalId('Agency', agency.mergedIntoId)}: its names and responsibilities belong to that agency now, so it cannot be restored.`,
              'notMerged',
              AgencyErrorReason.AGENCY_MERGED,
            );
          }
        },
      },
    );
  }

  get(ctx: RequestContext, id: string): Promise<Agency> {
    return this.data.byGlobalId(ctx, Agency, id, 'id');
  }

  /**
   * Finds an agency by global ID, canonical name, short name or any alias (case-insensitive,
   * ignoring surrounding spaces and trailing commas); a live agency wins over an archived one.
   * NOT_FOUND names `argument`. In a request or inside a write (resolveAgency).
   */
  resolve(via: ReadContext, value: string, argument: string): Promise<Agency> {
    return resolveAgency(this.data, via, value, argument);
  }

  /**
   * A subquery selecting the ids of the agencies `value` names (global ID, name, short name or
   * alias, as resolve() matches them), with its parameters set on `qb`: for filters that must not
   * spend a statement on the look-up. Matches nothing for an unknown agency.
   */
  matchingIdsQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, value: string, argument: string): string {
    if (looksLikeGlobalId(value)) {
      qb.setParameter('agencyFilterId', fromGlobalId(value, argument, 'Agency').id);
      return '(:agencyFilterId)';
    }
    qb.setParameter('agencyFilterKey', normalise(value));
    const viaAlias = qb.subQuery().select('al.agencyId').from(AgencyAlias, 'al').where('al.normalised = :agencyFilterKey').getQuery();
    return qb
      .subQuery()
      .select('ag2.id')
      .from(Agency, 'ag2')
      .where(`(LOWER(ag2.name) = :agencyFilterKey OR LOWER(ag2.shortName) = :agencyFilterKey OR ag2.id IN ${viaAlias})`)
      .getQuery();
  }

  list(ctx: RequestContext, filter: AgencyFilter | null | undefined, args: PageArgs): Promise<ConnectionShape<Agency>> {
    return pagedList(args, () => {
      const qb = this.data.query(ctx, Agency, 'ag').where('ag.archivedAt IS NULL');
      if (filter?.kind) qb.andWhere('ag.kind = :kind', { kind: filter.kind });
      if (filter?.search) {
        const search = `%${escapeLike(filter.search.toLowerCase())}%`;
        const viaAlias = qb.subQuery().select('al.agencyId').from(AgencyAlias, 'al').where(`al.normalised LIKE :search ESCAPE '\\'`).getQuery();
        qb.andWhere(`(LOWER(ag.name) LIKE :search ESCAPE '\\' OR LOWER(ag.shortName) LIKE :search ESCAPE '\\' OR ag.id IN ${viaAlias})`, { search });
      }
      return qb.orderBy('ag.name', 'ASC').addOrderBy('ag.id', 'ASC');
    });
  }

  /** Adds an agency; its name, short name and aliases must name no other agency. */
  create(ctx: RequestContext, input: CreateAgencyInput): Promise<MutationResult<Agency>> {
    return this.runner.run(ctx, 'createAgency', input, async (changes) => {
      const names = await AgencyNames.load(changes.manager);
      await claimAll(changes, names, input, null);
      const agency = await changes.create(Agency, {
        name: input.name,
        shortName: input.shortName ?? null,
        kind: input.kind,
        description: input.description ?? null,
      });
      if (input.aliases?.length) {
        const { before, after } = await replaceAliases(changes.manager, names, agency.id, input.aliases, 'input.aliases');
        await changes.log('Agency', agency.id, AuditOperation.CREATE, [{ field: 'aliases', before, after }], agency.version);
      }
      return agency;
    });
  }

  /**
   * Changes an agency. Aliases, when given, replace the set; a change to them alone still gives the
   * agency a new version. Column changes and alias changes are logged as separate entries.
   */
  update(ctx: RequestContext, input: UpdateAgencyInput): Promise<MutationResult<Agency>> {
    return this.runner.run(ctx, 'updateAgency', input, async (changes) => {
      const id = fromGlobalId(input.id, 'input.id', 'Agency').id;
      changes.checkVersion(await changes.get(Agency, id, 'input.id'), input.expectedVersion);
      const names = await AgencyNames.load(changes.manager);
      await claimAll(changes, names, input, id);
      const { name, shortName, kind, description, contactName, contactEmail, contactPhone } = input;
      let agency = await changes.update(Agency, id, input.expectedVersion, { name, shortName, kind, description, contactName, contactEmail, contactPhone });
      if (input.aliases !== undefined) {
        const { before, after } = await replaceAliases(changes.manager, names, id, input.aliases, 'input.aliases');
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          if (agency.version === input.expectedVersion) agency = await changes.newVersion(agency, input.expectedVersion);
          await changes.log('Agency', id, AuditOperation.UPDATE, [{ field: 'aliases', before, after }], agency.version);
        }
      }
      return agency;
    });
  }

  archive(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Agency>> {
    return this.archiving.archive(ctx, input);
  }

  /** Restores an archived agency; one merged into another stays archived (its names are the other's now). */
  restore(ctx: RequestContext, input: RecordVersionInput): Promise<MutationResult<Agency>> {
    return this.archiving.restore(ctx, input);
  }

  /**
   * Merges the source agency into the target: the source's objective and action links and its
   * reprocurements move to the target (a link the target already holds is kept, and the source's
   * wording recorded), its aliases, name and short name become the target's aliases, and the source
   * is archived pointing at the target. Both agencies get a MERGE entry; so does every objective,
   * action and reprocurement that changed hands.
   */
  merge(ctx: RequestContext, input: MergeAgenciesInput): Promise<MutationResult<Agency>> {
    return this.runner.run(ctx, 'mergeAgencies', input, async (changes) => {
      const sourceId = fromGlobalId(input.sourceId, 'input.sourceId', 'Agency').id;
      const targetId = fromGlobalId(input.targetId, 'input.targetId', 'Agency').id;
      if (sourceId === targetId)
        throw badInput(
          'input.targetId',
          'must be another agency than input.sourceId: an agency cannot be merged into itself.',
          'differentAgency',
          AgencyErrorReason.SAME_AGENCY,
        );
      const source = await changes.get(Agency, sourceId, 'input.sourceId');
      const target = await changes.get(Agency, targetId, 'input.targetId');
      changes.checkVersion(source, input.expectedSourceVersion, 'input.expectedSourceVersion');
      changes.checkVersion(target, input.expectedTargetVersion, 'input.expectedTargetVersion');
      if (source.archivedAt)
        changes.problems.add(
          'input.sourceId',
          'notArchived',
          `Argument "input.sourceId" is an archived agency ("${source.name}"): only a live agency can be merged.`,
          AgencyErrorReason.AGENCY_ARCHIVED,
        );
      if (target.archivedAt)
        changes.problems.add(
          'input.targetId',
          'notArchived',
          `Argument "input.targetId" is an archived agency ("${target.name}"): merge into a live agency.`,
          AgencyErrorReason.AGENCY_ARCHIVED,
        );
      changes.problems.throwIfAny();

      const objectives = await moveObjectiveLinks(changes, source, target);
      const actions = await moveActionLinks(changes, source, target);
      const reprocurements = await this.moveReprocurements(changes, source, target);
      const aliases = await this.moveNames(changes, source, target);

      await changes.update(Agency, source.id, input.expectedSourceVersion, { archivedAt: changes.meta.at, mergedIntoId: target.id }, AuditOperation.MERGE);
      const merged = await changes.newVersion(target, input.expectedTargetVersion, 'input.expectedTargetVersion');
      const log: FieldChange[] = [
        { field: 'mergedFrom', before: null, after: { id: toGlobalId('Agency', source.id), name: source.name, shortName: source.shortName } },
        { field: 'aliases', ...aliases },
      ];
      if (objectives.before.length) log.push({ field: 'objectiveLinks', ...objectives });
      if (actions.before.length) log.push({ field: 'actionLinks', ...actions });
      if (reprocurements.length) log.push({ field: 'reprocurements', before: null, after: reprocurements });
      await changes.log('Agency', target.id, AuditOperation.MERGE, log, merged.version);
      return merged;
    });
  }

  /** Every reprocurement of the source (archived ones too) becomes the target's, each with its MERGE entry. */
  private async moveReprocurements(changes: ChangeSet, source: Agency, target: Agency): Promise<string[]> {
    const rows = await changes.manager.find(Reprocurement, { where: { agencyId: source.id }, order: { id: 'ASC' } });
    for (const r of rows) await changes.update(Reprocurement, r.id, r.version, { agencyId: target.id }, AuditOperation.MERGE);
    return rows.map((r) => toGlobalId('Reprocurement', r.id));
  }

  /**
   * The source's aliases move to the target, and its name and short name become aliases of the
   * target. A name that is already an alias (of the target, or of a third agency) stays as it is.
   */
  private async moveNames(changes: ChangeSet, source: Agency, target: Agency): Promise<{ before: string[]; after: string[] }> {
    const { manager } = changes;
    const before = await aliasesOf(manager, target.id);
    await manager.update(AgencyAlias, { agencyId: source.id }, { agencyId: target.id });
    for (const name of [source.name, source.shortName]) {
      const normalised = name ? normalise(name) : '';
      if (normalised && !(await manager.findOne(AgencyAlias, { where: { normalised } })))
        await manager.insert(AgencyAlias, { normalised, alias: name!.trim(), agencyId: target.id });
    }
    return { before, after: await aliasesOf(manager, target.id) };
  }

  addObjectiveAgency(ctx: RequestContext, input: AddObjectiveAgencyInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'addObjectiveAgency', input, (changes) => linkObjective(this.data, changes, input));
  }

  removeObjectiveAgency(ctx: RequestContext, input: RemoveObjectiveAgencyInput): Promise<MutationResult<Objective>> {
    return this.runner.run(ctx, 'removeObjectiveAgency', input, (changes) => unlinkObjective(changes, input));
  }

  addActionAgency(ctx: RequestContext, input: AddActionAgencyInput): Promise<MutationResult<Action>> {
    return this.runner.run(ctx, 'addActionAgency', input, (changes) => linkAction(this.data, changes, input));
  }

  removeActionAgency(ctx: RequestContext, input: RemoveActionAgencyInput): Promise<MutationResult<Action>> {
    return this.runner.run(ctx, 'removeActionAgency', input, (changes) => unlinkAction(changes, input));
  }
}
