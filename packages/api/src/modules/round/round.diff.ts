import type { PlanSnapshot, SnapshotAction, SnapshotActionStatus, SnapshotContract, SnapshotMeasureValue, SnapshotRag } from './round.snapshot';

/**
 * The differences between two snapshots of a plan (planDiff): two rounds of one plan, or two plans
 * of one strategy (a plan and the one rolled over from it). Plain data, ordered the same way every
 * time, so two diffs of the same snapshots are equal.
 *
 * Matching: an action of `to` is the same action as one of `from` when it has the same ID (two
 * rounds of one plan) or was carried from it (`carriedFromId`: a plan and its roll-over).
 *
 * RAG: a movement is an action rated in `to` whose quarter RAG differs from its RAG in `from`
 * (null there: not rated in that quarter). An action rated in `from` and not in `to` is not a
 * movement: it is listed in `notUpdated` (its agencies have not posted for the later quarter).
 */
export interface DiffActionRef {
  id: string;
  ref: string;
  text: string;
}

export interface ActionReworded {
  action: DiffActionRef;
  before: string;
  after: string;
}

export interface RagMovement {
  action: DiffActionRef;
  from: SnapshotRag | null;
  to: SnapshotRag;
}

export interface StatusMovement {
  action: DiffActionRef;
  from: SnapshotActionStatus;
  to: SnapshotActionStatus;
}

/** A measure's value in `to` that `from` did not have (the value's fields, with its measure). */
export interface NewMeasureValue extends SnapshotMeasureValue {
  measureId: string;
  measureName: string;
}

export interface ContractChange {
  contractId: string;
  service: string;
  /** The fields that differ, each with its value before and after (expiryDate, status, supplier). */
  fields: { field: 'expiryDate' | 'status' | 'supplier'; before: string | null; after: string | null }[];
}

export interface ContractRef {
  contractId: string;
  service: string;
  expiryDate: string;
}

export interface PlanDiff {
  from: { plan: string; quarter: string; round: string | null; takenAt: string };
  to: { plan: string; quarter: string; round: string | null; takenAt: string };
  actionsAdded: DiffActionRef[];
  actionsRemoved: DiffActionRef[];
  actionsReworded: ActionReworded[];
  ragMovements: RagMovement[];
  notUpdated: DiffActionRef[];
  statusMovements: StatusMovement[];
  newMeasureValues: NewMeasureValue[];
  contractsMoved: ContractChange[];
  contractsAdded: ContractRef[];
  contractsRemoved: ContractRef[];
}

const actionRef = (a: SnapshotAction): DiffActionRef => ({ id: a.id, ref: a.ref, text: a.text });
const contractRef = (c: SnapshotContract): ContractRef => ({ contractId: c.id, service: c.service, expiryDate: c.expiryDate });
const valueKey = (v: SnapshotMeasureValue) => `${v.kind}|${v.periodStart}|${v.periodEnd}|${v.periodLabel}`;

/** The differences from `from` to `to` (see PlanDiff). Actions in `to`'s plan order; contracts by `to`'s order, removed ones by `from`'s. */
export function diffSnapshots(from: PlanSnapshot, to: PlanSnapshot): PlanDiff {
  const fromActions = new Map(from.actions.map((a) => [a.id, a]));
  const matched = new Set<string>();
  const diff: PlanDiff = {
    from: ends(from),
    to: ends(to),
    actionsAdded: [],
    actionsRemoved: [],
    actionsReworded: [],
    ragMovements: [],
    notUpdated: [],
    statusMovements: [],
    newMeasureValues: [],
    contractsMoved: [],
    contractsAdded: [],
    contractsRemoved: [],
  };

  for (const after of to.actions) {
    const before = fromActions.get(after.id) ?? (after.carriedFromId !== null ? fromActions.get(after.carriedFromId) : undefined);
    if (!before) {
      diff.actionsAdded.push(actionRef(after));
      continue;
    }
    matched.add(before.id);
    const ref = actionRef(after);
    if (before.text !== after.text) diff.actionsReworded.push({ action: ref, before: before.text, after: after.text });
    if (after.quarterRag !== null && after.quarterRag !== before.quarterRag)
      diff.ragMovements.push({ action: ref, from: before.quarterRag, to: after.quarterRag });
    if (after.quarterRag === null && before.quarterRag !== null) diff.notUpdated.push(ref);
    if (before.status !== after.status) diff.statusMovements.push({ action: ref, from: before.status, to: after.status });
  }
  for (const before of from.actions) if (!matched.has(before.id)) diff.actionsRemoved.push(actionRef(before));

  const fromMeasures = new Map(from.measures.map((m) => [m.id, new Set(m.values.map(valueKey))]));
  for (const measure of to.measures) {
    const known = fromMeasures.get(measure.id) ?? new Set<string>();
    for (const value of measure.values)
      if (!known.has(valueKey(value))) diff.newMeasureValues.push({ measureId: measure.id, measureName: measure.name, ...value });
  }

  const fromContracts = new Map(from.contracts.map((c) => [c.id, c]));
  const toContractIds = new Set(to.contracts.map((c) => c.id));
  for (const after of to.contracts) {
    const before = fromContracts.get(after.id);
    if (!before) {
      diff.contractsAdded.push(contractRef(after));
      continue;
    }
    const fields: ContractChange['fields'] = [];
    for (const field of ['expiryDate', 'status', 'supplier'] as const)
      if (before[field] !== after[field]) fields.push({ field, before: before[field], after: after[field] });
    if (fields.length) diff.contractsMoved.push({ contractId: after.id, service: after.service, fields });
  }
  for (const before of from.contracts) if (!toContractIds.has(before.id)) diff.contractsRemoved.push(contractRef(before));
  return diff;
}

function ends(s: PlanSnapshot): PlanDiff['from'] {
  return { plan: s.plan.id, quarter: s.quarter.label, round: s.round?.id ?? null, takenAt: s.takenAt };
}

/** True when the diff lists no difference at all. */
export function isEmptyDiff(d: PlanDiff): boolean {
  return (
    d.actionsAdded.length +
      d.actionsRemoved.length +
      d.actionsReworded.length +
      d.ragMovements.length +
      d.notUpdated.length +
      d.statusMovements.length +
      d.newMeasureValues.length +
      d.contractsMoved.length +
      d.contractsAdded.length +
      d.contractsRemoved.length ===
    0
  );
}
