import type { ClassType } from 'type-graphql';
import { AppError, badInput, ErrorCode } from '../../common/errors';
import { fromGlobalId, NodeType, toGlobalId } from '../../common/global-id';
import { nextPosition } from '../../common/position';
import type { ChangeSet } from '../../writes/change-set';
import type { DataAccess } from '../../writes/data-access';
import { AuditOperation } from '../audit/audit.entity';
import { Objective } from '../objective/objective.entity';
import { Action } from '../action/action.entity';
import { ActionAgency, Agency, ObjectiveAgency } from './agency.entity';
import { AgencyErrorReason } from './agency.errors';
import { agencyRef, liveAgency } from './agency.names';

/**
 * An agency's responsibility for an objective or an action: a link row (no version of its own),
 * added and removed with a LINK or UNLINK audit entry on the objective or action.
 */
interface Responsibility<R extends Objective | Action, L extends ObjectiveAgency | ActionAgency> {
  record: ClassType<R>;
  type: NodeType;
  link: ClassType<L>;
  /** The link's column naming the objective or action. */
  key: 'objectiveId' | 'actionId';
  argument: string;
  /** Objective links keep the plan's order of agencies on the row. */
  ordered: boolean;
}

const ON_OBJECTIVE: Responsibility<Objective, ObjectiveAgency> = {
  record: Objective,
  type: 'Objective',
  link: ObjectiveAgency,
  key: 'objectiveId',
  argument: 'input.objectiveId',
  ordered: true,
};
const ON_ACTION: Responsibility<Action, ActionAgency> = {
  record: Action,
  type: 'Action',
  link: ActionAgency,
  key: 'actionId',
  argument: 'input.actionId',
  ordered: false,
};

type LinkRow = { id: number; agencyId: number; asWritten: string | null } & Partial<Record<'objectiveId' | 'actionId', number>>;

type AnyResponsibility = Responsibility<Objective, ObjectiveAgency> | Responsibility<Action, ActionAgency>;

async function findLink(changes: ChangeSet, spec: AnyResponsibility, recordId: number, agencyId: number): Promise<LinkRow | null> {
  return (await changes.manager.findOne(spec.link as ClassType<LinkRow>, { where: { [spec.key]: recordId, agencyId } as never })) as LinkRow | null;
}

async function link<R extends Objective | Action, L extends ObjectiveAgency | ActionAgency>(
  data: DataAccess,
  changes: ChangeSet,
  spec: Responsibility<R, L>,
  input: { recordId: string; agency: string; asWritten?: string | null },
): Promise<R> {
  const record = await changes.get(spec.record, fromGlobalId(input.recordId, spec.argument, spec.type).id, spec.argument);
  const agency = await liveAgency(data, changes, input.agency, 'input.agency');
  if (await findLink(changes, spec as AnyResponsibility, record.id, agency.id)) {
    throw badInput(
      'input.agency',
      `names agency "${agency.name}", which is already responsible for this ${spec.type}.`,
      'duplicateLink',
      AgencyErrorReason.DUPLICATE_LINK,
    );
  }
  changes.problems.throwIfAny();
  const asWritten = input.asWritten ?? null;
  const row: Record<string, unknown> = { [spec.key]: record.id, agencyId: agency.id, asWritten };
  if (spec.ordered) row.position = await nextPosition(changes.manager, spec.link, spec.key, record.id);
  await changes.manager.insert(spec.link, row as never);
  await changes.log(spec.type, record.id, AuditOperation.LINK, [{ field: 'agencies', before: null, after: agencyRef(agency, asWritten) }], record.version);
  return record;
}

