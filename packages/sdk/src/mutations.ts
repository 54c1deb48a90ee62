// One method per root mutation. Each takes the mutation's `input` and returns its payload (the
// record as it is after the change, and `replayed` for a retried idempotency key). Writes need an
// API key whose role allows them: the server answers UNAUTHENTICATED, FORBIDDEN or, for a stale
// expectedVersion, CONFLICT.
import {
  AddActionAgencyDocument,
  AddObjectiveAgencyDocument,
  ArchiveActionDocument,
  ArchiveAgencyDocument,
  ArchiveHelpServiceDocument,
  ArchiveObjectiveDocument,
  ArchiveOutcomeMeasureDocument,
  ArchivePriorityDocument,
  ArchiveReprocurementDocument,
  CreateActionDocument,
  CreateAgencyDocument,
  CreateApiKeyDocument,
  CreateHelpServiceDocument,
  CreateObjectiveDocument,
  CreateOutcomeMeasureDocument,
  CreatePriorityDocument,
  CreateReprocurementDocument,
  MergeAgenciesDocument,
  RecordMeasureValueDocument,
  RecordProgressDocument,
  RemoveActionAgencyDocument,
  RemoveObjectiveAgencyDocument,
  RestoreActionDocument,
  RestoreAgencyDocument,
  RestoreHelpServiceDocument,
  RestoreObjectiveDocument,
  RestoreOutcomeMeasureDocument,
  RestorePriorityDocument,
  RestoreReprocurementDocument,
  RevokeApiKeyDocument,
  RotateApiKeyDocument,
  SetReprocurementStatusDocument,
  UpdateActionDocument,
  UpdateAgencyDocument,
  UpdateHelpServiceDocument,
  UpdateObjectiveDocument,
  UpdateOutcomeMeasureDocument,
  UpdatePriorityDocument,
  UpdateReprocurementDocument,
  type AddActionAgencyInput,
  type AddActionAgencyMutation,
  type AddObjectiveAgencyInput,
  type AddObjectiveAgencyMutation,
  type ApiKeyIdInput,
  type ArchiveActionMutation,
  type ArchiveAgencyMutation,
  type ArchiveHelpServiceMutation,
  type ArchiveObjectiveMutation,
  type ArchiveOutcomeMeasureMutation,
  type ArchivePriorityMutation,
  type ArchiveReprocurementMutation,
  type CreateActionInput,
  type CreateActionMutation,
  type CreateAgencyInput,
  type CreateAgencyMutation,
  type CreateApiKeyInput,
  type CreateApiKeyMutation,
  type CreateHelpServiceInput,
  type CreateHelpServiceMutation,
  type CreateObjectiveInput,
  type CreateObjectiveMutation,
  type CreateOutcomeMeasureInput,
  type CreateOutcomeMeasureMutation,
  type CreatePriorityInput,
  type CreatePriorityMutation,
  type CreateReprocurementInput,
  type CreateReprocurementMutation,
  type MergeAgenciesInput,
  type MergeAgenciesMutation,
  type RecordMeasureValueInput,
  type RecordMeasureValueMutation,
  type RecordProgressInput,
  type RecordProgressMutation,
  type RecordVersionInput,
  type RemoveActionAgencyInput,
  type RemoveActionAgencyMutation,
  type RemoveObjectiveAgencyInput,
  type RemoveObjectiveAgencyMutation,
  type RestoreActionMutation,
  type RestoreAgencyMutation,
  type RestoreHelpServiceMutation,
  type RestoreObjectiveMutation,
  type RestoreOutcomeMeasureMutation,
  type RestorePriorityMutation,
  type RestoreReprocurementMutation,
  type RevokeApiKeyMutation,
  type RotateApiKeyInput,
  type RotateApiKeyMutation,
  type SetReprocurementStatusInput,
  type SetReprocurementStatusMutation,
  type UpdateActionInput,
  type UpdateActionMutation,
  type UpdateAgencyInput,
  type UpdateAgencyMutation,
  type UpdateHelpServiceInput,
  type UpdateHelpServiceMutation,
  type UpdateObjectiveInput,
  type UpdateObjectiveMutation,
  type UpdateOutcomeMeasureInput,
  type UpdateOutcomeMeasureMutation,
  type UpdatePriorityInput,
  type UpdatePriorityMutation,
  type UpdateReprocurementInput,
  type UpdateReprocurementMutation,
} from './generated/graphql.js';
import type { RequestFunction, TypedDocument } from './transport.js';

