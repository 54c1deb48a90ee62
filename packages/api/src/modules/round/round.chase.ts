import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { In } from 'typeorm';
import type { RequestContext } from '../../context';
import { orderActions, planActionAgencies, planActionsQuery } from '../../plan-tree/hierarchy';
import type { DataAccess } from '../../writes/data-access';
import { Action } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { ActorKind } from '../../auth/actor';
import type { ProgressService } from '../progress/progress.service';
import { ReportingRound } from './round.entity';
import { quarterOfRound } from './round.quarter';

@ObjectType({
  description: "An agency to chase in a round: the live actions it is responsible for that have no update of its own for the round's quarter, and its contact.",
})
export class ChaseAgency {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { nullable: true, description: 'Agency.contactName (null for callers without an API key).' })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'Agency.contactEmail (null for callers without an API key).' })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Agency.contactPhone (null for callers without an API key).' })
  contactPhone!: string | null;

  @Field(() => [Action], { description: 'Its actions lacking its update, in plan order.' })
  actions!: Action[];

  @Field(() => Int, { description: 'How many: actions.length.' })
  missing!: number;
}

@ObjectType({ description: "Who to chase for a round's updates: per agency, its actions with no update of its own for the quarter." })
export class ChaseList {
  @Field(() => ReportingRound)
  round!: ReportingRound;

  @Field({ description: 'e.g. "2024-25 Q2".' })
  quarter!: string;

  @Field(() => LocalDateResolver)
  deadline!: string;

  @Field(() => Int, { description: "Days from the request's date to the round's deadline: 0 on the day, negative once it has passed." })
  daysToDeadline!: number;

  @Field(() => [ChaseAgency], { description: 'Every agency with at least one action lacking its update, by name.' })
  agencies!: ChaseAgency[];
}

/** Whole days from `from` to `to` (ISO dates): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The round's chase list: for each agency responsible (through the objective or directly) for at
 * least one live action of the round's plan that has no update from that agency for the round's
 * quarter (an update on the action as a whole, without an agency, does not count as the agency's),
 * those actions and the agency's contact. Four statements whatever the plan's size: the actions,
 * their agency links, the quarter's latest updates, the agencies.
 */
export async function chaseList(data: DataAccess, progress: ProgressService, ctx: RequestContext, round: ReportingRound): Promise<ChaseList> {
  const quarter = quarterOfRound(round);
  const manager = data.manager(ctx);
  const [actions, links, updates] = await Promise.all([
    orderActions(planActionsQuery(manager, round.planId, { live: true })).getMany(),
    planActionAgencies(manager, round.planId),
    progress.latestUpdatesInQuarter(ctx, round.planId, quarter),
  ]);
  const posted = new Set(updates.filter((u) => u.agencyId !== null).map((u) => `${u.actionId}:${u.agencyId}`));
  const lacking = new Map<number, Action[]>();
  for (const action of actions) {
    for (const agencyId of links.get(action.id) ?? []) {
      if (posted.has(`${action.id}:${agencyId}`)) continue;
      lacking.set(agencyId, [...(lacking.get(agencyId) ?? []), action]);
    }
  }
  const agencies = lacking.size ? await manager.getRepository(Agency).find({ where: { id: In([...lacking.keys()]) } }) : [];
  agencies.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id);
  return {
    round,
    quarter: quarter.label,
    deadline: round.deadline,
    daysToDeadline: daysBetween(ctx.today, round.deadline),
    agencies: agencies.map((agency) => {
      const list = lacking.get(agency.id)!;
      // Contacts, as on Agency, only for callers with a key.
      const shown = ctx.actor.kind !== ActorKind.ANONYMOUS;
      return {
        agency,
        contactName: shown ? agency.contactName : null,
        contactEmail: shown ? agency.contactEmail : null,
        contactPhone: shown ? agency.contactPhone : null,
        actions: list,
        missing: list.length,
      };
    }),
  };
}
