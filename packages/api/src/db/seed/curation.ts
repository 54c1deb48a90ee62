import type { AgencyKindName, MeasureDirectionName, MeasureUnitName, SeedAgency, SeedHelpService, SeedMeasureValue, SeedPlan } from './seed-file';

/**
 * The shape of seed/curation.json: the hand-written, reviewed half of the seed. The importer joins
 * it to what it parses from the delivery plan, and checks every quotation against the sources.
 */
export interface Curation {
  /** Judgement calls, in words, for reviewers. */
  notes: string[];
  partnership: { name: string; area: string; description: string | null };
  plans: { strategy: SeedPlan; deliveryPlan: SeedPlan };
  pillars: CuratedPillar[];
  priorities: CuratedPriority[];
  agencies: SeedAgency[];
  outcomes: CuratedOutcome[];
  helpServices: Omit<SeedHelpService, 'position'>[];
}

export interface CuratedPillar {
  number: number;
  name: string;
  /** Must equal the delivery plan's heading; checked. */
  headingInPlan: string;
  /** Quoted from the strategy; checked. */
  vision: string | null;
  subgroup: string | null;
}

/** Matched to the delivery plan's table by pillar and table title. */
export interface CuratedPriority {
  pillar: number;
  tableTitle: string;
  strategyName: string | null;
  /** Quoted from the strategy; checked. */
  strategyNarrative: string | null;
}

export interface CuratedOutcome {
  pillar: number;
  name: string;
  measures: { name: string; unit: MeasureUnitName; direction: MeasureDirectionName; values: SeedMeasureValue[] }[];
}

export const AGENCY_KINDS: readonly AgencyKindName[] = ['ORGANISATION', 'COUNCIL_SERVICE', 'PARTNERSHIP_GROUP', 'ROLE'];
export const MEASURE_UNITS: readonly MeasureUnitName[] = ['COUNT', 'PERCENT', 'RATE_PER_1000', 'DAYS'];
export const MEASURE_DIRECTIONS: readonly MeasureDirectionName[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'CONTEXT_ONLY'];
