import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Priority } from '../priority/priority.entity';

@ObjectType({ implements: Node, description: 'An objective under a priority.' })
@Entity()
export class Objective extends PlanRecord {
  @ManyToOne(() => Priority, { nullable: false })
  priority!: Priority;

  @Index()
  @Column()
  priorityId!: number;

  @Field(() => Int, { description: 'Order within the priority, from 1.' })
  @Column({ type: 'integer' })
  position!: number;

  @Field({ description: 'The objective as written in the plan.' })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => [String], { description: 'Sub-points listed under the objective, as written (often empty).' })
  @Column({ type: 'simple-json', default: '[]' })
  subPoints!: string[];

  /** The objective of the earlier plan this one was carried from (rollOverPlan); GraphQL's carriedFrom. */
  @ManyToOne(() => Objective, { nullable: true })
  carriedFrom!: Objective | null;

  @Column({ nullable: true })
  carriedFromId!: number | null;
}
