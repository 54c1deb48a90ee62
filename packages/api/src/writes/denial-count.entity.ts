import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActorKind } from '../auth/actor';

/**
 * Refusals of callers without a valid key (no key; an unknown, revoked or expired key), counted
 * rather than logged one by one, so that a flood of them costs constant space: one row per hour,
 * operation, actor kind, key prefix and reason, whose count grows. The prefix is kept only when
 * it belongs to a key of ours (a revoked or expired key, or a known prefix with a wrong secret);
 * any other presented key counts under no prefix, so random keys cannot add rows.
 */
@Entity()
@Index(['bucket', 'operation', 'actorKind', 'keyPrefix', 'reason'], { unique: true })
export class DenialCount {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The start of the hour (UTC) the refusals fell in. */
  @Column({ type: 'datetime' })
  bucket!: Date;

  /** The mutation refused, or "authentication" for a request refused for its key. */
  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  @Column({ type: 'varchar', length: 20 })
  actorKind!: ActorKind;

  /** The public prefix of the key presented, when it is one of ours; "" otherwise. */
  @Column({ type: 'varchar', length: 20, default: '' })
  keyPrefix!: string;

  /** Why: NO_KEY, KEY_UNKNOWN, KEY_REVOKED, KEY_EXPIRED (see DenialReason). */
  @Column({ type: 'varchar', length: 40 })
  reason!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'datetime' })
  firstAt!: Date;

  @Column({ type: 'datetime' })
  lastAt!: Date;

  /** The largest input refused in this row, in bytes of JSON. */
  @Column({ type: 'integer' })
  maxInputBytes!: number;

  /** SHA-256 (hex) of the last input refused in this row; null when there was none (authentication). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  lastInputSha256!: string | null;
}
