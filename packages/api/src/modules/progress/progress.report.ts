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
    "A plan's progress for one quarter: its live actions counted by the RAG of their latest update in that quarter (an update for a later quarter does not count for an earlier one).",
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
    description: 'Every agency responsible for at least one of the actions counted, by name. An action counts once for each of its agencies.',
  })
  agencies!: AgencyProgress[];
}

/** One live action of a plan, with where it sits: the rows the report is built from. */
export interface ReportAction {
  id: number;
  pillarId: number;
  priorityId: number;
}

/**
 * Aggregates in memory: `latest` maps an action to the RAG of its latest update in the quarter,
 * `agencyLinks` an action to its agencies (distinct). Pillars and priorities are listed even when
 * they have no actions; agencies only when they have at least one.
 */
export function buildCounts(
  actions: ReportAction[],
  latest: Map<number, Rag>,
  agencyLinks: Map<number, Set<number>>,
  pillarIds: number[],
  priorityIds: number[],
): { overall: RagCounts; byPillar: Map<number, RagCounts>; byPriority: Map<number, RagCounts>; byAgency: Map<number, RagCounts> } {
  const overall = new RagCounts();
  const byPillar = new Map(pillarIds.map((id) => [id, new RagCounts()]));
  const byPriority = new Map(priorityIds.map((id) => [id, new RagCounts()]));
  const byAgency = new Map<number, RagCounts>();
  for (const action of actions) {
    const rag = latest.get(action.id) ?? null;
    overall.add(rag);
    byPillar.get(action.pillarId)?.add(rag);
    byPriority.get(action.priorityId)?.add(rag);
    for (const agencyId of agencyLinks.get(action.id) ?? []) {
      let counts = byAgency.get(agencyId);
      if (!counts) byAgency.set(agencyId, (counts = new RagCounts()));
      counts.add(rag);
    }
  }
  return { overall, byPillar, byPriority, byAgency };
}
