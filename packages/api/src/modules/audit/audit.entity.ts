import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../common/global-id';
import { ActorKind } from '../../auth/actor';

export enum AuditOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  RESTORE = 'RESTORE',
  LINK = 'LINK',
  UNLINK = 'UNLINK',
  MERGE = 'MERGE',
  /**
   * An admin's change to the wording of an agreed (or superseded) plan: the text of a pillar,
   * priority, objective or action. Recorded like an UPDATE (each field before and after); others'
   * edits to that wording are refused (CONFLICT, reason PLAN_AGREED).
   */
  AMEND = 'AMEND',
  /**
   * A write an API key was refused: entityType "Denied", and as changes (each with before null)
   * code (FORBIDDEN), reason (ROLE, SCOPE or WORDING), message, inputBytes and inputSha256 of the input;
   * never the input's values. Refusals without a valid key are counted, not listed here.
   */
  DENIED = 'DENIED',
}
registerEnumType(AuditOperation, {
  name: 'AuditOperation',
  valuesConfig: {
    AMEND: {
      description:
        "An admin's change to the wording (the text of a pillar, priority, objective or action) of an AGREED or SUPERSEDED plan: an amendment, recorded like an UPDATE with each field before and after. Other roles are refused such changes (CONFLICT, reason PLAN_AGREED).",
    },
    DENIED: {
      description:
        'A write refused to an API key (its role or scope): entityType "Denied"; its changes are code (FORBIDDEN), reason (ROLE, SCOPE or WORDING), message, inputBytes and inputSha256 (SHA-256 of the input as JSON), never the input\'s values. Refusals without a valid key (no key, or an unknown, revoked or expired one) are counted per hour, not listed.',
    },
  },
});

@ObjectType({ description: 'One field of a change: its value before and after.' })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;
}

/**
 * The append-only audit log: one row per change to one record, written in the same transaction as
 * the change. Rows are never updated or deleted.
 */
@ObjectType({ description: 'A change to one record: who, when, what, and each field before and after.' })
@Entity()
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('AuditEntry', this.id);
  }

  @Field({ description: 'When the change was committed.' })
  @Index()
  @Column({ type: 'datetime' })
  at!: Date;

  @Field(() => ActorKind)
  @Column({ type: 'varchar', length: 20 })
  actorKind!: ActorKind;

  @Field({ description: 'Who made the change (an API key id once access control is on).' })
  @Column()
  actorId!: string;

  @Field()
  @Column()
  actorName!: string;

  @Field({ description: 'The request that made the change.' })
  @Column()
  requestId!: string;

  @Field({ description: 'The mutation that made the change, e.g. "updateAction".' })
  @Column()
  mutation!: string;

  @Field(() => AuditOperation)
  @Column({ type: 'varchar', length: 20 })
  operation!: AuditOperation;

  @Field({ description: 'The type of the record, e.g. "Action".' })
  @Column()
  entityType!: string;

  @Column({ type: 'integer' })
  entityId!: number;

  @Field(() => ID, { description: 'Global ID of the record changed.' })
  get recordId(): string {
    return toGlobalId(this.entityType, this.entityId);
  }

  @Field(() => Int, { nullable: true, description: "The record's version after the change." })
  @Column({ type: 'integer', nullable: true })
  version!: number | null;

  @Field(() => [FieldChange])
  @Column({ type: 'simple-json' })
  changes!: FieldChange[];
}