async function unlink<R extends Objective | Action, L extends ObjectiveAgency | ActionAgency>(
  changes: ChangeSet,
  spec: Responsibility<R, L>,
  input: { recordId: string; agencyId: string },
): Promise<R> {
  const record = await changes.get(spec.record, fromGlobalId(input.recordId, spec.argument, spec.type).id, spec.argument);
  const agencyId = fromGlobalId(input.agencyId, 'input.agencyId', 'Agency').id;
  const existing = await findLink(changes, spec as AnyResponsibility, record.id, agencyId);
  if (!existing) {
    throw new AppError(ErrorCode.NOT_FOUND, `Argument "input.agencyId": agency ${input.agencyId} is not responsible for ${spec.type} ${input.recordId}.`, {
      argument: 'input.agencyId',
      reason: AgencyErrorReason.NOT_RESPONSIBLE,
    });
  }
  const agency = await changes.get(Agency, agencyId, 'input.agencyId');
  await changes.manager.delete(spec.link, { id: existing.id } as never);
  await changes.log(
    spec.type,
    record.id,
    AuditOperation.UNLINK,
    [{ field: 'agencies', before: agencyRef(agency, existing.asWritten), after: null }],
    record.version,
  );
  return record;
}

export const linkObjective = (data: DataAccess, changes: ChangeSet, input: { objectiveId: string; agency: string; asWritten?: string | null }) =>
  link(data, changes, ON_OBJECTIVE, { recordId: input.objectiveId, agency: input.agency, asWritten: input.asWritten });
export const unlinkObjective = (changes: ChangeSet, input: { objectiveId: string; agencyId: string }) =>
  unlink(changes, ON_OBJECTIVE, { recordId: input.objectiveId, agencyId: input.agencyId });
export const linkAction = (data: DataAccess, changes: ChangeSet, input: { actionId: string; agency: string; asWritten?: string | null }) =>
  link(data, changes, ON_ACTION, { recordId: input.actionId, agency: input.agency, asWritten: input.asWritten });
export const unlinkAction = (changes: ChangeSet, input: { actionId: string; agencyId: string }) =>
  unlink(changes, ON_ACTION, { recordId: input.actionId, agencyId: input.agencyId });

/** A link as a merge reports it: the objective or action, and the agency's wording there. */
export interface MovedLink {
  objectiveId?: string;
  actionId?: string;
  asWritten: string | null;
}

/**
 * Moves the source's links of one kind to the target. Where the target already holds a link to the
 * same objective or action, the target's link is kept and the source's is removed; either way the
 * objective or action gets a MERGE entry with the source's link before and the target's after, so
 * no wording is lost. Returns the source's links, and the target's links to the same records after.
 */
async function moveLinks<R extends Objective | Action, L extends ObjectiveAgency | ActionAgency>(
  changes: ChangeSet,
  spec: Responsibility<R, L>,
  source: Agency,
  target: Agency,
): Promise<{ before: MovedLink[]; after: MovedLink[] }> {
  const { manager } = changes;
  const links = (await manager.find(spec.link, {
    where: { agencyId: source.id } as never,
    order: { [spec.key]: 'ASC', id: 'ASC' } as never,
  })) as unknown as LinkRow[];
  const before: MovedLink[] = [];
  const after: MovedLink[] = [];
  for (const sourceLink of links) {
    const recordId = sourceLink[spec.key]!;
    const kept = await findLink(changes, spec as AnyResponsibility, recordId, target.id);
    if (kept) await manager.delete(spec.link, { id: sourceLink.id } as never);
    else await manager.update(spec.link, { id: sourceLink.id } as never, { agencyId: target.id } as never);
    const asWritten = kept ? kept.asWritten : sourceLink.asWritten;
    const ref = { [spec.key]: toGlobalId(spec.type, recordId) };
    before.push({ ...ref, asWritten: sourceLink.asWritten });
    after.push({ ...ref, asWritten });
    const record = await changes.get(spec.record, recordId);
    await changes.log(
      spec.type,
      recordId,
      AuditOperation.MERGE,
      [{ field: 'agencies', before: agencyRef(source, sourceLink.asWritten), after: agencyRef(target, asWritten) }],
      record.version,
    );
  }
  return { before, after };
}

export const moveObjectiveLinks = (changes: ChangeSet, source: Agency, target: Agency) => moveLinks(changes, ON_OBJECTIVE, source, target);
export const moveActionLinks = (changes: ChangeSet, source: Agency, target: Agency) => moveLinks(changes, ON_ACTION, source, target);
