import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { PlanRecord } from '../../db/base.entity';
import { Plan } from '../plan/plan.entity';
import { Pillar } from '../pillar/pillar.entity';
import type { PlanSnapshot } from './round.snapshot';

export enum RoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description:
    'OPEN: agencies post their updates for the quarter and pillar leads sign off. CLOSED: the quarter is frozen as its snapshot (what the board saw).',
});

export enum LatePolicy {
  REFUSE = 'REFUSE',
  RECORD_LATE = 'RECORD_LATE',
}
registerEnumType(LatePolicy, {
  name: 'LatePolicy',
  description:
    "What happens to a progress update for the quarter after its round has closed. REFUSE: CONFLICT (reason ROUND_CLOSED). RECORD_LATE: kept as a late correction (ProgressUpdate.late AFTER_CLOSE); the round's snapshot never changes.",
});

export enum LateKind {
  AFTER_DEADLINE = 'AFTER_DEADLINE',
  AFTER_CLOSE = 'AFTER_CLOSE',
}
registerEnumType(LateKind, {
  name: 'LateKind',
  description:
    "How late a progress update was for its quarter's reporting round. AFTER_DEADLINE: posted while the round was open, after its deadline. AFTER_CLOSE: a late correction, posted after the round closed (under the RECORD_LATE policy); not in the round's snapshot.",
});

@ObjectType({
  implements: Node,
  description:
    "A reporting round: one quarter of a plan's reporting cycle. The coordinator opens it with a deadline, agencies post their updates, pillar leads sign off their pillars, the coordinator closes it, and its snapshot is what the board saw.",
})
@Entity()
@Index(['planId', 'financialYear', 'quarter'], { unique: true })
export class ReportingRound extends PlanRecord {
  @ManyToOne(() => Plan, { nullable: false })
  plan!: Plan;

  @Column()
  planId!: number;

  @Field(() => Int, { description: 'The first calendar year of the financial year: 2024 for 2024-25.' })
  @Column({ type: 'integer' })
  financialYear!: number;

  @Field(() => Int, { description: 'Financial-year quarter: 1 is April to June, 4 is January to March.' })
  @Column({ type: 'integer' })
  quarter!: number;

  @Field({ description: 'e.g. "2024-25 Q2".' })
  @Column()
  quarterLabel!: string;

  @Field(() => RoundStatus)
  @Column({ type: 'varchar', length: 10, default: RoundStatus.OPEN })
  status!: RoundStatus;

  @Field(() => LocalDateResolver, {
    description: 'The last day for submissions; an update after it is marked late (AFTER_DEADLINE) but accepted while the round is open.',
  })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => LatePolicy)
  @Column({ type: 'varchar', length: 20 })
  latePolicy!: LatePolicy;

  @Field({ description: 'When the round was opened.' })
  @Column({ type: 'datetime' })
  openedAt!: Date;

  @Field({ description: 'Who opened it (the API key).' })
  @Column()
  openedBy!: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  closedBy!: string | null;

  /** The plan as it stood when the round closed (PlanSnapshot); null while OPEN. GraphQL: ReportingRound.snapshot. */
  @Column({ type: 'simple-json', nullable: true })
  snapshot!: PlanSnapshot | null;
}

@ObjectType({ implements: Node, description: "A pillar lead's (or the coordinator's) sign-off of a pillar's updates in a reporting round." })
@Entity()
@Index(['roundId', 'pillarId'], { unique: true })
export class RoundSignOff extends PlanRecord {
  @ManyToOne(() => ReportingRound, { nullable: false })
  round!: ReportingRound;

  @Column()
  roundId!: number;

  @ManyToOne(() => Pillar, { nullable: false })
  pillar!: Pillar;

  @Index()
  @Column()
  pillarId!: number;

  @Field({ description: 'Who signed off (the API key).' })
  @Column()
  signedOffBy!: string;

  @Field()
  @Column({ type: 'datetime' })
  signedOffAt!: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
