/** The lowest and highest likelihood or impact a risk may be given. */
export const RISK_RATING = { min: 1, max: 5 } as const;

/** A risk's score: likelihood times impact, 1 to 25. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The score as SQL, for filters and ordering over the risk table aliased `alias` (the same rule as riskScore). */
export function riskScoreSql(alias: string): string {
  return `(${alias}.likelihood * ${alias}.impact)`;
}

/** Highest score first; equal scores in the order they were recorded. */
export function byScore(a: { score: number; id: number }, b: { score: number; id: number }): number {
  return b.score - a.score || a.id - b.id;
}
