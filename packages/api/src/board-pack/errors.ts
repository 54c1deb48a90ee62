/** The values of `extensions.reason` on errors of the board pack. */
export enum BoardPackErrorReason {
  PDF_RENDERER_UNAVAILABLE = 'PDF_RENDERER_UNAVAILABLE',
}

declare module '../common/errors' {
  interface ErrorReasons {
    boardPack: BoardPackErrorReason;
  }
}

/** What each reason means: the wiring publishes them (core/rules errorReasons('BoardPackErrorReason', 'the board pack', ...)). */
export const BOARD_PACK_ERROR_REASON_DESCRIPTIONS: Readonly<Record<BoardPackErrorReason, string>> = {
  PDF_RENDERER_UNAVAILABLE:
    'SERVICE_UNAVAILABLE: the PDF of the board pack could not be made: no Chromium at CHROMIUM_PATH (default /usr/bin/chromium), or it failed to start or to print. The HTML and Markdown formats still work.',
};
