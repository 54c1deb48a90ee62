import { AppError, ErrorCode } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import type { ChangeSet } from '../../writes/change-set';
import type { Quarter } from '../progress/quarter';
import { LateKind, LatePolicy, ReportingRound, RoundSignOff, RoundStatus } from './round.entity';
import { RoundErrorReason } from './round.errors';

/** What the gate lets through: the round the update belongs to (null: the plan uses no rounds) and how late it is. */
export interface RoundGate {
  roundId: number | null;
  late: LateKind | null;
}

/**
 * The reporting-round gate on a progress update for `quarter` of the plan `planId`, on an action
 * of the pillar `pillarOf()` gives (asked only when the quarter's round is open), posted on `today` (YYYY-MM-DD); every progress mutation calls it inside
 * its transaction. Rounds are opt-in: a plan with no round at all lets every update through, as
 * before. Once the plan has a round:
 * - the quarter's round is OPEN: accepted, in that round; late AFTER_DEADLINE after its deadline;
 *   but CONFLICT (PILLAR_SIGNED_OFF) when the action's pillar is signed off in it already;
 * - the quarter has no round: CONFLICT (ROUND_NOT_OPEN);
 * - the round is CLOSED: CONFLICT (ROUND_CLOSED) under REFUSE; under RECORD_LATE accepted as a
 *   late correction (AFTER_CLOSE), which the round's stored snapshot never includes.
 */
export async function gateProgress(
  changes: ChangeSet,
  planId: number,
  quarter: Quarter,
  opts: { pillarOf: () => Promise<number | null>; today: string },
): Promise<RoundGate> {
  const repo = changes.manager.getRepository(ReportingRound);
  const round = await repo.findOne({
    where: { planId, financialYear: quarter.financialYear, quarter: quarter.quarter },
    // Not the snapshot: the gate reads the round's state only.
    select: { id: true, status: true, deadline: true, latePolicy: true },
  });
  if (!round) {
    if (!(await repo.exists({ where: { planId } }))) return { roundId: null, late: null };
    throw new AppError(
      ErrorCode.CONFLICT,
      `The plan reports through reporting rounds, and ${quarter.label} has none open: progress for it is accepted once the coordinator opens its round (openRound).`,
      { argument: 'input.quarter', reason: RoundErrorReason.ROUND_NOT_OPEN },
    );
  }
  const roundId = toGlobalId('ReportingRound', round.id);
  if (round.status === RoundStatus.CLOSED) {
    if (round.latePolicy === LatePolicy.RECORD_LATE) return { roundId: round.id, late: LateKind.AFTER_CLOSE };
    throw new AppError(
      ErrorCode.CONFLICT,
      `The ${quarter.label} reporting round is closed and refuses late updates (late policy REFUSE): its snapshot is what the board saw.`,
      { argument: 'input.quarter', reason: RoundErrorReason.ROUND_CLOSED, roundId },
    );
  }
  const pillarId = await opts.pillarOf();
  if (pillarId !== null && (await changes.manager.getRepository(RoundSignOff).exists({ where: { roundId: round.id, pillarId } }))) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `The action's pillar (${toGlobalId('Pillar', pillarId)}) is signed off in the ${quarter.label} reporting round: its updates for the quarter are final.`,
      { argument: 'input.actionId', reason: RoundErrorReason.PILLAR_SIGNED_OFF, roundId, pillarId: toGlobalId('Pillar', pillarId) },
    );
  }
  return { roundId: round.id, late: opts.today > round.deadline ? LateKind.AFTER_DEADLINE : null };
}
