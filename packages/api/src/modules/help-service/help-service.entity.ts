import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Partnership } from '../partnership/partnership.entity';

@ObjectType({ implements: Node, description: 'Where to find help: a support service the partnership publishes.' })
@Entity()
export class HelpService extends PlanRecord {
  @ManyToOne(() => Partnership, { nullable: false })
  partnership!: Partnership;

  @Index()
  @Column()
  partnershipId!: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position!: number;

  @Field()
  @Column()
  name!: string;

  @Field({ description: 'What it offers and to whom, as the plan puts it.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who it serves, e.g. "Adults (18+) living in Tower Hamlets".' })
  @Column({ type: 'varchar', nullable: true })
  audience!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  minAge!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  maxAge!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  website!: string | null;
}
