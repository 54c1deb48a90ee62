import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Objective } from '../objective/objective.entity';

export enum ActionStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus', description: 'Delivery status of an action.' });

@ObjectType({ implements: Node, description: 'An action (a bullet of "action/elements") under an objective.' })
@Entity()
export class Action extends PlanRecord {
  @ManyToOne(() => Objective, { nullable: false })
  objective!: Objective;

  @Index()
  @Column()
  objectiveId!: number;

  @Field(() => Int, { description: 'Order within the objective, from 1.' })
  @Column({ type: 'integer' })
  position!: number;

  @Field({ description: 'The action as written in the plan.' })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'A funding condition the text states, e.g. "MOPAC funding dependent".' })
  @Column({ type: 'varchar', nullable: true })
  fundingCondition!: string | null;

  @Field(() => String, { nullable: true, description: 'A target the text states, e.g. "Increase number of placements on offer to 50".' })
  @Column({ type: 'varchar', nullable: true })
  target!: string | null;

  @Field(() => Int, { nullable: true, description: 'A duration the text states, in months (e.g. "12-month").' })
  @Column({ type: 'integer', nullable: true })
  durationMonths!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the action is due; the plan year end unless set.' })
  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Field(() => ActionStatus)
  @Column({ type: 'varchar', length: 20, default: ActionStatus.NOT_STARTED })
  status!: ActionStatus;

  /** The action of the earlier plan this one was carried from (rollOverPlan); GraphQL's carriedFrom. */
  @ManyToOne(() => Action, { nullable: true })
  carriedFrom!: Action | null;

  @Column({ nullable: true })
  carriedFromId!: number | null;

  /** The agency whose RAG stands for the action's quarter once it has posted (GraphQL's leadAgency); null: the worst of its agencies' RAGs. */
  // Named, not imported: agency.entity imports this file (its link tables).
  @ManyToOne('Agency', { nullable: true })
  leadAgency!: { id: number } | null;

  @Column({ type: 'integer', nullable: true })
  leadAgencyId!: number | null;
}
