import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Plan } from '../plan/plan.entity';

@ObjectType({
  implements: Node,
  description: 'One of the three national strategic priorities ("pillars") of From Harm to Hope, as a delivery plan carries it.',
})
@Entity()
@Index(['planId', 'number'], { unique: true })
export class Pillar extends PlanRecord {
  @ManyToOne(() => Plan, { nullable: false })
  plan!: Plan;

  @Column()
  planId!: number;

  @Field(() => Int, { description: '1, 2 or 3.' })
  @Column({ type: 'integer' })
  number!: number;

  @Field({ description: 'The national name, e.g. "Break drug supply chains".' })
  @Column()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The heading the delivery plan uses, as written.' })
  @Column({ type: 'varchar', nullable: true })
  headingInPlan!: string | null;

  @Field(() => String, { nullable: true, description: "The strategy's vision statement for this pillar." })
  @Column({ type: 'text', nullable: true })
  vision!: string | null;

  @Field(() => String, { nullable: true, description: "The CDP subgroup that owns this pillar's action plan." })
  @Column({ type: 'varchar', nullable: true })
  subgroup!: string | null;

  @Field(() => String, { nullable: true, description: 'Who leads the pillar for the partnership, e.g. "Head of Community Safety".' })
  @Column({ type: 'varchar', nullable: true })
  lead!: string | null;

  /** The pillar of the earlier plan this one was carried from (rollOverPlan); GraphQL's carriedFrom. */
  @ManyToOne(() => Pillar, { nullable: true })
  carriedFrom!: Pillar | null;

  @Column({ nullable: true })
  carriedFromId!: number | null;
}
