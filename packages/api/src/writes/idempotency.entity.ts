import { Column, Entity } from 'typeorm';

/**
 * A mutation's idempotency key, stored with a hash of its input and its result, so that a retry
 * with the same key and input returns the first result without writing again.
 */
@Entity()
export class IdempotencyRecord {
  /** `<actor id>:<key>`: keys are per caller. */
  @Column({ primary: true, type: 'varchar' })
  scopedKey!: string;

  @Column()
  mutation!: string;

  @Column()
  inputHash!: string;

  @Column({ type: 'simple-json' })
  result!: { entityType: string; snapshot: Record<string, unknown> };

  @Column({ type: 'datetime' })
  createdAt!: Date;
}
