import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { Role } from './roles';

/**
 * An API key. The key itself is shown once, at creation; only its SHA-256 hash is stored, with a
 * short public prefix to find it by. Keys are revoked, never deleted.
 */
@ObjectType({ description: 'An API key (the secret is never shown again after creation).' })
@Entity()
export class ApiKey {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('ApiKey', this.id);
  }

  @Field({ description: 'What the key is for, e.g. "RESET case system".' })
  @Column()
  name!: string;

  @Field({ description: 'Who holds it: keys of one principal can be rotated; at most two are live at once.' })
  @Index()
  @Column()
  principal!: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'integer', nullable: true })
  agencyId!: number | null;

  @Column({ type: 'integer', nullable: true })
  pillarId!: number | null;

  @Field({ description: 'The public start of the key (cdp_<prefix>_…), to recognise it in logs and scanners.' })
  @Index({ unique: true })
  @Column()
  prefix!: string;

  @Column()
  secretHash!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt!: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt!: Date;

  @Field({ description: 'Who created it.' })
  @Column()
  createdBy!: string;

  isLive(now: Date): boolean {
    return !this.revokedAt && (!this.expiresAt || this.expiresAt > now);
  }
}
