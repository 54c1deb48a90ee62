import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { PlanRecord } from '../../db/base.entity';
import { Action, ActionStatus } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { LateKind, ReportingRound } from '../round/round.entity';

export enum Rag {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
registerEnumType(Rag, { name: 'Rag', description: 'Red, amber or green: the delivery rating a board report uses.' });

@ObjectType({ implements: Node, description: 'A quarterly progress update on an action. Updates form a series; none is overwritten.' })
@Entity()
@Index(['actionId', 'financialYear', 'quarter'])
export class ProgressUpdate extends PlanRecord {
  @ManyToOne(() => Action, { nullable: false })
  action!: Action;

  @Column()
  actionId!: number;

  /**
   * The responsible agency the update is for (GraphQL's agency); null for an update on the action as
   * a whole: the rows seeded or recorded before updates were per agency, and those an admin or
   * pillar lead records without an agency. How each kind counts: ProgressService.report.
   */
  @ManyToOne(() => Agency, { nullable: true })
  agency!: Agency | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  agencyId!: number | null;

  @Field(() => Int, { description: 'The first calendar year of the financial year: 2024 for 2024-25.' })
  @Column({ type: 'integer' })
  financialYear!: number;

  @Field(() => Int, { description: 'Financial-year quarter: 1 is April to June, 4 is January to March.' })
  @Column({ type: 'integer' })
  quarter!: number;

  @Field({ description: 'e.g. "2024-25 Q1".' })
  @Column()
  quarterLabel!: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date' })
  periodEnd!: string;

  @Field(() => ActionStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: ActionStatus;

  @Field(() => Rag)
  @Column({ type: 'varchar', length: 10 })
  rag!: Rag;

  @Field(() => Int, { nullable: true, description: '0 to 100, where it fits.' })
  @Column({ type: 'integer', nullable: true })
  percentComplete!: number | null;

  @Field()
  @Column({ type: 'text' })
  commentary!: string;

  /** The reporting round the update was posted in (null: its plan used no rounds then); GraphQL's round (modules/round). */
  @ManyToOne(() => ReportingRound, { nullable: true })
  round!: ReportingRound | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  roundId!: number | null;

  @Field(() => LateKind, {
    nullable: true,
    description:
      "How late it was for its quarter's reporting round: AFTER_DEADLINE (posted after the deadline, while the round was open) or AFTER_CLOSE (a late correction after the round closed, not in its snapshot); null when on time or when the plan uses no rounds.",
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  late!: LateKind | null;

  /** Who recorded it (the actor's name: an API key's name and prefix); in the API, ProgressResolver.reportedBy. */
  @Column()
  reportedBy!: string;
}
