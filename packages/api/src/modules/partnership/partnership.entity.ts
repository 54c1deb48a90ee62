import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Column, Entity } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';

@ObjectType({ implements: Node, description: 'A Combating Drugs Partnership: the local body that owns a strategy and delivery plans.' })
@Entity()
export class Partnership extends PlanRecord {
  @Field({ description: 'e.g. "Tower Hamlets Combating Drugs Partnership".' })
  @Column({ unique: true })
  name!: string;

  @Field({ description: 'The local authority area it covers.' })
  @Column()
  area!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
