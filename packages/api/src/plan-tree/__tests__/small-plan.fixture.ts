// A small plan for unit tests, written straight into a fresh in-memory database (migrations run):
// two pillars, each with a priority, an objective and actions, agencies responsible for some of
// them (through the objective, through the action's own link, or both), national outcomes with and
// without a pillar, measures, a progress update and a measure value below them.
import 'reflect-metadata';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ClassType } from 'type-graphql';
import { createDatabase } from '../../db/data-source';
import type { Database } from '../../db/database';
import type { RequestContext } from '../../context';
import { Actor, ActorKind } from '../../auth/actor';
import { Role } from '../../auth/roles';
import { Partnership } from '../../modules/partnership/partnership.entity';
import { Plan, PlanKind } from '../../modules/plan/plan.entity';
import { Pillar } from '../../modules/pillar/pillar.entity';
import { Priority } from '../../modules/priority/priority.entity';
import { Objective } from '../../modules/objective/objective.entity';
import { Action } from '../../modules/action/action.entity';
import { Agency, AgencyKind, ActionAgency, ObjectiveAgency } from '../../modules/agency/agency.entity';
import { MeasureDirection, MeasureUnit, MeasureValue, MeasureValueKind, NationalOutcome, OutcomeMeasure } from '../../modules/outcome/outcome.entity';
import { ActionStatus } from '../../modules/action/action.entity';
import { ProgressUpdate, Rag } from '../../modules/progress/progress.entity';

/** A fresh in-memory database with every migration applied. */
export async function memoryDatabase(): Promise<Database> {
  const db = createDatabase({ database: { type: 'sqlite', file: ':memory:' } });
  await db.initialize();
  return db;
}

async function insert<T extends ObjectLiteral>(manager: EntityManager, cls: ClassType<T>, values: Partial<T>): Promise<number> {
  const result = await manager.insert(cls, values as never);
  return result.identifiers[0].id as number;
}

export interface SmallPlan {
  planId: number;
  /** Pillar 1 and pillar 2. */
  pillarA: number;
  pillarB: number;
  priorityA: number;
  priorityB: number;
  /** Under pillar 1; agency X is responsible for it (objective link). */
  objectiveA: number;
  /** Under pillar 2; no agency linked to the objective. */
  objectiveB: number;
  /** Under objectiveA, no links of its own: agency X through its objective. */
  actionA1: number;
  /** Under objectiveA, its own link to agency Y: X (objective) and Y (own). */
  actionA2: number;
  /** Under objectiveA, its own link to agency X as well: X once. */
  actionA3: number;
  /** Under objectiveB, its own link to agency Y: Y only. */
  actionB1: number;
  agencyX: number;
  agencyY: number;
  /** Responsible for nothing. */
  agencyZ: number;
  /** Under pillar 1. */
  outcomeA: number;
  /** Under no pillar. */
  outcomeNone: number;
  measureA: number;
  measureNone: number;
  /** On actionA2. */
  progressA2: number;
  /** Of measureA. */
  valueA: number;
}

