import { defineFeature } from '../../core/feature';
import { RoundService } from '../round/round.service';
import { BOARD_PACK_ERROR_REASONS } from './board-report.errors';
import { BoardReportResolver } from './board-report.resolver';
import { BoardReportService } from './board-report.service';

/** The board report pack served from rounds (boardReport, REST /rounds/{id}/report.*, `cli report`): board-pack/ renders it. */
export const feature = defineFeature({
  name: 'boardReport',
  resolvers: [BoardReportResolver],
  errorReasons: [BOARD_PACK_ERROR_REASONS],
  services: ({ data, get, settings }) => [new BoardReportService(data, get(RoundService), settings.chromiumPath)],
});
