import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError, ErrorCode } from '../common/errors';
import { escapeHtml } from './escape';
import { BoardPackErrorReason } from './errors';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export interface BoardPackPdfOptions {
  /** The Chromium binary (config CHROMIUM_PATH); default /usr/bin/chromium. */
  chromiumPath?: string;
  /** Text of the running header of every page, e.g. "DRAFT · Board report: 2024-25 Q2". */
  headerText?: string;
  /** Longest the whole print may take, in ms (default 60 s). */
  timeoutMs?: number;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

function unavailable(message: string, chromiumPath: string): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, { reason: BoardPackErrorReason.PDF_RENDERER_UNAVAILABLE, chromiumPath });
}

/**
 * The board pack's HTML printed to an A4 PDF by headless Chromium (playwright-core), with the
 * header text and "Page n of m" on every page. Every request the page would make is aborted (the
 * pack has none: this is defence, not a need), JavaScript is off. No Chromium, or one that fails
 * to start or print: SERVICE_UNAVAILABLE (reason PDF_RENDERER_UNAVAILABLE), a 503 over REST.
 */
export async function renderBoardPackPdf(html: string, options: BoardPackPdfOptions = {}): Promise<Buffer> {
  const chromiumPath = options.chromiumPath || DEFAULT_CHROMIUM_PATH;
  if (!existsSync(chromiumPath)) throw unavailable(`The PDF renderer is not available: no Chromium at ${chromiumPath} (set CHROMIUM_PATH).`, chromiumPath);
  const timeout = options.timeoutMs ?? 60_000;
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, timeout });
  } catch (error) {
    throw unavailable(
      `The PDF renderer is not available: Chromium at ${chromiumPath} did not start (${(error as Error).message.split('\n')[0]}).`,
      chromiumPath,
    );
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load', timeout });
    const small = 'font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #1f1f1f; width: 100%; margin: 0 14mm;';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style='${small}'>${escapeHtml(options.headerText ?? '')}</div>`,
      footerTemplate: `<div style='${small} text-align: right;'>Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
    return Buffer.from(pdf);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unavailable(`The PDF renderer failed: ${(error as Error).message.split('\n')[0]}`, chromiumPath);
  } finally {
    await browser.close().catch(() => undefined);
  }
}
