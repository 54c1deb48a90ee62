/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Filters for actions; all given filters must match. */
export type ActionFilter = {
  /** Only actions this agency is responsible for (through the objective or the action): its ID, name, short name or any alias, case-insensitive. */
  agency?: string | null | undefined;
  /** Only actions of this objective. */
  objectiveId?: string | number | null | undefined;
  /** Only actions under this pillar. */
  pillarId?: string | number | null | undefined;
  /** Only actions of this plan. */
  planId?: string | number | null | undefined;
  /** Only actions under this priority. */
  priorityId?: string | number | null | undefined;
  /** Only actions whose text contains this, case-insensitive. */
  search?: string | null | undefined;
  /** Only actions with one of these statuses. */
  status?: Array<ActionStatus> | null | undefined;
};

/** Delivery status of an action. */
export type ActionStatus =
  | 'AT_RISK'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NOT_STARTED'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** Makes an agency responsible for one action, beyond the agencies of its objective row. */
export type AddActionAgencyInput = {
  actionId: string | number;
  /** The agency: its ID, name, short name or any alias (case-insensitive). */
  agency: string;
  /** The wording used for the agency here. */
  asWritten?: string | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
};

/** Makes an agency responsible for an objective (adds it to the objective row's agencies). */
export type AddObjectiveAgencyInput = {
  /** The agency: its ID, name, short name or any alias (case-insensitive). */
  agency: string;
  /** The wording the plan uses for the agency here, e.g. "LBTH ASC,". */
  asWritten?: string | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  objectiveId: string | number;
};

/** What kind of body an agency is: an organisation, a council service, a partnership group or a role. */
export type AgencyKind =
  | 'COUNCIL_SERVICE'
  | 'ORGANISATION'
  | 'PARTNERSHIP_GROUP'
  | 'ROLE';

export type ApiKeyIdInput = {
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
};

export type AuditOperation =
  /** An admin's change to the wording (the text of a pillar, priority, objective or action) of an AGREED or SUPERSEDED plan: an amendment, recorded like an UPDATE with each field before and after. Other roles are refused such changes (CONFLICT, reason PLAN_AGREED). */
  | 'AMEND'
  | 'ARCHIVE'
  | 'CREATE'
  /** A write refused to an API key (its role or scope): entityType "Denied"; its changes are code (FORBIDDEN), reason (ROLE, SCOPE or WORDING), message, inputBytes and inputSha256 (SHA-256 of the input as JSON), never the input's values. Refusals without a valid key (no key, or an unknown, revoked or expired one) are counted per hour, not listed. */
  | 'DENIED'
  | 'LINK'
  | 'MERGE'
  | 'RESTORE'
  | 'UNLINK'
  | 'UPDATE';

export type CreateActionInput = {
  /** Within the plan's period; default the plan's last day. */
  dueDate?: string | null | undefined;
  durationMonths?: number | null | undefined;
  fundingCondition?: string | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** The objective the action belongs to. */
  objectiveId: string | number;
  /** Place within the objective, from 1; default last. */
  position?: number | null | undefined;
  /** Default NOT_STARTED. */
  status?: ActionStatus | null | undefined;
  target?: string | null | undefined;
  /** The action as it should read in the plan. */
  text: string;
};

export type CreateAgencyInput = {
  /** Other names for the agency (at most 50, each 1 to 200 characters); matched case-insensitively, ignoring surrounding spaces and trailing commas. A name that already belongs to another agency is rejected. */
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  kind: AgencyKind;
  /** Canonical name; unique among agencies, their short names and aliases. */
  name: string;
  /** Short name, e.g. "MPS". */
  shortName?: string | null | undefined;
};

export type CreateApiKeyInput = {
  /** For agency_editor: the agency (ID, name or alias). */
  agency?: string | null | undefined;
  expiresAt?: string | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** What the key is for, e.g. "RESET case system". */
  name: string;
  /** For pillar_lead: the pillar (ID, or its number 1-3 in the current delivery plan). */
  pillar?: string | null | undefined;
  /** Who holds the key; default the name. At most two live keys per principal. */
  principal?: string | null | undefined;
  role: Role;
};

export type CreateHelpServiceInput = {
  /** Who it serves, e.g. "Adults (18+) living in Tower Hamlets". */
  audience?: string | null | undefined;
  /** What it offers and to whom. */
  description: string;
  email?: string | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** 0 to 120, at least minAge. */
  maxAge?: number | null | undefined;
  /** 0 to 120, at most maxAge. */
  minAge?: number | null | undefined;
  name: string;
  /** The partnership that publishes it; default the only partnership (required when there are several). */
  partnershipId?: string | number | null | undefined;
  /** A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123). */
  phone?: string | null | undefined;
  /** Place in the partnership's list, from 1; default last. */
  position?: number | null | undefined;
  /** A web address; the protocol may be left out. */
  website?: string | null | undefined;
};

export type CreateObjectiveInput = {
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** Place within the priority, from 1; default last. */
  position?: number | null | undefined;
  /** The priority the objective belongs to. */
  priorityId: string | number;
  /** Sub-points listed under the objective, in order: at most 20, each 1 to 500 characters. Default none. */
  subPoints?: Array<string> | null | undefined;
  /** The objective as it should read in the plan. */
  text: string;
};

export type CreateOutcomeMeasureInput = {
  direction: MeasureDirection;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** The measure as written in the strategy. */
  name: string;
  /** The national outcome the measure sits under. */
  outcomeId: string | number;
  /** Place within the outcome, from 1; default last. */
  position?: number | null | undefined;
  unit: MeasureUnit;
};

export type CreatePriorityInput = {
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** The pillar the priority belongs to. */
  pillarId: string | number;
  /** Place within the pillar, from 1; default last. */
  position?: number | null | undefined;
  /** The strategy's name for this priority, where it differs. */
  strategyName?: string | null | undefined;
  /** The strategy's narrative for this priority. */
  strategyNarrative?: string | null | undefined;
  /** The delivery plan table's title. */
  title: string;
};

export type CreateReprocurementInput = {
  /** The agency responsible for reprocuring it: its ID, name, short name or any alias. */
  agency?: string | null | undefined;
  /** When the current contract expires (may already have passed: it is then overdue). */
  expiryDate: string;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** The objective the deadline is listed under. */
  objectiveId: string | number;
  /** The service, e.g. "Needle exchange supplies". */
  service: string;
  /** Default NOT_STARTED. */
  status?: ReprocurementStatus | null | undefined;
  /** The current supplier. */
  supplier?: string | null | undefined;
};

export type CreateRiskInput = {
  /** The action the risk threatens. */
  actionId: string | number;
  /** What might happen, and its effect on the action. */
  description: string;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** 1 (negligible) to 5 (severe). */
  impact: number;
  /** 1 (rare) to 5 (almost certain). */
  likelihood: number;
  /** What is done to make it less likely or less harmful. */
  mitigation?: string | null | undefined;
  /** The agency that owns the risk: its ID, name, short name or alias; a live agency. Optional: a risk may be recorded before its owner is agreed. */
  ownerAgency?: string | null | undefined;
  /** Default OPEN. */
  status?: RiskStatus | null | undefined;
};

/** Which way is good; CONTEXT_ONLY where a rise is not good or bad in itself (e.g. offences recorded through enforcement). */
export type MeasureDirection =
  | 'CONTEXT_ONLY'
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type MeasureUnit =
  | 'COUNT'
  | 'DAYS'
  | 'PERCENT'
  | 'RATE_PER_1000';

export type MeasureValueKind =
  | 'BASELINE'
  | 'OBSERVED'
  | 'TARGET';

/** Merges one agency (the source) into another (the target): the source's responsibilities, reprocurements, name, short name and aliases move to the target, and the source is archived. */
export type MergeAgenciesInput = {
  /** The version of the source you last read. */
  expectedSourceVersion: number;
  /** The version of the target you last read. */
  expectedTargetVersion: number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** The agency to merge away; it is archived, pointing at the target. */
  sourceId: string | number;
  /** The agency that remains. */
  targetId: string | number;
};

/** A 3-year strategy, or the annual delivery plan (April to March) that implements it. */
export type PlanKind =
  | 'DELIVERY_PLAN'
  | 'STRATEGY';

/** Red, amber or green: the delivery rating a board report uses. */
export type Rag =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** Records a measure's baseline, target or observed value for a period. A value of the same kind for the same period (start and end) is updated instead, and then expectedVersion (that value's version) is required. */
export type RecordMeasureValueInput = {
  /** Required when a value of this kind for this period exists: the version of it you last read. */
  expectedVersion?: number | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  kind: MeasureValueKind;
  measureId: string | number;
  /** What the figure counts, where it differs from the measure. */
  note?: string | null | undefined;
  /** On or after periodStart. */
  periodEnd: string;
  /** The period as the source gives it, e.g. "2024-25 Q1" or "Jan 2022 to Sep 2023". */
  periodLabel: string;
  periodStart: string;
  /** Where the figure comes from. */
  source?: string | null | undefined;
  /** A finite number; 0 to 100 for a PERCENT measure. */
  value: number;
};

/** A quarterly progress update on an action. Updates form a series: each one is kept, the latest is the action's current state. */
export type RecordProgressInput = {
  actionId: string | number;
  /** The responsible agency the update is for: one of the action's agencies (its own or its objective's). An agency editor's key posts for its own agency (leave it out, or give its own); an admin or pillar lead names the agency, or leaves it out for an update on the action as a whole. */
  agencyId?: string | number | null | undefined;
  /** What was done and what is next: 1 to 4000 characters. */
  commentary: string;
  /** The action's version you last read; if the action changed since, it is a CONFLICT and nothing is written. */
  expectedVersion?: number | null | undefined;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** 0 to 100, where it fits; 100 if given with COMPLETED. */
  percentComplete?: number | null | undefined;
  /** A financial-year quarter, e.g. "2024-25 Q1": Q1 is April to June, Q4 January to March. It must lie within the action's plan period. */
  quarter: string;
  rag: Rag;
  /** The action's status as of this update; the action takes it when this is its latest update. */
  status: ActionStatus;
};

/** Archive or restore a record: its ID and the version you last read. */
export type RecordVersionInput = {
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
};

/** Removes an agency's responsibility recorded on one action (not those of its objective row). */
export type RemoveActionAgencyInput = {
  actionId: string | number;
  agencyId: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
};

/** Removes an agency's responsibility for an objective. */
export type RemoveObjectiveAgencyInput = {
  agencyId: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  objectiveId: string | number;
};

/** Filters for reprocurement deadlines. Dates are relative to asOf, which defaults to today (UTC). */
export type ReprocurementFilter = {
  /** The date to measure from, default today: it also sets the listed contracts' overdue and daysUntilExpiry (unless those fields are given their own asOf). */
  asOf?: string | null | undefined;
  /** Only open contracts (not started or in progress) expiring from asOf to asOf + this many days. */
  dueWithinDays?: number | null | undefined;
  /** true: only open contracts already expired before asOf; false: only those that are not. */
  overdue?: boolean | null | undefined;
  status?: Array<ReprocurementStatus> | null | undefined;
};

export type ReprocurementStatus =
  | 'AWARDED'
  | 'CANCELLED'
  | 'EXTENDED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** Where a responsibility is recorded: on the objective row (as the plan lists agencies) or on the action itself. */
export type ResponsibilitySource =
  | 'ACTION'
  | 'OBJECTIVE';

/** Filters for risks; all given filters must match. Archived risks are never listed. */
export type RiskFilter = {
  /** Only risks on this action. */
  actionId?: string | number | null | undefined;
  /** Only risks this agency owns: its ID, name, short name or any alias, case-insensitive. */
  agency?: string | null | undefined;
  /** Only risks scoring at least this (likelihood × impact, 1 to 25). */
  minScore?: number | null | undefined;
  /** Only risks on actions under this pillar. */
  pillarId?: string | number | null | undefined;
  /** Only risks with one of these statuses. */
  status?: Array<RiskStatus> | null | undefined;
};

/** OPEN: still to be managed; CLOSED: it has passed or no longer applies. */
export type RiskStatus =
  | 'CLOSED'
  | 'OPEN';

export type Role =
  | 'ADMIN'
  | 'AGENCY_EDITOR'
  | 'PILLAR_LEAD'
  | 'READER';

/** Moves a reprocurement on: its status, and where it changes, its expiry date. EXTENDED needs the new expiry date, later than the current one. */
export type SetReprocurementStatusInput = {
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  /** The new expiry date: required with EXTENDED (and later than the current one), optional otherwise (e.g. the end of an awarded contract). */
  expiryDate?: string | null | undefined;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  status: ReprocurementStatus;
};

