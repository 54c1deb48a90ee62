import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ActionStatus } from '../action/action.entity';
import { MeasureDirection, MeasureUnit, MeasureValueKind } from '../outcome/outcome.entity';
import { Rag } from '../progress/progress.entity';
import { ReprocurementStatus } from '../reprocurement/reprocurement.entity';

// The GraphQL face of PlanSnapshot (round.snapshot.ts): one object type per interface there, the
// same field names, so that a stored snapshot is returned as it is. IDs are global IDs as they
// were when the snapshot was taken; instants are ISO 8601 strings.

const INSTANT = 'An ISO 8601 instant (UTC).';

@ObjectType('SnapshotCounts', { description: 'Actions counted by their quarter RAG (the roll-up), as ProgressReport.RagCounts.' })
export class SnapshotCountsType {
  @Field(() => Int) red!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) green!: number;
  @Field(() => Int) noUpdate!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('SnapshotAgency')
export class SnapshotAgencyType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
}

@ObjectType('SnapshotUpdate', { description: 'The latest update of one agency (agencyId null: an update on the action as a whole) in the quarter.' })
export class SnapshotUpdateType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
  @Field(() => Rag) rag!: Rag;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Int, { nullable: true }) percentComplete!: number | null;
  @Field() commentary!: string;
  @Field({ description: 'The API key that recorded it.' }) reportedBy!: string;
  @Field({ description: INSTANT }) recordedAt!: string;
}

@ObjectType('SnapshotAction')
export class SnapshotActionType {
  @Field(() => ID) id!: string;
  @Field({ description: '"<pillar number>.<priority position>.<objective position>.<action position>", e.g. "1.2.1.3".' }) ref!: string;
  @Field(() => ID) pillarId!: string;
  @Field(() => ID) priorityId!: string;
  @Field(() => ID) objectiveId!: string;
  @Field() objectiveText!: string;
  @Field() text!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => LocalDateResolver, { nullable: true }) dueDate!: string | null;
  @Field(() => [ID], { description: "Agencies responsible (the objective's, then the action's own), distinct, in plan order." }) agencyIds!: string[];
  @Field(() => ID, { nullable: true }) leadAgencyId!: string | null;
  @Field(() => Rag, { nullable: true, description: 'The roll-up (Action.quarterRag); null when no agency had posted for the quarter.' })
  quarterRag!: Rag | null;
  @Field(() => [SnapshotUpdateType], { description: "Each agency's latest update in the quarter, by agency name (one without an agency last)." })
  updates!: SnapshotUpdateType[];
  @Field(() => ID, { nullable: true }) carriedFromId!: string | null;
}

@ObjectType('SnapshotPillar')
export class SnapshotPillarType {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) lead!: string | null;
  @Field(() => String, { nullable: true }) subgroup!: string | null;
  @Field(() => SnapshotCountsType) counts!: SnapshotCountsType;
}

@ObjectType('SnapshotMeasureValue')
export class SnapshotMeasureValueType {
  @Field(() => MeasureValueKind) kind!: MeasureValueKind;
  @Field() periodLabel!: string;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('SnapshotMeasure')
export class SnapshotMeasureType {
  @Field(() => ID) id!: string;
  @Field(() => ID) outcomeId!: string;
  @Field() outcomeName!: string;
  @Field() name!: string;
  @Field(() => MeasureUnit) unit!: MeasureUnit;
  @Field(() => MeasureDirection) direction!: MeasureDirection;
  @Field(() => [SnapshotMeasureValueType], { description: "The values whose period started on or before the quarter's end, oldest first." })
  values!: SnapshotMeasureValueType[];
}

@ObjectType('SnapshotContract')
export class SnapshotContractType {
  @Field(() => ID) id!: string;
  @Field() service!: string;
  @Field(() => String, { nullable: true }) supplier!: string | null;
  @Field(() => LocalDateResolver) expiryDate!: string;
  @Field(() => ReprocurementStatus) status!: ReprocurementStatus;
  @Field(() => ID) objectiveId!: string;
  @Field(() => ID, { nullable: true }) actionId!: string | null;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
}

@ObjectType('SnapshotPlan')
export class SnapshotPlanType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() periodLabel!: string;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
  @Field() status!: string;
}

@ObjectType('SnapshotQuarter')
export class SnapshotQuarterType {
  @Field({ description: 'e.g. "2024-25 Q2".' }) label!: string;
  @Field(() => Int) financialYear!: number;
  @Field(() => Int) quarter!: number;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
}

@ObjectType('SnapshotRound')
export class SnapshotRoundType {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateResolver) deadline!: string;
  @Field({ description: INSTANT }) openedAt!: string;
  @Field(() => String, { nullable: true, description: INSTANT }) closedAt!: string | null;
}

@ObjectType('PlanSnapshot', {
  description:
    'A plan as it stood for one quarter: what a reporting round froze when it closed (what the board saw), or a live draft. Plain data: IDs are global IDs as they were then; it never changes afterwards.',
})
export class PlanSnapshotType {
  @Field(() => Int, { description: 'The snapshot format (SNAPSHOT_FORMAT); a new one when a field changes meaning.' }) format!: number;
  @Field({ description: `When it was taken (the round's close, or now for a draft). ${INSTANT}` }) takenAt!: string;
  @Field(() => Int, { description: 'The data revision it was read at.' }) revision!: number;
  @Field(() => SnapshotPlanType) plan!: SnapshotPlanType;
  @Field(() => SnapshotQuarterType) quarter!: SnapshotQuarterType;
  @Field(() => SnapshotRoundType, { nullable: true, description: 'The round this snapshot closed; null for a live draft.' }) round!: SnapshotRoundType | null;
  @Field(() => SnapshotCountsType) overall!: SnapshotCountsType;
  @Field(() => [SnapshotPillarType]) pillars!: SnapshotPillarType[];
  @Field(() => [SnapshotActionType], { description: "The plan's live actions then, in plan order." }) actions!: SnapshotActionType[];
  @Field(() => [SnapshotAgencyType], { description: 'Every agency an action, update or contract of the snapshot names, by name.' })
  agencies!: SnapshotAgencyType[];
  @Field(() => [SnapshotMeasureType]) measures!: SnapshotMeasureType[];
  @Field(() => [SnapshotContractType], { description: 'Every live reprocurement of the plan then, by expiry date.' }) contracts!: SnapshotContractType[];
}
