import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Objective } from '../objective/objective.entity';
import { Action } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';

export enum ReprocurementStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  AWARDED = 'AWARDED',
  EXTENDED = 'EXTENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReprocurementStatus, { name: 'ReprocurementStatus' });

/** Statuses in which a contract past its expiry date is overdue. */
export const OPEN_REPROCUREMENT_STATUSES = [ReprocurementStatus.NOT_STARTED, ReprocurementStatus.IN_PROGRESS];

@ObjectType({ implements: Node, description: 'A contract that must be reprocured before it expires.' })
@Entity()
export class Reprocurement extends PlanRecord {
  @ManyToOne(() => Objective, { nullable: false })
  objective!: Objective;

  @Index()
  @Column()
  objectiveId!: number;

  /** The plan bullet this deadline was written as. */
  @ManyToOne(() => Action, { nullable: true })
  action!: Action | null;

  @Column({ nullable: true })
  actionId!: number | null;

  @ManyToOne(() => Agency, { nullable: true })
  agency!: Agency | null;

  @Column({ nullable: true })
  agencyId!: number | null;

  @Field({ description: 'The service, e.g. "Needle exchange supplies".' })
  @Column()
  service!: string;

  @Field(() => String, { nullable: true, description: 'The current supplier, where the plan names one.' })
  @Column({ type: 'varchar', nullable: true })
  supplier!: string | null;

  @Field(() => LocalDateResolver, { description: 'When the current contract expires.' })
  @Column({ type: 'date' })
  expiryDate!: string;

  @Field(() => ReprocurementStatus)
  @Column({ type: 'varchar', length: 20, default: ReprocurementStatus.NOT_STARTED })
  status!: ReprocurementStatus;

  @Field(() => String, { nullable: true, description: 'The deadline as the plan wrote it.' })
  @Column({ type: 'varchar', nullable: true })
  asWritten!: string | null;
}
