/**
 * A plan as it stood for one quarter: what a reporting round freezes when it closes (what the board
 * saw), what the board pack renders and what planDiff compares. Plain data (JSON-safe: strings,
 * numbers, booleans, null, arrays, objects), so it is stored as it is and never changes afterwards.
 * IDs are global IDs ("Action:12"), so a snapshot reads the same on either engine and after a copy.
 *
 * Bump SNAPSHOT_FORMAT when a field's meaning changes; readers refuse a format they do not know.
 */
export const SNAPSHOT_FORMAT = 1;

export type SnapshotRag = 'RED' | 'AMBER' | 'GREEN';

export type SnapshotActionStatus = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETED' | 'CANCELLED';

/** Actions counted by their quarter RAG (the roll-up), as ProgressReport's RagCounts. */
export interface SnapshotCounts {
  red: number;
  amber: number;
  green: number;
  noUpdate: number;
  total: number;
}

export interface SnapshotAgency {
  id: string;
  name: string;
  shortName: string | null;
}

/** The latest update of one agency (agencyId null: an update on the action as a whole) in the quarter. */
export interface SnapshotUpdate {
  id: string;
  agencyId: string | null;
  rag: SnapshotRag;
  status: SnapshotActionStatus;
  percentComplete: number | null;
  commentary: string;
  reportedBy: string;
  /** ISO 8601 instant the update was recorded. */
  recordedAt: string;
}

export interface SnapshotAction {
  id: string;
  /** "<pillar number>.<priority position>.<objective position>.<action position>", e.g. "1.2.1.3". */
  ref: string;
  pillarId: string;
  priorityId: string;
  objectiveId: string;
  /** The objective's wording (what the action delivers towards). */
  objectiveText: string;
  text: string;
  status: SnapshotActionStatus;
  dueDate: string | null;
  /** Agency IDs responsible (the objective's, then the action's own), distinct, in plan order. */
  agencyIds: string[];
  leadAgencyId: string | null;
  /** The roll-up (Action.quarterRag): null when no agency has posted for the quarter. */
  quarterRag: SnapshotRag | null;
  /** Each agency's latest update in the quarter (and one with agencyId null if any), oldest agency first by name. */
  updates: SnapshotUpdate[];
  carriedFromId: string | null;
}

export interface SnapshotPillar {
  id: string;
  number: number;
  name: string;
  lead: string | null;
  subgroup: string | null;
  counts: SnapshotCounts;
}

export interface SnapshotMeasureValue {
  kind: 'BASELINE' | 'TARGET' | 'OBSERVED';
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  value: number;
}

export interface SnapshotMeasure {
  id: string;
  outcomeId: string;
  outcomeName: string;
  name: string;
  unit: 'COUNT' | 'PERCENT' | 'RATE_PER_1000' | 'DAYS';
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'CONTEXT_ONLY';
  /** The values whose period started on or before the quarter's end, oldest first. */
  values: SnapshotMeasureValue[];
}

export interface SnapshotContract {
  id: string;
  service: string;
  supplier: string | null;
  expiryDate: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'AWARDED' | 'EXTENDED' | 'CANCELLED';
  objectiveId: string;
  actionId: string | null;
  agencyId: string | null;
}

export interface PlanSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** ISO 8601 instant the snapshot was taken (a round's close, or now for a live draft). */
  takenAt: string;
  /** The data revision it was read at. */
  revision: number;
  plan: { id: string; title: string; periodLabel: string; periodStart: string; periodEnd: string; status: string };
  /** "2024-25 Q2" and its dates. */
  quarter: { label: string; financialYear: number; quarter: number; periodStart: string; periodEnd: string };
  /** The round this snapshot closed, or null for a live draft. */
  round: { id: string; deadline: string; openedAt: string; closedAt: string | null } | null;
  overall: SnapshotCounts;
  pillars: SnapshotPillar[];
  /** The plan's live (not archived) actions, in plan order. */
  actions: SnapshotAction[];
  /** Every agency an action of the snapshot names. */
  agencies: SnapshotAgency[];
  measures: SnapshotMeasure[];
  /** Every live reprocurement of the plan, by expiry date. */
  contracts: SnapshotContract[];
}
