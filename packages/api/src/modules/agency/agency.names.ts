import { EntityManager, In } from 'typeorm';
import { AppError, badInput, ErrorCode } from '../../common/errors';
import { fromGlobalId, toGlobalId, truncate } from '../../common/global-id';
import { normalise } from './agency.normalise';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import { Agency, AgencyAlias } from './agency.entity';
import { AgencyErrorReason } from './agency.errors';

/**
 * An agency's names inside a write transaction: look-up by ID, name, short name or alias (the
 * semantics of AgencyService.resolve), uniqueness of names across agencies, and the alias set.
 */

export function looksLikeGlobalId(value: string): boolean {
  try {
    fromGlobalId(value, 'id');
    return true;
  } catch {
    return false;
  }
}

/**
 * The agency a name, short name or alias names (case-insensitive, ignoring surrounding spaces and
 * trailing commas). A live agency wins over an archived one, so that the name of an agency merged
 * away finds the agency it was merged into.
 */
export function findByName(manager: EntityManager, value: string): Promise<Agency | null> {
  const key = normalise(value);
  const qb = manager.getRepository(Agency).createQueryBuilder('ag');
  const viaAlias = qb.subQuery().select('al.agencyId').from(AgencyAlias, 'al').where('al.normalised = :key').getQuery();
  return qb
    .where(`(ag.id IN ${viaAlias} OR LOWER(ag.name) = :key OR LOWER(ag.shortName) = :key)`, { key })
    .orderBy('CASE WHEN ag.archivedAt IS NULL THEN 0 ELSE 1 END', 'ASC')
    .addOrderBy('ag.id', 'ASC')
    .getOne();
}

export function agencyNotFound(value: string, argument: string): AppError {
  return new AppError(
    ErrorCode.NOT_FOUND,
    `No agency found for argument "${argument}": ${JSON.stringify(truncate(value))}. Use an agency ID, name, short name or alias (see the agencies query).`,
    {
      argument,
      reason: AgencyErrorReason.AGENCY_NOT_FOUND,
    },
  );
}

/**
 * The agency `value` names: a global ID, or a canonical name, short name or alias (findByName).
 * NOT_FOUND names `argument`. In a request (`via` a RequestContext) or inside a write (`via` its
 * ChangeSet), through the same calls.
 */
export async function resolveAgency(data: DataAccess, via: ReadContext, value: string, argument: string): Promise<Agency> {
  if (looksLikeGlobalId(value)) return data.byGlobalId(via, Agency, value, argument);
  const agency = await findByName(data.manager(via), value);
  if (!agency) throw agencyNotFound(value, argument);
  return agency;
}

/** resolveAgency, for making an agency responsible for something: an archived agency is BAD_USER_INPUT. */
export async function liveAgency(data: DataAccess, via: ReadContext, value: string, argument: string): Promise<Agency> {
  const agency = await resolveAgency(data, via, value, argument);
  if (agency.archivedAt) {
    const merged = agency.mergedIntoId ? ` (merged into ${toGlobalId('Agency', agency.mergedIntoId)})` : '';
    throw badInput(
      argument,
      `names agency "${agency.name}", which is archived${merged} and cannot be made responsible for anything.`,
      'agencyArchived',
      AgencyErrorReason.AGENCY_ARCHIVED,
    );
  }
  return agency;
}

/** An agency as audit entries describe it. */
export function agencyRef(agency: Agency, asWritten?: string | null) {
  return asWritten === undefined
    ? { id: toGlobalId('Agency', agency.id), name: agency.name }
    : { id: toGlobalId('Agency', agency.id), name: agency.name, asWritten };
}

interface Owner {
  agencyId: number;
  as: 'name' | 'short name' | 'alias';
}

/**
 * Who every name, short name and alias belongs to (by normalised form), for the rule that a name
 * names one agency only. An agency merged into another counts as that other agency. The plan has
 * tens of agencies: they are read whole.
 */
export class AgencyNames {
  private constructor(
    private readonly agencies: Map<number, Agency>,
    private readonly owners: Map<string, Owner[]>,
  ) {}

