import { Column, Entity } from 'typeorm';

/** Records that a seed was loaded, so that it is never loaded twice. */
@Entity()
export class SeedRun {
  @Column({ primary: true, type: 'varchar' })
  key!: string;

  @Column({ type: 'datetime' })
  appliedAt!: Date;
}
