import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from '../common/global-id';

/**
 * Every stored record: a numeric primary key (exposed only as a global ID), timestamps, a version
 * for optimistic concurrency, and an archive marker (records are archived, never hard deleted).
 */
@ObjectType()
export abstract class PlanRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Global object ID, e.g. base64("Action:12"). Resolved by `node(id)`. */
  @Field(() => ID, { name: 'id', description: 'Global object ID; pass it to node(id).' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }

  @Field()
  @CreateDateColumn()
  createdAt!: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Incremented on every change; send it back as expectedVersion when updating.' })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field(() => Date, { nullable: true, description: 'Set when the record is archived; archived records are kept.' })
  @Column({ type: 'datetime', nullable: true })
  archivedAt!: Date | null;
}