/** Fields to change; omitted fields are left as they are, null clears an optional field. */
export type UpdateActionInput = {
  dueDate?: string | null | undefined;
  durationMonths?: number | null | undefined;
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  fundingCondition?: string | null | undefined;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** The lead agency, one of the action's agencies: once it has posted for a quarter, its RAG is the action's quarter RAG; null clears it (then the worst of its agencies' RAGs). Pillar leads and admins only. */
  leadAgencyId?: string | number | null | undefined;
  position?: number | null | undefined;
  status?: ActionStatus | null | undefined;
  target?: string | null | undefined;
  text?: string | null | undefined;
};

/** Fields to change; omitted fields are left as they are, null clears an optional field. */
export type UpdateAgencyInput = {
  /** Replaces the set of aliases; [] removes them all. Other names for the agency (at most 50, each 1 to 200 characters); matched case-insensitively, ignoring surrounding spaces and trailing commas. A name that already belongs to another agency is rejected. */
  aliases?: Array<string> | null | undefined;
  /** An email address; null clears it. */
  contactEmail?: string | null | undefined;
  /** The agency's contact for the plan (its lead); null clears it. 1 to 200 characters. */
  contactName?: string | null | undefined;
  /** A UK telephone number, e.g. "020 7364 5000"; null clears it. */
  contactPhone?: string | null | undefined;
  description?: string | null | undefined;
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  kind?: AgencyKind | null | undefined;
  name?: string | null | undefined;
  shortName?: string | null | undefined;
};

/** Fields to change; omitted fields are left as they are, null clears an optional field. */
export type UpdateHelpServiceInput = {
  audience?: string | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** 0 to 120, at least minAge. */
  maxAge?: number | null | undefined;
  /** 0 to 120, at most maxAge. */
  minAge?: number | null | undefined;
  name?: string | null | undefined;
  /** A UK telephone number: national ("020 7422 6752", "0300 123 6600", "0800 77 66 00"), international ("+44 20 7422 6752"), or a short code (111, 116 123). */
  phone?: string | null | undefined;
  position?: number | null | undefined;
  /** A web address; the protocol may be left out. */
  website?: string | null | undefined;
};

/** Fields to change; omitted fields are left as they are. */
export type UpdateObjectiveInput = {
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  position?: number | null | undefined;
  /** Replaces the sub-points; [] removes them. Sub-points listed under the objective, in order: at most 20, each 1 to 500 characters. */
  subPoints?: Array<string> | null | undefined;
  text?: string | null | undefined;
};

/** Fields to change; omitted fields are left as they are. */
export type UpdateOutcomeMeasureInput = {
  direction?: MeasureDirection | null | undefined;
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  name?: string | null | undefined;
  position?: number | null | undefined;
  /** PERCENT only when every value of the measure lies from 0 to 100. */
  unit?: MeasureUnit | null | undefined;
};

/** Fields to change; omitted fields are left as they are, null clears an optional field. */
export type UpdatePriorityInput = {
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  position?: number | null | undefined;
  strategyName?: string | null | undefined;
  strategyNarrative?: string | null | undefined;
  title?: string | null | undefined;
};

/** Fields to change; omitted fields are left as they are, null clears an optional field. The status changes through setReprocurementStatus. */
export type UpdateReprocurementInput = {
  /** The responsible agency (ID, name, short name or alias); null clears it. */
  agency?: string | null | undefined;
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  /** A correction of the expiry date; an extension goes through setReprocurementStatus. */
  expiryDate?: string | null | undefined;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  service?: string | null | undefined;
  supplier?: string | null | undefined;
};

/** Fields to change; omitted fields are left as they are, null clears an optional field (owner agency, mitigation). */
export type UpdateRiskInput = {
  description?: string | null | undefined;
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
  /** 1 to 5. */
  impact?: number | null | undefined;
  /** 1 to 5. */
  likelihood?: number | null | undefined;
  /** null clears it. */
  mitigation?: string | null | undefined;
  /** The owning agency (ID, name, short name or alias, a live agency); null clears it. */
  ownerAgency?: string | null | undefined;
  status?: RiskStatus | null | undefined;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type ExamplesResetProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesResetProgressQuery = { actions: { nodes: Array<{ text: string, status: ActionStatus, progress: Array<{ quarterLabel: string, rag: Rag, reportedBy: string | null }> }> } };

export type ExamplesResetActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesResetActionsQuery = { agency: { name: string }, actions: { totalCount: number, nodes: Array<{ text: string, priority: { id: string } }> } };

export type ExamplesFirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesFirstPageQuery = { actions: { nodes: Array<{ id: string, text: string, objective: { text: string }, agencies: Array<{ name: string }> }>, pageInfo: { endCursor: string | null } } };

export type CachingActionTextQueryVariables = Exact<{ [key: string]: never; }>;


export type CachingActionTextQuery = { actions: { nodes: Array<{ id: string, version: number, text: string }> } };

export type CachingUpdateReplayedMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type CachingUpdateReplayedMutation = { updateAction: { replayed: boolean } | null };

export type CachingUpdateTextMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type CachingUpdateTextMutation = { updateAction: { action: { text: string } } | null };

export type CachingApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type CachingApiKeysQuery = { apiKeys: Array<{ name: string }> };

export type CachingAuditSizeQueryVariables = Exact<{ [key: string]: never; }>;


export type CachingAuditSizeQuery = { changes: { totalCount: number } };

export type MultiInstanceActionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MultiInstanceActionsQuery = { actions: { nodes: Array<{ id: string, version: number, text: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MultiInstanceActionQueryVariables = Exact<{
  id: string | number;
}>;


export type MultiInstanceActionQuery = { action: { id: string, version: number, text: string } };

export type MultiInstanceActionHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type MultiInstanceActionHistoryQuery = { action: { version: number, text: string }, history: { totalCount: number } };

export type MultiInstanceUpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type MultiInstanceUpdateActionMutation = { updateAction: { action: { id: string, version: number, text: string } } | null };

export type MultiInstanceRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type MultiInstanceRecordProgressMutation = { recordProgress: { progressUpdate: { id: string, commentary: string } } | null };

export type MultiInstanceRevokeKeyMutationVariables = Exact<{
  input: ApiKeyIdInput;
}>;


export type MultiInstanceRevokeKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } | null };

export type MultiInstanceCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type MultiInstanceCreateKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } | null };

export type MultiInstancePlanTitleQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiInstancePlanTitleQuery = { plan: { title: string } };

export type MutationsHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsHistoryQuery = { history: { nodes: Array<{ operation: AuditOperation, mutation: string, actorName: string, version: number | null, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type MutationsAuditSizeQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsAuditSizeQuery = { changes: { totalCount: number } };

export type MutationsSeededQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsSeededQuery = { pillars: { nodes: Array<{ id: string }> }, priorities: { nodes: Array<{ id: string }> }, objectives: { nodes: Array<{ id: string }> }, actions: { nodes: Array<{ id: string }> }, nationalOutcomes: { nodes: Array<{ id: string }> }, outcomeMeasures: { nodes: Array<{ id: string, unit: MeasureUnit }> } };

export type MutationsPriorityFragment = { id: string, version: number, title: string, strategyName: string | null, strategyNarrative: string | null, position: number, archivedAt: string | null, pillar: { id: string } };

export type MutationsCreatePriorityMutationVariables = Exact<{
  input: CreatePriorityInput;
}>;


export type MutationsCreatePriorityMutation = { createPriority: { replayed: boolean, priority: { id: string, version: number, title: string, strategyName: string | null, strategyNarrative: string | null, position: number, archivedAt: string | null, pillar: { id: string } } } | null };

export type MutationsUpdatePriorityMutationVariables = Exact<{
  input: UpdatePriorityInput;
}>;


export type MutationsUpdatePriorityMutation = { updatePriority: { replayed: boolean, priority: { id: string, version: number, title: string, strategyName: string | null, strategyNarrative: string | null, position: number, archivedAt: string | null, pillar: { id: string } } } | null };

export type MutationsPriorityQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsPriorityQuery = { priority: { id: string, version: number, title: string, strategyName: string | null, strategyNarrative: string | null, position: number, archivedAt: string | null, pillar: { id: string } } };

export type MutationsObjectiveFragment = { id: string, version: number, text: string, subPoints: Array<string>, position: number, archivedAt: string | null, priority: { id: string } };

export type MutationsCreateObjectiveMutationVariables = Exact<{
  input: CreateObjectiveInput;
}>;


export type MutationsCreateObjectiveMutation = { createObjective: { replayed: boolean, objective: { id: string, version: number, text: string, subPoints: Array<string>, position: number, archivedAt: string | null, priority: { id: string } } } | null };

export type MutationsUpdateObjectiveMutationVariables = Exact<{
  input: UpdateObjectiveInput;
}>;


export type MutationsUpdateObjectiveMutation = { updateObjective: { replayed: boolean, objective: { id: string, version: number, text: string, subPoints: Array<string>, position: number, archivedAt: string | null, priority: { id: string } } } | null };

export type MutationsObjectiveQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsObjectiveQuery = { objective: { id: string, version: number, text: string, subPoints: Array<string>, position: number, archivedAt: string | null, responsibilities: Array<{ asWritten: string | null, agency: { id: string, name: string } }>, priority: { id: string } } };

export type MutationsAgencyFragment = { id: string, version: number, name: string, shortName: string | null, kind: AgencyKind, description: string | null, aliases: Array<string>, archivedAt: string | null, mergedInto: { id: string } | null };

export type MutationsCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type MutationsCreateAgencyMutation = { createAgency: { replayed: boolean, agency: { id: string, version: number, name: string, shortName: string | null, kind: AgencyKind, description: string | null, aliases: Array<string>, archivedAt: string | null, mergedInto: { id: string } | null } } | null };

export type MutationsUpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type MutationsUpdateAgencyMutation = { updateAgency: { replayed: boolean, agency: { id: string, version: number, name: string, shortName: string | null, kind: AgencyKind, description: string | null, aliases: Array<string>, archivedAt: string | null, mergedInto: { id: string } | null } } | null };

export type MutationsMergeAgenciesMutationVariables = Exact<{
  input: MergeAgenciesInput;
}>;


export type MutationsMergeAgenciesMutation = { mergeAgencies: { replayed: boolean, agency: { id: string, version: number, name: string, shortName: string | null, kind: AgencyKind, description: string | null, aliases: Array<string>, archivedAt: string | null, mergedInto: { id: string } | null } } | null };

export type MutationsAgencyQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsAgencyQuery = { agency: { id: string, version: number, name: string, shortName: string | null, kind: AgencyKind, description: string | null, aliases: Array<string>, archivedAt: string | null, mergedInto: { id: string } | null } };

export type MutationsAgencyNamedQueryVariables = Exact<{
  name: string;
}>;


export type MutationsAgencyNamedQuery = { agency: { id: string } };

export type MutationsIdempotentAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsIdempotentAgenciesQuery = { agencies: { totalCount: number } };

export type MutationsObjectiveResponsibilitiesFragment = { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> };

export type MutationsActionResponsibilitiesFragment = { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> };

export type MutationsAddObjectiveAgencyMutationVariables = Exact<{
  input: AddObjectiveAgencyInput;
}>;


export type MutationsAddObjectiveAgencyMutation = { addObjectiveAgency: { replayed: boolean, objective: { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> } } | null };

export type MutationsRemoveObjectiveAgencyMutationVariables = Exact<{
  input: RemoveObjectiveAgencyInput;
}>;


export type MutationsRemoveObjectiveAgencyMutation = { removeObjectiveAgency: { replayed: boolean, objective: { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> } } | null };

export type MutationsAddActionAgencyMutationVariables = Exact<{
  input: AddActionAgencyInput;
}>;


export type MutationsAddActionAgencyMutation = { addActionAgency: { replayed: boolean, action: { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> } } | null };

export type MutationsRemoveActionAgencyMutationVariables = Exact<{
  input: RemoveActionAgencyInput;
}>;


export type MutationsRemoveActionAgencyMutation = { removeActionAgency: { replayed: boolean, action: { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> } } | null };

export type MutationsObjectiveAgenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsObjectiveAgenciesQuery = { objective: { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> } };

export type MutationsActionAgenciesQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsActionAgenciesQuery = { action: { id: string, version: number, responsibilities: Array<{ asWritten: string | null, source: ResponsibilitySource, agency: { id: string, name: string } }> } };

export type MutationsObjectivesOfQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type MutationsObjectivesOfQuery = { objectives: { nodes: Array<{ id: string }> } };

export type MutationsActionsOfQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type MutationsActionsOfQuery = { actions: { nodes: Array<{ id: string }> } };

export type MutationsMeasureFragment = { id: string, version: number, name: string, unit: MeasureUnit, direction: MeasureDirection, position: number, archivedAt: string | null, outcome: { id: string } };

export type MutationsMeasureValueFragment = { id: string, version: number, kind: MeasureValueKind, periodLabel: string, periodStart: string, periodEnd: string, value: number, note: string | null, source: string | null };

export type MutationsCreateMeasureMutationVariables = Exact<{
  input: CreateOutcomeMeasureInput;
}>;


export type MutationsCreateMeasureMutation = { createOutcomeMeasure: { replayed: boolean, outcomeMeasure: { id: string, version: number, name: string, unit: MeasureUnit, direction: MeasureDirection, position: number, archivedAt: string | null, outcome: { id: string } } } | null };

export type MutationsUpdateMeasureMutationVariables = Exact<{
  input: UpdateOutcomeMeasureInput;
}>;


export type MutationsUpdateMeasureMutation = { updateOutcomeMeasure: { replayed: boolean, outcomeMeasure: { id: string, version: number, name: string, unit: MeasureUnit, direction: MeasureDirection, position: number, archivedAt: string | null, outcome: { id: string } } } | null };

export type MutationsRecordValueMutationVariables = Exact<{
  input: RecordMeasureValueInput;
}>;


export type MutationsRecordValueMutation = { recordMeasureValue: { replayed: boolean, measureValue: { id: string, version: number, kind: MeasureValueKind, periodLabel: string, periodStart: string, periodEnd: string, value: number, note: string | null, source: string | null } } | null };

export type MutationsMeasureQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsMeasureQuery = { outcomeMeasure: { id: string, version: number, name: string, unit: MeasureUnit, direction: MeasureDirection, position: number, archivedAt: string | null, values: Array<{ id: string, version: number, kind: MeasureValueKind, periodLabel: string, periodStart: string, periodEnd: string, value: number, note: string | null, source: string | null }>, outcome: { id: string } } };

export type MutationsReprocurementFragment = { id: string, version: number, service: string, supplier: string | null, expiryDate: string, status: ReprocurementStatus, archivedAt: string | null, objective: { id: string }, agency: { id: string } | null };

export type MutationsCreateReprocurementMutationVariables = Exact<{
  input: CreateReprocurementInput;
}>;


export type MutationsCreateReprocurementMutation = { createReprocurement: { replayed: boolean, reprocurement: { id: string, version: number, service: string, supplier: string | null, expiryDate: string, status: ReprocurementStatus, archivedAt: string | null, objective: { id: string }, agency: { id: string } | null } } | null };

export type MutationsUpdateReprocurementMutationVariables = Exact<{
  input: UpdateReprocurementInput;
}>;


export type MutationsUpdateReprocurementMutation = { updateReprocurement: { replayed: boolean, reprocurement: { id: string, version: number, service: string, supplier: string | null, expiryDate: string, status: ReprocurementStatus, archivedAt: string | null, objective: { id: string }, agency: { id: string } | null } } | null };

export type MutationsSetReprocurementStatusMutationVariables = Exact<{
  input: SetReprocurementStatusInput;
}>;


export type MutationsSetReprocurementStatusMutation = { setReprocurementStatus: { replayed: boolean, reprocurement: { id: string, version: number, service: string, supplier: string | null, expiryDate: string, status: ReprocurementStatus, archivedAt: string | null, objective: { id: string }, agency: { id: string } | null } } | null };

export type MutationsReprocurementQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsReprocurementQuery = { reprocurement: { id: string, version: number, service: string, supplier: string | null, expiryDate: string, status: ReprocurementStatus, archivedAt: string | null, objective: { id: string }, agency: { id: string } | null } };

export type MutationsOverdueReprocurementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsOverdueReprocurementsQuery = { reprocurements: { nodes: Array<{ id: string }> } };

export type MutationsHelpServiceFragment = { id: string, version: number, name: string, description: string, audience: string | null, minAge: number | null, maxAge: number | null, phone: string | null, email: string | null, website: string | null, position: number, archivedAt: string | null, partnership: { id: string } };

export type MutationsCreateHelpServiceMutationVariables = Exact<{
  input: CreateHelpServiceInput;
}>;


export type MutationsCreateHelpServiceMutation = { createHelpService: { replayed: boolean, helpService: { id: string, version: number, name: string, description: string, audience: string | null, minAge: number | null, maxAge: number | null, phone: string | null, email: string | null, website: string | null, position: number, archivedAt: string | null, partnership: { id: string } } } | null };

export type MutationsUpdateHelpServiceMutationVariables = Exact<{
  input: UpdateHelpServiceInput;
}>;


export type MutationsUpdateHelpServiceMutation = { updateHelpService: { replayed: boolean, helpService: { id: string, version: number, name: string, description: string, audience: string | null, minAge: number | null, maxAge: number | null, phone: string | null, email: string | null, website: string | null, position: number, archivedAt: string | null, partnership: { id: string } } } | null };

export type MutationsHelpServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsHelpServiceQuery = { helpService: { id: string, version: number, name: string, description: string, audience: string | null, minAge: number | null, maxAge: number | null, phone: string | null, email: string | null, website: string | null, position: number, archivedAt: string | null, partnership: { id: string } } };

export type MutationsPartnershipQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsPartnershipQuery = { plan: { partnership: { id: string } } };

export type MutationsHelpServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationsHelpServicesQuery = { helpServices: { nodes: Array<{ id: string }> } };

export type MutationsCreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type MutationsCreateActionMutation = { createAction: { replayed: boolean, action: { id: string } } | null };

export type MutationsArchivePriorityMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsArchivePriorityMutation = { archivePriority: { replayed: boolean, priority: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsRestorePriorityMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsRestorePriorityMutation = { restorePriority: { replayed: boolean, priority: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsPriorityStateQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsPriorityStateQuery = { priority: { id: string, version: number, archivedAt: string | null }, priorities: { totalCount: number } };

export type MutationsArchiveObjectiveMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsArchiveObjectiveMutation = { archiveObjective: { replayed: boolean, objective: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsRestoreObjectiveMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsRestoreObjectiveMutation = { restoreObjective: { replayed: boolean, objective: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsObjectiveStateQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsObjectiveStateQuery = { objective: { id: string, version: number, archivedAt: string | null }, objectives: { totalCount: number } };

export type MutationsArchiveAgencyMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsArchiveAgencyMutation = { archiveAgency: { replayed: boolean, agency: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsRestoreAgencyMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsRestoreAgencyMutation = { restoreAgency: { replayed: boolean, agency: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsAgencyStateQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsAgencyStateQuery = { agency: { id: string, version: number, archivedAt: string | null }, agencies: { totalCount: number } };

export type MutationsArchiveMeasureMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsArchiveMeasureMutation = { archiveOutcomeMeasure: { replayed: boolean, outcomeMeasure: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsRestoreMeasureMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsRestoreMeasureMutation = { restoreOutcomeMeasure: { replayed: boolean, outcomeMeasure: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsMeasureStateQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsMeasureStateQuery = { outcomeMeasure: { id: string, version: number, archivedAt: string | null }, outcomeMeasures: { totalCount: number } };

export type MutationsArchiveReprocurementMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsArchiveReprocurementMutation = { archiveReprocurement: { replayed: boolean, reprocurement: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsRestoreReprocurementMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsRestoreReprocurementMutation = { restoreReprocurement: { replayed: boolean, reprocurement: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsReprocurementStateQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsReprocurementStateQuery = { reprocurement: { id: string, version: number, archivedAt: string | null }, reprocurements: { totalCount: number } };

export type MutationsArchiveHelpServiceMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsArchiveHelpServiceMutation = { archiveHelpService: { replayed: boolean, helpService: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsRestoreHelpServiceMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type MutationsRestoreHelpServiceMutation = { restoreHelpService: { replayed: boolean, helpService: { id: string, version: number, archivedAt: string | null } } | null };

export type MutationsHelpServiceStateQueryVariables = Exact<{
  id: string | number;
}>;


export type MutationsHelpServiceStateQuery = { helpService: { id: string, version: number, archivedAt: string | null }, helpServices: { totalCount: number } };

export type PlanTitleQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanTitleQuery = { plan: { title: string } };

export type PillarNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PillarNamesQuery = { plan: { pillars: { nodes: Array<{ name: string }> } } };

export type ObservabilityTitleQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservabilityTitleQuery = { plan: { title: string } };

export type MetricsProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsProbeQuery = { plan: { title: string } };

export type OwnPortQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnPortQuery = { plan: { title: string } };

export type OverLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type OverLimitQuery = { plan: { title: string } };

export type ProgressRecordMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type ProgressRecordMutation = { recordProgress: { replayed: boolean, progressUpdate: { id: string, financialYear: number, quarter: number, quarterLabel: string, periodStart: string, periodEnd: string, status: ActionStatus, rag: Rag, percentComplete: number | null, commentary: string, reportedBy: string | null, action: { id: string, status: ActionStatus, version: number } } } | null };

export type ProgressActionQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressActionQuery = { action: { id: string, status: ActionStatus, version: number, archivedAt: string | null, progress: Array<{ id: string, quarterLabel: string, status: ActionStatus, rag: Rag, percentComplete: number | null, commentary: string, reportedBy: string | null }>, latestProgress: { id: string, quarterLabel: string, status: ActionStatus, rag: Rag } | null } };

export type ProgressActionIdsQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgressActionIdsQuery = { actions: { nodes: Array<{ id: string }> } };

export type ProgressSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressSnapshotQuery = { action: { status: ActionStatus, version: number, progress: Array<{ id: string }> }, changes: { totalCount: number } };

export type ProgressUpdateNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressUpdateNodeQuery = { node:
    | { quarterLabel: string, action: { id: string } }
    | Record<PropertyKey, never>
   };

export type ProgressStatusHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressStatusHistoryQuery = { history: { nodes: Array<{ operation: AuditOperation, mutation: string, actorName: string, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type ProgressCreatedHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressCreatedHistoryQuery = { history: { nodes: Array<{ operation: AuditOperation, mutation: string, changes: Array<{ field: string, after: unknown }> }> } };

export type ProgressSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressSeriesQuery = { actions: { nodes: Array<{ id: string, progress: Array<{ id: string }>, latestProgress: { quarterLabel: string } | null }> } };

export type ProgressPlanShapeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressPlanShapeQuery = { plan: { id: string, pillars: { nodes: Array<{ id: string, number: number, priorities: { nodes: Array<{ id: string }> } }> } } };

export type ProgressActionContextQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressActionContextQuery = { action: { priority: { id: string }, agencies: Array<{ id: string, name: string }> } };

export type ProgressReportCountsQueryVariables = Exact<{
  quarter: string;
}>;


export type ProgressReportCountsQuery = { progressReport: { quarter: string, periodStart: string, periodEnd: string, plan: { id: string }, overall: { red: number, amber: number, green: number, noUpdate: number, total: number }, pillars: Array<{ pillar: { id: string }, counts: { red: number, amber: number, green: number, noUpdate: number, total: number } }>, priorities: Array<{ priority: { id: string }, counts: { red: number, amber: number, green: number, noUpdate: number, total: number } }>, agencies: Array<{ agency: { id: string, name: string }, counts: { red: number, amber: number, green: number, noUpdate: number, total: number } }> } };

export type ProgressCountsFragment = { red: number, amber: number, green: number, noUpdate: number, total: number };

export type ProgressQ4OverallQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressQ4OverallQuery = { progressReport: { overall: { green: number, noUpdate: number, total: number } } };

export type ProgressQ2OverallQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressQ2OverallQuery = { progressReport: { overall: { green: number, noUpdate: number } } };

export type ProgressArchiveActionMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ProgressArchiveActionMutation = { archiveAction: { action: { version: number } } | null };

export type ProgressRestoreActionMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type ProgressRestoreActionMutation = { restoreAction: { action: { archivedAt: string | null } } | null };

export type ProgressChangeCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressChangeCountQuery = { changes: { totalCount: number } };

export type ProgressWithoutQ1QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProgressWithoutQ1Query = { actionsWithoutProgress: { totalCount: number, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgressPlanIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressPlanIdQuery = { plan: { id: string } };

export type ProgressWithoutQ1ForPlanQueryVariables = Exact<{
  planId: string | number;
}>;


export type ProgressWithoutQ1ForPlanQuery = { plan: { id: string }, progressReport: { overall: { noUpdate: number, total: number } }, actionsWithoutProgress: { totalCount: number } };

export type ProgressReportBadQuarterQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressReportBadQuarterQuery = { progressReport: { quarter: string } };

export type ProgressReportLaterYearQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressReportLaterYearQuery = { progressReport: { quarter: string } };

export type ProgressWithoutBadQuarterQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressWithoutBadQuarterQuery = { actionsWithoutProgress: { totalCount: number } };

export type ProgressWithoutPageTooLargeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressWithoutPageTooLargeQuery = { actionsWithoutProgress: { totalCount: number } };

export type ProgressReportBadPlanIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressReportBadPlanIdQuery = { progressReport: { quarter: string } };

export type ProgressReportMissingPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressReportMissingPlanQuery = { progressReport: { quarter: string } };

export type ReadDefectsAgencyNamedQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type ReadDefectsAgencyNamedQuery = { agency: { id: string } };

export type ReadDefectsAuditSizeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadDefectsAuditSizeQuery = { changes: { totalCount: number } };

export type ReadDefectsResetWithCommasQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadDefectsResetWithCommasQuery = { agency: { shortName: string | null } };

export type ReadDefectsSearchQueryVariables = Exact<{
  f?: ActionFilter | null | undefined;
}>;


export type ReadDefectsSearchQuery = { actions: { totalCount: number } };

export type ReadDefectsRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type ReadDefectsRecordProgressMutation = { recordProgress: { replayed: boolean } | null };

export type ReadDefectsReportedByQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadDefectsReportedByQuery = { action: { progress: Array<{ quarterLabel: string, reportedBy: string | null }> } };

export type ReadDefectsChangesWindowQueryVariables = Exact<{
  s?: string | null | undefined;
  u?: string | null | undefined;
}>;


export type ReadDefectsChangesWindowQuery = { changes: { totalCount: number } };

export type ReadDefectsTwoActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadDefectsTwoActionsQuery = { actions: { nodes: Array<{ id: string }> } };

export type ReadDefectsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadDefectsNodesQuery = { nodes: Array<
    | { __typename: 'Action', id: string }
    | { __typename: 'Agency', id: string }
    | { __typename: 'HelpService', id: string }
    | { __typename: 'MeasureValue', id: string }
    | { __typename: 'NationalOutcome', id: string }
    | { __typename: 'Objective', id: string }
    | { __typename: 'OutcomeMeasure', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'Pillar', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'Priority', id: string }
    | { __typename: 'ProgressUpdate', id: string }
    | { __typename: 'ReportingRound', id: string }
    | { __typename: 'Reprocurement', id: string }
    | { __typename: 'Risk', id: string }
    | { __typename: 'RoundSignOff', id: string }
   | null> };

export type ReadDefectsAsOfQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadDefectsAsOfQuery = { reprocurements: { nodes: Array<{ service: string, expiryDate: string, overdue: boolean, daysUntilExpiry: number }> } };

export type ReadDefectsOwnAsOfQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadDefectsOwnAsOfQuery = { reprocurements: { nodes: Array<{ overdue: boolean }> } };

export type ReadDefectsTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadDefectsTodayQuery = { reprocurements: { nodes: Array<{ overdue: boolean }> } };

export type ReadPlanWholeTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanWholeTreeQuery = { plan: { id: string, title: string, periodLabel: string, periodStart: string, periodEnd: string, kind: PlanKind, strategy: { title: string, periodLabel: string } | null, partnership: { name: string }, pillars: { totalCount: number, nodes: Array<{ id: string, number: number, name: string, vision: string | null, priorities: { totalCount: number, nodes: Array<{ id: string, title: string, strategyName: string | null, objectives: { totalCount: number, nodes: Array<{ id: string, text: string, subPoints: Array<string>, actions: { totalCount: number, nodes: Array<{ id: string, text: string, status: ActionStatus, fundingCondition: string | null, target: string | null, durationMonths: number | null, agencies: Array<{ id: string, name: string }>, responsibilities: Array<{ asWritten: string | null, agency: { name: string } }> }> } }> } }> } }> } } };

export type ReadPlanAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanAgenciesQuery = { agencies: { totalCount: number, nodes: Array<{ name: string, aliases: Array<string> }> } };

export type ReadPlanOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanOutcomesQuery = { nationalOutcomes: { totalCount: number, nodes: Array<{ name: string, pillar: { number: number } | null, measures: Array<{ name: string }> }> }, outcomeMeasures: { totalCount: number, nodes: Array<{ name: string, unit: MeasureUnit, direction: MeasureDirection, baseline: { value: number, periodLabel: string } | null, latest: { value: number, periodLabel: string } | null }> } };

export type ReadPlanReprocurementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanReprocurementsQuery = { reprocurements: { totalCount: number, nodes: Array<{ service: string, supplier: string | null, expiryDate: string, status: ReprocurementStatus, overdue: boolean, agency: { shortName: string | null, name: string } | null, objective: { text: string }, action: { text: string } | null }> } };

export type ReadPlanHelpServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanHelpServicesQuery = { helpServices: { totalCount: number, nodes: Array<{ name: string, phone: string | null, email: string | null, website: string | null, minAge: number | null, maxAge: number | null }> } };

export type ReadPlanCuckooingQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanCuckooingQuery = { actions: { nodes: Array<{ id: string, text: string, objective: { text: string, priority: { title: string, pillar: { number: number, plan: { periodLabel: string } } } }, priority: { title: string }, pillar: { name: string } }> } };

export type ReadPlanActionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadPlanActionNodeQuery = { node:
    | { text: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type ReadPlanMpsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanMpsQuery = { agency: { id: string, name: string, shortName: string | null, aliases: Array<string>, objectives: { totalCount: number, nodes: Array<{ text: string }> }, actions: { totalCount: number, nodes: Array<{ text: string }> } } };

export type ReadPlanActionsOfAgencyQueryVariables = Exact<{
  id: string;
}>;


export type ReadPlanActionsOfAgencyQuery = { actions: { totalCount: number } };

export type ReadPlanPillarIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanPillarIdsQuery = { pillars: { nodes: Array<{ id: string }> } };

export type ReadPlanNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadPlanNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ReadPlanPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadPlanPageQuery = { actions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ReadPlanNestedPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanNestedPageQuery = { pillars: { nodes: Array<{ priorities: { totalCount: number, nodes: Array<{ title: string }>, pageInfo: { hasNextPage: boolean } } }> } };

export type ReadPlanActionCountQueryVariables = Exact<{
  f?: ActionFilter | null | undefined;
}>;


export type ReadPlanActionCountQuery = { actions: { totalCount: number } };

export type ReadPlanActionCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanActionCountsQuery = { pillars: { nodes: Array<{ id: string, priorities: { nodes: Array<{ id: string, objectives: { nodes: Array<{ id: string, actions: { totalCount: number } }> } }> } }> } };

export type ReadPlanReprocurementServicesQueryVariables = Exact<{
  f?: ReprocurementFilter | null | undefined;
}>;


export type ReadPlanReprocurementServicesQuery = { reprocurements: { nodes: Array<{ service: string }> } };

export type ReadPlanActionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadPlanActionQuery = { action: { id: string } };

export type ReadPlanActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  f?: ActionFilter | null | undefined;
}>;


export type ReadPlanActionsQuery = { actions: { totalCount: number } };

export type ReadPlanPillarFilterQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanPillarFilterQuery = { actions: { totalCount: number } };

export type ReadPlanNestedFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanNestedFirstQuery = { pillars: { nodes: Array<{ priorities: { totalCount: number } }> } };

export type ReadPlanTwoErrorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanTwoErrorsQuery = { actions: { totalCount: number }, action: { id: string } };

export type ReadPlanCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadPlanCountsQuery = { actions: { totalCount: number }, agencies: { totalCount: number }, reprocurements: { totalCount: number } };

export type RiskTestFieldsFragment = { id: string, version: number, createdAt: string, updatedAt: string, archivedAt: string | null, description: string, likelihood: number, impact: number, score: number, mitigation: string | null, status: RiskStatus, ownerAgency: { id: string, name: string, shortName: string | null } | null, action: { id: string } };

export type RiskCreateMutationVariables = Exact<{
  input: CreateRiskInput;
}>;


export type RiskCreateMutation = { createRisk: { replayed: boolean, risk: { id: string, version: number, createdAt: string, updatedAt: string, archivedAt: string | null, description: string, likelihood: number, impact: number, score: number, mitigation: string | null, status: RiskStatus, ownerAgency: { id: string, name: string, shortName: string | null } | null, action: { id: string } } } | null };

export type RiskUpdateMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;


export type RiskUpdateMutation = { updateRisk: { replayed: boolean, risk: { id: string, version: number, createdAt: string, updatedAt: string, archivedAt: string | null, description: string, likelihood: number, impact: number, score: number, mitigation: string | null, status: RiskStatus, ownerAgency: { id: string, name: string, shortName: string | null } | null, action: { id: string } } } | null };

export type RiskArchiveMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RiskArchiveMutation = { archiveRisk: { risk: { id: string, version: number, archivedAt: string | null } } | null };

export type RiskRestoreMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RiskRestoreMutation = { restoreRisk: { risk: { id: string, version: number, archivedAt: string | null } } | null };

export type RiskListQueryVariables = Exact<{
  filter?: RiskFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskListQuery = { risks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, score: number }> } };

export type RiskOneQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskOneQuery = { risk: { id: string, version: number, createdAt: string, updatedAt: string, archivedAt: string | null, description: string, likelihood: number, impact: number, score: number, mitigation: string | null, status: RiskStatus, ownerAgency: { id: string, name: string, shortName: string | null } | null, action: { id: string } }, node:
    | { __typename: 'Action', id: string }
    | { __typename: 'Agency', id: string }
    | { __typename: 'HelpService', id: string }
    | { __typename: 'MeasureValue', id: string }
    | { __typename: 'NationalOutcome', id: string }
    | { __typename: 'Objective', id: string }
    | { __typename: 'OutcomeMeasure', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'Pillar', id: string }
    | { __typename: 'Plan', id: string }
    | { __typename: 'Priority', id: string }
    | { __typename: 'ProgressUpdate', id: string }
    | { __typename: 'ReportingRound', id: string }
    | { __typename: 'Reprocurement', id: string }
    | { __typename: 'Risk', score: number, status: RiskStatus, id: string, action: { id: string } }
    | { __typename: 'RoundSignOff', id: string }
   };

export type RiskActionRisksQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskActionRisksQuery = { action: { id: string, risks: Array<{ id: string, score: number }> } };

export type RiskHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskHistoryQuery = { history: { nodes: Array<{ operation: AuditOperation, mutation: string, actorName: string, version: number | null, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type RiskScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskScopesQuery = { plan: { pillars: { nodes: Array<{ id: string, number: number, priorities: { nodes: Array<{ objectives: { nodes: Array<{ text: string, agencies: Array<{ id: string, shortName: string | null }>, actions: { nodes: Array<{ id: string }> } }> } }> } }> } } };

export type RiskCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type RiskCreateAgencyMutation = { createAgency: { agency: { id: string, name: string, version: number } } | null };

export type RiskArchiveAgencyMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type RiskArchiveAgencyMutation = { archiveAgency: { agency: { id: string } } | null };

export type RiskActionsWithRisksQueryVariables = Exact<{
  pillarId: string | number;
}>;


export type RiskActionsWithRisksQuery = { actions: { nodes: Array<{ id: string, risks: Array<{ id: string, score: number, ownerAgency: { name: string } | null, action: { id: string } }> }> } };

export type SdkResetCountQueryVariables = Exact<{ [key: string]: never; }>;


export type SdkResetCountQuery = { actions: { totalCount: number } };

export type LifecycleBadIdQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleBadIdQuery = { action: { id: string } };

export type LifecycleFirstActionQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleFirstActionQuery = { actions: { nodes: Array<{ id: string, text: string }> }, agencies: { totalCount: number } };

export type LifecycleIntrospectionQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleIntrospectionQuery = { __schema: { queryType: { name: string | null } } };

export type StatementsWholeTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsWholeTreeQuery = { plan: { title: string, pillars: { nodes: Array<{ name: string, priorities: { totalCount: number, nodes: Array<{ title: string, objectives: { nodes: Array<{ text: string, agencies: Array<{ name: string }>, actions: { totalCount: number, nodes: Array<{ text: string, status: ActionStatus, agencies: Array<{ name: string }>, responsibilities: Array<{ asWritten: string | null }> }> } }> } }> } }> } } };

export type StatementsNoNestingQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsNoNestingQuery = { actions: { totalCount: number, nodes: Array<{ text: string }> } };

export type StatementsOneLevelQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsOneLevelQuery = { actions: { nodes: Array<{ text: string, objective: { text: string } }> } };

export type StatementsTwoLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsTwoLevelsQuery = { actions: { nodes: Array<{ text: string, objective: { text: string, priority: { title: string } } }> } };

export type StatementsUnknownAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsUnknownAgencyQuery = { actions: { totalCount: number } };

export type StatementsRoundReadsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsRoundReadsQuery = { chaseList: { daysToDeadline: number, agencies: Array<{ contactEmail: string | null, agency: { name: string }, actions: Array<{ text: string }> }> }, round: { draftSnapshot: { overall: { total: number }, actions: Array<{ ref: string, agencyIds: Array<string>, updates: Array<{ rag: Rag }> }>, measures: Array<{ values: Array<{ value: number }> }>, contracts: Array<{ expiryDate: string }> } | null } };

export type StatementsBoardReportQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsBoardReportQuery = { boardReport: { draft: boolean, byteLength: number, changesOmitted: number } };

export type TimeBudgetWholeTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type TimeBudgetWholeTreeQuery = { plans: { nodes: Array<{ pillars: { nodes: Array<{ priorities: { nodes: Array<{ objectives: { nodes: Array<{ text: string, agencies: Array<{ name: string }>, actions: { nodes: Array<{ text: string, status: ActionStatus, agencies: Array<{ name: string }>, responsibilities: Array<{ asWritten: string | null }> }> } }> } }> } }> } }> } };

export type ValidationFixturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ValidationFixturesQuery = { actions: { nodes: Array<{ id: string }> }, outcomeMeasures: { nodes: Array<{ id: string, unit: MeasureUnit }> } };

export type ValidationActionQueryVariables = Exact<{
  id: string | number;
}>;


export type ValidationActionQuery = { action: { version: number, durationMonths: number | null, dueDate: string | null } };

export type ValidationUpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type ValidationUpdateActionMutation = { updateAction: { action: { id: string } } | null };

export type ValidationCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type ValidationCreateAgencyMutation = { createAgency: { agency: { id: string } } | null };

export type ValidationRecordValueMutationVariables = Exact<{
  input: RecordMeasureValueInput;
}>;


export type ValidationRecordValueMutation = { recordMeasureValue: { measureValue: { id: string } } | null };

export type ValidationCreateHelpServiceMutationVariables = Exact<{
  input: CreateHelpServiceInput;
}>;


export type ValidationCreateHelpServiceMutation = { createHelpService: { helpService: { phone: string | null } } | null };

export type ValidationCreateReprocurementMutationVariables = Exact<{
  input: CreateReprocurementInput;
}>;


export type ValidationCreateReprocurementMutation = { createReprocurement: { reprocurement: { id: string } } | null };

export type ValidationObjectiveQueryVariables = Exact<{ [key: string]: never; }>;


export type ValidationObjectiveQuery = { objectives: { nodes: Array<{ id: string }> } };

export type ValidationEmptySearchQueryVariables = Exact<{ [key: string]: never; }>;


export type ValidationEmptySearchQuery = { actions: { totalCount: number } };

export type ValidationLongQuarterQueryVariables = Exact<{ [key: string]: never; }>;


export type ValidationLongQuarterQuery = { progressReport: { quarter: string } };

export type ValidationVersionTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ValidationVersionTypesQuery = { __schema: { types: Array<{ name: string | null, kind: __TypeKind, fields: Array<{ name: string, type: { kind: __TypeKind, ofType: { name: string | null } | null } }> | null }> } };

export type DurabilityUpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type DurabilityUpdateActionMutation = { updateAction: { replayed: boolean, action: { id: string, version: number, text: string } } | null };

export type DurabilityCreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type DurabilityCreateActionMutation = { createAction: { action: { id: string, version: number, text: string } } | null };

export type DurabilityFirstActionQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DurabilityFirstActionQuery = { actions: { nodes: Array<{ id: string, version: number, objective: { id: string } }> } };

export type DurabilityActionCountQueryVariables = Exact<{ [key: string]: never; }>;


export type DurabilityActionCountQuery = { actions: { totalCount: number } };

export type DurabilityActionAndHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DurabilityActionAndHistoryQuery = { action: { text: string, version: number }, history: { totalCount: number, nodes: Array<{ operation: AuditOperation, version: number | null, changes: Array<{ field: string, after: unknown }> }> } };

export type DurabilityArchiveActionMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type DurabilityArchiveActionMutation = { archiveAction: { action: { id: string, archivedAt: string | null, version: number } } | null };

export type DurabilityRestoreActionMutationVariables = Exact<{
  input: RecordVersionInput;
}>;


export type DurabilityRestoreActionMutation = { restoreAction: { action: { archivedAt: string | null, version: number } } | null };

export type DurabilityArchivedActionQueryVariables = Exact<{
  id: string | number;
}>;


export type DurabilityArchivedActionQuery = { action: { text: string, archivedAt: string | null }, history: { nodes: Array<{ operation: AuditOperation }> } };

export type DurabilityCreateActionFullMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type DurabilityCreateActionFullMutation = { createAction: { action: { id: string, text: string, position: number, dueDate: string | null, status: ActionStatus, objective: { id: string } } } | null };

export type DurabilityCreatedHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DurabilityCreatedHistoryQuery = { history: { nodes: Array<{ operation: AuditOperation, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type DurabilitySnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type DurabilitySnapshotQuery = { action: { text: string, version: number, status: ActionStatus, dueDate: string | null }, changes: { totalCount: number } };

export type DurabilityTextsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DurabilityTextsQuery = { nodes: Array<
    | { text: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MutationsPriorityFragmentDoc = new TypedDocumentString(`
    fragment MutationsPriority on Priority {
  id
  version
  title
  strategyName
  strategyNarrative
  position
  archivedAt
  pillar {
    id
  }
}
    `, {"fragmentName":"MutationsPriority"}) as unknown as TypedDocumentString<MutationsPriorityFragment, unknown>;
export const MutationsObjectiveFragmentDoc = new TypedDocumentString(`
    fragment MutationsObjective on Objective {
  id
  version
  text
  subPoints
  position
  archivedAt
  priority {
    id
  }
}
    `, {"fragmentName":"MutationsObjective"}) as unknown as TypedDocumentString<MutationsObjectiveFragment, unknown>;
export const MutationsAgencyFragmentDoc = new TypedDocumentString(`
    fragment MutationsAgency on Agency {
  id
  version
  name
  shortName
  kind
  description
  aliases
  archivedAt
  mergedInto {
    id
  }
}
    `, {"fragmentName":"MutationsAgency"}) as unknown as TypedDocumentString<MutationsAgencyFragment, unknown>;
export const MutationsObjectiveResponsibilitiesFragmentDoc = new TypedDocumentString(`
    fragment MutationsObjectiveResponsibilities on Objective {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}
    `, {"fragmentName":"MutationsObjectiveResponsibilities"}) as unknown as TypedDocumentString<MutationsObjectiveResponsibilitiesFragment, unknown>;
export const MutationsActionResponsibilitiesFragmentDoc = new TypedDocumentString(`
    fragment MutationsActionResponsibilities on Action {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}
    `, {"fragmentName":"MutationsActionResponsibilities"}) as unknown as TypedDocumentString<MutationsActionResponsibilitiesFragment, unknown>;
export const MutationsMeasureFragmentDoc = new TypedDocumentString(`
    fragment MutationsMeasure on OutcomeMeasure {
  id
  version
  name
  unit
  direction
  position
  archivedAt
  outcome {
    id
  }
}
    `, {"fragmentName":"MutationsMeasure"}) as unknown as TypedDocumentString<MutationsMeasureFragment, unknown>;
export const MutationsMeasureValueFragmentDoc = new TypedDocumentString(`
    fragment MutationsMeasureValue on MeasureValue {
  id
  version
  kind
  periodLabel
  periodStart
  periodEnd
  value
  note
  source
}
    `, {"fragmentName":"MutationsMeasureValue"}) as unknown as TypedDocumentString<MutationsMeasureValueFragment, unknown>;
export const MutationsReprocurementFragmentDoc = new TypedDocumentString(`
    fragment MutationsReprocurement on Reprocurement {
  id
  version
  service
  supplier
  expiryDate
  status
  archivedAt
  objective {
    id
  }
  agency {
    id
  }
}
    `, {"fragmentName":"MutationsReprocurement"}) as unknown as TypedDocumentString<MutationsReprocurementFragment, unknown>;
export const MutationsHelpServiceFragmentDoc = new TypedDocumentString(`
    fragment MutationsHelpService on HelpService {
  id
  version
  name
  description
  audience
  minAge
  maxAge
  phone
  email
  website
  position
  archivedAt
  partnership {
    id
  }
}
    `, {"fragmentName":"MutationsHelpService"}) as unknown as TypedDocumentString<MutationsHelpServiceFragment, unknown>;
export const ProgressCountsFragmentDoc = new TypedDocumentString(`
    fragment ProgressCounts on RagCounts {
  red
  amber
  green
  noUpdate
  total
}
    `, {"fragmentName":"ProgressCounts"}) as unknown as TypedDocumentString<ProgressCountsFragment, unknown>;
export const RiskTestFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskTestFields on Risk {
  id
  version
  createdAt
  updatedAt
  archivedAt
  description
  likelihood
  impact
  score
  mitigation
  status
  ownerAgency {
    id
    name
    shortName
  }
  action {
    id
  }
}
    `, {"fragmentName":"RiskTestFields"}) as unknown as TypedDocumentString<RiskTestFieldsFragment, unknown>;
export const ExamplesResetProgressDocument = new TypedDocumentString(`
    query ExamplesResetProgress {
  actions(filter: {agency: "RESET"}, first: 1) {
    nodes {
      text
      status
      progress {
        quarterLabel
        rag
        reportedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplesResetProgressQuery, ExamplesResetProgressQueryVariables>;
export const ExamplesResetActionsDocument = new TypedDocumentString(`
    query ExamplesResetActions {
  agency(name: "RESET") {
    name
  }
  actions(filter: {agency: "RESET"}, first: 100) {
    totalCount
    nodes {
      text
      priority {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplesResetActionsQuery, ExamplesResetActionsQueryVariables>;
export const ExamplesFirstPageDocument = new TypedDocumentString(`
    query ExamplesFirstPage {
  actions(first: 100) {
    nodes {
      id
      text
      objective {
        text
      }
      agencies {
        name
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplesFirstPageQuery, ExamplesFirstPageQueryVariables>;
export const CachingActionTextDocument = new TypedDocumentString(`
    query CachingActionText {
  actions(first: 1) {
    nodes {
      id
      version
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CachingActionTextQuery, CachingActionTextQueryVariables>;
export const CachingUpdateReplayedDocument = new TypedDocumentString(`
    mutation CachingUpdateReplayed($input: UpdateActionInput!) {
  updateAction(input: $input) {
    replayed
  }
}
    `) as unknown as TypedDocumentString<CachingUpdateReplayedMutation, CachingUpdateReplayedMutationVariables>;
export const CachingUpdateTextDocument = new TypedDocumentString(`
    mutation CachingUpdateText($input: UpdateActionInput!) {
  updateAction(input: $input) {
    action {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CachingUpdateTextMutation, CachingUpdateTextMutationVariables>;
export const CachingApiKeysDocument = new TypedDocumentString(`
    query CachingApiKeys {
  apiKeys {
    name
  }
}
    `) as unknown as TypedDocumentString<CachingApiKeysQuery, CachingApiKeysQueryVariables>;
export const CachingAuditSizeDocument = new TypedDocumentString(`
    query CachingAuditSize {
  changes(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CachingAuditSizeQuery, CachingAuditSizeQueryVariables>;
export const MultiInstanceActionsDocument = new TypedDocumentString(`
    query MultiInstanceActions($after: String) {
  actions(first: 100, after: $after) {
    nodes {
      id
      version
      text
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceActionsQuery, MultiInstanceActionsQueryVariables>;
export const MultiInstanceActionDocument = new TypedDocumentString(`
    query MultiInstanceAction($id: ID!) {
  action(id: $id) {
    id
    version
    text
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceActionQuery, MultiInstanceActionQueryVariables>;
export const MultiInstanceActionHistoryDocument = new TypedDocumentString(`
    query MultiInstanceActionHistory($id: ID!) {
  action(id: $id) {
    version
    text
  }
  history(id: $id) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceActionHistoryQuery, MultiInstanceActionHistoryQueryVariables>;
export const MultiInstanceUpdateActionDocument = new TypedDocumentString(`
    mutation MultiInstanceUpdateAction($input: UpdateActionInput!) {
  updateAction(input: $input) {
    action {
      id
      version
      text
    }
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceUpdateActionMutation, MultiInstanceUpdateActionMutationVariables>;
export const MultiInstanceRecordProgressDocument = new TypedDocumentString(`
    mutation MultiInstanceRecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    progressUpdate {
      id
      commentary
    }
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceRecordProgressMutation, MultiInstanceRecordProgressMutationVariables>;
export const MultiInstanceRevokeKeyDocument = new TypedDocumentString(`
    mutation MultiInstanceRevokeKey($input: ApiKeyIdInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceRevokeKeyMutation, MultiInstanceRevokeKeyMutationVariables>;
export const MultiInstanceCreateKeyDocument = new TypedDocumentString(`
    mutation MultiInstanceCreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
    secret
  }
}
    `) as unknown as TypedDocumentString<MultiInstanceCreateKeyMutation, MultiInstanceCreateKeyMutationVariables>;
export const MultiInstancePlanTitleDocument = new TypedDocumentString(`
    query MultiInstancePlanTitle {
  plan {
    title
  }
}
    `) as unknown as TypedDocumentString<MultiInstancePlanTitleQuery, MultiInstancePlanTitleQueryVariables>;
export const MutationsHistoryDocument = new TypedDocumentString(`
    query MutationsHistory($id: ID!) {
  history(id: $id) {
    nodes {
      operation
      mutation
      actorName
      version
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsHistoryQuery, MutationsHistoryQueryVariables>;
export const MutationsAuditSizeDocument = new TypedDocumentString(`
    query MutationsAuditSize {
  changes(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsAuditSizeQuery, MutationsAuditSizeQueryVariables>;
export const MutationsSeededDocument = new TypedDocumentString(`
    query MutationsSeeded {
  pillars(first: 1) {
    nodes {
      id
    }
  }
  priorities(first: 1) {
    nodes {
      id
    }
  }
  objectives(first: 3) {
    nodes {
      id
    }
  }
  actions(first: 1) {
    nodes {
      id
    }
  }
  nationalOutcomes(first: 1) {
    nodes {
      id
    }
  }
  outcomeMeasures(first: 100) {
    nodes {
      id
      unit
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsSeededQuery, MutationsSeededQueryVariables>;
export const MutationsCreatePriorityDocument = new TypedDocumentString(`
    mutation MutationsCreatePriority($input: CreatePriorityInput!) {
  createPriority(input: $input) {
    priority {
      ...MutationsPriority
    }
    replayed
  }
}
    fragment MutationsPriority on Priority {
  id
  version
  title
  strategyName
  strategyNarrative
  position
  archivedAt
  pillar {
    id
  }
}`) as unknown as TypedDocumentString<MutationsCreatePriorityMutation, MutationsCreatePriorityMutationVariables>;
export const MutationsUpdatePriorityDocument = new TypedDocumentString(`
    mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {
  updatePriority(input: $input) {
    priority {
      ...MutationsPriority
    }
    replayed
  }
}
    fragment MutationsPriority on Priority {
  id
  version
  title
  strategyName
  strategyNarrative
  position
  archivedAt
  pillar {
    id
  }
}`) as unknown as TypedDocumentString<MutationsUpdatePriorityMutation, MutationsUpdatePriorityMutationVariables>;
export const MutationsPriorityDocument = new TypedDocumentString(`
    query MutationsPriority($id: ID!) {
  priority(id: $id) {
    ...MutationsPriority
  }
}
    fragment MutationsPriority on Priority {
  id
  version
  title
  strategyName
  strategyNarrative
  position
  archivedAt
  pillar {
    id
  }
}`) as unknown as TypedDocumentString<MutationsPriorityQuery, MutationsPriorityQueryVariables>;
export const MutationsCreateObjectiveDocument = new TypedDocumentString(`
    mutation MutationsCreateObjective($input: CreateObjectiveInput!) {
  createObjective(input: $input) {
    objective {
      ...MutationsObjective
    }
    replayed
  }
}
    fragment MutationsObjective on Objective {
  id
  version
  text
  subPoints
  position
  archivedAt
  priority {
    id
  }
}`) as unknown as TypedDocumentString<MutationsCreateObjectiveMutation, MutationsCreateObjectiveMutationVariables>;
export const MutationsUpdateObjectiveDocument = new TypedDocumentString(`
    mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {
  updateObjective(input: $input) {
    objective {
      ...MutationsObjective
    }
    replayed
  }
}
    fragment MutationsObjective on Objective {
  id
  version
  text
  subPoints
  position
  archivedAt
  priority {
    id
  }
}`) as unknown as TypedDocumentString<MutationsUpdateObjectiveMutation, MutationsUpdateObjectiveMutationVariables>;
export const MutationsObjectiveDocument = new TypedDocumentString(`
    query MutationsObjective($id: ID!) {
  objective(id: $id) {
    ...MutationsObjective
    responsibilities {
      agency {
        id
        name
      }
      asWritten
    }
  }
}
    fragment MutationsObjective on Objective {
  id
  version
  text
  subPoints
  position
  archivedAt
  priority {
    id
  }
}`) as unknown as TypedDocumentString<MutationsObjectiveQuery, MutationsObjectiveQueryVariables>;
export const MutationsCreateAgencyDocument = new TypedDocumentString(`
    mutation MutationsCreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    agency {
      ...MutationsAgency
    }
    replayed
  }
}
    fragment MutationsAgency on Agency {
  id
  version
  name
  shortName
  kind
  description
  aliases
  archivedAt
  mergedInto {
    id
  }
}`) as unknown as TypedDocumentString<MutationsCreateAgencyMutation, MutationsCreateAgencyMutationVariables>;
export const MutationsUpdateAgencyDocument = new TypedDocumentString(`
    mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {
  updateAgency(input: $input) {
    agency {
      ...MutationsAgency
    }
    replayed
  }
}
    fragment MutationsAgency on Agency {
  id
  version
  name
  shortName
  kind
  description
  aliases
  archivedAt
  mergedInto {
    id
  }
}`) as unknown as TypedDocumentString<MutationsUpdateAgencyMutation, MutationsUpdateAgencyMutationVariables>;
export const MutationsMergeAgenciesDocument = new TypedDocumentString(`
    mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {
  mergeAgencies(input: $input) {
    agency {
      ...MutationsAgency
    }
    replayed
  }
}
    fragment MutationsAgency on Agency {
  id
  version
  name
  shortName
  kind
  description
  aliases
  archivedAt
  mergedInto {
    id
  }
}`) as unknown as TypedDocumentString<MutationsMergeAgenciesMutation, MutationsMergeAgenciesMutationVariables>;
export const MutationsAgencyDocument = new TypedDocumentString(`
    query MutationsAgency($id: ID!) {
  agency(id: $id) {
    ...MutationsAgency
  }
}
    fragment MutationsAgency on Agency {
  id
  version
  name
  shortName
  kind
  description
  aliases
  archivedAt
  mergedInto {
    id
  }
}`) as unknown as TypedDocumentString<MutationsAgencyQuery, MutationsAgencyQueryVariables>;
export const MutationsAgencyNamedDocument = new TypedDocumentString(`
    query MutationsAgencyNamed($name: String!) {
  agency(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<MutationsAgencyNamedQuery, MutationsAgencyNamedQueryVariables>;
export const MutationsIdempotentAgenciesDocument = new TypedDocumentString(`
    query MutationsIdempotentAgencies {
  agencies(first: 0, filter: {search: "Idempotent Agency"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsIdempotentAgenciesQuery, MutationsIdempotentAgenciesQueryVariables>;
export const MutationsAddObjectiveAgencyDocument = new TypedDocumentString(`
    mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {
  addObjectiveAgency(input: $input) {
    objective {
      ...MutationsObjectiveResponsibilities
    }
    replayed
  }
}
    fragment MutationsObjectiveResponsibilities on Objective {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}`) as unknown as TypedDocumentString<MutationsAddObjectiveAgencyMutation, MutationsAddObjectiveAgencyMutationVariables>;
export const MutationsRemoveObjectiveAgencyDocument = new TypedDocumentString(`
    mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {
  removeObjectiveAgency(input: $input) {
    objective {
      ...MutationsObjectiveResponsibilities
    }
    replayed
  }
}
    fragment MutationsObjectiveResponsibilities on Objective {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}`) as unknown as TypedDocumentString<MutationsRemoveObjectiveAgencyMutation, MutationsRemoveObjectiveAgencyMutationVariables>;
export const MutationsAddActionAgencyDocument = new TypedDocumentString(`
    mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {
  addActionAgency(input: $input) {
    action {
      ...MutationsActionResponsibilities
    }
    replayed
  }
}
    fragment MutationsActionResponsibilities on Action {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}`) as unknown as TypedDocumentString<MutationsAddActionAgencyMutation, MutationsAddActionAgencyMutationVariables>;
export const MutationsRemoveActionAgencyDocument = new TypedDocumentString(`
    mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {
  removeActionAgency(input: $input) {
    action {
      ...MutationsActionResponsibilities
    }
    replayed
  }
}
    fragment MutationsActionResponsibilities on Action {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}`) as unknown as TypedDocumentString<MutationsRemoveActionAgencyMutation, MutationsRemoveActionAgencyMutationVariables>;
export const MutationsObjectiveAgenciesDocument = new TypedDocumentString(`
    query MutationsObjectiveAgencies($id: ID!) {
  objective(id: $id) {
    ...MutationsObjectiveResponsibilities
  }
}
    fragment MutationsObjectiveResponsibilities on Objective {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}`) as unknown as TypedDocumentString<MutationsObjectiveAgenciesQuery, MutationsObjectiveAgenciesQueryVariables>;
export const MutationsActionAgenciesDocument = new TypedDocumentString(`
    query MutationsActionAgencies($id: ID!) {
  action(id: $id) {
    ...MutationsActionResponsibilities
  }
}
    fragment MutationsActionResponsibilities on Action {
  id
  version
  responsibilities {
    agency {
      id
      name
    }
    asWritten
    source
  }
}`) as unknown as TypedDocumentString<MutationsActionAgenciesQuery, MutationsActionAgenciesQueryVariables>;
export const MutationsObjectivesOfDocument = new TypedDocumentString(`
    query MutationsObjectivesOf($a: String) {
  objectives(first: 100, filter: {agency: $a}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsObjectivesOfQuery, MutationsObjectivesOfQueryVariables>;
export const MutationsActionsOfDocument = new TypedDocumentString(`
    query MutationsActionsOf($a: String) {
  actions(first: 100, filter: {agency: $a}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsActionsOfQuery, MutationsActionsOfQueryVariables>;
export const MutationsCreateMeasureDocument = new TypedDocumentString(`
    mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {
  createOutcomeMeasure(input: $input) {
    outcomeMeasure {
      ...MutationsMeasure
    }
    replayed
  }
}
    fragment MutationsMeasure on OutcomeMeasure {
  id
  version
  name
  unit
  direction
  position
  archivedAt
  outcome {
    id
  }
}`) as unknown as TypedDocumentString<MutationsCreateMeasureMutation, MutationsCreateMeasureMutationVariables>;
export const MutationsUpdateMeasureDocument = new TypedDocumentString(`
    mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {
  updateOutcomeMeasure(input: $input) {
    outcomeMeasure {
      ...MutationsMeasure
    }
    replayed
  }
}
    fragment MutationsMeasure on OutcomeMeasure {
  id
  version
  name
  unit
  direction
  position
  archivedAt
  outcome {
    id
  }
}`) as unknown as TypedDocumentString<MutationsUpdateMeasureMutation, MutationsUpdateMeasureMutationVariables>;
export const MutationsRecordValueDocument = new TypedDocumentString(`
    mutation MutationsRecordValue($input: RecordMeasureValueInput!) {
  recordMeasureValue(input: $input) {
    measureValue {
      ...MutationsMeasureValue
    }
    replayed
  }
}
    fragment MutationsMeasureValue on MeasureValue {
  id
  version
  kind
  periodLabel
  periodStart
  periodEnd
  value
  note
  source
}`) as unknown as TypedDocumentString<MutationsRecordValueMutation, MutationsRecordValueMutationVariables>;
export const MutationsMeasureDocument = new TypedDocumentString(`
    query MutationsMeasure($id: ID!) {
  outcomeMeasure(id: $id) {
    ...MutationsMeasure
    values {
      ...MutationsMeasureValue
    }
  }
}
    fragment MutationsMeasure on OutcomeMeasure {
  id
  version
  name
  unit
  direction
  position
  archivedAt
  outcome {
    id
  }
}
fragment MutationsMeasureValue on MeasureValue {
  id
  version
  kind
  periodLabel
  periodStart
  periodEnd
  value
  note
  source
}`) as unknown as TypedDocumentString<MutationsMeasureQuery, MutationsMeasureQueryVariables>;
export const MutationsCreateReprocurementDocument = new TypedDocumentString(`
    mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {
  createReprocurement(input: $input) {
    reprocurement {
      ...MutationsReprocurement
    }
    replayed
  }
}
    fragment MutationsReprocurement on Reprocurement {
  id
  version
  service
  supplier
  expiryDate
  status
  archivedAt
  objective {
    id
  }
  agency {
    id
  }
}`) as unknown as TypedDocumentString<MutationsCreateReprocurementMutation, MutationsCreateReprocurementMutationVariables>;
export const MutationsUpdateReprocurementDocument = new TypedDocumentString(`
    mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {
  updateReprocurement(input: $input) {
    reprocurement {
      ...MutationsReprocurement
    }
    replayed
  }
}
    fragment MutationsReprocurement on Reprocurement {
  id
  version
  service
  supplier
  expiryDate
  status
  archivedAt
  objective {
    id
  }
  agency {
    id
  }
}`) as unknown as TypedDocumentString<MutationsUpdateReprocurementMutation, MutationsUpdateReprocurementMutationVariables>;
export const MutationsSetReprocurementStatusDocument = new TypedDocumentString(`
    mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {
  setReprocurementStatus(input: $input) {
    reprocurement {
      ...MutationsReprocurement
    }
    replayed
  }
}
    fragment MutationsReprocurement on Reprocurement {
  id
  version
  service
  supplier
  expiryDate
  status
  archivedAt
  objective {
    id
  }
  agency {
    id
  }
}`) as unknown as TypedDocumentString<MutationsSetReprocurementStatusMutation, MutationsSetReprocurementStatusMutationVariables>;
export const MutationsReprocurementDocument = new TypedDocumentString(`
    query MutationsReprocurement($id: ID!) {
  reprocurement(id: $id) {
    ...MutationsReprocurement
  }
}
    fragment MutationsReprocurement on Reprocurement {
  id
  version
  service
  supplier
  expiryDate
  status
  archivedAt
  objective {
    id
  }
  agency {
    id
  }
}`) as unknown as TypedDocumentString<MutationsReprocurementQuery, MutationsReprocurementQueryVariables>;
export const MutationsOverdueReprocurementsDocument = new TypedDocumentString(`
    query MutationsOverdueReprocurements {
  reprocurements(first: 100, filter: {overdue: true, asOf: "2024-06-01"}) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsOverdueReprocurementsQuery, MutationsOverdueReprocurementsQueryVariables>;
export const MutationsCreateHelpServiceDocument = new TypedDocumentString(`
    mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {
  createHelpService(input: $input) {
    helpService {
      ...MutationsHelpService
    }
    replayed
  }
}
    fragment MutationsHelpService on HelpService {
  id
  version
  name
  description
  audience
  minAge
  maxAge
  phone
  email
  website
  position
  archivedAt
  partnership {
    id
  }
}`) as unknown as TypedDocumentString<MutationsCreateHelpServiceMutation, MutationsCreateHelpServiceMutationVariables>;
export const MutationsUpdateHelpServiceDocument = new TypedDocumentString(`
    mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {
  updateHelpService(input: $input) {
    helpService {
      ...MutationsHelpService
    }
    replayed
  }
}
    fragment MutationsHelpService on HelpService {
  id
  version
  name
  description
  audience
  minAge
  maxAge
  phone
  email
  website
  position
  archivedAt
  partnership {
    id
  }
}`) as unknown as TypedDocumentString<MutationsUpdateHelpServiceMutation, MutationsUpdateHelpServiceMutationVariables>;
export const MutationsHelpServiceDocument = new TypedDocumentString(`
    query MutationsHelpService($id: ID!) {
  helpService(id: $id) {
    ...MutationsHelpService
  }
}
    fragment MutationsHelpService on HelpService {
  id
  version
  name
  description
  audience
  minAge
  maxAge
  phone
  email
  website
  position
  archivedAt
  partnership {
    id
  }
}`) as unknown as TypedDocumentString<MutationsHelpServiceQuery, MutationsHelpServiceQueryVariables>;
export const MutationsPartnershipDocument = new TypedDocumentString(`
    query MutationsPartnership {
  plan {
    partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsPartnershipQuery, MutationsPartnershipQueryVariables>;
export const MutationsHelpServicesDocument = new TypedDocumentString(`
    query MutationsHelpServices {
  helpServices {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MutationsHelpServicesQuery, MutationsHelpServicesQueryVariables>;
export const MutationsCreateActionDocument = new TypedDocumentString(`
    mutation MutationsCreateAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      id
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsCreateActionMutation, MutationsCreateActionMutationVariables>;
export const MutationsArchivePriorityDocument = new TypedDocumentString(`
    mutation MutationsArchivePriority($input: RecordVersionInput!) {
  archivePriority(input: $input) {
    priority {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsArchivePriorityMutation, MutationsArchivePriorityMutationVariables>;
export const MutationsRestorePriorityDocument = new TypedDocumentString(`
    mutation MutationsRestorePriority($input: RecordVersionInput!) {
  restorePriority(input: $input) {
    priority {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsRestorePriorityMutation, MutationsRestorePriorityMutationVariables>;
export const MutationsPriorityStateDocument = new TypedDocumentString(`
    query MutationsPriorityState($id: ID!) {
  priority(id: $id) {
    id
    version
    archivedAt
  }
  priorities(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsPriorityStateQuery, MutationsPriorityStateQueryVariables>;
export const MutationsArchiveObjectiveDocument = new TypedDocumentString(`
    mutation MutationsArchiveObjective($input: RecordVersionInput!) {
  archiveObjective(input: $input) {
    objective {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsArchiveObjectiveMutation, MutationsArchiveObjectiveMutationVariables>;
export const MutationsRestoreObjectiveDocument = new TypedDocumentString(`
    mutation MutationsRestoreObjective($input: RecordVersionInput!) {
  restoreObjective(input: $input) {
    objective {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsRestoreObjectiveMutation, MutationsRestoreObjectiveMutationVariables>;
export const MutationsObjectiveStateDocument = new TypedDocumentString(`
    query MutationsObjectiveState($id: ID!) {
  objective(id: $id) {
    id
    version
    archivedAt
  }
  objectives(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsObjectiveStateQuery, MutationsObjectiveStateQueryVariables>;
export const MutationsArchiveAgencyDocument = new TypedDocumentString(`
    mutation MutationsArchiveAgency($input: RecordVersionInput!) {
  archiveAgency(input: $input) {
    agency {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsArchiveAgencyMutation, MutationsArchiveAgencyMutationVariables>;
export const MutationsRestoreAgencyDocument = new TypedDocumentString(`
    mutation MutationsRestoreAgency($input: RecordVersionInput!) {
  restoreAgency(input: $input) {
    agency {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsRestoreAgencyMutation, MutationsRestoreAgencyMutationVariables>;
export const MutationsAgencyStateDocument = new TypedDocumentString(`
    query MutationsAgencyState($id: ID!) {
  agency(id: $id) {
    id
    version
    archivedAt
  }
  agencies(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsAgencyStateQuery, MutationsAgencyStateQueryVariables>;
export const MutationsArchiveMeasureDocument = new TypedDocumentString(`
    mutation MutationsArchiveMeasure($input: RecordVersionInput!) {
  archiveOutcomeMeasure(input: $input) {
    outcomeMeasure {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsArchiveMeasureMutation, MutationsArchiveMeasureMutationVariables>;
export const MutationsRestoreMeasureDocument = new TypedDocumentString(`
    mutation MutationsRestoreMeasure($input: RecordVersionInput!) {
  restoreOutcomeMeasure(input: $input) {
    outcomeMeasure {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsRestoreMeasureMutation, MutationsRestoreMeasureMutationVariables>;
export const MutationsMeasureStateDocument = new TypedDocumentString(`
    query MutationsMeasureState($id: ID!) {
  outcomeMeasure(id: $id) {
    id
    version
    archivedAt
  }
  outcomeMeasures(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsMeasureStateQuery, MutationsMeasureStateQueryVariables>;
export const MutationsArchiveReprocurementDocument = new TypedDocumentString(`
    mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {
  archiveReprocurement(input: $input) {
    reprocurement {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsArchiveReprocurementMutation, MutationsArchiveReprocurementMutationVariables>;
export const MutationsRestoreReprocurementDocument = new TypedDocumentString(`
    mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {
  restoreReprocurement(input: $input) {
    reprocurement {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsRestoreReprocurementMutation, MutationsRestoreReprocurementMutationVariables>;
export const MutationsReprocurementStateDocument = new TypedDocumentString(`
    query MutationsReprocurementState($id: ID!) {
  reprocurement(id: $id) {
    id
    version
    archivedAt
  }
  reprocurements(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsReprocurementStateQuery, MutationsReprocurementStateQueryVariables>;
export const MutationsArchiveHelpServiceDocument = new TypedDocumentString(`
    mutation MutationsArchiveHelpService($input: RecordVersionInput!) {
  archiveHelpService(input: $input) {
    helpService {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsArchiveHelpServiceMutation, MutationsArchiveHelpServiceMutationVariables>;
export const MutationsRestoreHelpServiceDocument = new TypedDocumentString(`
    mutation MutationsRestoreHelpService($input: RecordVersionInput!) {
  restoreHelpService(input: $input) {
    helpService {
      id
      version
      archivedAt
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<MutationsRestoreHelpServiceMutation, MutationsRestoreHelpServiceMutationVariables>;
export const MutationsHelpServiceStateDocument = new TypedDocumentString(`
    query MutationsHelpServiceState($id: ID!) {
  helpService(id: $id) {
    id
    version
    archivedAt
  }
  helpServices(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MutationsHelpServiceStateQuery, MutationsHelpServiceStateQueryVariables>;
export const PlanTitleDocument = new TypedDocumentString(`
    query PlanTitle {
  plan {
    title
  }
}
    `) as unknown as TypedDocumentString<PlanTitleQuery, PlanTitleQueryVariables>;
export const PillarNamesDocument = new TypedDocumentString(`
    query PillarNames {
  plan {
    pillars {
      nodes {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PillarNamesQuery, PillarNamesQueryVariables>;
export const ObservabilityTitleDocument = new TypedDocumentString(`
    query ObservabilityTitle {
  plan {
    title
  }
}
    `) as unknown as TypedDocumentString<ObservabilityTitleQuery, ObservabilityTitleQueryVariables>;
export const MetricsProbeDocument = new TypedDocumentString(`
    query MetricsProbe {
  plan {
    title
  }
}
    `) as unknown as TypedDocumentString<MetricsProbeQuery, MetricsProbeQueryVariables>;
export const OwnPortDocument = new TypedDocumentString(`
    query OwnPort {
  plan {
    title
  }
}
    `) as unknown as TypedDocumentString<OwnPortQuery, OwnPortQueryVariables>;
export const OverLimitDocument = new TypedDocumentString(`
    query OverLimit {
  plan {
    title
  }
}
    `) as unknown as TypedDocumentString<OverLimitQuery, OverLimitQueryVariables>;
export const ProgressRecordDocument = new TypedDocumentString(`
    mutation ProgressRecord($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    replayed
    progressUpdate {
      id
      financialYear
      quarter
      quarterLabel
      periodStart
      periodEnd
      status
      rag
      percentComplete
      commentary
      reportedBy
      action {
        id
        status
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressRecordMutation, ProgressRecordMutationVariables>;
export const ProgressActionDocument = new TypedDocumentString(`
    query ProgressAction($id: ID!) {
  action(id: $id) {
    id
    status
    version
    archivedAt
    progress {
      id
      quarterLabel
      status
      rag
      percentComplete
      commentary
      reportedBy
    }
    latestProgress {
      id
      quarterLabel
      status
      rag
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressActionQuery, ProgressActionQueryVariables>;
export const ProgressActionIdsDocument = new TypedDocumentString(`
    query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {
  actions(filter: $filter, first: $first, after: $after) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressActionIdsQuery, ProgressActionIdsQueryVariables>;
export const ProgressSnapshotDocument = new TypedDocumentString(`
    query ProgressSnapshot($id: ID!) {
  action(id: $id) {
    status
    version
    progress {
      id
    }
  }
  changes(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgressSnapshotQuery, ProgressSnapshotQueryVariables>;
export const ProgressUpdateNodeDocument = new TypedDocumentString(`
    query ProgressUpdateNode($id: ID!) {
  node(id: $id) {
    ... on ProgressUpdate {
      quarterLabel
      action {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressUpdateNodeQuery, ProgressUpdateNodeQueryVariables>;
export const ProgressStatusHistoryDocument = new TypedDocumentString(`
    query ProgressStatusHistory($id: ID!) {
  history(id: $id) {
    nodes {
      operation
      mutation
      actorName
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressStatusHistoryQuery, ProgressStatusHistoryQueryVariables>;
export const ProgressCreatedHistoryDocument = new TypedDocumentString(`
    query ProgressCreatedHistory($id: ID!) {
  history(id: $id) {
    nodes {
      operation
      mutation
      changes {
        field
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressCreatedHistoryQuery, ProgressCreatedHistoryQueryVariables>;
export const ProgressSeriesDocument = new TypedDocumentString(`
    query ProgressSeries {
  actions(first: 100) {
    nodes {
      id
      progress {
        id
      }
      latestProgress {
        quarterLabel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressSeriesQuery, ProgressSeriesQueryVariables>;
export const ProgressPlanShapeDocument = new TypedDocumentString(`
    query ProgressPlanShape {
  plan {
    id
    pillars {
      nodes {
        id
        number
        priorities {
          nodes {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressPlanShapeQuery, ProgressPlanShapeQueryVariables>;
export const ProgressActionContextDocument = new TypedDocumentString(`
    query ProgressActionContext($id: ID!) {
  action(id: $id) {
    priority {
      id
    }
    agencies {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressActionContextQuery, ProgressActionContextQueryVariables>;
export const ProgressReportCountsDocument = new TypedDocumentString(`
    query ProgressReportCounts($quarter: String!) {
  progressReport(quarter: $quarter) {
    plan {
      id
    }
    quarter
    periodStart
    periodEnd
    overall {
      ...ProgressCounts
    }
    pillars {
      pillar {
        id
      }
      counts {
        ...ProgressCounts
      }
    }
    priorities {
      priority {
        id
      }
      counts {
        ...ProgressCounts
      }
    }
    agencies {
      agency {
        id
        name
      }
      counts {
        ...ProgressCounts
      }
    }
  }
}
    fragment ProgressCounts on RagCounts {
  red
  amber
  green
  noUpdate
  total
}`) as unknown as TypedDocumentString<ProgressReportCountsQuery, ProgressReportCountsQueryVariables>;
export const ProgressQ4OverallDocument = new TypedDocumentString(`
    query ProgressQ4Overall {
  progressReport(quarter: "2024-25 Q4") {
    overall {
      green
      noUpdate
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressQ4OverallQuery, ProgressQ4OverallQueryVariables>;
export const ProgressQ2OverallDocument = new TypedDocumentString(`
    query ProgressQ2Overall {
  progressReport(quarter: "2024-25 Q2") {
    overall {
      green
      noUpdate
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressQ2OverallQuery, ProgressQ2OverallQueryVariables>;
export const ProgressArchiveActionDocument = new TypedDocumentString(`
    mutation ProgressArchiveAction($input: RecordVersionInput!) {
  archiveAction(input: $input) {
    action {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressArchiveActionMutation, ProgressArchiveActionMutationVariables>;
export const ProgressRestoreActionDocument = new TypedDocumentString(`
    mutation ProgressRestoreAction($input: RecordVersionInput!) {
  restoreAction(input: $input) {
    action {
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressRestoreActionMutation, ProgressRestoreActionMutationVariables>;
export const ProgressChangeCountDocument = new TypedDocumentString(`
    query ProgressChangeCount {
  changes(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgressChangeCountQuery, ProgressChangeCountQueryVariables>;
export const ProgressWithoutQ1Document = new TypedDocumentString(`
    query ProgressWithoutQ1($after: String) {
  actionsWithoutProgress(quarter: "2024-25 Q1", first: 100, after: $after) {
    totalCount
    nodes {
      id
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressWithoutQ1Query, ProgressWithoutQ1QueryVariables>;
export const ProgressPlanIdDocument = new TypedDocumentString(`
    query ProgressPlanId {
  plan {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgressPlanIdQuery, ProgressPlanIdQueryVariables>;
export const ProgressWithoutQ1ForPlanDocument = new TypedDocumentString(`
    query ProgressWithoutQ1ForPlan($planId: ID!) {
  plan {
    id
  }
  progressReport(quarter: "2024-25 Q1", planId: $planId) {
    overall {
      noUpdate
      total
    }
  }
  actionsWithoutProgress(quarter: "2024-25 Q1", planId: $planId, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgressWithoutQ1ForPlanQuery, ProgressWithoutQ1ForPlanQueryVariables>;
export const ProgressReportBadQuarterDocument = new TypedDocumentString(`
    query ProgressReportBadQuarter {
  progressReport(quarter: "Q1 2024") {
    quarter
  }
}
    `) as unknown as TypedDocumentString<ProgressReportBadQuarterQuery, ProgressReportBadQuarterQueryVariables>;
export const ProgressReportLaterYearDocument = new TypedDocumentString(`
    query ProgressReportLaterYear {
  progressReport(quarter: "2025-26 Q1") {
    quarter
  }
}
    `) as unknown as TypedDocumentString<ProgressReportLaterYearQuery, ProgressReportLaterYearQueryVariables>;
export const ProgressWithoutBadQuarterDocument = new TypedDocumentString(`
    query ProgressWithoutBadQuarter {
  actionsWithoutProgress(quarter: "2024-25 Q9") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgressWithoutBadQuarterQuery, ProgressWithoutBadQuarterQueryVariables>;
export const ProgressWithoutPageTooLargeDocument = new TypedDocumentString(`
    query ProgressWithoutPageTooLarge {
  actionsWithoutProgress(quarter: "2024-25 Q1", first: 101) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProgressWithoutPageTooLargeQuery, ProgressWithoutPageTooLargeQueryVariables>;
export const ProgressReportBadPlanIdDocument = new TypedDocumentString(`
    query ProgressReportBadPlanId {
  progressReport(quarter: "2024-25 Q1", planId: "nope") {
    quarter
  }
}
    `) as unknown as TypedDocumentString<ProgressReportBadPlanIdQuery, ProgressReportBadPlanIdQueryVariables>;
export const ProgressReportMissingPlanDocument = new TypedDocumentString(`
    query ProgressReportMissingPlan {
  progressReport(quarter: "2024-25 Q1", planId: "UGxhbjo5OTk=") {
    quarter
  }
}
    `) as unknown as TypedDocumentString<ProgressReportMissingPlanQuery, ProgressReportMissingPlanQueryVariables>;
export const ReadDefectsAgencyNamedDocument = new TypedDocumentString(`
    query ReadDefectsAgencyNamed($name: String) {
  agency(name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsAgencyNamedQuery, ReadDefectsAgencyNamedQueryVariables>;
export const ReadDefectsAuditSizeDocument = new TypedDocumentString(`
    query ReadDefectsAuditSize {
  changes(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsAuditSizeQuery, ReadDefectsAuditSizeQueryVariables>;
export const ReadDefectsResetWithCommasDocument = new TypedDocumentString(`
    query ReadDefectsResetWithCommas {
  agency(name: "  reset,, ") {
    shortName
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsResetWithCommasQuery, ReadDefectsResetWithCommasQueryVariables>;
export const ReadDefectsSearchDocument = new TypedDocumentString(`
    query ReadDefectsSearch($f: ActionFilter) {
  actions(filter: $f) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsSearchQuery, ReadDefectsSearchQueryVariables>;
export const ReadDefectsRecordProgressDocument = new TypedDocumentString(`
    mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    replayed
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsRecordProgressMutation, ReadDefectsRecordProgressMutationVariables>;
export const ReadDefectsReportedByDocument = new TypedDocumentString(`
    query ReadDefectsReportedBy($id: ID!) {
  action(id: $id) {
    progress {
      quarterLabel
      reportedBy
    }
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsReportedByQuery, ReadDefectsReportedByQueryVariables>;
export const ReadDefectsChangesWindowDocument = new TypedDocumentString(`
    query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {
  changes(since: $s, until: $u) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsChangesWindowQuery, ReadDefectsChangesWindowQueryVariables>;
export const ReadDefectsTwoActionsDocument = new TypedDocumentString(`
    query ReadDefectsTwoActions {
  actions(first: 2) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsTwoActionsQuery, ReadDefectsTwoActionsQueryVariables>;
export const ReadDefectsNodesDocument = new TypedDocumentString(`
    query ReadDefectsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsNodesQuery, ReadDefectsNodesQueryVariables>;
export const ReadDefectsAsOfDocument = new TypedDocumentString(`
    query ReadDefectsAsOf {
  reprocurements(filter: {asOf: "2024-04-01"}) {
    nodes {
      service
      expiryDate
      overdue
      daysUntilExpiry
    }
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsAsOfQuery, ReadDefectsAsOfQueryVariables>;
export const ReadDefectsOwnAsOfDocument = new TypedDocumentString(`
    query ReadDefectsOwnAsOf {
  reprocurements(filter: {asOf: "2024-04-01"}) {
    nodes {
      overdue(asOf: "2024-03-01")
    }
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsOwnAsOfQuery, ReadDefectsOwnAsOfQueryVariables>;
export const ReadDefectsTodayDocument = new TypedDocumentString(`
    query ReadDefectsToday {
  reprocurements {
    nodes {
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<ReadDefectsTodayQuery, ReadDefectsTodayQueryVariables>;
export const ReadPlanWholeTreeDocument = new TypedDocumentString(`
    query ReadPlanWholeTree {
  plan {
    id
    title
    periodLabel
    periodStart
    periodEnd
    kind
    strategy {
      title
      periodLabel
    }
    partnership {
      name
    }
    pillars {
      totalCount
      nodes {
        id
        number
        name
        vision
        priorities(first: 100) {
          totalCount
          nodes {
            id
            title
            strategyName
            objectives(first: 100) {
              totalCount
              nodes {
                id
                text
                subPoints
                actions(first: 100) {
                  totalCount
                  nodes {
                    id
                    text
                    status
                    fundingCondition
                    target
                    durationMonths
                    agencies {
                      id
                      name
                    }
                    responsibilities {
                      asWritten
                      agency {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanWholeTreeQuery, ReadPlanWholeTreeQueryVariables>;
export const ReadPlanAgenciesDocument = new TypedDocumentString(`
    query ReadPlanAgencies {
  agencies(first: 100) {
    totalCount
    nodes {
      name
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanAgenciesQuery, ReadPlanAgenciesQueryVariables>;
export const ReadPlanOutcomesDocument = new TypedDocumentString(`
    query ReadPlanOutcomes {
  nationalOutcomes {
    totalCount
    nodes {
      name
      pillar {
        number
      }
      measures {
        name
      }
    }
  }
  outcomeMeasures(first: 100) {
    totalCount
    nodes {
      name
      unit
      direction
      baseline {
        value
        periodLabel
      }
      latest {
        value
        periodLabel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanOutcomesQuery, ReadPlanOutcomesQueryVariables>;
export const ReadPlanReprocurementsDocument = new TypedDocumentString(`
    query ReadPlanReprocurements {
  reprocurements {
    totalCount
    nodes {
      service
      supplier
      expiryDate
      status
      overdue(asOf: "2024-04-01")
      agency {
        shortName
        name
      }
      objective {
        text
      }
      action {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanReprocurementsQuery, ReadPlanReprocurementsQueryVariables>;
export const ReadPlanHelpServicesDocument = new TypedDocumentString(`
    query ReadPlanHelpServices {
  helpServices {
    totalCount
    nodes {
      name
      phone
      email
      website
      minAge
      maxAge
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanHelpServicesQuery, ReadPlanHelpServicesQueryVariables>;
export const ReadPlanCuckooingDocument = new TypedDocumentString(`
    query ReadPlanCuckooing {
  actions(first: 1, filter: {search: "Cuckooing"}) {
    nodes {
      id
      text
      objective {
        text
        priority {
          title
          pillar {
            number
            plan {
              periodLabel
            }
          }
        }
      }
      priority {
        title
      }
      pillar {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanCuckooingQuery, ReadPlanCuckooingQueryVariables>;
export const ReadPlanActionNodeDocument = new TypedDocumentString(`
    query ReadPlanActionNode($id: ID!) {
  node(id: $id) {
    id
    ... on Action {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanActionNodeQuery, ReadPlanActionNodeQueryVariables>;
export const ReadPlanMpsDocument = new TypedDocumentString(`
    query ReadPlanMps {
  agency(name: "metropolitan police service (mps)") {
    id
    name
    shortName
    aliases
    objectives(first: 100) {
      totalCount
      nodes {
        text
      }
    }
    actions(first: 100) {
      totalCount
      nodes {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanMpsQuery, ReadPlanMpsQueryVariables>;
export const ReadPlanActionsOfAgencyDocument = new TypedDocumentString(`
    query ReadPlanActionsOfAgency($id: String!) {
  actions(first: 100, filter: {agency: $id}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadPlanActionsOfAgencyQuery, ReadPlanActionsOfAgencyQueryVariables>;
export const ReadPlanPillarIdsDocument = new TypedDocumentString(`
    query ReadPlanPillarIds {
  pillars {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanPillarIdsQuery, ReadPlanPillarIdsQueryVariables>;
export const ReadPlanNodesDocument = new TypedDocumentString(`
    query ReadPlanNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadPlanNodesQuery, ReadPlanNodesQueryVariables>;
export const ReadPlanPageDocument = new TypedDocumentString(`
    query ReadPlanPage($first: Int, $after: String) {
  actions(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanPageQuery, ReadPlanPageQueryVariables>;
export const ReadPlanNestedPageDocument = new TypedDocumentString(`
    query ReadPlanNestedPage {
  pillars(first: 1) {
    nodes {
      priorities(first: 2) {
        totalCount
        nodes {
          title
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanNestedPageQuery, ReadPlanNestedPageQueryVariables>;
export const ReadPlanActionCountDocument = new TypedDocumentString(`
    query ReadPlanActionCount($f: ActionFilter) {
  actions(first: 0, filter: $f) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadPlanActionCountQuery, ReadPlanActionCountQueryVariables>;
export const ReadPlanActionCountsDocument = new TypedDocumentString(`
    query ReadPlanActionCounts {
  pillars {
    nodes {
      id
      priorities(first: 100) {
        nodes {
          id
          objectives(first: 100) {
            nodes {
              id
              actions(first: 0) {
                totalCount
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanActionCountsQuery, ReadPlanActionCountsQueryVariables>;
export const ReadPlanReprocurementServicesDocument = new TypedDocumentString(`
    query ReadPlanReprocurementServices($f: ReprocurementFilter) {
  reprocurements(filter: $f) {
    nodes {
      service
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanReprocurementServicesQuery, ReadPlanReprocurementServicesQueryVariables>;
export const ReadPlanActionDocument = new TypedDocumentString(`
    query ReadPlanAction($id: ID!) {
  action(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadPlanActionQuery, ReadPlanActionQueryVariables>;
export const ReadPlanActionsDocument = new TypedDocumentString(`
    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {
  actions(first: $first, after: $after, filter: $f) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadPlanActionsQuery, ReadPlanActionsQueryVariables>;
export const ReadPlanPillarFilterDocument = new TypedDocumentString(`
    query ReadPlanPillarFilter {
  actions(filter: {pillarId: "xyz"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadPlanPillarFilterQuery, ReadPlanPillarFilterQueryVariables>;
export const ReadPlanNestedFirstDocument = new TypedDocumentString(`
    query ReadPlanNestedFirst {
  pillars {
    nodes {
      priorities(first: 500) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPlanNestedFirstQuery, ReadPlanNestedFirstQueryVariables>;
export const ReadPlanTwoErrorsDocument = new TypedDocumentString(`
    query ReadPlanTwoErrors {
  actions(after: "x") {
    totalCount
  }
  action(id: "y") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadPlanTwoErrorsQuery, ReadPlanTwoErrorsQueryVariables>;
export const ReadPlanCountsDocument = new TypedDocumentString(`
    query ReadPlanCounts {
  actions(first: 0) {
    totalCount
  }
  agencies(first: 0) {
    totalCount
  }
  reprocurements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ReadPlanCountsQuery, ReadPlanCountsQueryVariables>;
export const RiskCreateDocument = new TypedDocumentString(`
    mutation RiskCreate($input: CreateRiskInput!) {
  createRisk(input: $input) {
    replayed
    risk {
      ...RiskTestFields
    }
  }
}
    fragment RiskTestFields on Risk {
  id
  version
  createdAt
  updatedAt
  archivedAt
  description
  likelihood
  impact
  score
  mitigation
  status
  ownerAgency {
    id
    name
    shortName
  }
  action {
    id
  }
}`) as unknown as TypedDocumentString<RiskCreateMutation, RiskCreateMutationVariables>;
export const RiskUpdateDocument = new TypedDocumentString(`
    mutation RiskUpdate($input: UpdateRiskInput!) {
  updateRisk(input: $input) {
    replayed
    risk {
      ...RiskTestFields
    }
  }
}
    fragment RiskTestFields on Risk {
  id
  version
  createdAt
  updatedAt
  archivedAt
  description
  likelihood
  impact
  score
  mitigation
  status
  ownerAgency {
    id
    name
    shortName
  }
  action {
    id
  }
}`) as unknown as TypedDocumentString<RiskUpdateMutation, RiskUpdateMutationVariables>;
export const RiskArchiveDocument = new TypedDocumentString(`
    mutation RiskArchive($input: RecordVersionInput!) {
  archiveRisk(input: $input) {
    risk {
      id
      version
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RiskArchiveMutation, RiskArchiveMutationVariables>;
export const RiskRestoreDocument = new TypedDocumentString(`
    mutation RiskRestore($input: RecordVersionInput!) {
  restoreRisk(input: $input) {
    risk {
      id
      version
      archivedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RiskRestoreMutation, RiskRestoreMutationVariables>;
export const RiskListDocument = new TypedDocumentString(`
    query RiskList($filter: RiskFilter, $first: Int, $after: String) {
  risks(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      score
    }
  }
}
    `) as unknown as TypedDocumentString<RiskListQuery, RiskListQueryVariables>;
export const RiskOneDocument = new TypedDocumentString(`
    query RiskOne($id: ID!) {
  risk(id: $id) {
    ...RiskTestFields
  }
  node(id: $id) {
    __typename
    id
    ... on Risk {
      score
      status
      action {
        id
      }
    }
  }
}
    fragment RiskTestFields on Risk {
  id
  version
  createdAt
  updatedAt
  archivedAt
  description
  likelihood
  impact
  score
  mitigation
  status
  ownerAgency {
    id
    name
    shortName
  }
  action {
    id
  }
}`) as unknown as TypedDocumentString<RiskOneQuery, RiskOneQueryVariables>;
export const RiskActionRisksDocument = new TypedDocumentString(`
    query RiskActionRisks($id: ID!) {
  action(id: $id) {
    id
    risks {
      id
      score
    }
  }
}
    `) as unknown as TypedDocumentString<RiskActionRisksQuery, RiskActionRisksQueryVariables>;
export const RiskHistoryDocument = new TypedDocumentString(`
    query RiskHistory($id: ID!) {
  history(id: $id) {
    nodes {
      operation
      mutation
      actorName
      version
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskHistoryQuery, RiskHistoryQueryVariables>;
export const RiskScopesDocument = new TypedDocumentString(`
    query RiskScopes {
  plan {
    pillars {
      nodes {
        id
        number
        priorities(first: 100) {
          nodes {
            objectives(first: 100) {
              nodes {
                text
                agencies {
                  id
                  shortName
                }
                actions(first: 3) {
                  nodes {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskScopesQuery, RiskScopesQueryVariables>;
export const RiskCreateAgencyDocument = new TypedDocumentString(`
    mutation RiskCreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    agency {
      id
      name
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RiskCreateAgencyMutation, RiskCreateAgencyMutationVariables>;
export const RiskArchiveAgencyDocument = new TypedDocumentString(`
    mutation RiskArchiveAgency($input: RecordVersionInput!) {
  archiveAgency(input: $input) {
    agency {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RiskArchiveAgencyMutation, RiskArchiveAgencyMutationVariables>;
export const RiskActionsWithRisksDocument = new TypedDocumentString(`
    query RiskActionsWithRisks($pillarId: ID!) {
  actions(first: 100, filter: {pillarId: $pillarId}) {
    nodes {
      id
      risks {
        id
        score
        ownerAgency {
          name
        }
        action {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskActionsWithRisksQuery, RiskActionsWithRisksQueryVariables>;
export const SdkResetCountDocument = new TypedDocumentString(`
    query SdkResetCount {
  actions(filter: {agency: "RESET"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SdkResetCountQuery, SdkResetCountQueryVariables>;
export const LifecycleBadIdDocument = new TypedDocumentString(`
    query LifecycleBadId {
  action(id: "nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<LifecycleBadIdQuery, LifecycleBadIdQueryVariables>;
export const LifecycleFirstActionDocument = new TypedDocumentString(`
    query LifecycleFirstAction {
  actions(first: 1) {
    nodes {
      id
      text
    }
  }
  agencies(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LifecycleFirstActionQuery, LifecycleFirstActionQueryVariables>;
export const LifecycleIntrospectionDocument = new TypedDocumentString(`
    query LifecycleIntrospection {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LifecycleIntrospectionQuery, LifecycleIntrospectionQueryVariables>;
export const StatementsWholeTreeDocument = new TypedDocumentString(`
    query StatementsWholeTree {
  plan {
    title
    pillars {
      nodes {
        name
        priorities(first: 100) {
          totalCount
          nodes {
            title
            objectives(first: 100) {
              nodes {
                text
                agencies {
                  name
                }
                actions(first: 100) {
                  totalCount
                  nodes {
                    text
                    status
                    agencies {
                      name
                    }
                    responsibilities {
                      asWritten
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsWholeTreeQuery, StatementsWholeTreeQueryVariables>;
export const StatementsNoNestingDocument = new TypedDocumentString(`
    query StatementsNoNesting {
  actions(first: 100, filter: {agency: "RESET"}) {
    totalCount
    nodes {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsNoNestingQuery, StatementsNoNestingQueryVariables>;
export const StatementsOneLevelDocument = new TypedDocumentString(`
    query StatementsOneLevel {
  actions(first: 100, filter: {agency: "RESET"}) {
    nodes {
      text
      objective {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsOneLevelQuery, StatementsOneLevelQueryVariables>;
export const StatementsTwoLevelsDocument = new TypedDocumentString(`
    query StatementsTwoLevels {
  actions(first: 100, filter: {agency: "reset", search: "e"}) {
    nodes {
      text
      objective {
        text
        priority {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsTwoLevelsQuery, StatementsTwoLevelsQueryVariables>;
export const StatementsUnknownAgencyDocument = new TypedDocumentString(`
    query StatementsUnknownAgency {
  actions(filter: {agency: "No such agency"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<StatementsUnknownAgencyQuery, StatementsUnknownAgencyQueryVariables>;
export const StatementsRoundReadsDocument = new TypedDocumentString(`
    query StatementsRoundReads {
  chaseList(round: "2024-25Q2") {
    daysToDeadline
    agencies {
      agency {
        name
      }
      contactEmail
      actions {
        text
      }
    }
  }
  round(ref: "2024-25Q2") {
    draftSnapshot {
      overall {
        total
      }
      actions {
        ref
        agencyIds
        updates {
          rag
        }
      }
      measures {
        values {
          value
        }
      }
      contracts {
        expiryDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsRoundReadsQuery, StatementsRoundReadsQueryVariables>;
export const StatementsBoardReportDocument = new TypedDocumentString(`
    query StatementsBoardReport {
  boardReport(round: "2024-25Q2", format: MD) {
    draft
    byteLength
    changesOmitted
  }
}
    `) as unknown as TypedDocumentString<StatementsBoardReportQuery, StatementsBoardReportQueryVariables>;
export const TimeBudgetWholeTreeDocument = new TypedDocumentString(`
    query TimeBudgetWholeTree {
  plans {
    nodes {
      pillars {
        nodes {
          priorities {
            nodes {
              objectives {
                nodes {
                  text
                  agencies {
                    name
                  }
                  actions {
                    nodes {
                      text
                      status
                      agencies {
                        name
                      }
                      responsibilities {
                        asWritten
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimeBudgetWholeTreeQuery, TimeBudgetWholeTreeQueryVariables>;
export const ValidationFixturesDocument = new TypedDocumentString(`
    query ValidationFixtures {
  actions(first: 1) {
    nodes {
      id
    }
  }
  outcomeMeasures(first: 100) {
    nodes {
      id
      unit
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationFixturesQuery, ValidationFixturesQueryVariables>;
export const ValidationActionDocument = new TypedDocumentString(`
    query ValidationAction($id: ID!) {
  action(id: $id) {
    version
    durationMonths
    dueDate
  }
}
    `) as unknown as TypedDocumentString<ValidationActionQuery, ValidationActionQueryVariables>;
export const ValidationUpdateActionDocument = new TypedDocumentString(`
    mutation ValidationUpdateAction($input: UpdateActionInput!) {
  updateAction(input: $input) {
    action {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationUpdateActionMutation, ValidationUpdateActionMutationVariables>;
export const ValidationCreateAgencyDocument = new TypedDocumentString(`
    mutation ValidationCreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    agency {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateAgencyMutation, ValidationCreateAgencyMutationVariables>;
export const ValidationRecordValueDocument = new TypedDocumentString(`
    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {
  recordMeasureValue(input: $input) {
    measureValue {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationRecordValueMutation, ValidationRecordValueMutationVariables>;
export const ValidationCreateHelpServiceDocument = new TypedDocumentString(`
    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {
  createHelpService(input: $input) {
    helpService {
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateHelpServiceMutation, ValidationCreateHelpServiceMutationVariables>;
export const ValidationCreateReprocurementDocument = new TypedDocumentString(`
    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {
  createReprocurement(input: $input) {
    reprocurement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationCreateReprocurementMutation, ValidationCreateReprocurementMutationVariables>;
export const ValidationObjectiveDocument = new TypedDocumentString(`
    query ValidationObjective {
  objectives(first: 1) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationObjectiveQuery, ValidationObjectiveQueryVariables>;
export const ValidationEmptySearchDocument = new TypedDocumentString(`
    query ValidationEmptySearch {
  actions(filter: {search: ""}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ValidationEmptySearchQuery, ValidationEmptySearchQueryVariables>;
export const ValidationLongQuarterDocument = new TypedDocumentString(`
    query ValidationLongQuarter {
  progressReport(quarter: "2024-25 Q1 and then some more text") {
    quarter
  }
}
    `) as unknown as TypedDocumentString<ValidationLongQuarterQuery, ValidationLongQuarterQueryVariables>;
export const ValidationVersionTypesDocument = new TypedDocumentString(`
    query ValidationVersionTypes {
  __schema {
    types {
      name
      kind
      fields {
        name
        type {
          kind
          ofType {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ValidationVersionTypesQuery, ValidationVersionTypesQueryVariables>;
export const DurabilityUpdateActionDocument = new TypedDocumentString(`
    mutation DurabilityUpdateAction($input: UpdateActionInput!) {
  updateAction(input: $input) {
    action {
      id
      version
      text
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<DurabilityUpdateActionMutation, DurabilityUpdateActionMutationVariables>;
export const DurabilityCreateActionDocument = new TypedDocumentString(`
    mutation DurabilityCreateAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      id
      version
      text
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityCreateActionMutation, DurabilityCreateActionMutationVariables>;
export const DurabilityFirstActionDocument = new TypedDocumentString(`
    query DurabilityFirstAction($after: String) {
  actions(first: 1, after: $after) {
    nodes {
      id
      version
      objective {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityFirstActionQuery, DurabilityFirstActionQueryVariables>;
export const DurabilityActionCountDocument = new TypedDocumentString(`
    query DurabilityActionCount {
  actions(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DurabilityActionCountQuery, DurabilityActionCountQueryVariables>;
export const DurabilityActionAndHistoryDocument = new TypedDocumentString(`
    query DurabilityActionAndHistory($id: ID!) {
  action(id: $id) {
    text
    version
  }
  history(id: $id) {
    totalCount
    nodes {
      operation
      version
      changes {
        field
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityActionAndHistoryQuery, DurabilityActionAndHistoryQueryVariables>;
export const DurabilityArchiveActionDocument = new TypedDocumentString(`
    mutation DurabilityArchiveAction($input: RecordVersionInput!) {
  archiveAction(input: $input) {
    action {
      id
      archivedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityArchiveActionMutation, DurabilityArchiveActionMutationVariables>;
export const DurabilityRestoreActionDocument = new TypedDocumentString(`
    mutation DurabilityRestoreAction($input: RecordVersionInput!) {
  restoreAction(input: $input) {
    action {
      archivedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityRestoreActionMutation, DurabilityRestoreActionMutationVariables>;
export const DurabilityArchivedActionDocument = new TypedDocumentString(`
    query DurabilityArchivedAction($id: ID!) {
  action(id: $id) {
    text
    archivedAt
  }
  history(id: $id) {
    nodes {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityArchivedActionQuery, DurabilityArchivedActionQueryVariables>;
export const DurabilityCreateActionFullDocument = new TypedDocumentString(`
    mutation DurabilityCreateActionFull($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      id
      text
      position
      dueDate
      status
      objective {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityCreateActionFullMutation, DurabilityCreateActionFullMutationVariables>;
export const DurabilityCreatedHistoryDocument = new TypedDocumentString(`
    query DurabilityCreatedHistory($id: ID!) {
  history(id: $id) {
    nodes {
      operation
      changes {
        field
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityCreatedHistoryQuery, DurabilityCreatedHistoryQueryVariables>;
export const DurabilitySnapshotDocument = new TypedDocumentString(`
    query DurabilitySnapshot($id: ID!) {
  action(id: $id) {
    text
    version
    status
    dueDate
  }
  changes(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DurabilitySnapshotQuery, DurabilitySnapshotQueryVariables>;
export const DurabilityTextsDocument = new TypedDocumentString(`
    query DurabilityTexts($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Action {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityTextsQuery, DurabilityTextsQueryVariables>;