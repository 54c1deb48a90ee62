/**
 * The board report pack: a quarter's plan snapshot rendered for the board, as one self-contained
 * accessible HTML document (inline CSS and SVG charts, no script, no URL), as GitHub-flavoured
 * Markdown, and as a PDF printed from the HTML by headless Chromium. Pure rendering from plain data
 * (BoardPackInput): no service, no database. The wiring (GraphQL boardReport, REST
 * /api/v1/rounds/{id}/report.html|.pdf|.md, `cli report`) assembles the input and calls these.
 */
import { buildModel } from './model';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { BoardPackFormat, BoardPackInput } from './types';

export type { BoardPackChange, BoardPackFormat, BoardPackInput } from './types';
export { BoardPackErrorReason, BOARD_PACK_ERROR_REASON_DESCRIPTIONS } from './errors';
export { renderBoardPackPdf, DEFAULT_CHROMIUM_PATH } from './pdf';
export type { BoardPackPdfOptions } from './pdf';
export { buildModel } from './model';
export type { BoardPackModel } from './model';

/** The media type of each text format. */
export const BOARD_PACK_MEDIA_TYPES: Readonly<Record<BoardPackFormat | 'pdf', string>> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
};

/** The pack as HTML (a whole document) or Markdown. Same input, same output, byte for byte. */
export function renderBoardPack(input: BoardPackInput, format: BoardPackFormat): string {
  const model = buildModel(input);
  if (format === 'html') return renderHtml(model);
  if (format === 'md') return renderMarkdown(model);
  throw new TypeError(`Unknown board pack format ${JSON.stringify(format)}`);
}

/** The running header text of the PDF's pages for an input: "DRAFT · Board report: 2024-25 Q2 · <partnership>". */
export function boardPackHeaderText(input: BoardPackInput): string {
  return [input.draft ? 'DRAFT' : null, `Board report: ${input.snapshot.quarter.label}`, input.partnershipName].filter(Boolean).join(' · ');
}
