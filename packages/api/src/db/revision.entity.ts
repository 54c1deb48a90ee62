import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The data's revision: one row, incremented by every write transaction (whatever process makes
 * it: the server, the CLI). Response caching and ETags are keyed on it, so a read after any write
 * never sees a stale answer.
 */
@Entity()
export class DataRevision {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', default: 0 })
  revision!: number;
}
