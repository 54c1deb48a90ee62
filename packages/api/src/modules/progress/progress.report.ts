import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Plan } from '../plan/plan.entity';
import { Pillar } from '../pillar/pillar.entity';
import { Priority } from '../priority/priority.entity';
import { Agency } from '../agency/agency.entity';
import { Rag } from './progress.entity';

@ObjectType({ description: 'Actions by the RAG rating of their latest update in a quarter; noUpdate counts those with no update for it.' })
export class RagCounts {
  @Field(() => Int)
  red = 0;

  @Field(() => Int)
  amber = 0;

  @Field(() => Int)
  green = 0;

  @Field(() => Int, { description: 'Actions with no progress update for the quarter.' })
  noUpdate = 0;

  @Field(() => Int, { description: 'All the actions counted: red + amber + green + noUpdate.' })
  total = 0;

  /** Counts one action, by the RAG of its latest update in the quarter (null: none). */
  add(rag: Rag | null): void {
    if (rag === Rag.RED) this.red++;
    else if (rag === Rag.AMBER) this.amber++;
    else if (rag === Rag.GREEN) this.green++;
    else this.noUpdate++;
    this.total++;
  }
}

@ObjectType()
export class PillarProgress {
  @Field(() => Pillar)
  pillar!: Pillar;

  @Field(() => RagCounts)
  counts!: RagCounts;
}

@ObjectType()
export class PriorityProgress {
  @Field(() => Priority)
  priority!: Priority;

  @Field(() => RagCounts)
  counts!: RagCounts;
}

@ObjectType({ description: "An agency's actions: those it is responsible for through their objective or directly." })
export class AgencyProgress {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => RagCounts)
  counts!: RagCounts;
}

@ObjectType({
  description:
    "A plan's progress for one quarter: its live actions counted by their quarter RAG, the roll-up of their agencies' latest updates in that quarter (Action.quarterRag: the lead agency's when it has posted, else the worst); an update for a later quarter does not count for an earlier one.",
})
export class ProgressReport {
  @Field(() => Plan)
  plan!: Plan;

  @Field({ description: 'e.g. "2024-25 Q1".' })
  quarter!: string;

  @Field(() => LocalDateResolver)
  periodStart!: string;

  @Field(() => LocalDateResolver)
  periodEnd!: string;

  @Field(() => RagCounts)
  overall!: RagCounts;

  @Field(() => [PillarProgress], { description: 'Every live pillar of the plan, in order.' })
  pillars!: PillarProgress[];

  @Field(() => [PriorityProgress], { description: 'Every live priority of the plan, in plan order.' })
  priorities!: PriorityProgress[];

  @Field(() => [AgencyProgress], {
    description:
      "Every agency responsible for at least one of the actions counted, by name. An action counts once for each of its agencies, by that agency's own latest RAG in the quarter (else the latest update on the action as a whole, without an agency), not by the roll-up.",
  })
  agencies!: AgencyProgress[];
}

/** One live action of a plan, with where it sits: the rows the report is built from. */
export interface ReportAction {
  id: number;
  pillarId: number;
  priorityId: number;
  leadAgencyId: number | null;
}

/** A raw action row (ids as the driver gives them: numbers on SQLite, strings on PostgreSQL) as the counting takes it. */
export function reportActionOf(row: { id: unknown; pillarId: unknown; priorityId: unknown; leadAgencyId: unknown }): ReportAction {
  return {
    id: Number(row.id),
    priorityId: Number(row.priorityId),
    pillarId: Number(row.pillarId),
    leadAgencyId: row.leadAgencyId === null ? null : Number(row.leadAgencyId),
  };
}

/** An action's latest RAG in a quarter per agency that posted; the key null is an update on the action as a whole (no agency). */
export type AgencyRags = Map<number | null, Rag>;

const SEVERITY: Record<Rag, number> = { [Rag.RED]: 0, [Rag.AMBER]: 1, [Rag.GREEN]: 2 };

/**
 * The action's quarter RAG from its agencies' latest RAGs in the quarter: the lead agency's when
 * the action has one and it has posted; else the worst of all (RED < AMBER < GREEN), an update
 * without an agency counting as one more; null when nothing was posted.
 */
export function rollUpRag(rags: AgencyRags | undefined, leadAgencyId: number | null): Rag | null {
  if (!rags?.size) return null;
  if (leadAgencyId !== null && rags.has(leadAgencyId)) return rags.get(leadAgencyId)!;
  let worst: Rag | null = null;
  for (const rag of rags.values()) if (worst === null || SEVERITY[rag] < SEVERITY[worst]) worst = rag;
  return worst;
}

/**
 * An agency's own RAG on an action for the quarter: its latest update, else the latest update on
 * the action as a whole (no agency: seeded and earlier rows), else null (no update).
 */
export function agencyRag(rags: AgencyRags | undefined, agencyId: number): Rag | null {
  return rags?.get(agencyId) ?? rags?.get(null) ?? null;
}

/**
 * Aggregates in memory: `latest` maps an action to its agencies' latest RAGs in the quarter,
 * `agencyLinks` an action to its agencies (distinct). Overall, pillars and priorities count each
 * action once by its roll-up (rollUpRag); each agency's row counts the agency's own RAG
 * (agencyRag). Pillars and priorities are listed even when they have no actions; agencies only
 * when they have at least one.
 */
export function buildCounts(
  actions: ReportAction[],
  latest: Map<number, AgencyRags>,
  agencyLinks: Map<number, Set<number>>,
  pillarIds: number[],
  priorityIds: number[],
): { overall: RagCounts; byPillar: Map<number, RagCounts>; byPriority: Map<number, RagCounts>; byAgency: Map<number, RagCounts> } {
  const overall = new RagCounts();
  const byPillar = new Map(pillarIds.map((id) => [id, new RagCounts()]));
  const byPriority = new Map(priorityIds.map((id) => [id, new RagCounts()]));
  const byAgency = new Map<number, RagCounts>();
  for (const action of actions) {
    const rags = latest.get(action.id);
    const rag = rollUpRag(rags, action.leadAgencyId);
    overall.add(rag);
    byPillar.get(action.pillarId)?.add(rag);
    byPriority.get(action.priorityId)?.add(rag);
    for (const agencyId of agencyLinks.get(action.id) ?? []) {
      let counts = byAgency.get(agencyId);
      if (!counts) byAgency.set(agencyId, (counts = new RagCounts()));
      counts.add(agencyRag(rags, agencyId));
    }
  }
  return { overall, byPillar, byPriority, byAgency };
}
