import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The delivery plan text as the repository keeps it (a copy of shared/seeds/001). */
export const DELIVERY_PLAN_SEED = resolve(__dirname, '../../packages/api/seed/sources/001_f351cd7b2125e9da.txt');

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

/**
 * An independent reading of the plan's tables, deliberately simpler than the importer's: for each
 * table row (four tab-separated cells), the bullets of the ACTION/ELEMENTS cell, in order.
 */
export function actionTextsFromSeed(): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(DELIVERY_PLAN_SEED, 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length !== 4 || cells[2].startsWith('ACTION/ELEMENTS')) continue;
    for (const m of cells[2].matchAll(/<li>\s*●\s*([\s\S]*?)<\/li>/g)) texts.push(decode(m[1]));
  }
  return texts;
}

/** The distinct agency strings of the RESPONSIBLE AGENCIES cells, as written (trimmed). */
export function agencyStringsFromSeed(): string[] {
  const seen = new Set<string>();
  for (const line of readFileSync(DELIVERY_PLAN_SEED, 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length !== 4 || cells[3].startsWith('RESPONSIBLE')) continue;
    for (const m of cells[3].matchAll(/<li>\s*●\s*([\s\S]*?)<\/li>/g)) seen.add(decode(m[1]));
  }
  return [...seen];
}
