import { AppError, badInput, CommonErrorReason, ErrorCode } from '../../common/errors';
import { fromGlobalId, truncate } from '../../common/global-id';
import type { DataAccess, ReadContext } from '../../writes/data-access';
import { Plan, PlanKind } from '../plan/plan.entity';
import { parseQuarter } from '../progress/quarter';
import { ReportingRound } from './round.entity';

/** A round's key: "2024-25Q2" (also "2024-25 Q2"). */
const KEY = /^(\d{4}-\d{2}) ?(Q[1-4])$/;

/** The key of a round: "2024-25Q2". */
export function roundKey(round: { quarterLabel: string }): string {
  return round.quarterLabel.replace(' ', '');
}

/**
 * The round a value names, for every argument that takes one (GraphQL `round`, `roundId`, REST's
 * `{id}`): its global ID, or its key "2024-25Q2" / "2024-25 Q2" (the round of that quarter; when
 * plans of several kinds have one, the delivery plan's, the latest starting). NOT_FOUND naming
 * `argument` when no round matches.
 */
export async function resolveRound(data: DataAccess, via: ReadContext, value: string, argument: string): Promise<ReportingRound> {
  const key = KEY.exec(value.trim());
  if (key) {
    const quarter = parseQuarter(`${key[1]} ${key[2]}`, argument);
    const round = await data
      .query(via, ReportingRound, 'r')
      .innerJoin(Plan, 'p', 'p.id = r.planId')
      .where('r.financialYear = :fy AND r.quarter = :q', { fy: quarter.financialYear, q: quarter.quarter })
      .orderBy(`CASE WHEN p.kind = '${PlanKind.DELIVERY_PLAN}' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('p.periodStart', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getOne();
    if (!round) throw unknownRound(argument, value, `no reporting round has been opened for ${quarter.label}`);
    return round;
  }
  try {
    fromGlobalId(value, argument);
  } catch {
    throw unknownRound(argument, value, 'give a round\'s ID or its key, e.g. "2024-25Q2"');
  }
  // The ID of another type is a mistake of the input (BAD_USER_INPUT, rule idType), as for any ID argument.
  const { id } = fromGlobalId(value, argument, 'ReportingRound');
  const round = await data.repository(via, ReportingRound).findOne({ where: { id } });
  if (!round) throw unknownRound(argument, value, 'no round has this ID');
  return round;
}

/**
 * What one end of planDiff names (`argument`: "from" or "to"): a round (its key "2024-25Q2", or
 * its ID) or a plan (its ID; loaded by the caller, NOT_FOUND when no plan has it). A key no round
 * has, or a string that is no ID, is NOT_FOUND as for every round argument; the ID of another type
 * (an action's, say) is BAD_USER_INPUT (rule idType).
 */
export async function resolveDiffEnd(
  data: DataAccess,
  via: ReadContext,
  value: string,
  argument: string,
): Promise<{ round: ReportingRound; plan: null } | { round: null; plan: string }> {
  const trimmed = value.trim();
  if (!KEY.test(trimmed)) {
    let type: string;
    try {
      type = fromGlobalId(trimmed, argument).type;
    } catch {
      throw unknownRound(argument, value, 'give a round\'s key, e.g. "2024-25Q2", or the ID of a round or of a plan');
    }
    if (type === 'Plan') return { round: null, plan: trimmed };
    if (type !== 'ReportingRound')
      throw badInput(argument, `must be a round (its ID or key, e.g. "2024-25Q2") or a plan's ID, got the ID of a ${type}.`, 'idType');
  }
  return { round: await resolveRound(data, via, trimmed, argument), plan: null };
}

function unknownRound(argument: string, value: string, why: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No ReportingRound found for argument "${argument}": ${JSON.stringify(truncate(value))} (${why}).`, {
    argument,
    reason: CommonErrorReason.RECORD_NOT_FOUND,
  });
}
