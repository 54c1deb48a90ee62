import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Plan } from '../plan/plan.entity';
import { Pillar } from '../pillar/pillar.entity';

export enum MeasureUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  RATE_PER_1000 = 'RATE_PER_1000',
  DAYS = 'DAYS',
}
registerEnumType(MeasureUnit, { name: 'MeasureUnit' });

export enum MeasureDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  CONTEXT_ONLY = 'CONTEXT_ONLY',
}
registerEnumType(MeasureDirection, {
  name: 'MeasureDirection',
  description: 'Which way is good; CONTEXT_ONLY where a rise is not good or bad in itself (e.g. offences recorded through enforcement).',
});

export enum MeasureValueKind {
  BASELINE = 'BASELINE',
  TARGET = 'TARGET',
  OBSERVED = 'OBSERVED',
}
registerEnumType(MeasureValueKind, { name: 'MeasureValueKind' });

@ObjectType({
  implements: Node,
  description: 'One of the six national outcomes of the national drugs strategy, as the local strategy lists it under a pillar.',
})
@Entity()
export class NationalOutcome extends PlanRecord {
  @ManyToOne(() => Plan, { nullable: false })
  plan!: Plan;

  @Index()
  @Column()
  planId!: number;

  @ManyToOne(() => Pillar, { nullable: true })
  pillar!: Pillar | null;

  @Index()
  @Column({ nullable: true })
  pillarId!: number | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position!: number;

  @Field({ description: 'e.g. "Reduce drug supply".' })
  @Column()
  name!: string;
}

@ObjectType({ implements: Node, description: 'A local measure in the outcomes framework.' })
@Entity()
export class OutcomeMeasure extends PlanRecord {
  @ManyToOne(() => NationalOutcome, { nullable: false })
  outcome!: NationalOutcome;

  @Index()
  @Column()
  outcomeId!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position!: number;

  @Field({ description: 'The measure as written in the strategy.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => MeasureUnit)
  @Column({ type: 'varchar', length: 20 })
  unit!: MeasureUnit;

  @Field(() => MeasureDirection)
  @Column({ type: 'varchar', length: 20 })
  direction!: MeasureDirection;
}

@ObjectType({ implements: Node, description: 'A baseline, target or observed value of a measure for a period.' })
@Entity()
export class MeasureValue extends PlanRecord {
  @ManyToOne(() => OutcomeMeasure, { nullable: false })
  measure!: OutcomeMeasure;

  @Index()
  @Column()
  measureId!: number;

  @Field(() => MeasureValueKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: MeasureValueKind;

  @Field({ description: 'The period as the source gives it, e.g. "2020-21" or "Jan 2022 to Sep 2023".' })
  @Column()
  periodLabel!: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  periodEnd!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'What the figure counts, where it differs from the measure.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from.' })
  @Column({ type: 'varchar', nullable: true })
  source!: string | null;
}
