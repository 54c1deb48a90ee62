/** A round's board report pack, for REST: /api/v1/rounds/{id}/report.html|.pdf|.md run this query. */
export const BOARD_REPORT_QUERY = `query RoundBoardReport($round: String!, $format: BoardReportFormat!) {
  boardReport(round: $round, format: $format) { content filename draft }
}`;

/** The media type each format is served as. */
export const BOARD_REPORT_TYPES = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
} as const;
