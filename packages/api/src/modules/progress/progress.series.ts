import { ProgressUpdate, ProgressUpdateState, Rag } from './progress.entity';
import type { AgencyRags } from './progress.report';
import type { Quarter } from './quarter';

/**
 * What counts as "latest" in a series of progress updates. An update counts while it is CURRENT:
 * not archived, withdrawn or corrected; a withdrawn or corrected one stays in the series
 * (Action.progress) but counts for nothing. Among an action's updates the order is by quarter,
 * then by position: an update's own ID, or for a correction the ID of the update first recorded
 * in its chain of corrections (originalId), so a correction takes the place of what it corrects
 * and correcting an earlier update does not put it ahead of a later one.
 */

/** The state of an update: WITHDRAWN, CORRECTED (a correction replaced it) or CURRENT. */
export function stateOf(update: ProgressUpdate): ProgressUpdateState {
  if (update.withdrawnAt) return ProgressUpdateState.WITHDRAWN;
  if (update.correctedById !== null) return ProgressUpdateState.CORRECTED;
  return ProgressUpdateState.CURRENT;
}

/** Whether the update counts: not archived, withdrawn or corrected. */
export const isCurrent = (update: ProgressUpdate): boolean => !update.archivedAt && stateOf(update) === ProgressUpdateState.CURRENT;

/** The update's place among its quarter's updates: its own ID, or its chain's first update's. */
export const positionOf = (update: ProgressUpdate): number => update.originalId ?? update.id;

/** SQL for "the update `alias` counts" (isCurrent), in a query builder's terms. */
export const currentSql = (alias: string): string => `${alias}.archivedAt IS NULL AND ${alias}.withdrawnAt IS NULL AND ${alias}.correctedById IS NULL`;

/** SQL for the position of the update `alias` (positionOf). */
export const positionSql = (alias: string): string => `COALESCE(${alias}.originalId, ${alias}.id)`;

/** Series order: by quarter, then by position. */
export const seriesOrder = (a: ProgressUpdate, b: ProgressUpdate): number =>
  a.financialYear - b.financialYear || a.quarter - b.quarter || positionOf(a) - positionOf(b);

/** The latest update that counts (by quarter, then position), or null when none does. */
export function latestCurrent(series: readonly ProgressUpdate[]): ProgressUpdate | null {
  let latest: ProgressUpdate | null = null;
  for (const u of series) if (isCurrent(u) && (latest === null || seriesOrder(u, latest) > 0)) latest = u;
  return latest;
}

/** Each agency's latest RAG in the quarter among the updates that count (key null: updates without an agency). */
export function quarterRags(series: readonly ProgressUpdate[], quarter: Quarter): AgencyRags {
  const latest = new Map<number | null, ProgressUpdate>();
  for (const u of series) {
    if (!isCurrent(u) || u.financialYear !== quarter.financialYear || u.quarter !== quarter.quarter) continue;
    const seen = latest.get(u.agencyId);
    if (!seen || positionOf(u) > positionOf(seen)) latest.set(u.agencyId, u);
  }
  return new Map<number | null, Rag>([...latest].map(([agencyId, u]) => [agencyId, u.rag]));
}
