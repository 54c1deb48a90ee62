import { daysBetween } from '../common/dates';
import type {
  SnapshotAction,
  SnapshotAgency,
  SnapshotContract,
  SnapshotCounts,
  SnapshotMeasure,
  SnapshotMeasureValue,
  SnapshotRag,
  SnapshotUpdate,
} from '../modules/round/round.snapshot';
import type { BoardPackChange, BoardPackInput } from './types';

/**
 * What the pack shows, worked out from the input once, for both formats (HTML and Markdown render
 * this and nothing else, so they cannot disagree).
 */
export interface BoardPackModel {
  title: string;
  partnershipName: string;
  planTitle: string;
  planPeriod: string;
  quarterLabel: string;
  quarterStart: string;
  quarterEnd: string;
  draft: boolean;
  /** "Round closed on …", "Round open, deadline …", or "Live data, no round". */
  roundLine: string;
  generatedAt: string;
  takenAt: string;
  revision: number;
  summary: SummaryRow[];
  overall: SnapshotCounts;
  previousQuarterLabel: string | null;
  movement: MovementRow[];
  exceptions: ExceptionAction[];
  withoutUpdates: AgencyChase[];
  measures: MeasureView[];
  reprocurement: { measuredFrom: string; overdue: ContractView[]; within6: ContractView[]; within12: ContractView[] };
  changes: ChangeGroup[];
  /** Changes since the last board not listed (input.changesOmitted). */
  changesOmitted: number;
}

export interface SummaryRow {
  number: number;
  name: string;
  lead: string | null;
  counts: SnapshotCounts;
}

export interface MovementRow {
  /** "Pillar 1: …" or "Overall". */
  label: string;
  /** Short axis label: "P1", "All". */
  short: string;
  previous: SnapshotCounts | null;
  current: SnapshotCounts;
}

export interface AgencyUpdateView {
  agency: string;
  rag: SnapshotRag;
  status: string;
  percentComplete: number | null;
  commentary: string;
  reportedBy: string;
  recordedAt: string;
  lead: boolean;
}

export interface ExceptionAction {
  ref: string;
  text: string;
  objectiveText: string;
  pillar: string;
  rag: SnapshotRag;
  status: string;
  dueDate: string | null;
  leadAgency: string | null;
  agencies: string[];
  updates: AgencyUpdateView[];
  /** Responsible agencies that posted nothing for the quarter. */
  notPosted: string[];
}

export interface AgencyChase {
  agency: string;
  actions: { ref: string; text: string; status: string; dueDate: string | null }[];
}

export interface MeasureView {
  id: string;
  outcomeName: string;
  name: string;
  unit: SnapshotMeasure['unit'];
  direction: SnapshotMeasure['direction'];
  baseline: SnapshotMeasureValue | null;
  target: SnapshotMeasureValue | null;
  latest: SnapshotMeasureValue | null;
  observed: SnapshotMeasureValue[];
  /** In words: latest against baseline and target, given the measure's direction. */
  assessment: string;
}

export interface ContractView {
  service: string;
  supplier: string | null;
  expiryDate: string;
  status: string;
  agency: string | null;
  action: string | null;
  /** Days from the measuring date to expiry (negative: past). */
  days: number;
}

export interface ChangeGroup {
  entityType: string;
  changes: BoardPackChange[];
}

export const RAG_LABEL: Readonly<Record<SnapshotRag, string>> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };

const RAG_ORDER: Readonly<Record<SnapshotRag, number>> = { RED: 0, AMBER: 1, GREEN: 2 };

