/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Delivery status of an action. */
export type ActionStatus =
  | 'AT_RISK'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NOT_STARTED'
  | 'OFF_TRACK'
  | 'ON_TRACK';

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

/** Archive or restore a record: its ID and the version you last read. */
export type RecordVersionInput = {
  /** The version you last read; a record changed since then is a CONFLICT and nothing is written. */
  expectedVersion: number;
  id: string | number;
  /** Send the same key to retry safely: the same key with the same input returns the first result and writes once; with another input it is a CONFLICT. Keys are per caller. */
  idempotencyKey?: string | null | undefined;
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
  position?: number | null | undefined;
  status?: ActionStatus | null | undefined;
  target?: string | null | undefined;
  text?: string | null | undefined;
};

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