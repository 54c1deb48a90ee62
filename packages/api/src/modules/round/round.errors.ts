import { errorReasons } from '../../core/rules';

/** The values of `extensions.reason` on errors of reporting rounds (published in the schema as RoundErrorReason). */
export enum RoundErrorReason {
  ROUND_EXISTS = 'ROUND_EXISTS',
  ROUND_NOT_OPEN = 'ROUND_NOT_OPEN',
  ROUND_CLOSED = 'ROUND_CLOSED',
  PILLAR_SIGNED_OFF = 'PILLAR_SIGNED_OFF',
  PILLARS_NOT_SIGNED_OFF = 'PILLARS_NOT_SIGNED_OFF',
  PILLAR_NOT_IN_PLAN = 'PILLAR_NOT_IN_PLAN',
}

declare module '../../common/errors' {
  interface ErrorReasons {
    round: RoundErrorReason;
  }
}

export const ROUND_ERROR_REASONS = errorReasons('RoundErrorReason', 'reporting rounds', RoundErrorReason, {
  ROUND_EXISTS: 'CONFLICT: openRound for a plan quarter that already has a round (one round per plan quarter).',
  ROUND_NOT_OPEN:
    'CONFLICT: progress posted for a quarter that has no reporting round while its plan uses rounds (it has at least one); or signOffPillar on a round that is not OPEN.',
  ROUND_CLOSED: 'CONFLICT: progress posted for a quarter whose round is CLOSED under the REFUSE late policy; or closeRound on a round already closed.',
  PILLAR_SIGNED_OFF:
    "CONFLICT: progress posted on an action whose pillar is already signed off in the quarter's open round; or signOffPillar for a pillar signed off already.",
  PILLARS_NOT_SIGNED_OFF: 'CONFLICT: closeRound while some pillars of the plan are not signed off; `extensions.pillars` lists their IDs.',
  PILLAR_NOT_IN_PLAN: "BAD_USER_INPUT: signOffPillar for a pillar that is not a live pillar of the round's plan.",
});