  static async load(manager: EntityManager): Promise<AgencyNames> {
    const [agencies, aliases] = await Promise.all([manager.find(Agency), manager.find(AgencyAlias)]);
    const owners = new Map<string, Owner[]>();
    const add = (value: string | null, owner: Owner) => {
      if (!value) return;
      const key = normalise(value);
      owners.set(key, [...(owners.get(key) ?? []), owner]);
    };
    for (const a of agencies) {
      add(a.name, { agencyId: a.id, as: 'name' });
      add(a.shortName, { agencyId: a.id, as: 'short name' });
    }
    for (const al of aliases) add(al.alias, { agencyId: al.agencyId, as: 'alias' });
    return new AgencyNames(new Map(agencies.map((a) => [a.id, a])), owners);
  }

  /** The agency `id` stands for now: itself, or the agency it was (in turn) merged into. */
  private survivor(id: number): number {
    const seen = new Set<number>();
    let current = this.agencies.get(id);
    while (current?.mergedIntoId && !seen.has(current.id)) {
      seen.add(current.id);
      current = this.agencies.get(current.mergedIntoId);
    }
    return current?.id ?? id;
  }

  /**
   * The normalised form of `value`, after checking that it names no agency but `self` (null when
   * creating). BAD_USER_INPUT naming `argument` otherwise, or when nothing is left once normalised.
   * A canonical name (`asName`) must differ from every other agency's name, even one merged into
   * `self`: the names of agencies merged away stay theirs.
   */
  claim(value: string, argument: string, self: number | null, asName = false): string {
    const key = normalise(value);
    if (!key) throw badInput(argument, `has ${JSON.stringify(truncate(value))}, which is empty once spaces and trailing punctuation are removed.`, 'notBlank');
    const other = (this.owners.get(key) ?? []).find((o) => (asName && o.as === 'name' ? o.agencyId !== self : this.survivor(o.agencyId) !== self));
    if (other) {
      const agency = this.agencies.get(other.agencyId)!;
      const archived = agency.mergedIntoId ? `, archived, merged into ${toGlobalId('Agency', agency.mergedIntoId)}` : agency.archivedAt ? ', archived' : '';
      throw badInput(
        argument,
        `has ${JSON.stringify(truncate(value))}, which is already the ${other.as} of another agency, "${agency.name}" (${toGlobalId('Agency', agency.id)}${archived}). A name may name one agency only.`,
        'nameTaken',
        AgencyErrorReason.NAME_TAKEN,
      );
    }
    return key;
  }
}

/** An agency's aliases, in the order the API lists them. */
export async function aliasesOf(manager: EntityManager, agencyId: number): Promise<string[]> {
  return (await manager.find(AgencyAlias, { where: { agencyId }, order: { alias: 'ASC' } })).map((a) => a.alias);
}

/**
 * Makes `aliases` the agency's alias set (duplicates by normalised form collapse to the first);
 * returns the set before and after. Every alias must be free (see AgencyNames.claim).
 */
export async function replaceAliases(
  manager: EntityManager,
  names: AgencyNames,
  agencyId: number,
  aliases: string[],
  argument: string,
): Promise<{ before: string[]; after: string[] }> {
  const before = await aliasesOf(manager, agencyId);
  const wanted = new Map<string, string>();
  for (const alias of aliases) {
    const key = names.claim(alias, argument, agencyId);
    if (!wanted.has(key)) wanted.set(key, alias.trim());
  }
  const current = await manager.find(AgencyAlias, { where: { agencyId } });
  const drop = current.filter((row) => !wanted.has(row.normalised)).map((row) => row.normalised);
  if (drop.length) await manager.delete(AgencyAlias, { normalised: In(drop) });
  for (const [normalised, alias] of wanted) {
    const existing = await manager.findOne(AgencyAlias, { where: { normalised } });
    if (!existing) await manager.insert(AgencyAlias, { normalised, alias, agencyId });
    else if (existing.alias !== alias || existing.agencyId !== agencyId) await manager.update(AgencyAlias, { normalised }, { alias, agencyId });
  }
  return { before, after: await aliasesOf(manager, agencyId) };
}
