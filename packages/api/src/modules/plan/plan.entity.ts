import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Partnership } from '../partnership/partnership.entity';

export enum PlanKind {
  STRATEGY = 'STRATEGY',
  DELIVERY_PLAN = 'DELIVERY_PLAN',
}
registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'A 3-year strategy, or the annual delivery plan (April to March) that implements it.',
});

@ObjectType({ implements: Node, description: 'A strategy or an annual delivery plan. Plans are versioned by period, never overwritten.' })
@Entity()
@Index(['partnershipId', 'kind', 'periodStart'], { unique: true })
export class Plan extends PlanRecord {
  @ManyToOne(() => Partnership, { nullable: false })
  partnership!: Partnership;

  @Column()
  partnershipId!: number;

  @Field(() => PlanKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: PlanKind;

  @Field({ description: 'e.g. "Annual Delivery Plan 2024-2025".' })
  @Column()
  title!: string;

  @Field({ description: 'e.g. "2024-25" or "2024-2027".' })
  @Column()
  periodLabel!: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  periodEnd!: string;

  /** For a delivery plan: the strategy it delivers. */
  @ManyToOne(() => Plan, { nullable: true })
  strategy!: Plan | null;

  @Column({ nullable: true })
  strategyId!: number | null;

  @Field(() => String, { nullable: true, description: 'Summary text from the document.' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;
}