export interface CdpMutations {
  createAction(input: CreateActionInput): Promise<CreateActionMutation['createAction']>;
  updateAction(input: UpdateActionInput): Promise<UpdateActionMutation['updateAction']>;
  archiveAction(input: RecordVersionInput): Promise<ArchiveActionMutation['archiveAction']>;
  restoreAction(input: RecordVersionInput): Promise<RestoreActionMutation['restoreAction']>;
  addActionAgency(input: AddActionAgencyInput): Promise<AddActionAgencyMutation['addActionAgency']>;
  removeActionAgency(input: RemoveActionAgencyInput): Promise<RemoveActionAgencyMutation['removeActionAgency']>;
  /** A quarterly progress update on an action; the action takes its status when it is the latest. */
  recordProgress(input: RecordProgressInput): Promise<RecordProgressMutation['recordProgress']>;

  createObjective(input: CreateObjectiveInput): Promise<CreateObjectiveMutation['createObjective']>;
  updateObjective(input: UpdateObjectiveInput): Promise<UpdateObjectiveMutation['updateObjective']>;
  archiveObjective(input: RecordVersionInput): Promise<ArchiveObjectiveMutation['archiveObjective']>;
  restoreObjective(input: RecordVersionInput): Promise<RestoreObjectiveMutation['restoreObjective']>;
  addObjectiveAgency(input: AddObjectiveAgencyInput): Promise<AddObjectiveAgencyMutation['addObjectiveAgency']>;
  removeObjectiveAgency(input: RemoveObjectiveAgencyInput): Promise<RemoveObjectiveAgencyMutation['removeObjectiveAgency']>;

  createPriority(input: CreatePriorityInput): Promise<CreatePriorityMutation['createPriority']>;
  updatePriority(input: UpdatePriorityInput): Promise<UpdatePriorityMutation['updatePriority']>;
  archivePriority(input: RecordVersionInput): Promise<ArchivePriorityMutation['archivePriority']>;
  restorePriority(input: RecordVersionInput): Promise<RestorePriorityMutation['restorePriority']>;

  createAgency(input: CreateAgencyInput): Promise<CreateAgencyMutation['createAgency']>;
  updateAgency(input: UpdateAgencyInput): Promise<UpdateAgencyMutation['updateAgency']>;
  archiveAgency(input: RecordVersionInput): Promise<ArchiveAgencyMutation['archiveAgency']>;
  restoreAgency(input: RecordVersionInput): Promise<RestoreAgencyMutation['restoreAgency']>;
  /** Merges input.sourceId into input.targetId and returns the target. */
  mergeAgencies(input: MergeAgenciesInput): Promise<MergeAgenciesMutation['mergeAgencies']>;

  createOutcomeMeasure(input: CreateOutcomeMeasureInput): Promise<CreateOutcomeMeasureMutation['createOutcomeMeasure']>;
  updateOutcomeMeasure(input: UpdateOutcomeMeasureInput): Promise<UpdateOutcomeMeasureMutation['updateOutcomeMeasure']>;
  archiveOutcomeMeasure(input: RecordVersionInput): Promise<ArchiveOutcomeMeasureMutation['archiveOutcomeMeasure']>;
  restoreOutcomeMeasure(input: RecordVersionInput): Promise<RestoreOutcomeMeasureMutation['restoreOutcomeMeasure']>;
  recordMeasureValue(input: RecordMeasureValueInput): Promise<RecordMeasureValueMutation['recordMeasureValue']>;

  /** daysUntilExpiry and overdue in the result are as of today. */
  createReprocurement(input: CreateReprocurementInput): Promise<CreateReprocurementMutation['createReprocurement']>;
  updateReprocurement(input: UpdateReprocurementInput): Promise<UpdateReprocurementMutation['updateReprocurement']>;
  /** Moves a contract on (IN_PROGRESS, AWARDED, EXTENDED with a new expiryDate, CANCELLED). */
  setReprocurementStatus(input: SetReprocurementStatusInput): Promise<SetReprocurementStatusMutation['setReprocurementStatus']>;
  archiveReprocurement(input: RecordVersionInput): Promise<ArchiveReprocurementMutation['archiveReprocurement']>;
  restoreReprocurement(input: RecordVersionInput): Promise<RestoreReprocurementMutation['restoreReprocurement']>;

  createHelpService(input: CreateHelpServiceInput): Promise<CreateHelpServiceMutation['createHelpService']>;
  updateHelpService(input: UpdateHelpServiceInput): Promise<UpdateHelpServiceMutation['updateHelpService']>;
  archiveHelpService(input: RecordVersionInput): Promise<ArchiveHelpServiceMutation['archiveHelpService']>;
  restoreHelpService(input: RecordVersionInput): Promise<RestoreHelpServiceMutation['restoreHelpService']>;

