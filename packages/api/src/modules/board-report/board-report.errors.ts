import { errorReasons } from '../../core/rules';
import { BOARD_PACK_ERROR_REASON_DESCRIPTIONS, BoardPackErrorReason } from '../../board-pack';

/** The board pack's reasons, published in the schema as BoardPackErrorReason. */
export const BOARD_PACK_ERROR_REASONS = errorReasons('BoardPackErrorReason', 'the board pack', BoardPackErrorReason, BOARD_PACK_ERROR_REASON_DESCRIPTIONS);
