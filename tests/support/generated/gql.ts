/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n      query ExamplesResetProgress {\n        actions(filter: { agency: \"RESET\" }, first: 1) {\n          nodes {\n            text\n            status\n            progress {\n              quarterLabel\n              rag\n              reportedBy\n            }\n          }\n        }\n      }\n    ": typeof types.ExamplesResetProgressDocument,
    "\n      query ExamplesResetActions {\n        agency(name: \"RESET\") {\n          name\n        }\n        actions(filter: { agency: \"RESET\" }, first: 100) {\n          totalCount\n          nodes {\n            text\n            priority {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ExamplesResetActionsDocument,
    "\n      query ExamplesFirstPage {\n        actions(first: 100) {\n          nodes {\n            id\n            text\n            objective {\n              text\n            }\n            agencies {\n              name\n            }\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    ": typeof types.ExamplesFirstPageDocument,
    "\n  query CachingActionText {\n    actions(first: 1) {\n      nodes {\n        id\n        version\n        text\n      }\n    }\n  }\n": typeof types.CachingActionTextDocument,
    "\n  mutation CachingUpdateReplayed($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      replayed\n    }\n  }\n": typeof types.CachingUpdateReplayedDocument,
    "\n  mutation CachingUpdateText($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        text\n      }\n    }\n  }\n": typeof types.CachingUpdateTextDocument,
    "\n  query CachingApiKeys {\n    apiKeys {\n      name\n    }\n  }\n": typeof types.CachingApiKeysDocument,
    "\n  query CachingAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.CachingAuditSizeDocument,
    "\n  query MultiInstanceActions($after: String) {\n    actions(first: 100, after: $after) {\n      nodes {\n        id\n        version\n        text\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MultiInstanceActionsDocument,
    "\n  query MultiInstanceAction($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      text\n    }\n  }\n": typeof types.MultiInstanceActionDocument,
    "\n  query MultiInstanceActionHistory($id: ID!) {\n    action(id: $id) {\n      version\n      text\n    }\n    history(id: $id) {\n      totalCount\n    }\n  }\n": typeof types.MultiInstanceActionHistoryDocument,
    "\n  mutation MultiInstanceUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n    }\n  }\n": typeof types.MultiInstanceUpdateActionDocument,
    "\n  mutation MultiInstanceRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progressUpdate {\n        id\n        commentary\n      }\n    }\n  }\n": typeof types.MultiInstanceRecordProgressDocument,
    "\n  mutation MultiInstanceRevokeKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.MultiInstanceRevokeKeyDocument,
    "\n  mutation MultiInstanceCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n": typeof types.MultiInstanceCreateKeyDocument,
    "\n  query MultiInstancePlanTitle {\n    plan {\n      title\n    }\n  }\n": typeof types.MultiInstancePlanTitleDocument,
    "\n  query MutationsHistory($id: ID!) {\n    history(id: $id) {\n      nodes {\n        operation\n        mutation\n        actorName\n        version\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.MutationsHistoryDocument,
    "\n  query MutationsAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsAuditSizeDocument,
    "\n  query MutationsSeeded {\n    pillars(first: 1) {\n      nodes {\n        id\n      }\n    }\n    priorities(first: 1) {\n      nodes {\n        id\n      }\n    }\n    objectives(first: 3) {\n      nodes {\n        id\n      }\n    }\n    actions(first: 1) {\n      nodes {\n        id\n      }\n    }\n    nationalOutcomes(first: 1) {\n      nodes {\n        id\n      }\n    }\n    outcomeMeasures(first: 100) {\n      nodes {\n        id\n        unit\n      }\n    }\n  }\n": typeof types.MutationsSeededDocument,
    "\n  fragment MutationsPriority on Priority {\n    id\n    version\n    title\n    strategyName\n    strategyNarrative\n    position\n    archivedAt\n    pillar {\n      id\n    }\n  }\n": typeof types.MutationsPriorityFragmentDoc,
    "\n  mutation MutationsCreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      priority {\n        ...MutationsPriority\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreatePriorityDocument,
    "\n  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {\n    updatePriority(input: $input) {\n      priority {\n        ...MutationsPriority\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsUpdatePriorityDocument,
    "\n  query MutationsPriority($id: ID!) {\n    priority(id: $id) {\n      ...MutationsPriority\n    }\n  }\n": typeof types.MutationsPriorityDocument,
    "\n  fragment MutationsObjective on Objective {\n    id\n    version\n    text\n    subPoints\n    position\n    archivedAt\n    priority {\n      id\n    }\n  }\n": typeof types.MutationsObjectiveFragmentDoc,
    "\n  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      objective {\n        ...MutationsObjective\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreateObjectiveDocument,
    "\n  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        ...MutationsObjective\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsUpdateObjectiveDocument,
    "\n  query MutationsObjective($id: ID!) {\n    objective(id: $id) {\n      ...MutationsObjective\n      responsibilities {\n        agency {\n          id\n          name\n        }\n        asWritten\n      }\n    }\n  }\n": typeof types.MutationsObjectiveDocument,
    "\n  fragment MutationsAgency on Agency {\n    id\n    version\n    name\n    shortName\n    kind\n    description\n    aliases\n    archivedAt\n    mergedInto {\n      id\n    }\n  }\n": typeof types.MutationsAgencyFragmentDoc,
    "\n  mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreateAgencyDocument,
    "\n  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsUpdateAgencyDocument,
    "\n  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsMergeAgenciesDocument,
    "\n  query MutationsAgency($id: ID!) {\n    agency(id: $id) {\n      ...MutationsAgency\n    }\n  }\n": typeof types.MutationsAgencyDocument,
    "\n  query MutationsAgencyNamed($name: String!) {\n    agency(name: $name) {\n      id\n    }\n  }\n": typeof types.MutationsAgencyNamedDocument,
    "\n      query MutationsIdempotentAgencies {\n        agencies(first: 0, filter: { search: \"Idempotent Agency\" }) {\n          totalCount\n        }\n      }\n    ": typeof types.MutationsIdempotentAgenciesDocument,
    "\n  fragment MutationsObjectiveResponsibilities on Objective {\n    id\n    version\n    responsibilities {\n      agency {\n        id\n        name\n      }\n      asWritten\n      source\n    }\n  }\n": typeof types.MutationsObjectiveResponsibilitiesFragmentDoc,
    "\n  fragment MutationsActionResponsibilities on Action {\n    id\n    version\n    responsibilities {\n      agency {\n        id\n        name\n      }\n      asWritten\n      source\n    }\n  }\n": typeof types.MutationsActionResponsibilitiesFragmentDoc,
    "\n  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {\n    addObjectiveAgency(input: $input) {\n      objective {\n        ...MutationsObjectiveResponsibilities\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsAddObjectiveAgencyDocument,
    "\n  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {\n    removeObjectiveAgency(input: $input) {\n      objective {\n        ...MutationsObjectiveResponsibilities\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRemoveObjectiveAgencyDocument,
    "\n  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {\n    addActionAgency(input: $input) {\n      action {\n        ...MutationsActionResponsibilities\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsAddActionAgencyDocument,
    "\n  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {\n    removeActionAgency(input: $input) {\n      action {\n        ...MutationsActionResponsibilities\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRemoveActionAgencyDocument,
    "\n  query MutationsObjectiveAgencies($id: ID!) {\n    objective(id: $id) {\n      ...MutationsObjectiveResponsibilities\n    }\n  }\n": typeof types.MutationsObjectiveAgenciesDocument,
    "\n  query MutationsActionAgencies($id: ID!) {\n    action(id: $id) {\n      ...MutationsActionResponsibilities\n    }\n  }\n": typeof types.MutationsActionAgenciesDocument,
    "\n  query MutationsObjectivesOf($a: String) {\n    objectives(first: 100, filter: { agency: $a }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.MutationsObjectivesOfDocument,
    "\n  query MutationsActionsOf($a: String) {\n    actions(first: 100, filter: { agency: $a }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.MutationsActionsOfDocument,
    "\n  fragment MutationsMeasure on OutcomeMeasure {\n    id\n    version\n    name\n    unit\n    direction\n    position\n    archivedAt\n    outcome {\n      id\n    }\n  }\n": typeof types.MutationsMeasureFragmentDoc,
    "\n  fragment MutationsMeasureValue on MeasureValue {\n    id\n    version\n    kind\n    periodLabel\n    periodStart\n    periodEnd\n    value\n    note\n    source\n  }\n": typeof types.MutationsMeasureValueFragmentDoc,
    "\n  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        ...MutationsMeasure\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreateMeasureDocument,
    "\n  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {\n    updateOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        ...MutationsMeasure\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsUpdateMeasureDocument,
    "\n  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {\n    recordMeasureValue(input: $input) {\n      measureValue {\n        ...MutationsMeasureValue\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRecordValueDocument,
    "\n  query MutationsMeasure($id: ID!) {\n    outcomeMeasure(id: $id) {\n      ...MutationsMeasure\n      values {\n        ...MutationsMeasureValue\n      }\n    }\n  }\n": typeof types.MutationsMeasureDocument,
    "\n  fragment MutationsReprocurement on Reprocurement {\n    id\n    version\n    service\n    supplier\n    expiryDate\n    status\n    archivedAt\n    objective {\n      id\n    }\n    agency {\n      id\n    }\n  }\n": typeof types.MutationsReprocurementFragmentDoc,
    "\n  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {\n    createReprocurement(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreateReprocurementDocument,
    "\n  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {\n    updateReprocurement(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsUpdateReprocurementDocument,
    "\n  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {\n    setReprocurementStatus(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsSetReprocurementStatusDocument,
    "\n  query MutationsReprocurement($id: ID!) {\n    reprocurement(id: $id) {\n      ...MutationsReprocurement\n    }\n  }\n": typeof types.MutationsReprocurementDocument,
    "\n      query MutationsOverdueReprocurements {\n        reprocurements(first: 100, filter: { overdue: true, asOf: \"2024-06-01\" }) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.MutationsOverdueReprocurementsDocument,
    "\n  fragment MutationsHelpService on HelpService {\n    id\n    version\n    name\n    description\n    audience\n    minAge\n    maxAge\n    phone\n    email\n    website\n    position\n    archivedAt\n    partnership {\n      id\n    }\n  }\n": typeof types.MutationsHelpServiceFragmentDoc,
    "\n  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {\n    createHelpService(input: $input) {\n      helpService {\n        ...MutationsHelpService\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreateHelpServiceDocument,
    "\n  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {\n    updateHelpService(input: $input) {\n      helpService {\n        ...MutationsHelpService\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsUpdateHelpServiceDocument,
    "\n  query MutationsHelpService($id: ID!) {\n    helpService(id: $id) {\n      ...MutationsHelpService\n    }\n  }\n": typeof types.MutationsHelpServiceDocument,
    "\n      query MutationsPartnership {\n        plan {\n          partnership {\n            id\n          }\n        }\n      }\n    ": typeof types.MutationsPartnershipDocument,
    "\n      query MutationsHelpServices {\n        helpServices {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.MutationsHelpServicesDocument,
    "\n  mutation MutationsCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsCreateActionDocument,
    "\n  mutation MutationsArchivePriority($input: RecordVersionInput!) {\n    archivePriority(input: $input) {\n      priority {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsArchivePriorityDocument,
    "\n  mutation MutationsRestorePriority($input: RecordVersionInput!) {\n    restorePriority(input: $input) {\n      priority {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRestorePriorityDocument,
    "\n  query MutationsPriorityState($id: ID!) {\n    priority(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    priorities(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsPriorityStateDocument,
    "\n  mutation MutationsArchiveObjective($input: RecordVersionInput!) {\n    archiveObjective(input: $input) {\n      objective {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsArchiveObjectiveDocument,
    "\n  mutation MutationsRestoreObjective($input: RecordVersionInput!) {\n    restoreObjective(input: $input) {\n      objective {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRestoreObjectiveDocument,
    "\n  query MutationsObjectiveState($id: ID!) {\n    objective(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    objectives(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsObjectiveStateDocument,
    "\n  mutation MutationsArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) {\n      agency {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsArchiveAgencyDocument,
    "\n  mutation MutationsRestoreAgency($input: RecordVersionInput!) {\n    restoreAgency(input: $input) {\n      agency {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRestoreAgencyDocument,
    "\n  query MutationsAgencyState($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    agencies(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsAgencyStateDocument,
    "\n  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {\n    archiveOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsArchiveMeasureDocument,
    "\n  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {\n    restoreOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRestoreMeasureDocument,
    "\n  query MutationsMeasureState($id: ID!) {\n    outcomeMeasure(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    outcomeMeasures(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsMeasureStateDocument,
    "\n  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {\n    archiveReprocurement(input: $input) {\n      reprocurement {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsArchiveReprocurementDocument,
    "\n  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {\n    restoreReprocurement(input: $input) {\n      reprocurement {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRestoreReprocurementDocument,
    "\n  query MutationsReprocurementState($id: ID!) {\n    reprocurement(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    reprocurements(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsReprocurementStateDocument,
    "\n  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {\n    archiveHelpService(input: $input) {\n      helpService {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsArchiveHelpServiceDocument,
    "\n  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {\n    restoreHelpService(input: $input) {\n      helpService {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": typeof types.MutationsRestoreHelpServiceDocument,
    "\n  query MutationsHelpServiceState($id: ID!) {\n    helpService(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    helpServices(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.MutationsHelpServiceStateDocument,
    "\n  query PlanTitle {\n    plan {\n      title\n    }\n  }\n": typeof types.PlanTitleDocument,
    "\n  query PillarNames {\n    plan {\n      pillars {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PillarNamesDocument,
    "\n  query ObservabilityTitle {\n    plan {\n      title\n    }\n  }\n": typeof types.ObservabilityTitleDocument,
    "\n  query MetricsProbe {\n    plan {\n      title\n    }\n  }\n": typeof types.MetricsProbeDocument,
    "\n  query OwnPort {\n    plan {\n      title\n    }\n  }\n": typeof types.OwnPortDocument,
    "\n  query OverLimit {\n    plan {\n      title\n    }\n  }\n": typeof types.OverLimitDocument,
    "\n  mutation ProgressRecord($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      replayed\n      progressUpdate {\n        id\n        financialYear\n        quarter\n        quarterLabel\n        periodStart\n        periodEnd\n        status\n        rag\n        percentComplete\n        commentary\n        reportedBy\n        action {\n          id\n          status\n          version\n        }\n      }\n    }\n  }\n": typeof types.ProgressRecordDocument,
    "\n  query ProgressAction($id: ID!) {\n    action(id: $id) {\n      id\n      status\n      version\n      archivedAt\n      progress {\n        id\n        quarterLabel\n        status\n        rag\n        percentComplete\n        commentary\n        reportedBy\n      }\n      latestProgress {\n        id\n        quarterLabel\n        status\n        rag\n      }\n    }\n  }\n": typeof types.ProgressActionDocument,
    "\n  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {\n    actions(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ProgressActionIdsDocument,
    "\n  query ProgressSnapshot($id: ID!) {\n    action(id: $id) {\n      status\n      version\n      progress {\n        id\n      }\n    }\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ProgressSnapshotDocument,
    "\n    query ProgressUpdateNode($id: ID!) {\n      node(id: $id) {\n        ... on ProgressUpdate {\n          quarterLabel\n          action {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.ProgressUpdateNodeDocument,
    "\n    query ProgressStatusHistory($id: ID!) {\n      history(id: $id) {\n        nodes {\n          operation\n          mutation\n          actorName\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  ": typeof types.ProgressStatusHistoryDocument,
    "\n    query ProgressCreatedHistory($id: ID!) {\n      history(id: $id) {\n        nodes {\n          operation\n          mutation\n          changes {\n            field\n            after\n          }\n        }\n      }\n    }\n  ": typeof types.ProgressCreatedHistoryDocument,
    "\n    query ProgressSeries {\n      actions(first: 100) {\n        nodes {\n          id\n          progress {\n            id\n          }\n          latestProgress {\n            quarterLabel\n          }\n        }\n      }\n    }\n  ": typeof types.ProgressSeriesDocument,
    "\n    query ProgressPlanShape {\n      plan {\n        id\n        pillars {\n          nodes {\n            id\n            number\n            priorities {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.ProgressPlanShapeDocument,
    "\n    query ProgressActionContext($id: ID!) {\n      action(id: $id) {\n        priority {\n          id\n        }\n        agencies {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.ProgressActionContextDocument,
    "\n    query ProgressReportCounts($quarter: String!) {\n      progressReport(quarter: $quarter) {\n        plan {\n          id\n        }\n        quarter\n        periodStart\n        periodEnd\n        overall {\n          ...ProgressCounts\n        }\n        pillars {\n          pillar {\n            id\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n        priorities {\n          priority {\n            id\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n        agencies {\n          agency {\n            id\n            name\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n      }\n    }\n    fragment ProgressCounts on RagCounts {\n      red\n      amber\n      green\n      noUpdate\n      total\n    }\n  ": typeof types.ProgressReportCountsDocument,
    "\n    query ProgressQ4Overall {\n      progressReport(quarter: \"2024-25 Q4\") {\n        overall {\n          green\n          noUpdate\n          total\n        }\n      }\n    }\n  ": typeof types.ProgressQ4OverallDocument,
    "\n    query ProgressQ2Overall {\n      progressReport(quarter: \"2024-25 Q2\") {\n        overall {\n          green\n          noUpdate\n        }\n      }\n    }\n  ": typeof types.ProgressQ2OverallDocument,
    "\n    mutation ProgressArchiveAction($input: RecordVersionInput!) {\n      archiveAction(input: $input) {\n        action {\n          version\n        }\n      }\n    }\n  ": typeof types.ProgressArchiveActionDocument,
    "\n    mutation ProgressRestoreAction($input: RecordVersionInput!) {\n      restoreAction(input: $input) {\n        action {\n          archivedAt\n        }\n      }\n    }\n  ": typeof types.ProgressRestoreActionDocument,
    "\n    query ProgressChangeCount {\n      changes(first: 0) {\n        totalCount\n      }\n    }\n  ": typeof types.ProgressChangeCountDocument,
    "\n    query ProgressWithoutQ1($after: String) {\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 100, after: $after) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.ProgressWithoutQ1Document,
    "\n    query ProgressPlanId {\n      plan {\n        id\n      }\n    }\n  ": typeof types.ProgressPlanIdDocument,
    "\n    query ProgressWithoutQ1ForPlan($planId: ID!) {\n      plan {\n        id\n      }\n      progressReport(quarter: \"2024-25 Q1\", planId: $planId) {\n        overall {\n          noUpdate\n          total\n        }\n      }\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", planId: $planId, first: 0) {\n        totalCount\n      }\n    }\n  ": typeof types.ProgressWithoutQ1ForPlanDocument,
    "\n        query ProgressReportBadQuarter {\n          progressReport(quarter: \"Q1 2024\") {\n            quarter\n          }\n        }\n      ": typeof types.ProgressReportBadQuarterDocument,
    "\n        query ProgressReportLaterYear {\n          progressReport(quarter: \"2025-26 Q1\") {\n            quarter\n          }\n        }\n      ": typeof types.ProgressReportLaterYearDocument,
    "\n        query ProgressWithoutBadQuarter {\n          actionsWithoutProgress(quarter: \"2024-25 Q9\") {\n            totalCount\n          }\n        }\n      ": typeof types.ProgressWithoutBadQuarterDocument,
    "\n        query ProgressWithoutPageTooLarge {\n          actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 101) {\n            totalCount\n          }\n        }\n      ": typeof types.ProgressWithoutPageTooLargeDocument,
    "\n        query ProgressReportBadPlanId {\n          progressReport(quarter: \"2024-25 Q1\", planId: \"nope\") {\n            quarter\n          }\n        }\n      ": typeof types.ProgressReportBadPlanIdDocument,
    "\n        query ProgressReportMissingPlan {\n          progressReport(quarter: \"2024-25 Q1\", planId: \"UGxhbjo5OTk=\") {\n            quarter\n          }\n        }\n      ": typeof types.ProgressReportMissingPlanDocument,
    "\n  query ReadDefectsAgencyNamed($name: String) {\n    agency(name: $name) {\n      id\n    }\n  }\n": typeof types.ReadDefectsAgencyNamedDocument,
    "\n  query ReadDefectsAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.ReadDefectsAuditSizeDocument,
    "\n      query ReadDefectsResetWithCommas {\n        agency(name: \"  reset,, \") {\n          shortName\n        }\n      }\n    ": typeof types.ReadDefectsResetWithCommasDocument,
    "\n      query ReadDefectsSearch($f: ActionFilter) {\n        actions(filter: $f) {\n          totalCount\n        }\n      }\n    ": typeof types.ReadDefectsSearchDocument,
    "\n      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          replayed\n        }\n      }\n    ": typeof types.ReadDefectsRecordProgressDocument,
    "\n    query ReadDefectsReportedBy($id: ID!) {\n      action(id: $id) {\n        progress {\n          quarterLabel\n          reportedBy\n        }\n      }\n    }\n  ": typeof types.ReadDefectsReportedByDocument,
    "\n      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {\n        changes(since: $s, until: $u) {\n          totalCount\n        }\n      }\n    ": typeof types.ReadDefectsChangesWindowDocument,
    "\n      query ReadDefectsTwoActions {\n        actions(first: 2) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.ReadDefectsTwoActionsDocument,
    "\n      query ReadDefectsNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n          __typename\n        }\n      }\n    ": typeof types.ReadDefectsNodesDocument,
    "\n      query ReadDefectsAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) {\n          nodes {\n            service\n            expiryDate\n            overdue\n            daysUntilExpiry\n          }\n        }\n      }\n    ": typeof types.ReadDefectsAsOfDocument,
    "\n      query ReadDefectsOwnAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) {\n          nodes {\n            overdue(asOf: \"2024-03-01\")\n          }\n        }\n      }\n    ": typeof types.ReadDefectsOwnAsOfDocument,
    "\n      query ReadDefectsToday {\n        reprocurements {\n          nodes {\n            overdue\n          }\n        }\n      }\n    ": typeof types.ReadDefectsTodayDocument,
    "\n  query ReadPlanWholeTree {\n    plan {\n      id\n      title\n      periodLabel\n      periodStart\n      periodEnd\n      kind\n      strategy {\n        title\n        periodLabel\n      }\n      partnership {\n        name\n      }\n      pillars {\n        totalCount\n        nodes {\n          id\n          number\n          name\n          vision\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              id\n              title\n              strategyName\n              objectives(first: 100) {\n                totalCount\n                nodes {\n                  id\n                  text\n                  subPoints\n                  actions(first: 100) {\n                    totalCount\n                    nodes {\n                      id\n                      text\n                      status\n                      fundingCondition\n                      target\n                      durationMonths\n                      agencies {\n                        id\n                        name\n                      }\n                      responsibilities {\n                        asWritten\n                        agency {\n                          name\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadPlanWholeTreeDocument,
    "\n      query ReadPlanAgencies {\n        agencies(first: 100) {\n          totalCount\n          nodes {\n            name\n            aliases\n          }\n        }\n      }\n    ": typeof types.ReadPlanAgenciesDocument,
    "\n      query ReadPlanOutcomes {\n        nationalOutcomes {\n          totalCount\n          nodes {\n            name\n            pillar {\n              number\n            }\n            measures {\n              name\n            }\n          }\n        }\n        outcomeMeasures(first: 100) {\n          totalCount\n          nodes {\n            name\n            unit\n            direction\n            baseline {\n              value\n              periodLabel\n            }\n            latest {\n              value\n              periodLabel\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanOutcomesDocument,
    "\n      query ReadPlanReprocurements {\n        reprocurements {\n          totalCount\n          nodes {\n            service\n            supplier\n            expiryDate\n            status\n            overdue(asOf: \"2024-04-01\")\n            agency {\n              shortName\n              name\n            }\n            objective {\n              text\n            }\n            action {\n              text\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanReprocurementsDocument,
    "\n      query ReadPlanHelpServices {\n        helpServices {\n          totalCount\n          nodes {\n            name\n            phone\n            email\n            website\n            minAge\n            maxAge\n          }\n        }\n      }\n    ": typeof types.ReadPlanHelpServicesDocument,
    "\n      query ReadPlanCuckooing {\n        actions(first: 1, filter: { search: \"Cuckooing\" }) {\n          nodes {\n            id\n            text\n            objective {\n              text\n              priority {\n                title\n                pillar {\n                  number\n                  plan {\n                    periodLabel\n                  }\n                }\n              }\n            }\n            priority {\n              title\n            }\n            pillar {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanCuckooingDocument,
    "\n      query ReadPlanActionNode($id: ID!) {\n        node(id: $id) {\n          id\n          ... on Action {\n            text\n          }\n        }\n      }\n    ": typeof types.ReadPlanActionNodeDocument,
    "\n      query ReadPlanMps {\n        agency(name: \"metropolitan police service (mps)\") {\n          id\n          name\n          shortName\n          aliases\n          objectives(first: 100) {\n            totalCount\n            nodes {\n              text\n            }\n          }\n          actions(first: 100) {\n            totalCount\n            nodes {\n              text\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanMpsDocument,
    "\n      query ReadPlanActionsOfAgency($id: String!) {\n        actions(first: 100, filter: { agency: $id }) {\n          totalCount\n        }\n      }\n    ": typeof types.ReadPlanActionsOfAgencyDocument,
    "\n      query ReadPlanPillarIds {\n        pillars {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.ReadPlanPillarIdsDocument,
    "\n      query ReadPlanNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    ": typeof types.ReadPlanNodesDocument,
    "\n    query ReadPlanPage($first: Int, $after: String) {\n      actions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  ": typeof types.ReadPlanPageDocument,
    "\n      query ReadPlanNestedPage {\n        pillars(first: 1) {\n          nodes {\n            priorities(first: 2) {\n              totalCount\n              nodes {\n                title\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanNestedPageDocument,
    "\n    query ReadPlanActionCount($f: ActionFilter) {\n      actions(first: 0, filter: $f) {\n        totalCount\n      }\n    }\n  ": typeof types.ReadPlanActionCountDocument,
    "\n      query ReadPlanActionCounts {\n        pillars {\n          nodes {\n            id\n            priorities(first: 100) {\n              nodes {\n                id\n                objectives(first: 100) {\n                  nodes {\n                    id\n                    actions(first: 0) {\n                      totalCount\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanActionCountsDocument,
    "\n      query ReadPlanReprocurementServices($f: ReprocurementFilter) {\n        reprocurements(filter: $f) {\n          nodes {\n            service\n          }\n        }\n      }\n    ": typeof types.ReadPlanReprocurementServicesDocument,
    "\n    query ReadPlanAction($id: ID!) {\n      action(id: $id) {\n        id\n      }\n    }\n  ": typeof types.ReadPlanActionDocument,
    "\n    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {\n      actions(first: $first, after: $after, filter: $f) {\n        totalCount\n      }\n    }\n  ": typeof types.ReadPlanActionsDocument,
    "\n      query ReadPlanPillarFilter {\n        actions(filter: { pillarId: \"xyz\" }) {\n          totalCount\n        }\n      }\n    ": typeof types.ReadPlanPillarFilterDocument,
    "\n      query ReadPlanNestedFirst {\n        pillars {\n          nodes {\n            priorities(first: 500) {\n              totalCount\n            }\n          }\n        }\n      }\n    ": typeof types.ReadPlanNestedFirstDocument,
    "\n      query ReadPlanTwoErrors {\n        actions(after: \"x\") {\n          totalCount\n        }\n        action(id: \"y\") {\n          id\n        }\n      }\n    ": typeof types.ReadPlanTwoErrorsDocument,
    "\n      query ReadPlanCounts {\n        actions(first: 0) {\n          totalCount\n        }\n        agencies(first: 0) {\n          totalCount\n        }\n        reprocurements {\n          totalCount\n        }\n      }\n    ": typeof types.ReadPlanCountsDocument,
    "\n  fragment RiskTestFields on Risk {\n    id\n    version\n    createdAt\n    updatedAt\n    archivedAt\n    description\n    likelihood\n    impact\n    score\n    mitigation\n    status\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n    action {\n      id\n    }\n  }\n": typeof types.RiskTestFieldsFragmentDoc,
    "\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      replayed\n      risk {\n        ...RiskTestFields\n      }\n    }\n  }\n": typeof types.RiskCreateDocument,
    "\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      replayed\n      risk {\n        ...RiskTestFields\n      }\n    }\n  }\n": typeof types.RiskUpdateDocument,
    "\n  mutation RiskArchive($input: RecordVersionInput!) {\n    archiveRisk(input: $input) {\n      risk {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": typeof types.RiskArchiveDocument,
    "\n  mutation RiskRestore($input: RecordVersionInput!) {\n    restoreRisk(input: $input) {\n      risk {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": typeof types.RiskRestoreDocument,
    "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n      }\n    }\n  }\n": typeof types.RiskListDocument,
    "\n  query RiskOne($id: ID!) {\n    risk(id: $id) {\n      ...RiskTestFields\n    }\n    node(id: $id) {\n      __typename\n      id\n      ... on Risk {\n        score\n        status\n        action {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RiskOneDocument,
    "\n  query RiskActionRisks($id: ID!) {\n    action(id: $id) {\n      id\n      risks {\n        id\n        score\n      }\n    }\n  }\n": typeof types.RiskActionRisksDocument,
    "\n  query RiskHistory($id: ID!) {\n    history(id: $id) {\n      nodes {\n        operation\n        mutation\n        actorName\n        version\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.RiskHistoryDocument,
    "\n  query RiskScopes {\n    plan {\n      pillars {\n        nodes {\n          id\n          number\n          priorities(first: 100) {\n            nodes {\n              objectives(first: 100) {\n                nodes {\n                  text\n                  agencies {\n                    id\n                    shortName\n                  }\n                  actions(first: 3) {\n                    nodes {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RiskScopesDocument,
    "\n  mutation RiskCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        version\n      }\n    }\n  }\n": typeof types.RiskCreateAgencyDocument,
    "\n  mutation RiskArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n": typeof types.RiskArchiveAgencyDocument,
    "\n  query RiskActionsWithRisks($pillarId: ID!) {\n    actions(first: 100, filter: { pillarId: $pillarId }) {\n      nodes {\n        id\n        risks {\n          id\n          score\n          ownerAgency {\n            name\n          }\n          action {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RiskActionsWithRisksDocument,
    "\n      query SdkResetCount {\n        actions(filter: { agency: \"RESET\" }) {\n          totalCount\n        }\n      }\n    ": typeof types.SdkResetCountDocument,
    "\n  query LifecycleBadId {\n    action(id: \"nope\") {\n      id\n    }\n  }\n": typeof types.LifecycleBadIdDocument,
    "\n      query LifecycleFirstAction {\n        actions(first: 1) {\n          nodes {\n            id\n            text\n          }\n        }\n        agencies(first: 0) {\n          totalCount\n        }\n      }\n    ": typeof types.LifecycleFirstActionDocument,
    "\n        query LifecycleIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": typeof types.LifecycleIntrospectionDocument,
    "\n  query StatementsWholeTree {\n    plan {\n      title\n      pillars {\n        nodes {\n          name\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              title\n              objectives(first: 100) {\n                nodes {\n                  text\n                  agencies {\n                    name\n                  }\n                  actions(first: 100) {\n                    totalCount\n                    nodes {\n                      text\n                      status\n                      agencies {\n                        name\n                      }\n                      responsibilities {\n                        asWritten\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsWholeTreeDocument,
    "\n  query StatementsNoNesting {\n    actions(first: 100, filter: { agency: \"RESET\" }) {\n      totalCount\n      nodes {\n        text\n      }\n    }\n  }\n": typeof types.StatementsNoNestingDocument,
    "\n  query StatementsOneLevel {\n    actions(first: 100, filter: { agency: \"RESET\" }) {\n      nodes {\n        text\n        objective {\n          text\n        }\n      }\n    }\n  }\n": typeof types.StatementsOneLevelDocument,
    "\n  query StatementsTwoLevels {\n    actions(first: 100, filter: { agency: \"reset\", search: \"e\" }) {\n      nodes {\n        text\n        objective {\n          text\n          priority {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsTwoLevelsDocument,
    "\n    query StatementsUnknownAgency {\n      actions(filter: { agency: \"No such agency\" }) {\n        totalCount\n      }\n    }\n  ": typeof types.StatementsUnknownAgencyDocument,
    "\n  query StatementsRoundReads {\n    chaseList(round: \"2024-25Q2\") {\n      daysToDeadline\n      agencies {\n        agency {\n          name\n        }\n        contactEmail\n        actions {\n          text\n        }\n      }\n    }\n    round(ref: \"2024-25Q2\") {\n      draftSnapshot {\n        overall {\n          total\n        }\n        actions {\n          ref\n          agencyIds\n          updates {\n            rag\n          }\n        }\n        measures {\n          values {\n            value\n          }\n        }\n        contracts {\n          expiryDate\n        }\n      }\n    }\n  }\n": typeof types.StatementsRoundReadsDocument,
    "\n  query StatementsBoardReport {\n    boardReport(round: \"2024-25Q2\", format: MD) {\n      draft\n      byteLength\n      changesOmitted\n    }\n  }\n": typeof types.StatementsBoardReportDocument,
    "\n  query TimeBudgetWholeTree {\n    plans {\n      nodes {\n        pillars {\n          nodes {\n            priorities {\n              nodes {\n                objectives {\n                  nodes {\n                    text\n                    agencies {\n                      name\n                    }\n                    actions {\n                      nodes {\n                        text\n                        status\n                        agencies {\n                          name\n                        }\n                        responsibilities {\n                          asWritten\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TimeBudgetWholeTreeDocument,
    "\n  query ValidationFixtures {\n    actions(first: 1) {\n      nodes {\n        id\n      }\n    }\n    outcomeMeasures(first: 100) {\n      nodes {\n        id\n        unit\n      }\n    }\n  }\n": typeof types.ValidationFixturesDocument,
    "\n    query ValidationAction($id: ID!) {\n      action(id: $id) {\n        version\n        durationMonths\n        dueDate\n      }\n    }\n  ": typeof types.ValidationActionDocument,
    "\n    mutation ValidationUpdateAction($input: UpdateActionInput!) {\n      updateAction(input: $input) {\n        action {\n          id\n        }\n      }\n    }\n  ": typeof types.ValidationUpdateActionDocument,
    "\n    mutation ValidationCreateAgency($input: CreateAgencyInput!) {\n      createAgency(input: $input) {\n        agency {\n          id\n        }\n      }\n    }\n  ": typeof types.ValidationCreateAgencyDocument,
    "\n    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {\n      recordMeasureValue(input: $input) {\n        measureValue {\n          id\n        }\n      }\n    }\n  ": typeof types.ValidationRecordValueDocument,
    "\n    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {\n      createHelpService(input: $input) {\n        helpService {\n          phone\n        }\n      }\n    }\n  ": typeof types.ValidationCreateHelpServiceDocument,
    "\n    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {\n      createReprocurement(input: $input) {\n        reprocurement {\n          id\n        }\n      }\n    }\n  ": typeof types.ValidationCreateReprocurementDocument,
    "\n    query ValidationObjective {\n      objectives(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": typeof types.ValidationObjectiveDocument,
    "\n    query ValidationEmptySearch {\n      actions(filter: { search: \"\" }) {\n        totalCount\n      }\n    }\n  ": typeof types.ValidationEmptySearchDocument,
    "\n    query ValidationLongQuarter {\n      progressReport(quarter: \"2024-25 Q1 and then some more text\") {\n        quarter\n      }\n    }\n  ": typeof types.ValidationLongQuarterDocument,
    "\n    query ValidationVersionTypes {\n      __schema {\n        types {\n          name\n          kind\n          fields {\n            name\n            type {\n              kind\n              ofType {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.ValidationVersionTypesDocument,
    "\n  mutation DurabilityUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n      replayed\n    }\n  }\n": typeof types.DurabilityUpdateActionDocument,
    "\n  mutation DurabilityCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n    }\n  }\n": typeof types.DurabilityCreateActionDocument,
    "\n  query DurabilityFirstAction($after: String) {\n    actions(first: 1, after: $after) {\n      nodes {\n        id\n        version\n        objective {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DurabilityFirstActionDocument,
    "\n  query DurabilityActionCount {\n    actions(first: 0) {\n      totalCount\n    }\n  }\n": typeof types.DurabilityActionCountDocument,
    "\n    query DurabilityActionAndHistory($id: ID!) {\n      action(id: $id) {\n        text\n        version\n      }\n      history(id: $id) {\n        totalCount\n        nodes {\n          operation\n          version\n          changes {\n            field\n            after\n          }\n        }\n      }\n    }\n  ": typeof types.DurabilityActionAndHistoryDocument,
    "\n      mutation DurabilityArchiveAction($input: RecordVersionInput!) {\n        archiveAction(input: $input) {\n          action {\n            id\n            archivedAt\n            version\n          }\n        }\n      }\n    ": typeof types.DurabilityArchiveActionDocument,
    "\n      mutation DurabilityRestoreAction($input: RecordVersionInput!) {\n        restoreAction(input: $input) {\n          action {\n            archivedAt\n            version\n          }\n        }\n      }\n    ": typeof types.DurabilityRestoreActionDocument,
    "\n      query DurabilityArchivedAction($id: ID!) {\n        action(id: $id) {\n          text\n          archivedAt\n        }\n        history(id: $id) {\n          nodes {\n            operation\n          }\n        }\n      }\n    ": typeof types.DurabilityArchivedActionDocument,
    "\n      mutation DurabilityCreateActionFull($input: CreateActionInput!) {\n        createAction(input: $input) {\n          action {\n            id\n            text\n            position\n            dueDate\n            status\n            objective {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.DurabilityCreateActionFullDocument,
    "\n      query DurabilityCreatedHistory($id: ID!) {\n        history(id: $id) {\n          nodes {\n            operation\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    ": typeof types.DurabilityCreatedHistoryDocument,
    "\n      query DurabilitySnapshot($id: ID!) {\n        action(id: $id) {\n          text\n          version\n          status\n          dueDate\n        }\n        changes(first: 0) {\n          totalCount\n        }\n      }\n    ": typeof types.DurabilitySnapshotDocument,
    "\n    query DurabilityTexts($ids: [ID!]!) {\n      nodes(ids: $ids) {\n        id\n        ... on Action {\n          text\n        }\n      }\n    }\n  ": typeof types.DurabilityTextsDocument,
};
const documents: Documents = {
    "\n      query ExamplesResetProgress {\n        actions(filter: { agency: \"RESET\" }, first: 1) {\n          nodes {\n            text\n            status\n            progress {\n              quarterLabel\n              rag\n              reportedBy\n            }\n          }\n        }\n      }\n    ": types.ExamplesResetProgressDocument,
    "\n      query ExamplesResetActions {\n        agency(name: \"RESET\") {\n          name\n        }\n        actions(filter: { agency: \"RESET\" }, first: 100) {\n          totalCount\n          nodes {\n            text\n            priority {\n              id\n            }\n          }\n        }\n      }\n    ": types.ExamplesResetActionsDocument,
    "\n      query ExamplesFirstPage {\n        actions(first: 100) {\n          nodes {\n            id\n            text\n            objective {\n              text\n            }\n            agencies {\n              name\n            }\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    ": types.ExamplesFirstPageDocument,
    "\n  query CachingActionText {\n    actions(first: 1) {\n      nodes {\n        id\n        version\n        text\n      }\n    }\n  }\n": types.CachingActionTextDocument,
    "\n  mutation CachingUpdateReplayed($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      replayed\n    }\n  }\n": types.CachingUpdateReplayedDocument,
    "\n  mutation CachingUpdateText($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        text\n      }\n    }\n  }\n": types.CachingUpdateTextDocument,
    "\n  query CachingApiKeys {\n    apiKeys {\n      name\n    }\n  }\n": types.CachingApiKeysDocument,
    "\n  query CachingAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": types.CachingAuditSizeDocument,
    "\n  query MultiInstanceActions($after: String) {\n    actions(first: 100, after: $after) {\n      nodes {\n        id\n        version\n        text\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MultiInstanceActionsDocument,
    "\n  query MultiInstanceAction($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      text\n    }\n  }\n": types.MultiInstanceActionDocument,
    "\n  query MultiInstanceActionHistory($id: ID!) {\n    action(id: $id) {\n      version\n      text\n    }\n    history(id: $id) {\n      totalCount\n    }\n  }\n": types.MultiInstanceActionHistoryDocument,
    "\n  mutation MultiInstanceUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n    }\n  }\n": types.MultiInstanceUpdateActionDocument,
    "\n  mutation MultiInstanceRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progressUpdate {\n        id\n        commentary\n      }\n    }\n  }\n": types.MultiInstanceRecordProgressDocument,
    "\n  mutation MultiInstanceRevokeKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.MultiInstanceRevokeKeyDocument,
    "\n  mutation MultiInstanceCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n": types.MultiInstanceCreateKeyDocument,
    "\n  query MultiInstancePlanTitle {\n    plan {\n      title\n    }\n  }\n": types.MultiInstancePlanTitleDocument,
    "\n  query MutationsHistory($id: ID!) {\n    history(id: $id) {\n      nodes {\n        operation\n        mutation\n        actorName\n        version\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.MutationsHistoryDocument,
    "\n  query MutationsAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsAuditSizeDocument,
    "\n  query MutationsSeeded {\n    pillars(first: 1) {\n      nodes {\n        id\n      }\n    }\n    priorities(first: 1) {\n      nodes {\n        id\n      }\n    }\n    objectives(first: 3) {\n      nodes {\n        id\n      }\n    }\n    actions(first: 1) {\n      nodes {\n        id\n      }\n    }\n    nationalOutcomes(first: 1) {\n      nodes {\n        id\n      }\n    }\n    outcomeMeasures(first: 100) {\n      nodes {\n        id\n        unit\n      }\n    }\n  }\n": types.MutationsSeededDocument,
    "\n  fragment MutationsPriority on Priority {\n    id\n    version\n    title\n    strategyName\n    strategyNarrative\n    position\n    archivedAt\n    pillar {\n      id\n    }\n  }\n": types.MutationsPriorityFragmentDoc,
    "\n  mutation MutationsCreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      priority {\n        ...MutationsPriority\n      }\n      replayed\n    }\n  }\n": types.MutationsCreatePriorityDocument,
    "\n  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {\n    updatePriority(input: $input) {\n      priority {\n        ...MutationsPriority\n      }\n      replayed\n    }\n  }\n": types.MutationsUpdatePriorityDocument,
    "\n  query MutationsPriority($id: ID!) {\n    priority(id: $id) {\n      ...MutationsPriority\n    }\n  }\n": types.MutationsPriorityDocument,
    "\n  fragment MutationsObjective on Objective {\n    id\n    version\n    text\n    subPoints\n    position\n    archivedAt\n    priority {\n      id\n    }\n  }\n": types.MutationsObjectiveFragmentDoc,
    "\n  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      objective {\n        ...MutationsObjective\n      }\n      replayed\n    }\n  }\n": types.MutationsCreateObjectiveDocument,
    "\n  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        ...MutationsObjective\n      }\n      replayed\n    }\n  }\n": types.MutationsUpdateObjectiveDocument,
    "\n  query MutationsObjective($id: ID!) {\n    objective(id: $id) {\n      ...MutationsObjective\n      responsibilities {\n        agency {\n          id\n          name\n        }\n        asWritten\n      }\n    }\n  }\n": types.MutationsObjectiveDocument,
    "\n  fragment MutationsAgency on Agency {\n    id\n    version\n    name\n    shortName\n    kind\n    description\n    aliases\n    archivedAt\n    mergedInto {\n      id\n    }\n  }\n": types.MutationsAgencyFragmentDoc,
    "\n  mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n": types.MutationsCreateAgencyDocument,
    "\n  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n": types.MutationsUpdateAgencyDocument,
    "\n  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n": types.MutationsMergeAgenciesDocument,
    "\n  query MutationsAgency($id: ID!) {\n    agency(id: $id) {\n      ...MutationsAgency\n    }\n  }\n": types.MutationsAgencyDocument,
    "\n  query MutationsAgencyNamed($name: String!) {\n    agency(name: $name) {\n      id\n    }\n  }\n": types.MutationsAgencyNamedDocument,
    "\n      query MutationsIdempotentAgencies {\n        agencies(first: 0, filter: { search: \"Idempotent Agency\" }) {\n          totalCount\n        }\n      }\n    ": types.MutationsIdempotentAgenciesDocument,
    "\n  fragment MutationsObjectiveResponsibilities on Objective {\n    id\n    version\n    responsibilities {\n      agency {\n        id\n        name\n      }\n      asWritten\n      source\n    }\n  }\n": types.MutationsObjectiveResponsibilitiesFragmentDoc,
    "\n  fragment MutationsActionResponsibilities on Action {\n    id\n    version\n    responsibilities {\n      agency {\n        id\n        name\n      }\n      asWritten\n      source\n    }\n  }\n": types.MutationsActionResponsibilitiesFragmentDoc,
    "\n  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {\n    addObjectiveAgency(input: $input) {\n      objective {\n        ...MutationsObjectiveResponsibilities\n      }\n      replayed\n    }\n  }\n": types.MutationsAddObjectiveAgencyDocument,
    "\n  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {\n    removeObjectiveAgency(input: $input) {\n      objective {\n        ...MutationsObjectiveResponsibilities\n      }\n      replayed\n    }\n  }\n": types.MutationsRemoveObjectiveAgencyDocument,
    "\n  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {\n    addActionAgency(input: $input) {\n      action {\n        ...MutationsActionResponsibilities\n      }\n      replayed\n    }\n  }\n": types.MutationsAddActionAgencyDocument,
    "\n  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {\n    removeActionAgency(input: $input) {\n      action {\n        ...MutationsActionResponsibilities\n      }\n      replayed\n    }\n  }\n": types.MutationsRemoveActionAgencyDocument,
    "\n  query MutationsObjectiveAgencies($id: ID!) {\n    objective(id: $id) {\n      ...MutationsObjectiveResponsibilities\n    }\n  }\n": types.MutationsObjectiveAgenciesDocument,
    "\n  query MutationsActionAgencies($id: ID!) {\n    action(id: $id) {\n      ...MutationsActionResponsibilities\n    }\n  }\n": types.MutationsActionAgenciesDocument,
    "\n  query MutationsObjectivesOf($a: String) {\n    objectives(first: 100, filter: { agency: $a }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.MutationsObjectivesOfDocument,
    "\n  query MutationsActionsOf($a: String) {\n    actions(first: 100, filter: { agency: $a }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.MutationsActionsOfDocument,
    "\n  fragment MutationsMeasure on OutcomeMeasure {\n    id\n    version\n    name\n    unit\n    direction\n    position\n    archivedAt\n    outcome {\n      id\n    }\n  }\n": types.MutationsMeasureFragmentDoc,
    "\n  fragment MutationsMeasureValue on MeasureValue {\n    id\n    version\n    kind\n    periodLabel\n    periodStart\n    periodEnd\n    value\n    note\n    source\n  }\n": types.MutationsMeasureValueFragmentDoc,
    "\n  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        ...MutationsMeasure\n      }\n      replayed\n    }\n  }\n": types.MutationsCreateMeasureDocument,
    "\n  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {\n    updateOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        ...MutationsMeasure\n      }\n      replayed\n    }\n  }\n": types.MutationsUpdateMeasureDocument,
    "\n  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {\n    recordMeasureValue(input: $input) {\n      measureValue {\n        ...MutationsMeasureValue\n      }\n      replayed\n    }\n  }\n": types.MutationsRecordValueDocument,
    "\n  query MutationsMeasure($id: ID!) {\n    outcomeMeasure(id: $id) {\n      ...MutationsMeasure\n      values {\n        ...MutationsMeasureValue\n      }\n    }\n  }\n": types.MutationsMeasureDocument,
    "\n  fragment MutationsReprocurement on Reprocurement {\n    id\n    version\n    service\n    supplier\n    expiryDate\n    status\n    archivedAt\n    objective {\n      id\n    }\n    agency {\n      id\n    }\n  }\n": types.MutationsReprocurementFragmentDoc,
    "\n  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {\n    createReprocurement(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n": types.MutationsCreateReprocurementDocument,
    "\n  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {\n    updateReprocurement(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n": types.MutationsUpdateReprocurementDocument,
    "\n  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {\n    setReprocurementStatus(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n": types.MutationsSetReprocurementStatusDocument,
    "\n  query MutationsReprocurement($id: ID!) {\n    reprocurement(id: $id) {\n      ...MutationsReprocurement\n    }\n  }\n": types.MutationsReprocurementDocument,
    "\n      query MutationsOverdueReprocurements {\n        reprocurements(first: 100, filter: { overdue: true, asOf: \"2024-06-01\" }) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.MutationsOverdueReprocurementsDocument,
    "\n  fragment MutationsHelpService on HelpService {\n    id\n    version\n    name\n    description\n    audience\n    minAge\n    maxAge\n    phone\n    email\n    website\n    position\n    archivedAt\n    partnership {\n      id\n    }\n  }\n": types.MutationsHelpServiceFragmentDoc,
    "\n  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {\n    createHelpService(input: $input) {\n      helpService {\n        ...MutationsHelpService\n      }\n      replayed\n    }\n  }\n": types.MutationsCreateHelpServiceDocument,
    "\n  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {\n    updateHelpService(input: $input) {\n      helpService {\n        ...MutationsHelpService\n      }\n      replayed\n    }\n  }\n": types.MutationsUpdateHelpServiceDocument,
    "\n  query MutationsHelpService($id: ID!) {\n    helpService(id: $id) {\n      ...MutationsHelpService\n    }\n  }\n": types.MutationsHelpServiceDocument,
    "\n      query MutationsPartnership {\n        plan {\n          partnership {\n            id\n          }\n        }\n      }\n    ": types.MutationsPartnershipDocument,
    "\n      query MutationsHelpServices {\n        helpServices {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.MutationsHelpServicesDocument,
    "\n  mutation MutationsCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n      }\n      replayed\n    }\n  }\n": types.MutationsCreateActionDocument,
    "\n  mutation MutationsArchivePriority($input: RecordVersionInput!) {\n    archivePriority(input: $input) {\n      priority {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsArchivePriorityDocument,
    "\n  mutation MutationsRestorePriority($input: RecordVersionInput!) {\n    restorePriority(input: $input) {\n      priority {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsRestorePriorityDocument,
    "\n  query MutationsPriorityState($id: ID!) {\n    priority(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    priorities(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsPriorityStateDocument,
    "\n  mutation MutationsArchiveObjective($input: RecordVersionInput!) {\n    archiveObjective(input: $input) {\n      objective {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsArchiveObjectiveDocument,
    "\n  mutation MutationsRestoreObjective($input: RecordVersionInput!) {\n    restoreObjective(input: $input) {\n      objective {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsRestoreObjectiveDocument,
    "\n  query MutationsObjectiveState($id: ID!) {\n    objective(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    objectives(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsObjectiveStateDocument,
    "\n  mutation MutationsArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) {\n      agency {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsArchiveAgencyDocument,
    "\n  mutation MutationsRestoreAgency($input: RecordVersionInput!) {\n    restoreAgency(input: $input) {\n      agency {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsRestoreAgencyDocument,
    "\n  query MutationsAgencyState($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    agencies(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsAgencyStateDocument,
    "\n  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {\n    archiveOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsArchiveMeasureDocument,
    "\n  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {\n    restoreOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsRestoreMeasureDocument,
    "\n  query MutationsMeasureState($id: ID!) {\n    outcomeMeasure(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    outcomeMeasures(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsMeasureStateDocument,
    "\n  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {\n    archiveReprocurement(input: $input) {\n      reprocurement {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsArchiveReprocurementDocument,
    "\n  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {\n    restoreReprocurement(input: $input) {\n      reprocurement {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsRestoreReprocurementDocument,
    "\n  query MutationsReprocurementState($id: ID!) {\n    reprocurement(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    reprocurements(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsReprocurementStateDocument,
    "\n  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {\n    archiveHelpService(input: $input) {\n      helpService {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsArchiveHelpServiceDocument,
    "\n  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {\n    restoreHelpService(input: $input) {\n      helpService {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n": types.MutationsRestoreHelpServiceDocument,
    "\n  query MutationsHelpServiceState($id: ID!) {\n    helpService(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    helpServices(first: 0) {\n      totalCount\n    }\n  }\n": types.MutationsHelpServiceStateDocument,
    "\n  query PlanTitle {\n    plan {\n      title\n    }\n  }\n": types.PlanTitleDocument,
    "\n  query PillarNames {\n    plan {\n      pillars {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n": types.PillarNamesDocument,
    "\n  query ObservabilityTitle {\n    plan {\n      title\n    }\n  }\n": types.ObservabilityTitleDocument,
    "\n  query MetricsProbe {\n    plan {\n      title\n    }\n  }\n": types.MetricsProbeDocument,
    "\n  query OwnPort {\n    plan {\n      title\n    }\n  }\n": types.OwnPortDocument,
    "\n  query OverLimit {\n    plan {\n      title\n    }\n  }\n": types.OverLimitDocument,
    "\n  mutation ProgressRecord($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      replayed\n      progressUpdate {\n        id\n        financialYear\n        quarter\n        quarterLabel\n        periodStart\n        periodEnd\n        status\n        rag\n        percentComplete\n        commentary\n        reportedBy\n        action {\n          id\n          status\n          version\n        }\n      }\n    }\n  }\n": types.ProgressRecordDocument,
    "\n  query ProgressAction($id: ID!) {\n    action(id: $id) {\n      id\n      status\n      version\n      archivedAt\n      progress {\n        id\n        quarterLabel\n        status\n        rag\n        percentComplete\n        commentary\n        reportedBy\n      }\n      latestProgress {\n        id\n        quarterLabel\n        status\n        rag\n      }\n    }\n  }\n": types.ProgressActionDocument,
    "\n  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {\n    actions(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ProgressActionIdsDocument,
    "\n  query ProgressSnapshot($id: ID!) {\n    action(id: $id) {\n      status\n      version\n      progress {\n        id\n      }\n    }\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": types.ProgressSnapshotDocument,
    "\n    query ProgressUpdateNode($id: ID!) {\n      node(id: $id) {\n        ... on ProgressUpdate {\n          quarterLabel\n          action {\n            id\n          }\n        }\n      }\n    }\n  ": types.ProgressUpdateNodeDocument,
    "\n    query ProgressStatusHistory($id: ID!) {\n      history(id: $id) {\n        nodes {\n          operation\n          mutation\n          actorName\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  ": types.ProgressStatusHistoryDocument,
    "\n    query ProgressCreatedHistory($id: ID!) {\n      history(id: $id) {\n        nodes {\n          operation\n          mutation\n          changes {\n            field\n            after\n          }\n        }\n      }\n    }\n  ": types.ProgressCreatedHistoryDocument,
    "\n    query ProgressSeries {\n      actions(first: 100) {\n        nodes {\n          id\n          progress {\n            id\n          }\n          latestProgress {\n            quarterLabel\n          }\n        }\n      }\n    }\n  ": types.ProgressSeriesDocument,
    "\n    query ProgressPlanShape {\n      plan {\n        id\n        pillars {\n          nodes {\n            id\n            number\n            priorities {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.ProgressPlanShapeDocument,
    "\n    query ProgressActionContext($id: ID!) {\n      action(id: $id) {\n        priority {\n          id\n        }\n        agencies {\n          id\n          name\n        }\n      }\n    }\n  ": types.ProgressActionContextDocument,
    "\n    query ProgressReportCounts($quarter: String!) {\n      progressReport(quarter: $quarter) {\n        plan {\n          id\n        }\n        quarter\n        periodStart\n        periodEnd\n        overall {\n          ...ProgressCounts\n        }\n        pillars {\n          pillar {\n            id\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n        priorities {\n          priority {\n            id\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n        agencies {\n          agency {\n            id\n            name\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n      }\n    }\n    fragment ProgressCounts on RagCounts {\n      red\n      amber\n      green\n      noUpdate\n      total\n    }\n  ": types.ProgressReportCountsDocument,
    "\n    query ProgressQ4Overall {\n      progressReport(quarter: \"2024-25 Q4\") {\n        overall {\n          green\n          noUpdate\n          total\n        }\n      }\n    }\n  ": types.ProgressQ4OverallDocument,
    "\n    query ProgressQ2Overall {\n      progressReport(quarter: \"2024-25 Q2\") {\n        overall {\n          green\n          noUpdate\n        }\n      }\n    }\n  ": types.ProgressQ2OverallDocument,
    "\n    mutation ProgressArchiveAction($input: RecordVersionInput!) {\n      archiveAction(input: $input) {\n        action {\n          version\n        }\n      }\n    }\n  ": types.ProgressArchiveActionDocument,
    "\n    mutation ProgressRestoreAction($input: RecordVersionInput!) {\n      restoreAction(input: $input) {\n        action {\n          archivedAt\n        }\n      }\n    }\n  ": types.ProgressRestoreActionDocument,
    "\n    query ProgressChangeCount {\n      changes(first: 0) {\n        totalCount\n      }\n    }\n  ": types.ProgressChangeCountDocument,
    "\n    query ProgressWithoutQ1($after: String) {\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 100, after: $after) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.ProgressWithoutQ1Document,
    "\n    query ProgressPlanId {\n      plan {\n        id\n      }\n    }\n  ": types.ProgressPlanIdDocument,
    "\n    query ProgressWithoutQ1ForPlan($planId: ID!) {\n      plan {\n        id\n      }\n      progressReport(quarter: \"2024-25 Q1\", planId: $planId) {\n        overall {\n          noUpdate\n          total\n        }\n      }\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", planId: $planId, first: 0) {\n        totalCount\n      }\n    }\n  ": types.ProgressWithoutQ1ForPlanDocument,
    "\n        query ProgressReportBadQuarter {\n          progressReport(quarter: \"Q1 2024\") {\n            quarter\n          }\n        }\n      ": types.ProgressReportBadQuarterDocument,
    "\n        query ProgressReportLaterYear {\n          progressReport(quarter: \"2025-26 Q1\") {\n            quarter\n          }\n        }\n      ": types.ProgressReportLaterYearDocument,
    "\n        query ProgressWithoutBadQuarter {\n          actionsWithoutProgress(quarter: \"2024-25 Q9\") {\n            totalCount\n          }\n        }\n      ": types.ProgressWithoutBadQuarterDocument,
    "\n        query ProgressWithoutPageTooLarge {\n          actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 101) {\n            totalCount\n          }\n        }\n      ": types.ProgressWithoutPageTooLargeDocument,
    "\n        query ProgressReportBadPlanId {\n          progressReport(quarter: \"2024-25 Q1\", planId: \"nope\") {\n            quarter\n          }\n        }\n      ": types.ProgressReportBadPlanIdDocument,
    "\n        query ProgressReportMissingPlan {\n          progressReport(quarter: \"2024-25 Q1\", planId: \"UGxhbjo5OTk=\") {\n            quarter\n          }\n        }\n      ": types.ProgressReportMissingPlanDocument,
    "\n  query ReadDefectsAgencyNamed($name: String) {\n    agency(name: $name) {\n      id\n    }\n  }\n": types.ReadDefectsAgencyNamedDocument,
    "\n  query ReadDefectsAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n": types.ReadDefectsAuditSizeDocument,
    "\n      query ReadDefectsResetWithCommas {\n        agency(name: \"  reset,, \") {\n          shortName\n        }\n      }\n    ": types.ReadDefectsResetWithCommasDocument,
    "\n      query ReadDefectsSearch($f: ActionFilter) {\n        actions(filter: $f) {\n          totalCount\n        }\n      }\n    ": types.ReadDefectsSearchDocument,
    "\n      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          replayed\n        }\n      }\n    ": types.ReadDefectsRecordProgressDocument,
    "\n    query ReadDefectsReportedBy($id: ID!) {\n      action(id: $id) {\n        progress {\n          quarterLabel\n          reportedBy\n        }\n      }\n    }\n  ": types.ReadDefectsReportedByDocument,
    "\n      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {\n        changes(since: $s, until: $u) {\n          totalCount\n        }\n      }\n    ": types.ReadDefectsChangesWindowDocument,
    "\n      query ReadDefectsTwoActions {\n        actions(first: 2) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.ReadDefectsTwoActionsDocument,
    "\n      query ReadDefectsNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n          __typename\n        }\n      }\n    ": types.ReadDefectsNodesDocument,
    "\n      query ReadDefectsAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) {\n          nodes {\n            service\n            expiryDate\n            overdue\n            daysUntilExpiry\n          }\n        }\n      }\n    ": types.ReadDefectsAsOfDocument,
    "\n      query ReadDefectsOwnAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) {\n          nodes {\n            overdue(asOf: \"2024-03-01\")\n          }\n        }\n      }\n    ": types.ReadDefectsOwnAsOfDocument,
    "\n      query ReadDefectsToday {\n        reprocurements {\n          nodes {\n            overdue\n          }\n        }\n      }\n    ": types.ReadDefectsTodayDocument,
    "\n  query ReadPlanWholeTree {\n    plan {\n      id\n      title\n      periodLabel\n      periodStart\n      periodEnd\n      kind\n      strategy {\n        title\n        periodLabel\n      }\n      partnership {\n        name\n      }\n      pillars {\n        totalCount\n        nodes {\n          id\n          number\n          name\n          vision\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              id\n              title\n              strategyName\n              objectives(first: 100) {\n                totalCount\n                nodes {\n                  id\n                  text\n                  subPoints\n                  actions(first: 100) {\n                    totalCount\n                    nodes {\n                      id\n                      text\n                      status\n                      fundingCondition\n                      target\n                      durationMonths\n                      agencies {\n                        id\n                        name\n                      }\n                      responsibilities {\n                        asWritten\n                        agency {\n                          name\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadPlanWholeTreeDocument,
    "\n      query ReadPlanAgencies {\n        agencies(first: 100) {\n          totalCount\n          nodes {\n            name\n            aliases\n          }\n        }\n      }\n    ": types.ReadPlanAgenciesDocument,
    "\n      query ReadPlanOutcomes {\n        nationalOutcomes {\n          totalCount\n          nodes {\n            name\n            pillar {\n              number\n            }\n            measures {\n              name\n            }\n          }\n        }\n        outcomeMeasures(first: 100) {\n          totalCount\n          nodes {\n            name\n            unit\n            direction\n            baseline {\n              value\n              periodLabel\n            }\n            latest {\n              value\n              periodLabel\n            }\n          }\n        }\n      }\n    ": types.ReadPlanOutcomesDocument,
    "\n      query ReadPlanReprocurements {\n        reprocurements {\n          totalCount\n          nodes {\n            service\n            supplier\n            expiryDate\n            status\n            overdue(asOf: \"2024-04-01\")\n            agency {\n              shortName\n              name\n            }\n            objective {\n              text\n            }\n            action {\n              text\n            }\n          }\n        }\n      }\n    ": types.ReadPlanReprocurementsDocument,
    "\n      query ReadPlanHelpServices {\n        helpServices {\n          totalCount\n          nodes {\n            name\n            phone\n            email\n            website\n            minAge\n            maxAge\n          }\n        }\n      }\n    ": types.ReadPlanHelpServicesDocument,
    "\n      query ReadPlanCuckooing {\n        actions(first: 1, filter: { search: \"Cuckooing\" }) {\n          nodes {\n            id\n            text\n            objective {\n              text\n              priority {\n                title\n                pillar {\n                  number\n                  plan {\n                    periodLabel\n                  }\n                }\n              }\n            }\n            priority {\n              title\n            }\n            pillar {\n              name\n            }\n          }\n        }\n      }\n    ": types.ReadPlanCuckooingDocument,
    "\n      query ReadPlanActionNode($id: ID!) {\n        node(id: $id) {\n          id\n          ... on Action {\n            text\n          }\n        }\n      }\n    ": types.ReadPlanActionNodeDocument,
    "\n      query ReadPlanMps {\n        agency(name: \"metropolitan police service (mps)\") {\n          id\n          name\n          shortName\n          aliases\n          objectives(first: 100) {\n            totalCount\n            nodes {\n              text\n            }\n          }\n          actions(first: 100) {\n            totalCount\n            nodes {\n              text\n            }\n          }\n        }\n      }\n    ": types.ReadPlanMpsDocument,
    "\n      query ReadPlanActionsOfAgency($id: String!) {\n        actions(first: 100, filter: { agency: $id }) {\n          totalCount\n        }\n      }\n    ": types.ReadPlanActionsOfAgencyDocument,
    "\n      query ReadPlanPillarIds {\n        pillars {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.ReadPlanPillarIdsDocument,
    "\n      query ReadPlanNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    ": types.ReadPlanNodesDocument,
    "\n    query ReadPlanPage($first: Int, $after: String) {\n      actions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  ": types.ReadPlanPageDocument,
    "\n      query ReadPlanNestedPage {\n        pillars(first: 1) {\n          nodes {\n            priorities(first: 2) {\n              totalCount\n              nodes {\n                title\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    ": types.ReadPlanNestedPageDocument,
    "\n    query ReadPlanActionCount($f: ActionFilter) {\n      actions(first: 0, filter: $f) {\n        totalCount\n      }\n    }\n  ": types.ReadPlanActionCountDocument,
    "\n      query ReadPlanActionCounts {\n        pillars {\n          nodes {\n            id\n            priorities(first: 100) {\n              nodes {\n                id\n                objectives(first: 100) {\n                  nodes {\n                    id\n                    actions(first: 0) {\n                      totalCount\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.ReadPlanActionCountsDocument,
    "\n      query ReadPlanReprocurementServices($f: ReprocurementFilter) {\n        reprocurements(filter: $f) {\n          nodes {\n            service\n          }\n        }\n      }\n    ": types.ReadPlanReprocurementServicesDocument,
    "\n    query ReadPlanAction($id: ID!) {\n      action(id: $id) {\n        id\n      }\n    }\n  ": types.ReadPlanActionDocument,
    "\n    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {\n      actions(first: $first, after: $after, filter: $f) {\n        totalCount\n      }\n    }\n  ": types.ReadPlanActionsDocument,
    "\n      query ReadPlanPillarFilter {\n        actions(filter: { pillarId: \"xyz\" }) {\n          totalCount\n        }\n      }\n    ": types.ReadPlanPillarFilterDocument,
    "\n      query ReadPlanNestedFirst {\n        pillars {\n          nodes {\n            priorities(first: 500) {\n              totalCount\n            }\n          }\n        }\n      }\n    ": types.ReadPlanNestedFirstDocument,
    "\n      query ReadPlanTwoErrors {\n        actions(after: \"x\") {\n          totalCount\n        }\n        action(id: \"y\") {\n          id\n        }\n      }\n    ": types.ReadPlanTwoErrorsDocument,
    "\n      query ReadPlanCounts {\n        actions(first: 0) {\n          totalCount\n        }\n        agencies(first: 0) {\n          totalCount\n        }\n        reprocurements {\n          totalCount\n        }\n      }\n    ": types.ReadPlanCountsDocument,
    "\n  fragment RiskTestFields on Risk {\n    id\n    version\n    createdAt\n    updatedAt\n    archivedAt\n    description\n    likelihood\n    impact\n    score\n    mitigation\n    status\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n    action {\n      id\n    }\n  }\n": types.RiskTestFieldsFragmentDoc,
    "\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      replayed\n      risk {\n        ...RiskTestFields\n      }\n    }\n  }\n": types.RiskCreateDocument,
    "\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      replayed\n      risk {\n        ...RiskTestFields\n      }\n    }\n  }\n": types.RiskUpdateDocument,
    "\n  mutation RiskArchive($input: RecordVersionInput!) {\n    archiveRisk(input: $input) {\n      risk {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": types.RiskArchiveDocument,
    "\n  mutation RiskRestore($input: RecordVersionInput!) {\n    restoreRisk(input: $input) {\n      risk {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n": types.RiskRestoreDocument,
    "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n      }\n    }\n  }\n": types.RiskListDocument,
    "\n  query RiskOne($id: ID!) {\n    risk(id: $id) {\n      ...RiskTestFields\n    }\n    node(id: $id) {\n      __typename\n      id\n      ... on Risk {\n        score\n        status\n        action {\n          id\n        }\n      }\n    }\n  }\n": types.RiskOneDocument,
    "\n  query RiskActionRisks($id: ID!) {\n    action(id: $id) {\n      id\n      risks {\n        id\n        score\n      }\n    }\n  }\n": types.RiskActionRisksDocument,
    "\n  query RiskHistory($id: ID!) {\n    history(id: $id) {\n      nodes {\n        operation\n        mutation\n        actorName\n        version\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.RiskHistoryDocument,
    "\n  query RiskScopes {\n    plan {\n      pillars {\n        nodes {\n          id\n          number\n          priorities(first: 100) {\n            nodes {\n              objectives(first: 100) {\n                nodes {\n                  text\n                  agencies {\n                    id\n                    shortName\n                  }\n                  actions(first: 3) {\n                    nodes {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RiskScopesDocument,
    "\n  mutation RiskCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        version\n      }\n    }\n  }\n": types.RiskCreateAgencyDocument,
    "\n  mutation RiskArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n": types.RiskArchiveAgencyDocument,
    "\n  query RiskActionsWithRisks($pillarId: ID!) {\n    actions(first: 100, filter: { pillarId: $pillarId }) {\n      nodes {\n        id\n        risks {\n          id\n          score\n          ownerAgency {\n            name\n          }\n          action {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RiskActionsWithRisksDocument,
    "\n      query SdkResetCount {\n        actions(filter: { agency: \"RESET\" }) {\n          totalCount\n        }\n      }\n    ": types.SdkResetCountDocument,
    "\n  query LifecycleBadId {\n    action(id: \"nope\") {\n      id\n    }\n  }\n": types.LifecycleBadIdDocument,
    "\n      query LifecycleFirstAction {\n        actions(first: 1) {\n          nodes {\n            id\n            text\n          }\n        }\n        agencies(first: 0) {\n          totalCount\n        }\n      }\n    ": types.LifecycleFirstActionDocument,
    "\n        query LifecycleIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      ": types.LifecycleIntrospectionDocument,
    "\n  query StatementsWholeTree {\n    plan {\n      title\n      pillars {\n        nodes {\n          name\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              title\n              objectives(first: 100) {\n                nodes {\n                  text\n                  agencies {\n                    name\n                  }\n                  actions(first: 100) {\n                    totalCount\n                    nodes {\n                      text\n                      status\n                      agencies {\n                        name\n                      }\n                      responsibilities {\n                        asWritten\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StatementsWholeTreeDocument,
    "\n  query StatementsNoNesting {\n    actions(first: 100, filter: { agency: \"RESET\" }) {\n      totalCount\n      nodes {\n        text\n      }\n    }\n  }\n": types.StatementsNoNestingDocument,
    "\n  query StatementsOneLevel {\n    actions(first: 100, filter: { agency: \"RESET\" }) {\n      nodes {\n        text\n        objective {\n          text\n        }\n      }\n    }\n  }\n": types.StatementsOneLevelDocument,
    "\n  query StatementsTwoLevels {\n    actions(first: 100, filter: { agency: \"reset\", search: \"e\" }) {\n      nodes {\n        text\n        objective {\n          text\n          priority {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.StatementsTwoLevelsDocument,
    "\n    query StatementsUnknownAgency {\n      actions(filter: { agency: \"No such agency\" }) {\n        totalCount\n      }\n    }\n  ": types.StatementsUnknownAgencyDocument,
    "\n  query StatementsRoundReads {\n    chaseList(round: \"2024-25Q2\") {\n      daysToDeadline\n      agencies {\n        agency {\n          name\n        }\n        contactEmail\n        actions {\n          text\n        }\n      }\n    }\n    round(ref: \"2024-25Q2\") {\n      draftSnapshot {\n        overall {\n          total\n        }\n        actions {\n          ref\n          agencyIds\n          updates {\n            rag\n          }\n        }\n        measures {\n          values {\n            value\n          }\n        }\n        contracts {\n          expiryDate\n        }\n      }\n    }\n  }\n": types.StatementsRoundReadsDocument,
    "\n  query StatementsBoardReport {\n    boardReport(round: \"2024-25Q2\", format: MD) {\n      draft\n      byteLength\n      changesOmitted\n    }\n  }\n": types.StatementsBoardReportDocument,
    "\n  query TimeBudgetWholeTree {\n    plans {\n      nodes {\n        pillars {\n          nodes {\n            priorities {\n              nodes {\n                objectives {\n                  nodes {\n                    text\n                    agencies {\n                      name\n                    }\n                    actions {\n                      nodes {\n                        text\n                        status\n                        agencies {\n                          name\n                        }\n                        responsibilities {\n                          asWritten\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TimeBudgetWholeTreeDocument,
    "\n  query ValidationFixtures {\n    actions(first: 1) {\n      nodes {\n        id\n      }\n    }\n    outcomeMeasures(first: 100) {\n      nodes {\n        id\n        unit\n      }\n    }\n  }\n": types.ValidationFixturesDocument,
    "\n    query ValidationAction($id: ID!) {\n      action(id: $id) {\n        version\n        durationMonths\n        dueDate\n      }\n    }\n  ": types.ValidationActionDocument,
    "\n    mutation ValidationUpdateAction($input: UpdateActionInput!) {\n      updateAction(input: $input) {\n        action {\n          id\n        }\n      }\n    }\n  ": types.ValidationUpdateActionDocument,
    "\n    mutation ValidationCreateAgency($input: CreateAgencyInput!) {\n      createAgency(input: $input) {\n        agency {\n          id\n        }\n      }\n    }\n  ": types.ValidationCreateAgencyDocument,
    "\n    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {\n      recordMeasureValue(input: $input) {\n        measureValue {\n          id\n        }\n      }\n    }\n  ": types.ValidationRecordValueDocument,
    "\n    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {\n      createHelpService(input: $input) {\n        helpService {\n          phone\n        }\n      }\n    }\n  ": types.ValidationCreateHelpServiceDocument,
    "\n    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {\n      createReprocurement(input: $input) {\n        reprocurement {\n          id\n        }\n      }\n    }\n  ": types.ValidationCreateReprocurementDocument,
    "\n    query ValidationObjective {\n      objectives(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": types.ValidationObjectiveDocument,
    "\n    query ValidationEmptySearch {\n      actions(filter: { search: \"\" }) {\n        totalCount\n      }\n    }\n  ": types.ValidationEmptySearchDocument,
    "\n    query ValidationLongQuarter {\n      progressReport(quarter: \"2024-25 Q1 and then some more text\") {\n        quarter\n      }\n    }\n  ": types.ValidationLongQuarterDocument,
    "\n    query ValidationVersionTypes {\n      __schema {\n        types {\n          name\n          kind\n          fields {\n            name\n            type {\n              kind\n              ofType {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.ValidationVersionTypesDocument,
    "\n  mutation DurabilityUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n      replayed\n    }\n  }\n": types.DurabilityUpdateActionDocument,
    "\n  mutation DurabilityCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n    }\n  }\n": types.DurabilityCreateActionDocument,
    "\n  query DurabilityFirstAction($after: String) {\n    actions(first: 1, after: $after) {\n      nodes {\n        id\n        version\n        objective {\n          id\n        }\n      }\n    }\n  }\n": types.DurabilityFirstActionDocument,
    "\n  query DurabilityActionCount {\n    actions(first: 0) {\n      totalCount\n    }\n  }\n": types.DurabilityActionCountDocument,
    "\n    query DurabilityActionAndHistory($id: ID!) {\n      action(id: $id) {\n        text\n        version\n      }\n      history(id: $id) {\n        totalCount\n        nodes {\n          operation\n          version\n          changes {\n            field\n            after\n          }\n        }\n      }\n    }\n  ": types.DurabilityActionAndHistoryDocument,
    "\n      mutation DurabilityArchiveAction($input: RecordVersionInput!) {\n        archiveAction(input: $input) {\n          action {\n            id\n            archivedAt\n            version\n          }\n        }\n      }\n    ": types.DurabilityArchiveActionDocument,
    "\n      mutation DurabilityRestoreAction($input: RecordVersionInput!) {\n        restoreAction(input: $input) {\n          action {\n            archivedAt\n            version\n          }\n        }\n      }\n    ": types.DurabilityRestoreActionDocument,
    "\n      query DurabilityArchivedAction($id: ID!) {\n        action(id: $id) {\n          text\n          archivedAt\n        }\n        history(id: $id) {\n          nodes {\n            operation\n          }\n        }\n      }\n    ": types.DurabilityArchivedActionDocument,
    "\n      mutation DurabilityCreateActionFull($input: CreateActionInput!) {\n        createAction(input: $input) {\n          action {\n            id\n            text\n            position\n            dueDate\n            status\n            objective {\n              id\n            }\n          }\n        }\n      }\n    ": types.DurabilityCreateActionFullDocument,
    "\n      query DurabilityCreatedHistory($id: ID!) {\n        history(id: $id) {\n          nodes {\n            operation\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    ": types.DurabilityCreatedHistoryDocument,
    "\n      query DurabilitySnapshot($id: ID!) {\n        action(id: $id) {\n          text\n          version\n          status\n          dueDate\n        }\n        changes(first: 0) {\n          totalCount\n        }\n      }\n    ": types.DurabilitySnapshotDocument,
    "\n    query DurabilityTexts($ids: [ID!]!) {\n      nodes(ids: $ids) {\n        id\n        ... on Action {\n          text\n        }\n      }\n    }\n  ": types.DurabilityTextsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExamplesResetProgress {\n        actions(filter: { agency: \"RESET\" }, first: 1) {\n          nodes {\n            text\n            status\n            progress {\n              quarterLabel\n              rag\n              reportedBy\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ExamplesResetProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExamplesResetActions {\n        agency(name: \"RESET\") {\n          name\n        }\n        actions(filter: { agency: \"RESET\" }, first: 100) {\n          totalCount\n          nodes {\n            text\n            priority {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ExamplesResetActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExamplesFirstPage {\n        actions(first: 100) {\n          nodes {\n            id\n            text\n            objective {\n              text\n            }\n            agencies {\n              name\n            }\n          }\n          pageInfo {\n            endCursor\n          }\n        }\n      }\n    "): typeof import('./graphql').ExamplesFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachingActionText {\n    actions(first: 1) {\n      nodes {\n        id\n        version\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').CachingActionTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachingUpdateReplayed($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      replayed\n    }\n  }\n"): typeof import('./graphql').CachingUpdateReplayedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachingUpdateText($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').CachingUpdateTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachingApiKeys {\n    apiKeys {\n      name\n    }\n  }\n"): typeof import('./graphql').CachingApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachingAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').CachingAuditSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceActions($after: String) {\n    actions(first: 100, after: $after) {\n      nodes {\n        id\n        version\n        text\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MultiInstanceActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceAction($id: ID!) {\n    action(id: $id) {\n      id\n      version\n      text\n    }\n  }\n"): typeof import('./graphql').MultiInstanceActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstanceActionHistory($id: ID!) {\n    action(id: $id) {\n      version\n      text\n    }\n    history(id: $id) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MultiInstanceActionHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiInstanceUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MultiInstanceUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiInstanceRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progressUpdate {\n        id\n        commentary\n      }\n    }\n  }\n"): typeof import('./graphql').MultiInstanceRecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiInstanceRevokeKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MultiInstanceRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiInstanceCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').MultiInstanceCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiInstancePlanTitle {\n    plan {\n      title\n    }\n  }\n"): typeof import('./graphql').MultiInstancePlanTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsHistory($id: ID!) {\n    history(id: $id) {\n      nodes {\n        operation\n        mutation\n        actorName\n        version\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MutationsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsAuditSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsSeeded {\n    pillars(first: 1) {\n      nodes {\n        id\n      }\n    }\n    priorities(first: 1) {\n      nodes {\n        id\n      }\n    }\n    objectives(first: 3) {\n      nodes {\n        id\n      }\n    }\n    actions(first: 1) {\n      nodes {\n        id\n      }\n    }\n    nationalOutcomes(first: 1) {\n      nodes {\n        id\n      }\n    }\n    outcomeMeasures(first: 100) {\n      nodes {\n        id\n        unit\n      }\n    }\n  }\n"): typeof import('./graphql').MutationsSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsPriority on Priority {\n    id\n    version\n    title\n    strategyName\n    strategyNarrative\n    position\n    archivedAt\n    pillar {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsPriorityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      priority {\n        ...MutationsPriority\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreatePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {\n    updatePriority(input: $input) {\n      priority {\n        ...MutationsPriority\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsUpdatePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsPriority($id: ID!) {\n    priority(id: $id) {\n      ...MutationsPriority\n    }\n  }\n"): typeof import('./graphql').MutationsPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsObjective on Objective {\n    id\n    version\n    text\n    subPoints\n    position\n    archivedAt\n    priority {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsObjectiveFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) {\n      objective {\n        ...MutationsObjective\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreateObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      objective {\n        ...MutationsObjective\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsUpdateObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjective($id: ID!) {\n    objective(id: $id) {\n      ...MutationsObjective\n      responsibilities {\n        agency {\n          id\n          name\n        }\n        asWritten\n      }\n    }\n  }\n"): typeof import('./graphql').MutationsObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsAgency on Agency {\n    id\n    version\n    name\n    shortName\n    kind\n    description\n    aliases\n    archivedAt\n    mergedInto {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsAgencyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsUpdateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) {\n      agency {\n        ...MutationsAgency\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsMergeAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAgency($id: ID!) {\n    agency(id: $id) {\n      ...MutationsAgency\n    }\n  }\n"): typeof import('./graphql').MutationsAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAgencyNamed($name: String!) {\n    agency(name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsAgencyNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsIdempotentAgencies {\n        agencies(first: 0, filter: { search: \"Idempotent Agency\" }) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').MutationsIdempotentAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsObjectiveResponsibilities on Objective {\n    id\n    version\n    responsibilities {\n      agency {\n        id\n        name\n      }\n      asWritten\n      source\n    }\n  }\n"): typeof import('./graphql').MutationsObjectiveResponsibilitiesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsActionResponsibilities on Action {\n    id\n    version\n    responsibilities {\n      agency {\n        id\n        name\n      }\n      asWritten\n      source\n    }\n  }\n"): typeof import('./graphql').MutationsActionResponsibilitiesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {\n    addObjectiveAgency(input: $input) {\n      objective {\n        ...MutationsObjectiveResponsibilities\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsAddObjectiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {\n    removeObjectiveAgency(input: $input) {\n      objective {\n        ...MutationsObjectiveResponsibilities\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRemoveObjectiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {\n    addActionAgency(input: $input) {\n      action {\n        ...MutationsActionResponsibilities\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsAddActionAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {\n    removeActionAgency(input: $input) {\n      action {\n        ...MutationsActionResponsibilities\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRemoveActionAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjectiveAgencies($id: ID!) {\n    objective(id: $id) {\n      ...MutationsObjectiveResponsibilities\n    }\n  }\n"): typeof import('./graphql').MutationsObjectiveAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsActionAgencies($id: ID!) {\n    action(id: $id) {\n      ...MutationsActionResponsibilities\n    }\n  }\n"): typeof import('./graphql').MutationsActionAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjectivesOf($a: String) {\n    objectives(first: 100, filter: { agency: $a }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MutationsObjectivesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsActionsOf($a: String) {\n    actions(first: 100, filter: { agency: $a }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MutationsActionsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsMeasure on OutcomeMeasure {\n    id\n    version\n    name\n    unit\n    direction\n    position\n    archivedAt\n    outcome {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsMeasureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsMeasureValue on MeasureValue {\n    id\n    version\n    kind\n    periodLabel\n    periodStart\n    periodEnd\n    value\n    note\n    source\n  }\n"): typeof import('./graphql').MutationsMeasureValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        ...MutationsMeasure\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {\n    updateOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        ...MutationsMeasure\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsUpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {\n    recordMeasureValue(input: $input) {\n      measureValue {\n        ...MutationsMeasureValue\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRecordValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsMeasure($id: ID!) {\n    outcomeMeasure(id: $id) {\n      ...MutationsMeasure\n      values {\n        ...MutationsMeasureValue\n      }\n    }\n  }\n"): typeof import('./graphql').MutationsMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsReprocurement on Reprocurement {\n    id\n    version\n    service\n    supplier\n    expiryDate\n    status\n    archivedAt\n    objective {\n      id\n    }\n    agency {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsReprocurementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {\n    createReprocurement(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreateReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {\n    updateReprocurement(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsUpdateReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {\n    setReprocurementStatus(input: $input) {\n      reprocurement {\n        ...MutationsReprocurement\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsSetReprocurementStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsReprocurement($id: ID!) {\n    reprocurement(id: $id) {\n      ...MutationsReprocurement\n    }\n  }\n"): typeof import('./graphql').MutationsReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsOverdueReprocurements {\n        reprocurements(first: 100, filter: { overdue: true, asOf: \"2024-06-01\" }) {\n          nodes {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').MutationsOverdueReprocurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsHelpService on HelpService {\n    id\n    version\n    name\n    description\n    audience\n    minAge\n    maxAge\n    phone\n    email\n    website\n    position\n    archivedAt\n    partnership {\n      id\n    }\n  }\n"): typeof import('./graphql').MutationsHelpServiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {\n    createHelpService(input: $input) {\n      helpService {\n        ...MutationsHelpService\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreateHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {\n    updateHelpService(input: $input) {\n      helpService {\n        ...MutationsHelpService\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsUpdateHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsHelpService($id: ID!) {\n    helpService(id: $id) {\n      ...MutationsHelpService\n    }\n  }\n"): typeof import('./graphql').MutationsHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsPartnership {\n        plan {\n          partnership {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').MutationsPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsHelpServices {\n        helpServices {\n          nodes {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').MutationsHelpServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchivePriority($input: RecordVersionInput!) {\n    archivePriority(input: $input) {\n      priority {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsArchivePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestorePriority($input: RecordVersionInput!) {\n    restorePriority(input: $input) {\n      priority {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRestorePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsPriorityState($id: ID!) {\n    priority(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    priorities(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsPriorityStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveObjective($input: RecordVersionInput!) {\n    archiveObjective(input: $input) {\n      objective {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsArchiveObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreObjective($input: RecordVersionInput!) {\n    restoreObjective(input: $input) {\n      objective {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRestoreObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjectiveState($id: ID!) {\n    objective(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    objectives(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsObjectiveStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) {\n      agency {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsArchiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreAgency($input: RecordVersionInput!) {\n    restoreAgency(input: $input) {\n      agency {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRestoreAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAgencyState($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    agencies(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsAgencyStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {\n    archiveOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsArchiveMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {\n    restoreOutcomeMeasure(input: $input) {\n      outcomeMeasure {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRestoreMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsMeasureState($id: ID!) {\n    outcomeMeasure(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    outcomeMeasures(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsMeasureStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {\n    archiveReprocurement(input: $input) {\n      reprocurement {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsArchiveReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {\n    restoreReprocurement(input: $input) {\n      reprocurement {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRestoreReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsReprocurementState($id: ID!) {\n    reprocurement(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    reprocurements(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsReprocurementStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {\n    archiveHelpService(input: $input) {\n      helpService {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsArchiveHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {\n    restoreHelpService(input: $input) {\n      helpService {\n        id\n        version\n        archivedAt\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').MutationsRestoreHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsHelpServiceState($id: ID!) {\n    helpService(id: $id) {\n      id\n      version\n      archivedAt\n    }\n    helpServices(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MutationsHelpServiceStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTitle {\n    plan {\n      title\n    }\n  }\n"): typeof import('./graphql').PlanTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PillarNames {\n    plan {\n      pillars {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PillarNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservabilityTitle {\n    plan {\n      title\n    }\n  }\n"): typeof import('./graphql').ObservabilityTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsProbe {\n    plan {\n      title\n    }\n  }\n"): typeof import('./graphql').MetricsProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnPort {\n    plan {\n      title\n    }\n  }\n"): typeof import('./graphql').OwnPortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverLimit {\n    plan {\n      title\n    }\n  }\n"): typeof import('./graphql').OverLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressRecord($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      replayed\n      progressUpdate {\n        id\n        financialYear\n        quarter\n        quarterLabel\n        periodStart\n        periodEnd\n        status\n        rag\n        percentComplete\n        commentary\n        reportedBy\n        action {\n          id\n          status\n          version\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressAction($id: ID!) {\n    action(id: $id) {\n      id\n      status\n      version\n      archivedAt\n      progress {\n        id\n        quarterLabel\n        status\n        rag\n        percentComplete\n        commentary\n        reportedBy\n      }\n      latestProgress {\n        id\n        quarterLabel\n        status\n        rag\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {\n    actions(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressSnapshot($id: ID!) {\n    action(id: $id) {\n      status\n      version\n      progress {\n        id\n      }\n    }\n    changes(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ProgressSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressUpdateNode($id: ID!) {\n      node(id: $id) {\n        ... on ProgressUpdate {\n          quarterLabel\n          action {\n            id\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressUpdateNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressStatusHistory($id: ID!) {\n      history(id: $id) {\n        nodes {\n          operation\n          mutation\n          actorName\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressStatusHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressCreatedHistory($id: ID!) {\n      history(id: $id) {\n        nodes {\n          operation\n          mutation\n          changes {\n            field\n            after\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressCreatedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressSeries {\n      actions(first: 100) {\n        nodes {\n          id\n          progress {\n            id\n          }\n          latestProgress {\n            quarterLabel\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressPlanShape {\n      plan {\n        id\n        pillars {\n          nodes {\n            id\n            number\n            priorities {\n              nodes {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressPlanShapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressActionContext($id: ID!) {\n      action(id: $id) {\n        priority {\n          id\n        }\n        agencies {\n          id\n          name\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressActionContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressReportCounts($quarter: String!) {\n      progressReport(quarter: $quarter) {\n        plan {\n          id\n        }\n        quarter\n        periodStart\n        periodEnd\n        overall {\n          ...ProgressCounts\n        }\n        pillars {\n          pillar {\n            id\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n        priorities {\n          priority {\n            id\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n        agencies {\n          agency {\n            id\n            name\n          }\n          counts {\n            ...ProgressCounts\n          }\n        }\n      }\n    }\n    fragment ProgressCounts on RagCounts {\n      red\n      amber\n      green\n      noUpdate\n      total\n    }\n  "): typeof import('./graphql').ProgressReportCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressQ4Overall {\n      progressReport(quarter: \"2024-25 Q4\") {\n        overall {\n          green\n          noUpdate\n          total\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressQ4OverallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressQ2Overall {\n      progressReport(quarter: \"2024-25 Q2\") {\n        overall {\n          green\n          noUpdate\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressQ2OverallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProgressArchiveAction($input: RecordVersionInput!) {\n      archiveAction(input: $input) {\n        action {\n          version\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressArchiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProgressRestoreAction($input: RecordVersionInput!) {\n      restoreAction(input: $input) {\n        action {\n          archivedAt\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressRestoreActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressChangeCount {\n      changes(first: 0) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').ProgressChangeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressWithoutQ1($after: String) {\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 100, after: $after) {\n        totalCount\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): typeof import('./graphql').ProgressWithoutQ1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressPlanId {\n      plan {\n        id\n      }\n    }\n  "): typeof import('./graphql').ProgressPlanIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressWithoutQ1ForPlan($planId: ID!) {\n      plan {\n        id\n      }\n      progressReport(quarter: \"2024-25 Q1\", planId: $planId) {\n        overall {\n          noUpdate\n          total\n        }\n      }\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", planId: $planId, first: 0) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').ProgressWithoutQ1ForPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressReportBadQuarter {\n          progressReport(quarter: \"Q1 2024\") {\n            quarter\n          }\n        }\n      "): typeof import('./graphql').ProgressReportBadQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressReportLaterYear {\n          progressReport(quarter: \"2025-26 Q1\") {\n            quarter\n          }\n        }\n      "): typeof import('./graphql').ProgressReportLaterYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressWithoutBadQuarter {\n          actionsWithoutProgress(quarter: \"2024-25 Q9\") {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').ProgressWithoutBadQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressWithoutPageTooLarge {\n          actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 101) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').ProgressWithoutPageTooLargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressReportBadPlanId {\n          progressReport(quarter: \"2024-25 Q1\", planId: \"nope\") {\n            quarter\n          }\n        }\n      "): typeof import('./graphql').ProgressReportBadPlanIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgressReportMissingPlan {\n          progressReport(quarter: \"2024-25 Q1\", planId: \"UGxhbjo5OTk=\") {\n            quarter\n          }\n        }\n      "): typeof import('./graphql').ProgressReportMissingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadDefectsAgencyNamed($name: String) {\n    agency(name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReadDefectsAgencyNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadDefectsAuditSize {\n    changes(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ReadDefectsAuditSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsResetWithCommas {\n        agency(name: \"  reset,, \") {\n          shortName\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsResetWithCommasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsSearch($f: ActionFilter) {\n        actions(filter: $f) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) {\n          replayed\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsRecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadDefectsReportedBy($id: ID!) {\n      action(id: $id) {\n        progress {\n          quarterLabel\n          reportedBy\n        }\n      }\n    }\n  "): typeof import('./graphql').ReadDefectsReportedByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {\n        changes(since: $s, until: $u) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsChangesWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsTwoActions {\n        actions(first: 2) {\n          nodes {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsTwoActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n          __typename\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) {\n          nodes {\n            service\n            expiryDate\n            overdue\n            daysUntilExpiry\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsOwnAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) {\n          nodes {\n            overdue(asOf: \"2024-03-01\")\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsOwnAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsToday {\n        reprocurements {\n          nodes {\n            overdue\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadDefectsTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPlanWholeTree {\n    plan {\n      id\n      title\n      periodLabel\n      periodStart\n      periodEnd\n      kind\n      strategy {\n        title\n        periodLabel\n      }\n      partnership {\n        name\n      }\n      pillars {\n        totalCount\n        nodes {\n          id\n          number\n          name\n          vision\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              id\n              title\n              strategyName\n              objectives(first: 100) {\n                totalCount\n                nodes {\n                  id\n                  text\n                  subPoints\n                  actions(first: 100) {\n                    totalCount\n                    nodes {\n                      id\n                      text\n                      status\n                      fundingCondition\n                      target\n                      durationMonths\n                      agencies {\n                        id\n                        name\n                      }\n                      responsibilities {\n                        asWritten\n                        agency {\n                          name\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReadPlanWholeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanAgencies {\n        agencies(first: 100) {\n          totalCount\n          nodes {\n            name\n            aliases\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanOutcomes {\n        nationalOutcomes {\n          totalCount\n          nodes {\n            name\n            pillar {\n              number\n            }\n            measures {\n              name\n            }\n          }\n        }\n        outcomeMeasures(first: 100) {\n          totalCount\n          nodes {\n            name\n            unit\n            direction\n            baseline {\n              value\n              periodLabel\n            }\n            latest {\n              value\n              periodLabel\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanReprocurements {\n        reprocurements {\n          totalCount\n          nodes {\n            service\n            supplier\n            expiryDate\n            status\n            overdue(asOf: \"2024-04-01\")\n            agency {\n              shortName\n              name\n            }\n            objective {\n              text\n            }\n            action {\n              text\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanReprocurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanHelpServices {\n        helpServices {\n          totalCount\n          nodes {\n            name\n            phone\n            email\n            website\n            minAge\n            maxAge\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanHelpServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanCuckooing {\n        actions(first: 1, filter: { search: \"Cuckooing\" }) {\n          nodes {\n            id\n            text\n            objective {\n              text\n              priority {\n                title\n                pillar {\n                  number\n                  plan {\n                    periodLabel\n                  }\n                }\n              }\n            }\n            priority {\n              title\n            }\n            pillar {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanCuckooingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanActionNode($id: ID!) {\n        node(id: $id) {\n          id\n          ... on Action {\n            text\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanActionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanMps {\n        agency(name: \"metropolitan police service (mps)\") {\n          id\n          name\n          shortName\n          aliases\n          objectives(first: 100) {\n            totalCount\n            nodes {\n              text\n            }\n          }\n          actions(first: 100) {\n            totalCount\n            nodes {\n              text\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanMpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanActionsOfAgency($id: String!) {\n        actions(first: 100, filter: { agency: $id }) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ReadPlanActionsOfAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanPillarIds {\n        pillars {\n          nodes {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanPillarIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ReadPlanNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanPage($first: Int, $after: String) {\n      actions(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  "): typeof import('./graphql').ReadPlanPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanNestedPage {\n        pillars(first: 1) {\n          nodes {\n            priorities(first: 2) {\n              totalCount\n              nodes {\n                title\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanNestedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanActionCount($f: ActionFilter) {\n      actions(first: 0, filter: $f) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').ReadPlanActionCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanActionCounts {\n        pillars {\n          nodes {\n            id\n            priorities(first: 100) {\n              nodes {\n                id\n                objectives(first: 100) {\n                  nodes {\n                    id\n                    actions(first: 0) {\n                      totalCount\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanActionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanReprocurementServices($f: ReprocurementFilter) {\n        reprocurements(filter: $f) {\n          nodes {\n            service\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanReprocurementServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanAction($id: ID!) {\n      action(id: $id) {\n        id\n      }\n    }\n  "): typeof import('./graphql').ReadPlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {\n      actions(first: $first, after: $after, filter: $f) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').ReadPlanActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanPillarFilter {\n        actions(filter: { pillarId: \"xyz\" }) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ReadPlanPillarFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanNestedFirst {\n        pillars {\n          nodes {\n            priorities(first: 500) {\n              totalCount\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ReadPlanNestedFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanTwoErrors {\n        actions(after: \"x\") {\n          totalCount\n        }\n        action(id: \"y\") {\n          id\n        }\n      }\n    "): typeof import('./graphql').ReadPlanTwoErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanCounts {\n        actions(first: 0) {\n          totalCount\n        }\n        agencies(first: 0) {\n          totalCount\n        }\n        reprocurements {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ReadPlanCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskTestFields on Risk {\n    id\n    version\n    createdAt\n    updatedAt\n    archivedAt\n    description\n    likelihood\n    impact\n    score\n    mitigation\n    status\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n    action {\n      id\n    }\n  }\n"): typeof import('./graphql').RiskTestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskCreate($input: CreateRiskInput!) {\n    createRisk(input: $input) {\n      replayed\n      risk {\n        ...RiskTestFields\n      }\n    }\n  }\n"): typeof import('./graphql').RiskCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskUpdate($input: UpdateRiskInput!) {\n    updateRisk(input: $input) {\n      replayed\n      risk {\n        ...RiskTestFields\n      }\n    }\n  }\n"): typeof import('./graphql').RiskUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskArchive($input: RecordVersionInput!) {\n    archiveRisk(input: $input) {\n      risk {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RiskArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskRestore($input: RecordVersionInput!) {\n    restoreRisk(input: $input) {\n      risk {\n        id\n        version\n        archivedAt\n      }\n    }\n  }\n"): typeof import('./graphql').RiskRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskList($filter: RiskFilter, $first: Int, $after: String) {\n    risks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        score\n      }\n    }\n  }\n"): typeof import('./graphql').RiskListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskOne($id: ID!) {\n    risk(id: $id) {\n      ...RiskTestFields\n    }\n    node(id: $id) {\n      __typename\n      id\n      ... on Risk {\n        score\n        status\n        action {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskActionRisks($id: ID!) {\n    action(id: $id) {\n      id\n      risks {\n        id\n        score\n      }\n    }\n  }\n"): typeof import('./graphql').RiskActionRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskHistory($id: ID!) {\n    history(id: $id) {\n      nodes {\n        operation\n        mutation\n        actorName\n        version\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskScopes {\n    plan {\n      pillars {\n        nodes {\n          id\n          number\n          priorities(first: 100) {\n            nodes {\n              objectives(first: 100) {\n                nodes {\n                  text\n                  agencies {\n                    id\n                    shortName\n                  }\n                  actions(first: 3) {\n                    nodes {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n        name\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').RiskCreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RiskArchiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskActionsWithRisks($pillarId: ID!) {\n    actions(first: 100, filter: { pillarId: $pillarId }) {\n      nodes {\n        id\n        risks {\n          id\n          score\n          ownerAgency {\n            name\n          }\n          action {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskActionsWithRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SdkResetCount {\n        actions(filter: { agency: \"RESET\" }) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').SdkResetCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleBadId {\n    action(id: \"nope\") {\n      id\n    }\n  }\n"): typeof import('./graphql').LifecycleBadIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LifecycleFirstAction {\n        actions(first: 1) {\n          nodes {\n            id\n            text\n          }\n        }\n        agencies(first: 0) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').LifecycleFirstActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LifecycleIntrospection {\n          __schema {\n            queryType {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').LifecycleIntrospectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsWholeTree {\n    plan {\n      title\n      pillars {\n        nodes {\n          name\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              title\n              objectives(first: 100) {\n                nodes {\n                  text\n                  agencies {\n                    name\n                  }\n                  actions(first: 100) {\n                    totalCount\n                    nodes {\n                      text\n                      status\n                      agencies {\n                        name\n                      }\n                      responsibilities {\n                        asWritten\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatementsWholeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsNoNesting {\n    actions(first: 100, filter: { agency: \"RESET\" }) {\n      totalCount\n      nodes {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').StatementsNoNestingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsOneLevel {\n    actions(first: 100, filter: { agency: \"RESET\" }) {\n      nodes {\n        text\n        objective {\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatementsOneLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsTwoLevels {\n    actions(first: 100, filter: { agency: \"reset\", search: \"e\" }) {\n      nodes {\n        text\n        objective {\n          text\n          priority {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatementsTwoLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StatementsUnknownAgency {\n      actions(filter: { agency: \"No such agency\" }) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').StatementsUnknownAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsRoundReads {\n    chaseList(round: \"2024-25Q2\") {\n      daysToDeadline\n      agencies {\n        agency {\n          name\n        }\n        contactEmail\n        actions {\n          text\n        }\n      }\n    }\n    round(ref: \"2024-25Q2\") {\n      draftSnapshot {\n        overall {\n          total\n        }\n        actions {\n          ref\n          agencyIds\n          updates {\n            rag\n          }\n        }\n        measures {\n          values {\n            value\n          }\n        }\n        contracts {\n          expiryDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatementsRoundReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsBoardReport {\n    boardReport(round: \"2024-25Q2\", format: MD) {\n      draft\n      byteLength\n      changesOmitted\n    }\n  }\n"): typeof import('./graphql').StatementsBoardReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeBudgetWholeTree {\n    plans {\n      nodes {\n        pillars {\n          nodes {\n            priorities {\n              nodes {\n                objectives {\n                  nodes {\n                    text\n                    agencies {\n                      name\n                    }\n                    actions {\n                      nodes {\n                        text\n                        status\n                        agencies {\n                          name\n                        }\n                        responsibilities {\n                          asWritten\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TimeBudgetWholeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationFixtures {\n    actions(first: 1) {\n      nodes {\n        id\n      }\n    }\n    outcomeMeasures(first: 100) {\n      nodes {\n        id\n        unit\n      }\n    }\n  }\n"): typeof import('./graphql').ValidationFixturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationAction($id: ID!) {\n      action(id: $id) {\n        version\n        durationMonths\n        dueDate\n      }\n    }\n  "): typeof import('./graphql').ValidationActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationUpdateAction($input: UpdateActionInput!) {\n      updateAction(input: $input) {\n        action {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateAgency($input: CreateAgencyInput!) {\n      createAgency(input: $input) {\n        agency {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationCreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {\n      recordMeasureValue(input: $input) {\n        measureValue {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationRecordValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {\n      createHelpService(input: $input) {\n        helpService {\n          phone\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationCreateHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {\n      createReprocurement(input: $input) {\n        reprocurement {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationCreateReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationObjective {\n      objectives(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationEmptySearch {\n      actions(filter: { search: \"\" }) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').ValidationEmptySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationLongQuarter {\n      progressReport(quarter: \"2024-25 Q1 and then some more text\") {\n        quarter\n      }\n    }\n  "): typeof import('./graphql').ValidationLongQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationVersionTypes {\n      __schema {\n        types {\n          name\n          kind\n          fields {\n            name\n            type {\n              kind\n              ofType {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ValidationVersionTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DurabilityUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n      replayed\n    }\n  }\n"): typeof import('./graphql').DurabilityUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DurabilityCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n        version\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').DurabilityCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DurabilityFirstAction($after: String) {\n    actions(first: 1, after: $after) {\n      nodes {\n        id\n        version\n        objective {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DurabilityFirstActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DurabilityActionCount {\n    actions(first: 0) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DurabilityActionCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DurabilityActionAndHistory($id: ID!) {\n      action(id: $id) {\n        text\n        version\n      }\n      history(id: $id) {\n        totalCount\n        nodes {\n          operation\n          version\n          changes {\n            field\n            after\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').DurabilityActionAndHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DurabilityArchiveAction($input: RecordVersionInput!) {\n        archiveAction(input: $input) {\n          action {\n            id\n            archivedAt\n            version\n          }\n        }\n      }\n    "): typeof import('./graphql').DurabilityArchiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DurabilityRestoreAction($input: RecordVersionInput!) {\n        restoreAction(input: $input) {\n          action {\n            archivedAt\n            version\n          }\n        }\n      }\n    "): typeof import('./graphql').DurabilityRestoreActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilityArchivedAction($id: ID!) {\n        action(id: $id) {\n          text\n          archivedAt\n        }\n        history(id: $id) {\n          nodes {\n            operation\n          }\n        }\n      }\n    "): typeof import('./graphql').DurabilityArchivedActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DurabilityCreateActionFull($input: CreateActionInput!) {\n        createAction(input: $input) {\n          action {\n            id\n            text\n            position\n            dueDate\n            status\n            objective {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DurabilityCreateActionFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilityCreatedHistory($id: ID!) {\n        history(id: $id) {\n          nodes {\n            operation\n            changes {\n              field\n              before\n              after\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DurabilityCreatedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilitySnapshot($id: ID!) {\n        action(id: $id) {\n          text\n          version\n          status\n          dueDate\n        }\n        changes(first: 0) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').DurabilitySnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DurabilityTexts($ids: [ID!]!) {\n      nodes(ids: $ids) {\n        id\n        ... on Action {\n          text\n        }\n      }\n    }\n  "): typeof import('./graphql').DurabilityTextsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
