// One method per root mutation. Each takes the mutation's `input`, then optionally the call's
// options (signal, headers), and returns its payload (the record as it is after the change, and
// `replayed` for a retried idempotency key). Writes need an
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
import type { CallOptions, RequestFunction, TypedDocument } from './transport.js';
import { UnknownError } from './errors.js';

export interface CdpMutations {
  createAction(input: CreateActionInput, options?: CallOptions): Promise<NonNullable<CreateActionMutation['createAction']>>;
  updateAction(input: UpdateActionInput, options?: CallOptions): Promise<NonNullable<UpdateActionMutation['updateAction']>>;
  archiveAction(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchiveActionMutation['archiveAction']>>;
  restoreAction(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestoreActionMutation['restoreAction']>>;
  addActionAgency(input: AddActionAgencyInput, options?: CallOptions): Promise<NonNullable<AddActionAgencyMutation['addActionAgency']>>;
  removeActionAgency(input: RemoveActionAgencyInput, options?: CallOptions): Promise<NonNullable<RemoveActionAgencyMutation['removeActionAgency']>>;
  /** A quarterly progress update on an action; the action takes its status when it is the latest. */
  recordProgress(input: RecordProgressInput, options?: CallOptions): Promise<NonNullable<RecordProgressMutation['recordProgress']>>;

  createObjective(input: CreateObjectiveInput, options?: CallOptions): Promise<NonNullable<CreateObjectiveMutation['createObjective']>>;
  updateObjective(input: UpdateObjectiveInput, options?: CallOptions): Promise<NonNullable<UpdateObjectiveMutation['updateObjective']>>;
  archiveObjective(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchiveObjectiveMutation['archiveObjective']>>;
  restoreObjective(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestoreObjectiveMutation['restoreObjective']>>;
  addObjectiveAgency(input: AddObjectiveAgencyInput, options?: CallOptions): Promise<NonNullable<AddObjectiveAgencyMutation['addObjectiveAgency']>>;
  removeObjectiveAgency(input: RemoveObjectiveAgencyInput, options?: CallOptions): Promise<NonNullable<RemoveObjectiveAgencyMutation['removeObjectiveAgency']>>;

  createPriority(input: CreatePriorityInput, options?: CallOptions): Promise<NonNullable<CreatePriorityMutation['createPriority']>>;
  updatePriority(input: UpdatePriorityInput, options?: CallOptions): Promise<NonNullable<UpdatePriorityMutation['updatePriority']>>;
  archivePriority(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchivePriorityMutation['archivePriority']>>;
  restorePriority(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestorePriorityMutation['restorePriority']>>;

  createAgency(input: CreateAgencyInput, options?: CallOptions): Promise<NonNullable<CreateAgencyMutation['createAgency']>>;
  updateAgency(input: UpdateAgencyInput, options?: CallOptions): Promise<NonNullable<UpdateAgencyMutation['updateAgency']>>;
  archiveAgency(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchiveAgencyMutation['archiveAgency']>>;
  restoreAgency(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestoreAgencyMutation['restoreAgency']>>;
  /** Merges input.sourceId into input.targetId and returns the target. */
  mergeAgencies(input: MergeAgenciesInput, options?: CallOptions): Promise<NonNullable<MergeAgenciesMutation['mergeAgencies']>>;

  createOutcomeMeasure(input: CreateOutcomeMeasureInput, options?: CallOptions): Promise<NonNullable<CreateOutcomeMeasureMutation['createOutcomeMeasure']>>;
  updateOutcomeMeasure(input: UpdateOutcomeMeasureInput, options?: CallOptions): Promise<NonNullable<UpdateOutcomeMeasureMutation['updateOutcomeMeasure']>>;
  archiveOutcomeMeasure(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchiveOutcomeMeasureMutation['archiveOutcomeMeasure']>>;
  restoreOutcomeMeasure(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestoreOutcomeMeasureMutation['restoreOutcomeMeasure']>>;
  recordMeasureValue(input: RecordMeasureValueInput, options?: CallOptions): Promise<NonNullable<RecordMeasureValueMutation['recordMeasureValue']>>;

  /** daysUntilExpiry and overdue in the result are as of today. */
  createReprocurement(input: CreateReprocurementInput, options?: CallOptions): Promise<NonNullable<CreateReprocurementMutation['createReprocurement']>>;
  updateReprocurement(input: UpdateReprocurementInput, options?: CallOptions): Promise<NonNullable<UpdateReprocurementMutation['updateReprocurement']>>;
  /** Moves a contract on (IN_PROGRESS, AWARDED, EXTENDED with a new expiryDate, CANCELLED). */
  setReprocurementStatus(input: SetReprocurementStatusInput, options?: CallOptions): Promise<NonNullable<SetReprocurementStatusMutation['setReprocurementStatus']>>;
  archiveReprocurement(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchiveReprocurementMutation['archiveReprocurement']>>;
  restoreReprocurement(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestoreReprocurementMutation['restoreReprocurement']>>;

  createHelpService(input: CreateHelpServiceInput, options?: CallOptions): Promise<NonNullable<CreateHelpServiceMutation['createHelpService']>>;
  updateHelpService(input: UpdateHelpServiceInput, options?: CallOptions): Promise<NonNullable<UpdateHelpServiceMutation['updateHelpService']>>;
  archiveHelpService(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<ArchiveHelpServiceMutation['archiveHelpService']>>;
  restoreHelpService(input: RecordVersionInput, options?: CallOptions): Promise<NonNullable<RestoreHelpServiceMutation['restoreHelpService']>>;

  /** Returns the new key's `secret` this once. */
  createApiKey(input: CreateApiKeyInput, options?: CallOptions): Promise<NonNullable<CreateApiKeyMutation['createApiKey']>>;
  /** A new key for the same principal, role and scope; returns its `secret` this once. */
  rotateApiKey(input: RotateApiKeyInput, options?: CallOptions): Promise<NonNullable<RotateApiKeyMutation['rotateApiKey']>>;
  revokeApiKey(input: ApiKeyIdInput, options?: CallOptions): Promise<NonNullable<RevokeApiKeyMutation['revokeApiKey']>>;
}

export function createMutations(request: RequestFunction): CdpMutations {
  /** A method that sends `{ input }` with the document and returns the mutation's field. */
  /**
   * Mutation payloads are nullable in the schema (so that each alias of a document runs on its
   * own); a call that returned no error has its payload, which is what this returns.
   */
  function mutation<TResult, TInput, K extends keyof TResult>(document: TypedDocument<TResult, { input: TInput }>, field: K) {
    return async (input: TInput, options?: CallOptions): Promise<NonNullable<TResult[K]>> => {
      const payload = (await request(document, { input }, options))[field];
      if (payload === null || payload === undefined) throw new UnknownError(`${String(field)} returned no payload and no error.`, { code: 'UNKNOWN' });
      return payload as NonNullable<TResult[K]>;
    };
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
