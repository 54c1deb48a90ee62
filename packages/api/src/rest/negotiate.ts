/**
 * Content negotiation (RFC 9110 12.5.1): the first of `offered` that Accept admits, by the
 * highest q-value and then the most specific range; the first offered when there is no Accept.
 * Null when none is acceptable (406).
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | null {
  if (!accept || accept.trim() === '') return offered[0] ?? null;
  const ranges = accept.split(',').map((part) => {
    const [range, ...params] = part.split(';');
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      if (k.toLowerCase() === 'q') q = Number(v);
    }
    return { range: range.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0 };
  });
  let best: { type: string; q: number; specificity: number; index: number } | null = null;
  offered.forEach((type, index) => {
    const mediaType = type.split(';')[0].trim().toLowerCase();
    const [major] = mediaType.split('/');
    let match: { q: number; specificity: number } | null = null;
    for (const r of ranges) {
      const specificity = r.range === mediaType ? 3 : r.range === `${major}/*` ? 2 : r.range === '*/*' ? 1 : 0;
      if (specificity === 0) continue;
      if (!match || specificity > match.specificity) match = { q: r.q, specificity };
    }
    if (!match || match.q <= 0) return;
    if (!best || match.q > best.q || (match.q === best.q && match.specificity > best.specificity))
      best = { type, q: match.q, specificity: match.specificity, index };
  });
  return best ? (best as { type: string }).type : null;
}
