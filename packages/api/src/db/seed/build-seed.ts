import { AgencyIndex } from './agency-index';
import { AGENCY_KINDS, Curation, MEASURE_DIRECTIONS, MEASURE_UNITS } from './curation';
import type { ParsedObjective, ParsedPillar } from './parse-delivery-plan';
import { isQuotedIn } from './quotation';
import { parseReprocurementLine } from './reprocurement-line';
import { SEED_SCHEMA_VERSION, SeedFile, SeedObjective, SeedOutcome, SeedPillar, SeedReprocurement } from './seed-file';

export interface SeedInputs {
  key: string;
  /** Paths of the inputs as recorded in the seed file (relative to packages/api). */
  sources: SeedFile['sources'];
  deliveryPlanText: string;
  strategyText: string;
  pillars: ParsedPillar[];
  curation: Curation;
}

export class SeedBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedBuildError';
  }
}

/** An objective whose bullets are contract deadlines ("Reprocure services expiring in the next 12 months"). */
const REPROCUREMENT_OBJECTIVE = /^reprocure\b/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Joins the parsed delivery plan to the curation: canonical agencies for every as-written agency,
 * the strategy's names and narratives for each table priority, outcomes, help services. Checks every
 * curated quotation against its source; reports every problem at once.
 */
export function buildSeed(inputs: SeedInputs): SeedFile {
  const { curation, pillars: parsed } = inputs;
  const problems: string[] = [];
  const agencies = new AgencyIndex(curation.agencies, problems);
  for (const agency of curation.agencies) {
    if (!AGENCY_KINDS.includes(agency.kind)) problems.push(`agency "${agency.name}" has unknown kind ${agency.kind}`);
  }

  const quoted = (source: 'deliveryPlan' | 'strategy', text: string | null, what: string) => {
    if (text !== null && !isQuotedIn(source === 'deliveryPlan' ? inputs.deliveryPlanText : inputs.strategyText, text)) {
      problems.push(`${what} is not quoted word for word from the ${source === 'deliveryPlan' ? 'delivery plan' : 'strategy'}`);
    }
  };
  quoted('deliveryPlan', curation.plans.deliveryPlan.summary, 'the delivery plan summary');
  quoted('strategy', curation.plans.strategy.summary, 'the strategy summary');

  const usedPriorities = new Set<object>();
  const pillars: SeedPillar[] = parsed.map((pillar) => {
    const curated = curation.pillars.find((p) => p.number === pillar.number);
    if (!curated) problems.push(`pillar ${pillar.number} is not in the curation`);
    else {
      if (curated.headingInPlan !== pillar.heading)
        problems.push(`pillar ${pillar.number}: curated heading "${curated.headingInPlan}" differs from the plan's "${pillar.heading}"`);
      quoted('strategy', curated.vision, `pillar ${pillar.number}'s vision`);
    }
    return {
      number: pillar.number,
      name: curated?.name ?? '',
      headingInPlan: pillar.heading,
      vision: curated?.vision ?? null,
      subgroup: curated?.subgroup ?? null,
      priorities: pillar.priorities.map((priority) => {
        const matches = curation.priorities.filter((p) => p.pillar === pillar.number && p.tableTitle === priority.title);
        if (matches.length !== 1) problems.push(`priority "${priority.title}" (pillar ${pillar.number}) matches ${matches.length} curated priorities`);
        const match = matches[0];
        if (match) {
          usedPriorities.add(match);
          quoted('strategy', match.strategyName, `the strategy name of "${priority.title}"`);
          quoted('strategy', match.strategyNarrative, `the narrative of "${priority.title}"`);
        }
        return {
          position: priority.position,
          title: priority.title,
          strategyName: match?.strategyName ?? null,
          strategyNarrative: match?.strategyNarrative ?? null,
          objectives: priority.objectives.map((objective) =>
            linkAgencies(objective, agencies, `${pillar.number}.${priority.position}.${objective.position}`, problems),
          ),
        };
      }),
    };
  });
  for (const p of curation.priorities) if (!usedPriorities.has(p)) problems.push(`curated priority "${p.tableTitle}" (pillar ${p.pillar}) is not in the plan`);
  for (const p of curation.pillars) if (!parsed.some((q) => q.number === p.number)) problems.push(`curated pillar ${p.number} is not in the plan`);

  const seed: SeedFile = {
    schemaVersion: SEED_SCHEMA_VERSION,
    key: inputs.key,
    sources: inputs.sources,
    partnership: curation.partnership,
    plans: curation.plans,
    agencies: curation.agencies,
    pillars,
    reprocurements: reprocurementsOf(pillars, problems),
    outcomes: outcomesOf(inputs, problems),
    helpServices: curation.helpServices.map((service, i) => {
      for (const contact of [service.phone, service.email, service.website]) {
        if (contact && !inputs.deliveryPlanText.includes(contact)) problems.push(`help service "${service.name}": ${contact} is not in the delivery plan`);
      }
      return { position: i + 1, ...service };
    }),
  };
  if (problems.length) throw new SeedBuildError(problems);
  return seed;
}

