/**
 * The little HTML the delivery plan's table cells use: <p>, <b>, and <ul><li>● item</li></ul> lists,
 * with HTML entities. Text is returned as written apart from entities decoded, tags removed, the "●"
 * bullet glyph dropped and surrounding whitespace trimmed.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML fragment: tags removed, entities decoded, trimmed. */
export function cellText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).trim();
}

/** The items of every <li> in the fragment, bullet glyphs dropped, in order. */
export function listItems(html: string): string[] {
  const items: string[] = [];
  for (const match of html.matchAll(/<li>([\s\S]*?)<\/li>/g)) {
    const text = cellText(match[1])
      .replace(/^[●•]\s*/, '')
      .trim();
    if (text) items.push(text);
  }
  return items;
}

/** Splits a cell into the text before its first list and the list's items. */
export function textAndList(html: string): { text: string; items: string[] } {
  const listStart = html.search(/<ul[\s>]/);
  if (listStart < 0) return { text: cellText(html), items: [] };
  return { text: cellText(html.slice(0, listStart)), items: listItems(html.slice(listStart)) };
}
