/**
 * The shape of the committed seed file (seed/tower-hamlets-2024-25.json): what the importer writes
 * and the loader reads. Bump SEED_SCHEMA_VERSION when the shape changes.
 */

export const SEED_SCHEMA_VERSION = 1;

export type AgencyKindName = 'ORGANISATION' | 'COUNCIL_SERVICE' | 'PARTNERSHIP_GROUP' | 'ROLE';
export type MeasureUnitName = 'COUNT' | 'PERCENT' | 'RATE_PER_1000' | 'DAYS';
export type MeasureDirectionName = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'CONTEXT_ONLY';
export type MeasureValueKindName = 'BASELINE' | 'TARGET' | 'OBSERVED';

export interface SeedPlan {
  title: string;
  periodLabel: string;
  /** ISO date. */
  periodStart: string;
  periodEnd: string;
  summary: string | null;
}

export interface SeedAgency {
  name: string;
  shortName: string | null;
  kind: AgencyKindName;
  description: string | null;
  /** Every name the agency goes by, as written; several may normalise to one look-up key. */
  aliases: string[];
}

/** An objective's responsible agency, in the plan's order: the canonical agency by name, and the plan's own words. */
export interface SeedAgencyLink {
  agency: string;
  asWritten: string;
}

export interface SeedAction {
  position: number;
  text: string;
  fundingCondition: string | null;
  target: string | null;
  durationMonths: number | null;
}

export interface SeedObjective {
  position: number;
  text: string;
  subPoints: string[];
  agencies: SeedAgencyLink[];
  actions: SeedAction[];
}

export interface SeedPriority {
  position: number;
  title: string;
  strategyName: string | null;
  strategyNarrative: string | null;
  objectives: SeedObjective[];
}

export interface SeedPillar {
  number: number;
  name: string;
  headingInPlan: string;
  vision: string | null;
  subgroup: string | null;
  priorities: SeedPriority[];
}

/** Where an action sits: pillar number, then positions (from 1) of priority, objective and action. */
export interface SeedActionPath {
  pillar: number;
  priority: number;
  objective: number;
  action: number;
}

export interface SeedReprocurement {
  path: SeedActionPath;
  service: string;
  supplier: string | null;
  expiryDate: string;
  asWritten: string;
  /** Canonical agency name: the objective's responsible agency. */
  agency: string | null;
}

export interface SeedMeasureValue {
  kind: MeasureValueKindName;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  note: string | null;
  source: string | null;
}

export interface SeedMeasure {
  position: number;
  name: string;
  unit: MeasureUnitName;
  direction: MeasureDirectionName;
  values: SeedMeasureValue[];
}

/** A national outcome as the strategy's outcomes framework lists it; it belongs to the strategy. */
export interface SeedOutcome {
  position: number;
  pillar: number;
  name: string;
  measures: SeedMeasure[];
}

export interface SeedHelpService {
  position: number;
  name: string;
  description: string;
  audience: string | null;
  minAge: number | null;
  maxAge: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface SeedFile {
  schemaVersion: number;
  /** Identifies the data set; the loader records it so that it is loaded once. */
  key: string;
  sources: { deliveryPlan: string; strategy: string; consultation: string; curation: string };
  partnership: { name: string; area: string; description: string | null };
  plans: { strategy: SeedPlan; deliveryPlan: SeedPlan };
  agencies: SeedAgency[];
  pillars: SeedPillar[];
  reprocurements: SeedReprocurement[];
  outcomes: SeedOutcome[];
  helpServices: SeedHelpService[];
}