/** "ON_TRACK" -> "On track". */
export function words(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function agencyName(agency: SnapshotAgency): string {
  return agency.shortName && agency.shortName !== agency.name ? `${agency.name} (${agency.shortName})` : agency.name;
}

/** An ISO date (YYYY-MM-DD) `months` calendar months later; a day past the month's end is its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function pillarLabel(number: number, name: string): string {
  return `Pillar ${number}: ${name}`;
}

function assess(
  measure: SnapshotMeasure,
  baseline: SnapshotMeasureValue | null,
  target: SnapshotMeasureValue | null,
  latest: SnapshotMeasureValue | null,
): string {
  if (!latest) return 'No observed value yet.';
  if (measure.direction === 'CONTEXT_ONLY') return `Latest ${latest.value} (${latest.periodLabel}); a context measure, with no better direction.`;
  const better = (a: number, b: number) => (measure.direction === 'HIGHER_IS_BETTER' ? a > b : a < b);
  const parts: string[] = [`Latest ${latest.value} (${latest.periodLabel})`];
  if (baseline)
    parts.push(
      latest.value === baseline.value
        ? 'level with the baseline'
        : better(latest.value, baseline.value)
          ? 'better than the baseline'
          : 'worse than the baseline',
    );
  if (target) {
    const met = latest.value === target.value || better(latest.value, target.value);
    parts.push(met ? 'target met' : 'target not yet met');
  }
  return `${parts.join(', ')}.`;
}

export function buildModel(input: BoardPackInput): BoardPackModel {
  const { snapshot, previous } = input;
  const agencies = new Map(snapshot.agencies.map((a) => [a.id, a]));
  const nameOf = (id: string | null): string | null => {
    if (id === null) return null;
    const agency = agencies.get(id);
    return agency ? agencyName(agency) : id;
  };
  const pillars = new Map(snapshot.pillars.map((p) => [p.id, p]));

  const round = snapshot.round;
  const roundLine = round
    ? round.closedAt
      ? `Round closed ${round.closedAt} (submission deadline ${round.deadline})`
      : `Round open since ${round.openedAt}, submission deadline ${round.deadline}: not closed, figures may still change`
    : 'Live data: no reporting round closed for this quarter';

  const summary = snapshot.pillars.map((p) => ({ number: p.number, name: p.name, lead: p.lead, counts: p.counts }));

  const previousByNumber = new Map((previous?.pillars ?? []).map((p) => [p.number, p]));
  const movement: MovementRow[] = snapshot.pillars.map((p) => ({
    label: pillarLabel(p.number, p.name),
    short: `P${p.number}`,
    previous: previous ? (previousByNumber.get(p.number)?.counts ?? null) : null,
    current: p.counts,
  }));
  movement.push({ label: 'Overall', short: 'All', previous: previous ? previous.overall : null, current: snapshot.overall });

  const exceptions: ExceptionAction[] = snapshot.actions
    .filter((a): a is SnapshotAction & { quarterRag: 'RED' | 'AMBER' } => a.quarterRag === 'RED' || a.quarterRag === 'AMBER')
    .sort((a, b) => RAG_ORDER[a.quarterRag] - RAG_ORDER[b.quarterRag])
    .map((a) => {
      const pillar = pillars.get(a.pillarId);
      const posted = new Set(a.updates.map((u) => u.agencyId));
      const updateView = (u: SnapshotUpdate): AgencyUpdateView => ({
        agency: u.agencyId === null ? 'The action as a whole (no agency)' : (nameOf(u.agencyId) as string),
        rag: u.rag,
        status: words(u.status),
        percentComplete: u.percentComplete,
        commentary: u.commentary,
        reportedBy: u.reportedBy,
        recordedAt: u.recordedAt,
        lead: u.agencyId !== null && u.agencyId === a.leadAgencyId,
      });
      return {
        ref: a.ref,
        text: a.text,
        objectiveText: a.objectiveText,
        pillar: pillar ? pillarLabel(pillar.number, pillar.name) : a.pillarId,
        rag: a.quarterRag,
        status: words(a.status),
        dueDate: a.dueDate,
        leadAgency: nameOf(a.leadAgencyId),
        agencies: a.agencyIds.map((id) => nameOf(id) as string),
        updates: a.updates.map(updateView),
        notPosted: a.agencyIds.filter((id) => !posted.has(id)).map((id) => nameOf(id) as string),
      };
    });

  // Per agency: the actions it is responsible for on which it posted nothing, unless the action has an update as a whole.
  const chase = new Map<string, AgencyChase>();
  const NO_AGENCY = 'No agency named';
  for (const action of snapshot.actions) {
    if (action.status === 'COMPLETED' || action.status === 'CANCELLED') continue;
    if (action.updates.some((u) => u.agencyId === null)) continue;
    const posted = new Set(action.updates.map((u) => u.agencyId));
    const missing = action.agencyIds.length ? action.agencyIds.filter((id) => !posted.has(id)) : action.updates.length ? [] : [null];
    for (const id of missing) {
      const name = id === null ? NO_AGENCY : (nameOf(id) as string);
      const entry = chase.get(name) ?? { agency: name, actions: [] };
      entry.actions.push({ ref: action.ref, text: action.text, status: words(action.status), dueDate: action.dueDate });
      chase.set(name, entry);
    }
  }
  const withoutUpdates = [...chase.values()].sort((a, b) =>
    a.agency === NO_AGENCY ? 1 : b.agency === NO_AGENCY ? -1 : a.agency.localeCompare(b.agency, 'en-GB'),
  );

  const measures: MeasureView[] = snapshot.measures.map((m) => {
    const last = (kind: SnapshotMeasureValue['kind']) => [...m.values].reverse().find((v) => v.kind === kind) ?? null;
    const baseline = m.values.find((v) => v.kind === 'BASELINE') ?? null;
    const target = last('TARGET');
    const latest = last('OBSERVED');
    return {
      id: m.id,
      outcomeName: m.outcomeName,
      name: m.name,
      unit: m.unit,
      direction: m.direction,
      baseline,
      target,
      latest,
      observed: m.values.filter((v) => v.kind === 'OBSERVED'),
      assessment: assess(m, baseline, target, latest),
    };
  });

  const measuredFrom = snapshot.quarter.periodEnd;
  const in6 = addMonths(measuredFrom, 6);
  const in12 = addMonths(measuredFrom, 12);
  const actionRef = new Map(snapshot.actions.map((a) => [a.id, a.ref]));
  const contractView = (c: SnapshotContract): ContractView => ({
    service: c.service,
    supplier: c.supplier,
    expiryDate: c.expiryDate,
    status: words(c.status),
    agency: nameOf(c.agencyId),
    action: c.actionId ? (actionRef.get(c.actionId) ?? null) : null,
    days: daysBetween(measuredFrom, c.expiryDate),
  });
  const open = (c: SnapshotContract) => c.status === 'NOT_STARTED' || c.status === 'IN_PROGRESS';
  const live = snapshot.contracts.filter((c) => c.status !== 'CANCELLED');
  const overdue = live.filter((c) => open(c) && c.expiryDate < measuredFrom).map(contractView);
  const within6 = live.filter((c) => c.expiryDate >= measuredFrom && c.expiryDate <= in6).map(contractView);
  const within12 = live.filter((c) => c.expiryDate > in6 && c.expiryDate <= in12).map(contractView);

  const groups = new Map<string, BoardPackChange[]>();
  for (const change of [...input.changes].sort((a, b) => a.at.localeCompare(b.at))) {
    const list = groups.get(change.entityType) ?? [];
    list.push(change);
    groups.set(change.entityType, list);
  }
  const changes = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en-GB')).map(([entityType, list]) => ({ entityType, changes: list }));

  return {
    title: `Board report: ${snapshot.quarter.label}`,
    partnershipName: input.partnershipName,
    planTitle: snapshot.plan.title,
    planPeriod: snapshot.plan.periodLabel,
    quarterLabel: snapshot.quarter.label,
    quarterStart: snapshot.quarter.periodStart,
    quarterEnd: snapshot.quarter.periodEnd,
    draft: input.draft,
    roundLine,
    generatedAt: input.generatedAt,
    takenAt: snapshot.takenAt,
    revision: snapshot.revision,
    summary,
    overall: snapshot.overall,
    previousQuarterLabel: previous?.quarter.label ?? null,
    movement,
    exceptions,
    withoutUpdates,
    measures,
    reprocurement: { measuredFrom, overdue, within6, within12 },
    changes,
    changesOmitted: Math.max(0, Math.floor(input.changesOmitted ?? 0)),
  };
}
