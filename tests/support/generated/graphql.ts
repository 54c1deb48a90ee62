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

/** What kind of body an agency is: an organisation, a council service, a partnership group or a role. */
export type AgencyKind =
  | 'COUNCIL_SERVICE'
  | 'ORGANISATION'
  | 'PARTNERSHIP_GROUP'
  | 'ROLE';

export type AuditOperation =
  | 'ARCHIVE'
  | 'CREATE'
  /** A write refused to an API key (its role or scope): entityType "Denied"; its changes are code (FORBIDDEN), reason (ROLE or SCOPE), message, inputBytes and inputSha256 (SHA-256 of the input as JSON), never the input's values. Refusals without a valid key (no key, or an unknown, revoked or expired one) are counted per hour, not listed. */
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

/** Red, amber or green: the delivery rating a board report uses. */
export type Rag =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** A quarterly progress update on an action. Updates form a series: each one is kept, the latest is the action's current state. */
export type RecordProgressInput = {
  actionId: string | number;
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
  position?: number | null | undefined;
  status?: ActionStatus | null | undefined;
  target?: string | null | undefined;
  text?: string | null | undefined;
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
    | { __typename: 'Reprocurement', id: string }
    | { __typename: 'Risk', score: number, status: RiskStatus, id: string, action: { id: string } }
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