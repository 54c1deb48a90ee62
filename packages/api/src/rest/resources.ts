/**
 * The REST resources: one per record type of the plan, each a collection and an item under
 * /api/v1, named by the GraphQL fields and mutations that serve them. Everything else (the
 * representation, the query parameters, nested routes, request and response schemas, OpenAPI) is
 * read off the GraphQL schema by rest/routes.ts, so REST cannot drift from GraphQL: a filter added
 * to a GraphQL list is a query parameter here, a field added to a type is in its representation.
 */
export interface ResourceDef {
  /** The path segment: /api/v1/<path> and /api/v1/<path>/{id}. */
  path: string;
  /** The GraphQL object type (a Node: its item is read with node(id)). */
  type: string;
  /** The root GraphQL list field that is its collection (paged, with its filter as query parameters). */
  list?: string;
  /** Nested collections: path segment → a list or connection field of the type. */
  nested?: Record<string, string>;
  /** Writes, by the GraphQL mutation that does each. */
  writes?: {
    /** POST /<path>: the create mutation, its input is the body. */
    create?: string;
    /** PATCH /<path>/{id}: the update mutation (JSON Merge Patch; If-Match gives expectedVersion). */
    update?: string;
    /** POST /<path>/{id}/archive and /restore (If-Match gives expectedVersion). */
    archive?: string;
    restore?: string;
    /**
     * Other POSTs on an item: segment → the mutation and the input field the item's ID fills
     * (`POST /actions/{id}/progress` is recordProgress with actionId). `version` says If-Match gives
     * the input's expectedVersion (required), `optional` that it may.
     */
    actions?: Record<string, { mutation: string; idField: string; version?: 'required' | 'optional' }>;
    /** Links to agencies: POST /<path>/{id}/agencies (add), DELETE /<path>/{id}/agencies/{agencyId} (remove). */
    agencyLinks?: { add: string; remove: string; idField: string };
  };
  /** Fields of the type left out of its representation: documents too large for every read, served on routes of their own. */
  omit?: readonly string[];
  /** What the resource is, for the OpenAPI tag. */
  description: string;
}

/** The fields each resource's type leaves out of its representation (ResourceDef.omit). */
export function omittedFields(resources: readonly ResourceDef[]): Record<string, readonly string[]> {
  return Object.fromEntries(resources.filter((r) => r.omit?.length).map((r) => [r.type, r.omit!]));
}

const crud = (name: string) => ({ create: `create${name}`, update: `update${name}`, archive: `archive${name}`, restore: `restore${name}` });

export const RESOURCES: readonly ResourceDef[] = [
  {
    path: 'plans',
    type: 'Plan',
    list: 'plans',
    nested: { pillars: 'pillars', 'national-outcomes': 'nationalOutcomes' },
    writes: {
      create: 'createPlan',
      update: 'updatePlan',
      actions: {
        agree: { mutation: 'agreePlan', idField: 'id', version: 'required' },
        'roll-over': { mutation: 'rollOverPlan', idField: 'fromPlanId' },
      },
    },
    description: "The partnership's plans: the strategy and its annual delivery plans.",
  },
  {
    path: 'pillars',
    type: 'Pillar',
    list: 'pillars',
    nested: { priorities: 'priorities', 'national-outcomes': 'nationalOutcomes' },
    writes: crud('Pillar'),
    description: 'The strategy pillars (Breaking supply chains, Treatment and recovery, ...).',
  },
  {
    path: 'priorities',
    type: 'Priority',
    list: 'priorities',
    nested: { objectives: 'objectives' },
    writes: crud('Priority'),
    description: "A pillar's priorities.",
  },
  {
    path: 'objectives',
    type: 'Objective',
    list: 'objectives',
    nested: { actions: 'actions', reprocurements: 'reprocurements' },
    writes: { ...crud('Objective'), agencyLinks: { add: 'addObjectiveAgency', remove: 'removeObjectiveAgency', idField: 'objectiveId' } },
    description: "A priority's objectives (a row of the delivery plan), with the agencies responsible.",
  },
  {
    path: 'actions',
    type: 'Action',
    list: 'actions',
    nested: { progress: 'progress', risks: 'risks', agencies: 'agencies' },
    writes: {
      ...crud('Action'),
      actions: { progress: { mutation: 'recordProgress', idField: 'actionId', version: 'optional' } },
      agencyLinks: { add: 'addActionAgency', remove: 'removeActionAgency', idField: 'actionId' },
    },
    description: "The plan's actions: what will be done, by whom, by when, and their progress.",
  },
  {
    path: 'agencies',
    type: 'Agency',
    list: 'agencies',
    nested: { actions: 'actions', objectives: 'objectives' },
    writes: crud('Agency'),
    description: 'The partner agencies (police, council services, NHS trusts, providers, charities).',
  },
  {
    path: 'national-outcomes',
    type: 'NationalOutcome',
    list: 'nationalOutcomes',
    nested: { measures: 'measures' },
    writes: crud('NationalOutcome'),
    description: 'The national outcomes of the drugs strategy the plan reports against.',
  },
  {
    path: 'outcome-measures',
    type: 'OutcomeMeasure',
    list: 'outcomeMeasures',
    nested: { values: 'values' },
    writes: { ...crud('OutcomeMeasure'), actions: { values: { mutation: 'recordMeasureValue', idField: 'measureId', version: 'optional' } } },
    description: "The outcomes framework's measures, each with its baseline, targets and observed values.",
  },
  {
    path: 'measure-values',
    type: 'MeasureValue',
    description: "An outcome measure's values (baseline, target, observed); listed under /outcome-measures/{id}/values.",
  },
  {
    path: 'reprocurements',
    type: 'Reprocurement',
    list: 'reprocurements',
    writes: { ...crud('Reprocurement'), actions: { status: { mutation: 'setReprocurementStatus', idField: 'id', version: 'required' } } },
    description: 'Commissioned contracts that expire and must be reprocured, with their deadlines.',
  },
  {
    path: 'help-services',
    type: 'HelpService',
    list: 'helpServices',
    writes: crud('HelpService'),
    description: 'Where people get help: the services the partnership publishes.',
  },
  {
    path: 'progress-updates',
    type: 'ProgressUpdate',
    writes: {
      actions: {
        correct: { mutation: 'correctProgressUpdate', idField: 'id', version: 'optional' },
        withdraw: { mutation: 'withdrawProgressUpdate', idField: 'id', version: 'optional' },
      },
    },
    description: 'Quarterly progress updates on actions; listed under /actions/{id}/progress. Corrected and withdrawn with a reason, never rewritten.',
  },
  {
    path: 'rounds',
    type: 'ReportingRound',
    list: 'rounds',
    nested: { 'sign-offs': 'signOffs' },
    // The snapshot is a whole plan: GET /rounds/{id}/snapshot (routes.ts), not in every representation.
    omit: ['snapshot', 'draftSnapshot'],
    writes: {
      create: 'openRound',
      actions: {
        close: { mutation: 'closeRound', idField: 'roundId', version: 'optional' },
        'sign-offs': { mutation: 'signOffPillar', idField: 'roundId' },
      },
    },
    description: "Reporting rounds: a plan quarter's round, opened with a deadline, signed off per pillar, closed with its snapshot (what the board saw).",
  },
  { path: 'risks', type: 'Risk', list: 'risks', writes: crud('Risk'), description: 'Risks to the delivery of actions, scored by likelihood and impact.' },
];
