import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { PlanRecord } from '../../db/base.entity';
import { Action } from '../action/action.entity';
import { Agency } from '../agency/agency.entity';
import { riskScore } from './risk.score';

export enum RiskStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RiskStatus, { name: 'RiskStatus', description: 'OPEN: still to be managed; CLOSED: it has passed or no longer applies.' });

@ObjectType({
  implements: Node,
  description:
    'A risk to the delivery of an action, as a performance scorecard records it: how likely it is and how much it would hurt (1 to 5 each), who owns it and how it is mitigated.',
})
@Entity()
export class Risk extends PlanRecord {
  @ManyToOne(() => Action, { nullable: false })
  action!: Action;

  @Index()
  @Column()
  actionId!: number;

  @Field({ description: 'What might happen, and its effect on the action.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'How likely it is, from 1 (rare) to 5 (almost certain).' })
  @Column({ type: 'integer' })
  likelihood!: number;

  @Field(() => Int, { description: 'How much it would hurt the action, from 1 (negligible) to 5 (severe).' })
  @Column({ type: 'integer' })
  impact!: number;

  /** The agency that owns the risk; none until one is named. */
  @ManyToOne(() => Agency, { nullable: true })
  ownerAgency!: Agency | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  ownerAgencyId!: number | null;

  @Field(() => String, { nullable: true, description: 'What is done to make it less likely or less harmful.' })
  @Column({ type: 'text', nullable: true })
  mitigation!: string | null;

  @Field(() => RiskStatus)
  @Column({ type: 'varchar', length: 10, default: RiskStatus.OPEN })
  status!: RiskStatus;

  /** Likelihood times impact: derived, never stored (so that it cannot disagree with them). */
  @Field(() => Int, { description: 'likelihood × impact, from 1 to 25: the figure risks are ranked and filtered by.' })
  get score(): number {
    return riskScore(this.likelihood, this.impact);
  }
}
