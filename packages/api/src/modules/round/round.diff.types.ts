import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ActionStatus } from '../action/action.entity';
import { Rag } from '../progress/progress.entity';
import { MeasureValueKind } from '../outcome/outcome.entity';
import type { DiffActionRef, PlanDiff } from './round.diff';

/** planDiff's answer in GraphQL: the classes mirror round.diff.ts's PlanDiff field for field. */

@ObjectType({ description: 'One end of a planDiff: a closed round, or a plan read live.' })
export class PlanDiffEnd {
  @Field(() => ID, { description: 'The plan.' })
  plan!: string;

  @Field({ description: 'The quarter it shows, e.g. "2024-25 Q2".' })
  quarter!: string;

  @Field(() => ID, { nullable: true, description: 'The round whose snapshot this is; null for a plan read live.' })
  round!: string | null;

  @Field({ description: 'When the snapshot was taken (a round: when it closed).' })
  takenAt!: string;
}

@ObjectType({ description: 'An action named in a planDiff, as the later end has it.' })
export class PlanDiffAction {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Its place in the plan: pillar number, priority, objective and action positions, e.g. "1.2.1.3".' })
  ref!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class PlanDiffReworded {
  @Field(() => PlanDiffAction)
  action!: PlanDiffAction;

  @Field({ description: 'The wording at the earlier end.' })
  before!: string;

  @Field({ description: 'The wording at the later end.' })
  after!: string;
}

@ObjectType({ description: "An action rated in the later quarter whose quarter RAG differs from the earlier one's." })
export class PlanDiffRagMovement {
  @Field(() => PlanDiffAction)
  action!: PlanDiffAction;

  @Field(() => Rag, { nullable: true, description: 'Null: not rated in the earlier quarter.' })
  from!: Rag | null;

  @Field(() => Rag)
  to!: Rag;
}

@ObjectType()
export class PlanDiffStatusMovement {
  @Field(() => PlanDiffAction)
  action!: PlanDiffAction;

  @Field(() => ActionStatus)
  from!: ActionStatus;

  @Field(() => ActionStatus)
  to!: ActionStatus;
}

@ObjectType({ description: "A measure's value in the later snapshot that the earlier did not have." })
export class PlanDiffMeasureValue {
  @Field(() => ID)
  measureId!: string;

  @Field()
  measureName!: string;

  @Field(() => MeasureValueKind)
  kind!: MeasureValueKind;

  @Field()
  periodLabel!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => Float)
  value!: number;
}

export enum ContractField {
  expiryDate = 'expiryDate',
  status = 'status',
  supplier = 'supplier',
}
registerEnumType(ContractField, { name: 'PlanDiffContractField', description: 'A reprocurement field planDiff compares.' });

@ObjectType()
export class PlanDiffFieldChange {
  @Field(() => ContractField)
  field!: ContractField;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'A reprocurement whose expiry date, status or supplier moved.' })
export class PlanDiffContractChange {
  @Field(() => ID)
  contractId!: string;

  @Field()
  service!: string;

  @Field(() => [PlanDiffFieldChange])
  fields!: PlanDiffFieldChange[];
}

@ObjectType()
export class PlanDiffContract {
  @Field(() => ID)
  contractId!: string;

  @Field()
  service!: string;

  @Field()
  expiryDate!: string;
}

@ObjectType({
  description:
    'What differs between two snapshots of a plan: two rounds, or two plans (an action of the later plan matches the one it was carried from). Lists in the later end’s plan order.',
})
export class PlanDiffResult {
  @Field(() => PlanDiffEnd)
  from!: PlanDiffEnd;

  @Field(() => PlanDiffEnd)
  to!: PlanDiffEnd;

  @Field(() => [PlanDiffAction], { description: 'In the later end only.' })
  actionsAdded!: PlanDiffAction[];

  @Field(() => [PlanDiffAction], { description: 'In the earlier end only (archived since, or not carried over).' })
  actionsRemoved!: PlanDiffAction[];

  @Field(() => [PlanDiffReworded])
  actionsReworded!: PlanDiffReworded[];

  @Field(() => [PlanDiffRagMovement])
  ragMovements!: PlanDiffRagMovement[];

  @Field(() => [PlanDiffAction], { description: 'Rated in the earlier quarter, not (yet) in the later one.' })
  notUpdated!: PlanDiffAction[];

  @Field(() => [PlanDiffStatusMovement])
  statusMovements!: PlanDiffStatusMovement[];

  @Field(() => [PlanDiffMeasureValue])
  newMeasureValues!: PlanDiffMeasureValue[];

  @Field(() => [PlanDiffContractChange])
  contractsMoved!: PlanDiffContractChange[];

  @Field(() => [PlanDiffContract])
  contractsAdded!: PlanDiffContract[];

  @Field(() => [PlanDiffContract])
  contractsRemoved!: PlanDiffContract[];
}

const action = (a: DiffActionRef): PlanDiffAction => ({ id: a.id, ref: a.ref, text: a.text });

/**
 * PlanDiff (round.diff.ts, plain data) as planDiff's answer: the same fields, the snapshot's string
 * unions typed as the GraphQL enums (their values are the same strings).
 */
export function toPlanDiffResult(d: PlanDiff): PlanDiffResult {
  return {
    from: { ...d.from },
    to: { ...d.to },
    actionsAdded: d.actionsAdded.map(action),
    actionsRemoved: d.actionsRemoved.map(action),
    actionsReworded: d.actionsReworded.map((r) => ({ action: action(r.action), before: r.before, after: r.after })),
    ragMovements: d.ragMovements.map((m) => ({ action: action(m.action), from: m.from === null ? null : Rag[m.from], to: Rag[m.to] })),
    notUpdated: d.notUpdated.map(action),
    statusMovements: d.statusMovements.map((m) => ({ action: action(m.action), from: ActionStatus[m.from], to: ActionStatus[m.to] })),
    newMeasureValues: d.newMeasureValues.map((v) => ({
      measureId: v.measureId,
      measureName: v.measureName,
      kind: MeasureValueKind[v.kind],
      periodLabel: v.periodLabel,
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
      value: v.value,
    })),
    contractsMoved: d.contractsMoved.map((c) => ({
      contractId: c.contractId,
      service: c.service,
      fields: c.fields.map((f) => ({ field: ContractField[f.field], before: f.before, after: f.after })),
    })),
    contractsAdded: d.contractsAdded.map((c) => ({ ...c })),
    contractsRemoved: d.contractsRemoved.map((c) => ({ ...c })),
  };
}
