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
import { UnknownError } from './errors.js';

export interface CdpMutations {
  createAction(input: CreateActionInput): Promise<NonNullable<CreateActionMutation['createAction']>>;
  updateAction(input: UpdateActionInput): Promise<NonNullable<UpdateActionMutation['updateAction']>>;
  archiveAction(input: RecordVersionInput): Promise<NonNullable<ArchiveActionMutation['archiveAction']>>;
  restoreAction(input: RecordVersionInput): Promise<NonNullable<RestoreActionMutation['restoreAction']>>;
  addActionAgency(input: AddActionAgencyInput): Promise<NonNullable<AddActionAgencyMutation['addActionAgency']>>;
  removeActionAgency(input: RemoveActionAgencyInput): Promise<NonNullable<RemoveActionAgencyMutation['removeActionAgency']>>;
  /** A quarterly progress update on an action; the action takes its status when it is the latest. */
  recordProgress(input: RecordProgressInput): Promise<NonNullable<RecordProgressMutation['recordProgress']>>;

  createObjective(input: CreateObjectiveInput): Promise<NonNullable<CreateObjectiveMutation['createObjective']>>;
  updateObjective(input: UpdateObjectiveInput): Promise<NonNullable<UpdateObjectiveMutation['updateObjective']>>;
  archiveObjective(input: RecordVersionInput): Promise<NonNullable<ArchiveObjectiveMutation['archiveObjective']>>;
  restoreObjective(input: RecordVersionInput): Promise<NonNullable<RestoreObjectiveMutation['restoreObjective']>>;
  addObjectiveAgency(input: AddObjectiveAgencyInput): Promise<NonNullable<AddObjectiveAgencyMutation['addObjectiveAgency']>>;
  removeObjectiveAgency(input: RemoveObjectiveAgencyInput): Promise<NonNullable<RemoveObjectiveAgencyMutation['removeObjectiveAgency']>>;

  createPriority(input: CreatePriorityInput): Promise<NonNullable<CreatePriorityMutation['createPriority']>>;
  updatePriority(input: UpdatePriorityInput): Promise<NonNullable<UpdatePriorityMutation['updatePriority']>>;
  archivePriority(input: RecordVersionInput): Promise<NonNullable<ArchivePriorityMutation['archivePriority']>>;
  restorePriority(input: RecordVersionInput): Promise<NonNullable<RestorePriorityMutation['restorePriority']>>;

  createAgency(input: CreateAgencyInput): Promise<NonNullable<CreateAgencyMutation['createAgency']>>;
  updateAgency(input: UpdateAgencyInput): Promise<NonNullable<UpdateAgencyMutation['updateAgency']>>;
  archiveAgency(input: RecordVersionInput): Promise<NonNullable<ArchiveAgencyMutation['archiveAgency']>>;
  restoreAgency(input: RecordVersionInput): Promise<NonNullable<RestoreAgencyMutation['restoreAgency']>>;
  /** Merges input.sourceId into input.targetId and returns the target. */
  mergeAgencies(input: MergeAgenciesInput): Promise<NonNullable<MergeAgenciesMutation['mergeAgencies']>>;

  createOutcomeMeasure(input: CreateOutcomeMeasureInput): Promise<NonNullable<CreateOutcomeMeasureMutation['createOutcomeMeasure']>>;
  updateOutcomeMeasure(input: UpdateOutcomeMeasureInput): Promise<NonNullable<UpdateOutcomeMeasureMutation['updateOutcomeMeasure']>>;
  archiveOutcomeMeasure(input: RecordVersionInput): Promise<NonNullable<ArchiveOutcomeMeasureMutation['archiveOutcomeMeasure']>>;
  restoreOutcomeMeasure(input: RecordVersionInput): Promise<NonNullable<RestoreOutcomeMeasureMutation['restoreOutcomeMeasure']>>;
  recordMeasureValue(input: RecordMeasureValueInput): Promise<NonNullable<RecordMeasureValueMutation['recordMeasureValue']>>;

  /** daysUntilExpiry and overdue in the result are as of today. */
  createReprocurement(input: CreateReprocurementInput): Promise<NonNullable<CreateReprocurementMutation['createReprocurement']>>;
  updateReprocurement(input: UpdateReprocurementInput): Promise<NonNullable<UpdateReprocurementMutation['updateReprocurement']>>;
  /** Moves a contract on (IN_PROGRESS, AWARDED, EXTENDED with a new expiryDate, CANCELLED). */
  setReprocurementStatus(input: SetReprocurementStatusInput): Promise<NonNullable<SetReprocurementStatusMutation['setReprocurementStatus']>>;
  archiveReprocurement(input: RecordVersionInput): Promise<NonNullable<ArchiveReprocurementMutation['archiveReprocurement']>>;
  restoreReprocurement(input: RecordVersionInput): Promise<NonNullable<RestoreReprocurementMutation['restoreReprocurement']>>;

  createHelpService(input: CreateHelpServiceInput): Promise<NonNullable<CreateHelpServiceMutation['createHelpService']>>;
  updateHelpService(input: UpdateHelpServiceInput): Promise<NonNullable<UpdateHelpServiceMutation['updateHelpService']>>;
  archiveHelpService(input: RecordVersionInput): Promise<NonNullable<ArchiveHelpServiceMutation['archiveHelpService']>>;
  restoreHelpService(input: RecordVersionInput): Promise<NonNullable<RestoreHelpServiceMutation['restoreHelpService']>>;

  /** Returns the new key's `secret` this once. */
  createApiKey(input: CreateApiKeyInput): Promise<NonNullable<CreateApiKeyMutation['createApiKey']>>;
  /** A new key for the same principal, role and scope; returns its `secret` this once. */
  rotateApiKey(input: RotateApiKeyInput): Promise<NonNullable<RotateApiKeyMutation['rotateApiKey']>>;
  revokeApiKey(input: ApiKeyIdInput): Promise<NonNullable<RevokeApiKeyMutation['revokeApiKey']>>;
}

export function createMutations(request: RequestFunction): CdpMutations {
  /** A method that sends `{ input }` with the document and returns the mutation's field. */
  /**
   * Mutation payloads are nullable in the schema (so that each alias of a document runs on its
   * own); a call that returned no error has its payload, which is what this returns.
   */
  function mutation<TResult, TInput, K extends keyof TResult>(document: TypedDocument<TResult, { input: TInput }>, field: K) {
    return async (input: TInput): Promise<NonNullable<TResult[K]>> => {
      const payload = (await request(document, { input }))[field];
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
