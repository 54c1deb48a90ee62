/**
 * The plan as rows, for the feeds (CSV, Excel): what a reader of the delivery plan's table sees,
 * in words, with the plan's numbering. Read through the GraphQL API (the same filters, access and
 * limits as /api/v1/actions), a page of 100 at a time.
 */

/** One page of actions as the feed query reads them. */
export const PLAN_FEED_QUERY = `query PlanFeed($filter: ActionFilter, $after: String) {
  result: actions(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id position text status dueDate target fundingCondition
      objective { position text priority { position title pillar { number name } } }
      agencies { name }
      latestProgress { quarterLabel rag percentComplete commentary }
    }
  }
}`;

/** The plan's levels above the actions, for the workbook's other sheets. */
export const PLAN_LEVELS_QUERY = `query PlanLevels($planId: ID) {
  pillars(filter: { planId: $planId }, first: 100) { nodes { number name vision subgroup } }
  priorities(filter: { planId: $planId }, first: 100) { nodes { position title strategyName pillar { number name } } }
  objectives(filter: { planId: $planId }, first: 100) {
    totalCount
    nodes { position text subPoints priority { position title pillar { number } } agencies { name } }
  }
}`;

export interface FeedAction {
  id: string;
  position: number;
  text: string;
  status: string;
  dueDate: string | null;
  target: string | null;
  fundingCondition: string | null;
  objective: { position: number; text: string; priority: { position: number; title: string; pillar: { number: number; name: string } } };
  agencies: { name: string }[];
  latestProgress: { quarterLabel: string; rag: string; percentComplete: number | null; commentary: string } | null;
}

export interface FeedLevels {
  pillars: { nodes: { number: number; name: string; vision: string | null; subgroup: string | null }[] };
  priorities: { nodes: { position: number; title: string; strategyName: string | null; pillar: { number: number; name: string } }[] };
  objectives: {
    totalCount: number;
    nodes: {
      position: number;
      text: string;
      subPoints: string[];
      priority: { position: number; title: string; pillar: { number: number } };
      agencies: { name: string }[];
    }[];
  };
}

/** A status or RAG code in words: NOT_STARTED → "Not started", AMBER → "Amber". */
export function words(code: string | null | undefined): string {
  if (!code) return '';
  const lower = code.toLowerCase().replace(/_/g, ' ');
  return lower[0].toUpperCase() + lower.slice(1);
}

/** One row per action, in plan order. */
export interface ActionRow {
  ref: string;
  pillar: string;
  priority: string;
  objective: string;
  action: string;
  agencies: string;
  status: string;
  rag: string;
  latestQuarter: string;
  percentComplete: number | null;
  dueDate: string;
  target: string;
  fundingCondition: string;
  commentary: string;
  id: string;
}

/** The columns of the action rows: key and heading, in order. */
export const ACTION_COLUMNS: readonly { key: keyof ActionRow | 'agency'; header: string; width: number }[] = [
  { key: 'ref', header: 'Ref', width: 9 },
  { key: 'pillar', header: 'Pillar', width: 30 },
  { key: 'priority', header: 'Priority', width: 36 },
  { key: 'objective', header: 'Objective', width: 50 },
  { key: 'action', header: 'Action', width: 70 },
  { key: 'agencies', header: 'Responsible agencies', width: 45 },
  { key: 'status', header: 'Status', width: 13 },
  { key: 'rag', header: 'RAG', width: 8 },
  { key: 'latestQuarter', header: 'Latest quarter', width: 14 },
  { key: 'percentComplete', header: 'Percent complete', width: 10 },
  { key: 'dueDate', header: 'Due date', width: 12 },
  { key: 'target', header: 'Target', width: 30 },
  { key: 'fundingCondition', header: 'Funding condition', width: 24 },
  { key: 'commentary', header: 'Latest commentary', width: 50 },
  { key: 'id', header: 'API ID', width: 20 },
];

/** The long form's columns: one agency per row instead of the list. */
export const ACTION_AGENCY_COLUMNS = ACTION_COLUMNS.map((c) => (c.key === 'agencies' ? { key: 'agency' as const, header: 'Agency', width: 40 } : c));

export function actionRow(a: FeedAction): ActionRow {
  const o = a.objective;
  const p = o.priority;
  return {
    ref: `${p.pillar.number}.${p.position}.${o.position}.${a.position}`,
    pillar: `${p.pillar.number}. ${p.pillar.name}`,
    priority: p.title,
    objective: o.text,
    action: a.text,
    agencies: a.agencies.map((g) => g.name).join('; '),
    status: words(a.status),
    rag: words(a.latestProgress?.rag),
    latestQuarter: a.latestProgress?.quarterLabel ?? '',
    percentComplete: a.latestProgress?.percentComplete ?? null,
    dueDate: a.dueDate ?? '',
    target: a.target ?? '',
    fundingCondition: a.fundingCondition ?? '',
    commentary: a.latestProgress?.commentary ?? '',
    id: a.id,
  };
}

/** The long form: one row per action and agency (an action with no agency keeps one row, with none). */
export function actionAgencyRows(actions: readonly FeedAction[]): (Omit<ActionRow, 'agencies'> & { agency: string })[] {
  return actions.flatMap((a) => {
    const { agencies: _list, ...row } = actionRow(a);
    const names = a.agencies.length ? a.agencies.map((g) => g.name) : [''];
    return names.map((agency) => ({ ...row, agency }));
  });
}

/** Every record of a paged list: pages of 100 until the last (`page` runs the query with `after`). */
export async function allPages<T>(
  page: (after: string | undefined) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const p = await page(after);
    out.push(...p.nodes);
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) return out;
    after = p.pageInfo.endCursor;
  }
}