function linkAgencies(objective: ParsedObjective, agencies: AgencyIndex, where: string, problems: string[]): SeedObjective {
  const seen = new Map<string, string>();
  const links = objective.agencies.map((asWritten) => {
    const agency = agencies.find(asWritten);
    if (!agency) {
      problems.push(`objective ${where}: no curated agency for "${asWritten}"`);
      return { agency: '', asWritten };
    }
    const earlier = seen.get(agency.name);
    if (earlier !== undefined) problems.push(`objective ${where}: "${earlier}" and "${asWritten}" both mean "${agency.name}"`);
    seen.set(agency.name, asWritten);
    return { agency: agency.name, asWritten };
  });
  return { position: objective.position, text: objective.text, subPoints: objective.subPoints, agencies: links, actions: objective.actions };
}

function reprocurementsOf(pillars: SeedPillar[], problems: string[]): SeedReprocurement[] {
  const result: SeedReprocurement[] = [];
  for (const pillar of pillars) {
    for (const priority of pillar.priorities) {
      for (const objective of priority.objectives) {
        if (!REPROCUREMENT_OBJECTIVE.test(objective.text)) continue;
        for (const action of objective.actions) {
          const line = parseReprocurementLine(action.text);
          if (!line) {
            problems.push(`objective ${pillar.number}.${priority.position}.${objective.position}: "${action.text}" is not "Service (Supplier) - dd/mm/yy"`);
            continue;
          }
          result.push({
            path: { pillar: pillar.number, priority: priority.position, objective: objective.position, action: action.position },
            ...line,
            agency: objective.agencies[0]?.agency || null,
          });
        }
      }
    }
  }
  return result;
}

function outcomesOf(inputs: SeedInputs, problems: string[]): SeedOutcome[] {
  return inputs.curation.outcomes.map((outcome, i) => {
    if (!inputs.curation.pillars.some((p) => p.number === outcome.pillar)) problems.push(`outcome "${outcome.name}" names unknown pillar ${outcome.pillar}`);
    if (!isQuotedIn(inputs.strategyText, outcome.name)) problems.push(`outcome "${outcome.name}" is not in the strategy`);
    return {
      position: i + 1,
      pillar: outcome.pillar,
      name: outcome.name,
      measures: outcome.measures.map((measure, j) => {
        const what = `measure "${measure.name}"`;
        if (!isQuotedIn(inputs.strategyText, measure.name)) problems.push(`${what} is not quoted word for word from the strategy`);
        if (!MEASURE_UNITS.includes(measure.unit)) problems.push(`${what} has unknown unit ${measure.unit}`);
        if (!MEASURE_DIRECTIONS.includes(measure.direction)) problems.push(`${what} has unknown direction ${measure.direction}`);
        for (const value of measure.values) {
          if (!ISO_DATE.test(value.periodStart) || !ISO_DATE.test(value.periodEnd) || value.periodStart > value.periodEnd) {
            problems.push(`${what}: period ${value.periodStart}..${value.periodEnd} is not a pair of ordered ISO dates`);
          }
          if (!Number.isFinite(value.value)) problems.push(`${what}: value ${value.value} is not a number`);
        }
        return { position: j + 1, name: measure.name, unit: measure.unit, direction: measure.direction, values: measure.values };
      }),
    };
  });
}
