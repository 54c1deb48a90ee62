import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Pillar } from '../pillar/pillar.entity';

@ObjectType({ implements: Node, description: 'A local priority under a pillar.' })
@Entity()
export class Priority extends PlanRecord {
  @ManyToOne(() => Pillar, { nullable: false })
  pillar!: Pillar;

  @Index()
  @Column()
  pillarId!: number;

  @Field(() => Int, { description: 'Order within the pillar, from 1.' })
  @Column({ type: 'integer' })
  position!: number;

  @Field({ description: "The delivery plan table's title, as written." })
  @Column()
  title!: string;

  @Field(() => String, { nullable: true, description: "The strategy's name for this priority, where it has one." })
  @Column({ type: 'varchar', nullable: true })
  strategyName!: string | null;

  @Field(() => String, { nullable: true, description: "The strategy's narrative for this priority." })
  @Column({ type: 'text', nullable: true })
  strategyNarrative!: string | null;

  /** The priority of the earlier plan this one was carried from (rollOverPlan); GraphQL's carriedFrom. */
  @ManyToOne(() => Priority, { nullable: true })
  carriedFrom!: Priority | null;

  @Column({ nullable: true })
  carriedFromId!: number | null;
}