/** Writes the small plan (2024-25 delivery plan, 2024-04-01 to 2025-03-31); the data revision is not moved. */
export async function writeSmallPlan(db: Database): Promise<SmallPlan> {
  return db.writeTransaction(
    async (m) => {
      const partnershipId = await insert(m, Partnership, { name: 'Test Combating Drugs Partnership', area: 'Testshire' });
      const planId = await insert(m, Plan, {
        partnershipId,
        kind: PlanKind.DELIVERY_PLAN,
        title: 'Annual Delivery Plan 2024-2025',
        periodLabel: '2024-25',
        periodStart: '2024-04-01',
        periodEnd: '2025-03-31',
      });
      const pillarA = await insert(m, Pillar, { planId, number: 1, name: 'Break drug supply chains' });
      const pillarB = await insert(m, Pillar, { planId, number: 2, name: 'Deliver a world-class treatment and recovery system' });
      const priorityA = await insert(m, Priority, { pillarId: pillarA, position: 1, title: 'Priority under pillar 1' });
      const priorityB = await insert(m, Priority, { pillarId: pillarB, position: 1, title: 'Priority under pillar 2' });
      const objectiveA = await insert(m, Objective, { priorityId: priorityA, position: 1, text: 'Objective under pillar 1', subPoints: [] });
      const objectiveB = await insert(m, Objective, { priorityId: priorityB, position: 1, text: 'Objective under pillar 2', subPoints: [] });
      const action = (objectiveId: number, position: number) =>
        insert(m, Action, {
          objectiveId,
          position,
          text: `Action ${position} of objective ${objectiveId}`,
          status: ActionStatus.NOT_STARTED,
          dueDate: '2025-03-31',
        });
      const actionA1 = await action(objectiveA, 1);
      const actionA2 = await action(objectiveA, 2);
      const actionA3 = await action(objectiveA, 3);
      const actionB1 = await action(objectiveB, 1);
      const agencyX = await insert(m, Agency, { name: 'Agency X', kind: AgencyKind.ORGANISATION });
      const agencyY = await insert(m, Agency, { name: 'Agency Y', kind: AgencyKind.COUNCIL_SERVICE });
      const agencyZ = await insert(m, Agency, { name: 'Agency Z', kind: AgencyKind.ORGANISATION });
      await insert(m, ObjectiveAgency, { objectiveId: objectiveA, agencyId: agencyX, position: 1, asWritten: 'X' });
      await insert(m, ActionAgency, { actionId: actionA2, agencyId: agencyY, asWritten: 'Y' });
      await insert(m, ActionAgency, { actionId: actionA3, agencyId: agencyX, asWritten: 'X' });
      await insert(m, ActionAgency, { actionId: actionB1, agencyId: agencyY, asWritten: 'Y' });
      const outcomeA = await insert(m, NationalOutcome, { planId, pillarId: pillarA, position: 1, name: 'Reduce drug supply' });
      const outcomeNone = await insert(m, NationalOutcome, { planId, pillarId: null, position: 2, name: 'Reduce drug-related deaths' });
      const measure = (outcomeId: number, position: number) =>
        insert(m, OutcomeMeasure, { outcomeId, position, name: `Measure ${position}`, unit: MeasureUnit.COUNT, direction: MeasureDirection.HIGHER_IS_BETTER });
      const measureA = await measure(outcomeA, 1);
      const measureNone = await measure(outcomeNone, 1);
      const progressA2 = await insert(m, ProgressUpdate, {
        actionId: actionA2,
        financialYear: 2024,
        quarter: 1,
        quarterLabel: '2024-25 Q1',
        periodStart: '2024-04-01',
        periodEnd: '2024-06-30',
        status: ActionStatus.ON_TRACK,
        rag: Rag.GREEN,
        percentComplete: 10,
        commentary: 'Started.',
        reportedBy: 'test',
      });
      const valueA = await insert(m, MeasureValue, {
        measureId: measureA,
        kind: MeasureValueKind.BASELINE,
        periodLabel: '2023-24',
        periodStart: '2023-04-01',
        periodEnd: '2024-03-31',
        value: 12,
      });
      return {
        planId,
        pillarA,
        pillarB,
        priorityA,
        priorityB,
        objectiveA,
        objectiveB,
        actionA1,
        actionA2,
        actionA3,
        actionB1,
        agencyX,
        agencyY,
        agencyZ,
        outcomeA,
        outcomeNone,
        measureA,
        measureNone,
        progressA2,
        valueA,
      };
    },
    { bumpRevision: false },
  );
}

/** An API key's actor. */
export function keyActor(id: number, role: Role, scope: { agencyId?: number | null; pillarId?: number | null } = {}): Actor {
  return {
    kind: ActorKind.API_KEY,
    id: `key:${id}`,
    name: `Test ${role} (key k${id})`,
    role,
    agencyId: scope.agencyId ?? null,
    pillarId: scope.pillarId ?? null,
  };
}

/** The parts of a request context the write pipeline reads: who, and the request's ID. */
export function contextOf(actor: Actor, requestId = 'req-1'): RequestContext {
  return { requestId, actor } as unknown as RequestContext;
}