  /** Returns the new key's `secret` this once. */
  createApiKey(input: CreateApiKeyInput): Promise<CreateApiKeyMutation['createApiKey']>;
  /** A new key for the same principal, role and scope; returns its `secret` this once. */
  rotateApiKey(input: RotateApiKeyInput): Promise<RotateApiKeyMutation['rotateApiKey']>;
  revokeApiKey(input: ApiKeyIdInput): Promise<RevokeApiKeyMutation['revokeApiKey']>;
}

export function createMutations(request: RequestFunction): CdpMutations {
  /** A method that sends `{ input }` with the document and returns the mutation's field. */
  function mutation<TResult, TInput, K extends keyof TResult>(document: TypedDocument<TResult, { input: TInput }>, field: K) {
    return async (input: TInput): Promise<TResult[K]> => (await request(document, { input }))[field];
  }

  return {
    createAction: mutation(CreateActionDocument, 'createAction'),
    updateAction: mutation(UpdateActionDocument, 'updateAction'),
    archiveAction: mutation(ArchiveActionDocument, 'archiveAction'),
    restoreAction: mutation(RestoreActionDocument, 'restoreAction'),
    addActionAgency: mutation(AddActionAgencyDocument, 'addActionAgency'),
    removeActionAgency: mutation(RemoveActionAgencyDocument, 'removeActionAgency'),
    recordProgress: mutation(RecordProgressDocument, 'recordProgress'),

    createObjective: mutation(CreateObjectiveDocument, 'createObjective'),
    updateObjective: mutation(UpdateObjectiveDocument, 'updateObjective'),
    archiveObjective: mutation(ArchiveObjectiveDocument, 'archiveObjective'),
    restoreObjective: mutation(RestoreObjectiveDocument, 'restoreObjective'),
    addObjectiveAgency: mutation(AddObjectiveAgencyDocument, 'addObjectiveAgency'),
    removeObjectiveAgency: mutation(RemoveObjectiveAgencyDocument, 'removeObjectiveAgency'),

    createPriority: mutation(CreatePriorityDocument, 'createPriority'),
    updatePriority: mutation(UpdatePriorityDocument, 'updatePriority'),
    archivePriority: mutation(ArchivePriorityDocument, 'archivePriority'),
    restorePriority: mutation(RestorePriorityDocument, 'restorePriority'),

    createAgency: mutation(CreateAgencyDocument, 'createAgency'),
    updateAgency: mutation(UpdateAgencyDocument, 'updateAgency'),
    archiveAgency: mutation(ArchiveAgencyDocument, 'archiveAgency'),
    restoreAgency: mutation(RestoreAgencyDocument, 'restoreAgency'),
    mergeAgencies: mutation(MergeAgenciesDocument, 'mergeAgencies'),

    createOutcomeMeasure: mutation(CreateOutcomeMeasureDocument, 'createOutcomeMeasure'),
    updateOutcomeMeasure: mutation(UpdateOutcomeMeasureDocument, 'updateOutcomeMeasure'),
    archiveOutcomeMeasure: mutation(ArchiveOutcomeMeasureDocument, 'archiveOutcomeMeasure'),
    restoreOutcomeMeasure: mutation(RestoreOutcomeMeasureDocument, 'restoreOutcomeMeasure'),
    recordMeasureValue: mutation(RecordMeasureValueDocument, 'recordMeasureValue'),

    createReprocurement: mutation(CreateReprocurementDocument, 'createReprocurement'),
    updateReprocurement: mutation(UpdateReprocurementDocument, 'updateReprocurement'),
    setReprocurementStatus: mutation(SetReprocurementStatusDocument, 'setReprocurementStatus'),
    archiveReprocurement: mutation(ArchiveReprocurementDocument, 'archiveReprocurement'),
    restoreReprocurement: mutation(RestoreReprocurementDocument, 'restoreReprocurement'),

    createHelpService: mutation(CreateHelpServiceDocument, 'createHelpService'),
    updateHelpService: mutation(UpdateHelpServiceDocument, 'updateHelpService'),
    archiveHelpService: mutation(ArchiveHelpServiceDocument, 'archiveHelpService'),
    restoreHelpService: mutation(RestoreHelpServiceDocument, 'restoreHelpService'),

    createApiKey: mutation(CreateApiKeyDocument, 'createApiKey'),
    rotateApiKey: mutation(RotateApiKeyDocument, 'rotateApiKey'),
    revokeApiKey: mutation(RevokeApiKeyDocument, 'revokeApiKey'),
  };
}
