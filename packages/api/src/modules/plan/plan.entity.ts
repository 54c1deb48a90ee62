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

export enum PlanStatus {
  DRAFT = 'DRAFT',
  AGREED = 'AGREED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description:
    'DRAFT: being written, its wording open to those who may edit it. AGREED: agreed by a body (agreedOn, agreedBy); its wording (the text of its pillars, priorities, objectives and actions) is locked except for admins, whose edits are audited as AMEND. SUPERSEDED: an agreed plan whose rolled-over successor has since been agreed; locked as AGREED.',
});

/** Plans whose wording is locked: agreed, or agreed and since superseded. */
export const LOCKED_STATUSES: readonly PlanStatus[] = [PlanStatus.AGREED, PlanStatus.SUPERSEDED];

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

  @Field(() => PlanStatus)
  @Column({ type: 'varchar', length: 20, default: PlanStatus.DRAFT })
  status!: PlanStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the plan was agreed (status AGREED or SUPERSEDED).' })
  @Column({ type: 'date', nullable: true })
  agreedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The body that agreed the plan, e.g. "CDP Board".' })
  @Column({ type: 'varchar', nullable: true })
  agreedBy!: string | null;

  /** The plan this one was rolled over from (rollOverPlan); GraphQL's carriedFrom. */
  @ManyToOne(() => Plan, { nullable: true })
  carriedFrom!: Plan | null;

  @Column({ nullable: true })
  carriedFromId!: number | null;
}
