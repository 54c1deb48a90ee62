/**
 * Structure the plan's action text states, extracted by rules (never per action): a funding
 * condition, a target, a duration. Each returns the phrase as written (or null).
 */

export interface ActionFields {
  fundingCondition: string | null;
  target: string | null;
  durationMonths: number | null;
}

/** Conditions on funding: "(MOPAC funding dependent)", "(capital bid dependent)", "following decision on funding". */
const FUNDING_RULES: RegExp[] = [
  /\(([^()]*\b(?:funding|bid|grant)\b[^()]*\bdependent)\)/i,
  /\b((?:following|subject to|pending) (?:a |the )?decision on (?:[a-z]+ )?funding)\b/i,
  /\b(subject to (?:[a-z]+ )?(?:funding|bid|grant)(?: approval)?)\b/i,
  /\b((?:if|where|once) funding (?:is |has been )?(?:secured|agreed|confirmed))\b/i,
];

/**
 * Targets: a goal to reach ("To achieve the OHID regional target for ..."), a change to a number
 * ("Increase number of placements on offer to 50"), or a number of days/weeks relative to an event
 * ("84 days post-release").
 */
const TARGET_RULES: RegExp[] = [
  /\b((?:to )?(?:achieve|meet|reach|exceed) (?:the |our |a |an )?[^.;()]*?\btargets?\b[^.;()]*)/i,
  /\b((?:increase|reduce|raise|grow|decrease|lower) [^.;()]*?\bto \d[\d,.]*%?)/i,
  /\b(\d+ (?:days?|weeks?|months?) (?:post|pre|after|before|within|following)[-\w]*)/i,
];

/** Durations: "12-month", "12-months", "6 months", "2-year" (not "18-24 year olds"). */
const DURATION_RULES: { pattern: RegExp; months: number }[] = [
  { pattern: /\b(\d+)[- ]months?\b(?! (?:post|pre|after|before|following))/i, months: 1 },
  { pattern: /\b(\d+)[- ]years?\b(?![- ]olds?\b)/i, months: 12 },
];

function firstMatch(text: string, rules: RegExp[]): string | null {
  for (const rule of rules) {
    const match = rule.exec(text);
    if (match) return match[1].trim();
  }
  return null;
}

export function extractActionFields(text: string): ActionFields {
  let durationMonths: number | null = null;
  for (const rule of DURATION_RULES) {
    const match = rule.pattern.exec(text);
    if (match) {
      durationMonths = Number(match[1]) * rule.months;
      break;
    }
  }
  return {
    fundingCondition: firstMatch(text, FUNDING_RULES),
    target: firstMatch(text, TARGET_RULES),
    durationMonths,
  };
}
