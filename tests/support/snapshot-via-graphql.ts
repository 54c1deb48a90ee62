/**
 * A PlanSnapshot (packages/api/src/modules/round/round.snapshot.ts) assembled from the public
 * GraphQL API alone: plan, pillars, progressReport, every action with its agencies, quarterRag and
 * progress, the measures under the plan's pillars, the reprocurements. An independent data path to
 * the server's own snapshot builder (to cross-check it), and what the board pack's tests render.
 *
 * Send it with an admin (or any keyed) caller: `reportedBy` is null for callers without a key.
 */
import type {
  PlanSnapshot,
  SnapshotAction,
  SnapshotAgency,
  SnapshotContract,
  SnapshotCounts,
  SnapshotMeasure,
  SnapshotUpdate,
} from '@cdp/api/dist/modules/round/round.snapshot';

export interface GraphqlCaller {
  url: string;
  headers: Record<string, string>;
}

async function gql<T>(caller: GraphqlCaller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(caller.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...caller.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function all<N>(fetchPage: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const out: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<N> = await fetchPage(after);
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

const COUNTS = 'red amber green noUpdate total';

interface PlanData {
  plan: {
    id: string;
    title: string;
    periodLabel: string;
    periodStart: string;
    periodEnd: string;
    status: string;
    partnership: { name: string };
    pillars: { nodes: { id: string; number: number; name: string; lead: string | null; subgroup: string | null; nationalOutcomes: { id: string }[] }[] };
  };
  progressReport: {
    quarter: string;
    periodStart: string;
    periodEnd: string;
    overall: SnapshotCounts;
    pillars: { pillar: { id: string }; counts: SnapshotCounts }[];
  };
}

interface ActionData {
  id: string;
  position: number;
  text: string;
  status: SnapshotAction['status'];
  dueDate: string | null;
  pillar: { id: string; number: number };
  priority: { id: string; position: number };
  objective: { id: string; position: number; text: string };
  agencies: SnapshotAgency[];
  leadAgency: { id: string } | null;
  quarterRag: SnapshotAction['quarterRag'];
  carriedFrom: { id: string } | null;
  progress: {
    id: string;
    quarterLabel: string;
    archivedAt: string | null;
    agency: { id: string; name: string } | null;
    rag: SnapshotUpdate['rag'];
    status: SnapshotUpdate['status'];
    percentComplete: number | null;
    commentary: string;
    reportedBy: string | null;
    createdAt: string;
  }[];
}

interface MeasureData {
  id: string;
  name: string;
  unit: SnapshotMeasure['unit'];
  direction: SnapshotMeasure['direction'];
  archivedAt: string | null;
  outcome: { id: string; name: string };
  values: { kind: 'BASELINE' | 'TARGET' | 'OBSERVED'; periodLabel: string; periodStart: string; periodEnd: string; value: number; archivedAt: string | null }[];
}

interface ContractData {
  id: string;
  service: string;
  supplier: string | null;
  expiryDate: string;
  status: SnapshotContract['status'];
  objective: { id: string };
  action: { id: string } | null;
  agency: { id: string } | null;
}

export interface SnapshotViaGraphql {
  snapshot: PlanSnapshot;
  /** The plan's partnership's name (the board pack's title page). */
  partnershipName: string;
}

/** The live plan for `quarter` ("2024-25 Q2") as a PlanSnapshot (round null, revision 0: the API does not expose one). */
export async function snapshotViaGraphql(caller: GraphqlCaller, quarter: string, planId?: string): Promise<SnapshotViaGraphql> {
  const takenAt = new Date().toISOString();
  const { plan, progressReport } = await gql<PlanData>(
    caller,
    `query($id: ID, $quarter: String!, $planId: ID) {
      plan(id: $id) { id title periodLabel periodStart periodEnd status partnership { name }
        pillars(first: 50) { nodes { id number name lead subgroup nationalOutcomes { id } } } }
      progressReport(quarter: $quarter, planId: $planId) { quarter periodStart periodEnd overall { ${COUNTS} } pillars { pillar { id } counts { ${COUNTS} } } }
    }`,
    { id: planId ?? null, quarter, planId: planId ?? null },
  );

  const actions = await all<ActionData>(
    async (after) =>
      (
        await gql<{ actions: Page<ActionData> }>(
          caller,
          `query($after: String, $planId: ID, $quarter: String!) {
          actions(first: 100, after: $after, filter: { planId: $planId }) {
            nodes { id position text status dueDate pillar { id number } priority { id position } objective { id position text }
              agencies { id name shortName } leadAgency { id } quarterRag(quarter: $quarter) carriedFrom { id }
              progress { id quarterLabel archivedAt agency { id name } rag status percentComplete commentary reportedBy createdAt } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
          { after, planId: plan.id, quarter },
        )
      ).actions,
  );

  const outcomeIds = [...new Set(plan.pillars.nodes.flatMap((p) => p.nationalOutcomes.map((o) => o.id)))];
  const measures: MeasureData[] = [];
  if (outcomeIds.length) {
    const { nodes } = await gql<{ nodes: ({ measures: MeasureData[] } | null)[] }>(
      caller,
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on NationalOutcome { measures { id name unit direction archivedAt outcome { id name }
        values { kind periodLabel periodStart periodEnd value archivedAt } } } } }`,
      { ids: outcomeIds },
    );
    const seen = new Set<string>();
    for (const outcome of nodes)
      for (const m of outcome?.measures ?? []) {
        if (seen.has(m.id) || m.archivedAt) continue;
        seen.add(m.id);
        measures.push(m);
      }
  }

  const contracts = await all<ContractData>(
    async (after) =>
      (
        await gql<{ reprocurements: Page<ContractData> }>(
          caller,
          `query($after: String) { reprocurements(first: 100, after: $after) {
          nodes { id service supplier expiryDate status objective { id } action { id } agency { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).reprocurements,
  );
  const actionObjectives = new Set(actions.map((a) => a.objective.id));

  const [fy, q] = /^(\d{4})-\d{2} Q([1-4])$/.exec(quarter)!.slice(1).map(Number);
  const agencies = new Map<string, SnapshotAgency>();
  const byName = (a: { agency: { name: string } | null }, b: { agency: { name: string } | null }) =>
    a.agency === null ? (b.agency === null ? 0 : 1) : b.agency === null ? -1 : a.agency.name.localeCompare(b.agency.name, 'en-GB');

  const snapshotActions: SnapshotAction[] = actions.map((a) => {
    for (const agency of a.agencies) agencies.set(agency.id, { id: agency.id, name: agency.name, shortName: agency.shortName });
    // Each agency's latest live update in the quarter (the progress list is oldest first).
    const latest = new Map<string | null, ActionData['progress'][number]>();
    for (const u of a.progress) if (u.quarterLabel === quarter && !u.archivedAt) latest.set(u.agency?.id ?? null, u);
    const updates = [...latest.values()].sort(byName).map((u): SnapshotUpdate => ({
      id: u.id,
      agencyId: u.agency?.id ?? null,
      rag: u.rag,
      status: u.status,
      percentComplete: u.percentComplete,
      commentary: u.commentary,
      reportedBy: u.reportedBy ?? '',
      recordedAt: u.createdAt,
    }));
    return {
      id: a.id,
      ref: `${a.pillar.number}.${a.priority.position}.${a.objective.position}.${a.position}`,
      pillarId: a.pillar.id,
      priorityId: a.priority.id,
      objectiveId: a.objective.id,
      objectiveText: a.objective.text,
      text: a.text,
      status: a.status,
      dueDate: a.dueDate,
      agencyIds: a.agencies.map((x) => x.id),
      leadAgencyId: a.leadAgency?.id ?? null,
      quarterRag: a.quarterRag,
      updates,
      carriedFromId: a.carriedFrom?.id ?? null,
    };
  });

  const countsOf = new Map(progressReport.pillars.map((p) => [p.pillar.id, p.counts]));
  const snapshot: PlanSnapshot = {
    format: 1,
    takenAt,
    revision: 0,
    plan: { id: plan.id, title: plan.title, periodLabel: plan.periodLabel, periodStart: plan.periodStart, periodEnd: plan.periodEnd, status: plan.status },
    quarter: { label: quarter, financialYear: fy, quarter: q, periodStart: progressReport.periodStart, periodEnd: progressReport.periodEnd },
    round: null,
    overall: progressReport.overall,
    pillars: plan.pillars.nodes.map((p) => ({
      id: p.id,
      number: p.number,
      name: p.name,
      lead: p.lead,
      subgroup: p.subgroup,
      counts: countsOf.get(p.id) ?? { red: 0, amber: 0, green: 0, noUpdate: 0, total: 0 },
    })),
    actions: snapshotActions,
    agencies: [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    measures: measures.map((m) => ({
      id: m.id,
      outcomeId: m.outcome.id,
      outcomeName: m.outcome.name,
      name: m.name,
      unit: m.unit,
      direction: m.direction,
      values: m.values
        .filter((v) => !v.archivedAt && v.periodStart <= progressReport.periodEnd)
        .sort((x, y) => x.periodStart.localeCompare(y.periodStart) || x.periodEnd.localeCompare(y.periodEnd))
        .map(({ kind, periodLabel, periodStart, periodEnd, value }) => ({ kind, periodLabel, periodStart, periodEnd, value })),
    })),
    contracts: contracts
      .filter((c) => actionObjectives.has(c.objective.id))
      .map((c) => ({
        id: c.id,
        service: c.service,
        supplier: c.supplier,
        expiryDate: c.expiryDate,
        status: c.status,
        objectiveId: c.objective.id,
        actionId: c.action?.id ?? null,
        agencyId: c.agency?.id ?? null,
      })),
  };
  return { snapshot, partnershipName: plan.partnership.name };
}
