/**
 * Whether `quote` occurs in `source` word for word. Whitespace is compared loosely (runs of spaces
 * and line breaks count as one space) because the text dumps break lines and paragraphs mid-sentence.
 */
export function isQuotedIn(source: string, quote: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return squash(source).includes(squash(quote));
}
