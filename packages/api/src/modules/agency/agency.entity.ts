import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { PlanRecord } from '../../db/base.entity';
import { Objective } from '../objective/objective.entity';
import { Action } from '../action/action.entity';

export enum AgencyKind {
  ORGANISATION = 'ORGANISATION',
  COUNCIL_SERVICE = 'COUNCIL_SERVICE',
  PARTNERSHIP_GROUP = 'PARTNERSHIP_GROUP',
  ROLE = 'ROLE',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What kind of body an agency is: an organisation, a council service, a partnership group or a role.',
});

@ObjectType({ implements: Node, description: 'A canonical responsible agency. The plan names agencies in many ways; those are its aliases.' })
@Entity()
export class Agency extends PlanRecord {
  @Field({ description: 'Canonical name, e.g. "Metropolitan Police Service".' })
  @Column({ unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "MPS".' })
  @Column({ type: 'varchar', nullable: true })
  shortName!: string | null;

  @Field(() => AgencyKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: AgencyKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The agency's contact for the plan (its lead): GraphQL's contactName etc., shown to callers with a key (AgencyResolver). */
  @Column({ type: 'varchar', nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', nullable: true })
  contactPhone!: string | null;

  /** Set when this agency was merged into another (and archived). */
  @Column({ type: 'integer', nullable: true })
  mergedIntoId!: number | null;
}

/** Another name for an agency; `normalised` is the case-folded, trimmed form used for look-ups. */
@Entity()
export class AgencyAlias {
  @Column({ primary: true, type: 'varchar' })
  normalised!: string;

  @Column()
  alias!: string;

  @ManyToOne(() => Agency, { nullable: false })
  agency!: Agency;

  @Index()
  @Column()
  agencyId!: number;
}

/** An agency's responsibility for an objective, with the agency's name as the plan wrote it. */
@Entity()
@Index(['objectiveId', 'agencyId'], { unique: true })
export class ObjectiveAgency {
  @Column({ primary: true, type: 'integer', generated: 'increment' })
  id!: number;

  @ManyToOne(() => Objective, { nullable: false })
  objective!: Objective;

  @Column()
  objectiveId!: number;

  @ManyToOne(() => Agency, { nullable: false })
  agency!: Agency;

  @Index()
  @Column()
  agencyId!: number;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', nullable: true })
  asWritten!: string | null;
}

/** An agency's responsibility for one action, where the plan or a later edit makes it known. */
@Entity()
@Index(['actionId', 'agencyId'], { unique: true })
export class ActionAgency {
  @Column({ primary: true, type: 'integer', generated: 'increment' })
  id!: number;

  @ManyToOne(() => Action, { nullable: false })
  action!: Action;

  @Column()
  actionId!: number;

  @ManyToOne(() => Agency, { nullable: false })
  agency!: Agency;

  @Index()
  @Column()
  agencyId!: number;

  @Column({ type: 'varchar', nullable: true })
  asWritten!: string | null;
}
