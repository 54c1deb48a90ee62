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

/** Whether an update still counts: CURRENT, or set aside by a correction or a withdrawal (kept in the series either way). */
export enum ProgressUpdateState {
  CURRENT = 'CURRENT',
  CORRECTED = 'CORRECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProgressUpdateState, {
  name: 'ProgressUpdateState',
  description:
    'CURRENT: the update counts. CORRECTED: a later update replaced it (correctedBy), WITHDRAWN: it was withdrawn with a reason (withdrawnReason); neither counts for the latest RAG, status, report or actionsWithoutProgress, and both stay in Action.progress.',
  valuesConfig: {
    CURRENT: { description: 'Counts: neither corrected nor withdrawn.' },
    CORRECTED: { description: 'Replaced by a correction (correctedBy); its values are kept as they were.' },
    WITHDRAWN: { description: 'Withdrawn with a reason (withdrawnReason, withdrawnBy, withdrawnAt); its values are kept as they were.' },
  },
});

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

  /** The update this one corrects (GraphQL's correctionOf); null for an update that corrects none. */
  @ManyToOne(() => ProgressUpdate, { nullable: true })
  correctionOf!: ProgressUpdate | null;

  @Column({ type: 'integer', nullable: true })
  correctionOfId!: number | null;

  /**
   * For a correction, the first update of its chain of corrections (the one first recorded): the
   * correction takes its place in the agency's updates for the quarter, so correcting an earlier
   * update does not put it ahead of a later one. Null for an update that corrects none.
   */
  @Column({ type: 'integer', nullable: true })
  originalId!: number | null;

  @Field(() => String, { nullable: true, description: 'Why this update corrects another (correctionOf): the reason given to correctProgressUpdate.' })
  @Column({ type: 'text', nullable: true })
  correctionReason!: string | null;

  /** The correction that replaced this update (GraphQL's correctedBy); null while it is not corrected. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  correctedById!: number | null;

  @Field(() => Date, { nullable: true, description: 'When a correction replaced this update (correctedBy).' })
  @Column({ type: 'datetime', nullable: true })
  correctedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the update was withdrawn (withdrawProgressUpdate); its values are kept.' })
  @Column({ type: 'datetime', nullable: true })
  withdrawnAt!: Date | null;

  /** Who withdrew it (the actor's name); in the API, ProgressResolver.withdrawnBy. */
  @Column({ type: 'varchar', nullable: true })
  withdrawnBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the update was withdrawn.' })
  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;
}
