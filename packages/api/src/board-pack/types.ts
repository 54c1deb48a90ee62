import type { PlanSnapshot } from '../modules/round/round.snapshot';

/** One change since the last board, as the audit log's `changes` gives it (the wiring maps AuditEntry to this). */
export interface BoardPackChange {
  /** ISO 8601 instant of the change. */
  at: string;
  /** The record type, e.g. "Action". */
  entityType: string;
  /** Its global ID, e.g. "Action:12". */
  entityId: string;
  /** CREATE, UPDATE, ARCHIVE, ... as the audit log says. */
  operation: string;
  /** What changed, in words. */
  summary: string;
  /** Who made it (the API key's name). */
  actor: string;
}

/** Everything the board pack is rendered from: plain data, no service or database behind it. */
export interface BoardPackInput {
  /** The quarter the pack reports on (a closed round's snapshot, or a live one for a draft). */
  snapshot: PlanSnapshot;
  /** The last closed round's snapshot, for the movement since the last board; null when there is none. */
  previous: PlanSnapshot | null;
  /** What changed since the last board (may be empty). */
  changes: BoardPackChange[];
  /** Changes since the last board left out of `changes` (the wiring lists a capped number); the pack says how many. Default 0. */
  changesOmitted?: number;
  /** Live data rather than a closed round: the pack says DRAFT on every page. */
  draft: boolean;
  /** ISO 8601 instant the pack was made. */
  generatedAt: string;
  /** The partnership's name, e.g. "Tower Hamlets Community Safety Partnership". */
  partnershipName: string;
}

export type BoardPackFormat = 'html' | 'md';
