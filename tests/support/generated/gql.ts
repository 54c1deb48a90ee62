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
    "\n      query ExamplesResetProgress {\n        actions(filter: { agency: \"RESET\" }, first: 1) { nodes { text status progress { quarterLabel rag reportedBy } } }\n      }\n    ": typeof types.ExamplesResetProgressDocument,
    "\n      query ExamplesResetActions {\n        agency(name: \"RESET\") { name }\n        actions(filter: { agency: \"RESET\" }, first: 100) { totalCount nodes { text priority { id } } }\n      }\n    ": typeof types.ExamplesResetActionsDocument,
    "\n      query ExamplesFirstPage {\n        actions(first: 100) { nodes { id text objective { text } agencies { name } } pageInfo { endCursor } }\n      }\n    ": typeof types.ExamplesFirstPageDocument,
    "\n  query CachingActionText {\n    actions(first: 1) { nodes { id version text } }\n  }\n": typeof types.CachingActionTextDocument,
    "\n  mutation CachingUpdateReplayed($input: UpdateActionInput!) {\n    updateAction(input: $input) { replayed }\n  }\n": typeof types.CachingUpdateReplayedDocument,
    "\n  mutation CachingUpdateText($input: UpdateActionInput!) {\n    updateAction(input: $input) { action { text } }\n  }\n": typeof types.CachingUpdateTextDocument,
    "\n  query CachingApiKeys {\n    apiKeys { name }\n  }\n": typeof types.CachingApiKeysDocument,
    "\n  query CachingAuditSize {\n    changes(first: 0) { totalCount }\n  }\n": typeof types.CachingAuditSizeDocument,
    "\n  query MutationsHistory($id: ID!) {\n    history(id: $id) { nodes { operation mutation actorName version changes { field before after } } }\n  }\n": typeof types.MutationsHistoryDocument,
    "\n  query MutationsAuditSize {\n    changes(first: 0) { totalCount }\n  }\n": typeof types.MutationsAuditSizeDocument,
    "\n  query MutationsSeeded {\n    pillars(first: 1) { nodes { id } }\n    priorities(first: 1) { nodes { id } }\n    objectives(first: 3) { nodes { id } }\n    actions(first: 1) { nodes { id } }\n    nationalOutcomes(first: 1) { nodes { id } }\n    outcomeMeasures(first: 100) { nodes { id unit } }\n  }\n": typeof types.MutationsSeededDocument,
    "\n  fragment MutationsPriority on Priority { id version title strategyName strategyNarrative position archivedAt pillar { id } }\n": typeof types.MutationsPriorityFragmentDoc,
    "\n  mutation MutationsCreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) { priority { ...MutationsPriority } replayed }\n  }\n": typeof types.MutationsCreatePriorityDocument,
    "\n  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {\n    updatePriority(input: $input) { priority { ...MutationsPriority } replayed }\n  }\n": typeof types.MutationsUpdatePriorityDocument,
    "\n  query MutationsPriority($id: ID!) {\n    priority(id: $id) { ...MutationsPriority }\n  }\n": typeof types.MutationsPriorityDocument,
    "\n  fragment MutationsObjective on Objective { id version text subPoints position archivedAt priority { id } }\n": typeof types.MutationsObjectiveFragmentDoc,
    "\n  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) { objective { ...MutationsObjective } replayed }\n  }\n": typeof types.MutationsCreateObjectiveDocument,
    "\n  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) { objective { ...MutationsObjective } replayed }\n  }\n": typeof types.MutationsUpdateObjectiveDocument,
    "\n  query MutationsObjective($id: ID!) {\n    objective(id: $id) { ...MutationsObjective responsibilities { agency { id name } asWritten } }\n  }\n": typeof types.MutationsObjectiveDocument,
    "\n  fragment MutationsAgency on Agency { id version name shortName kind description aliases archivedAt mergedInto { id } }\n": typeof types.MutationsAgencyFragmentDoc,
    "\n  mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n": typeof types.MutationsCreateAgencyDocument,
    "\n  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n": typeof types.MutationsUpdateAgencyDocument,
    "\n  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n": typeof types.MutationsMergeAgenciesDocument,
    "\n  query MutationsAgency($id: ID!) {\n    agency(id: $id) { ...MutationsAgency }\n  }\n": typeof types.MutationsAgencyDocument,
    "\n  query MutationsAgencyNamed($name: String!) {\n    agency(name: $name) { id }\n  }\n": typeof types.MutationsAgencyNamedDocument,
    "\n      query MutationsIdempotentAgencies {\n        agencies(first: 0, filter: { search: \"Idempotent Agency\" }) { totalCount }\n      }\n    ": typeof types.MutationsIdempotentAgenciesDocument,
    "\n  fragment MutationsObjectiveResponsibilities on Objective { id version responsibilities { agency { id name } asWritten source } }\n": typeof types.MutationsObjectiveResponsibilitiesFragmentDoc,
    "\n  fragment MutationsActionResponsibilities on Action { id version responsibilities { agency { id name } asWritten source } }\n": typeof types.MutationsActionResponsibilitiesFragmentDoc,
    "\n  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {\n    addObjectiveAgency(input: $input) { objective { ...MutationsObjectiveResponsibilities } replayed }\n  }\n": typeof types.MutationsAddObjectiveAgencyDocument,
    "\n  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {\n    removeObjectiveAgency(input: $input) { objective { ...MutationsObjectiveResponsibilities } replayed }\n  }\n": typeof types.MutationsRemoveObjectiveAgencyDocument,
    "\n  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {\n    addActionAgency(input: $input) { action { ...MutationsActionResponsibilities } replayed }\n  }\n": typeof types.MutationsAddActionAgencyDocument,
    "\n  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {\n    removeActionAgency(input: $input) { action { ...MutationsActionResponsibilities } replayed }\n  }\n": typeof types.MutationsRemoveActionAgencyDocument,
    "\n  query MutationsObjectiveAgencies($id: ID!) {\n    objective(id: $id) { ...MutationsObjectiveResponsibilities }\n  }\n": typeof types.MutationsObjectiveAgenciesDocument,
    "\n  query MutationsActionAgencies($id: ID!) {\n    action(id: $id) { ...MutationsActionResponsibilities }\n  }\n": typeof types.MutationsActionAgenciesDocument,
    "\n  query MutationsObjectivesOf($a: String) {\n    objectives(first: 100, filter: { agency: $a }) { nodes { id } }\n  }\n": typeof types.MutationsObjectivesOfDocument,
    "\n  query MutationsActionsOf($a: String) {\n    actions(first: 100, filter: { agency: $a }) { nodes { id } }\n  }\n": typeof types.MutationsActionsOfDocument,
    "\n  fragment MutationsMeasure on OutcomeMeasure { id version name unit direction position archivedAt outcome { id } }\n": typeof types.MutationsMeasureFragmentDoc,
    "\n  fragment MutationsMeasureValue on MeasureValue { id version kind periodLabel periodStart periodEnd value note source }\n": typeof types.MutationsMeasureValueFragmentDoc,
    "\n  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) { outcomeMeasure { ...MutationsMeasure } replayed }\n  }\n": typeof types.MutationsCreateMeasureDocument,
    "\n  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {\n    updateOutcomeMeasure(input: $input) { outcomeMeasure { ...MutationsMeasure } replayed }\n  }\n": typeof types.MutationsUpdateMeasureDocument,
    "\n  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {\n    recordMeasureValue(input: $input) { measureValue { ...MutationsMeasureValue } replayed }\n  }\n": typeof types.MutationsRecordValueDocument,
    "\n  query MutationsMeasure($id: ID!) {\n    outcomeMeasure(id: $id) { ...MutationsMeasure values { ...MutationsMeasureValue } }\n  }\n": typeof types.MutationsMeasureDocument,
    "\n  fragment MutationsReprocurement on Reprocurement { id version service supplier expiryDate status archivedAt objective { id } agency { id } }\n": typeof types.MutationsReprocurementFragmentDoc,
    "\n  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {\n    createReprocurement(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n": typeof types.MutationsCreateReprocurementDocument,
    "\n  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {\n    updateReprocurement(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n": typeof types.MutationsUpdateReprocurementDocument,
    "\n  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {\n    setReprocurementStatus(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n": typeof types.MutationsSetReprocurementStatusDocument,
    "\n  query MutationsReprocurement($id: ID!) {\n    reprocurement(id: $id) { ...MutationsReprocurement }\n  }\n": typeof types.MutationsReprocurementDocument,
    "\n      query MutationsOverdueReprocurements {\n        reprocurements(first: 100, filter: { overdue: true, asOf: \"2024-06-01\" }) { nodes { id } }\n      }\n    ": typeof types.MutationsOverdueReprocurementsDocument,
    "\n  fragment MutationsHelpService on HelpService { id version name description audience minAge maxAge phone email website position archivedAt partnership { id } }\n": typeof types.MutationsHelpServiceFragmentDoc,
    "\n  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {\n    createHelpService(input: $input) { helpService { ...MutationsHelpService } replayed }\n  }\n": typeof types.MutationsCreateHelpServiceDocument,
    "\n  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {\n    updateHelpService(input: $input) { helpService { ...MutationsHelpService } replayed }\n  }\n": typeof types.MutationsUpdateHelpServiceDocument,
    "\n  query MutationsHelpService($id: ID!) {\n    helpService(id: $id) { ...MutationsHelpService }\n  }\n": typeof types.MutationsHelpServiceDocument,
    "\n      query MutationsPartnership {\n        plan { partnership { id } }\n      }\n    ": typeof types.MutationsPartnershipDocument,
    "\n      query MutationsHelpServices {\n        helpServices { nodes { id } }\n      }\n    ": typeof types.MutationsHelpServicesDocument,
    "\n  mutation MutationsCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) { action { id } replayed }\n  }\n": typeof types.MutationsCreateActionDocument,
    "\n  mutation MutationsArchivePriority($input: RecordVersionInput!) {\n    archivePriority(input: $input) { priority { id version archivedAt } replayed }\n  }\n": typeof types.MutationsArchivePriorityDocument,
    "\n  mutation MutationsRestorePriority($input: RecordVersionInput!) {\n    restorePriority(input: $input) { priority { id version archivedAt } replayed }\n  }\n": typeof types.MutationsRestorePriorityDocument,
    "\n  query MutationsPriorityState($id: ID!) {\n    priority(id: $id) { id version archivedAt }\n    priorities(first: 0) { totalCount }\n  }\n": typeof types.MutationsPriorityStateDocument,
    "\n  mutation MutationsArchiveObjective($input: RecordVersionInput!) {\n    archiveObjective(input: $input) { objective { id version archivedAt } replayed }\n  }\n": typeof types.MutationsArchiveObjectiveDocument,
    "\n  mutation MutationsRestoreObjective($input: RecordVersionInput!) {\n    restoreObjective(input: $input) { objective { id version archivedAt } replayed }\n  }\n": typeof types.MutationsRestoreObjectiveDocument,
    "\n  query MutationsObjectiveState($id: ID!) {\n    objective(id: $id) { id version archivedAt }\n    objectives(first: 0) { totalCount }\n  }\n": typeof types.MutationsObjectiveStateDocument,
    "\n  mutation MutationsArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) { agency { id version archivedAt } replayed }\n  }\n": typeof types.MutationsArchiveAgencyDocument,
    "\n  mutation MutationsRestoreAgency($input: RecordVersionInput!) {\n    restoreAgency(input: $input) { agency { id version archivedAt } replayed }\n  }\n": typeof types.MutationsRestoreAgencyDocument,
    "\n  query MutationsAgencyState($id: ID!) {\n    agency(id: $id) { id version archivedAt }\n    agencies(first: 0) { totalCount }\n  }\n": typeof types.MutationsAgencyStateDocument,
    "\n  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {\n    archiveOutcomeMeasure(input: $input) { outcomeMeasure { id version archivedAt } replayed }\n  }\n": typeof types.MutationsArchiveMeasureDocument,
    "\n  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {\n    restoreOutcomeMeasure(input: $input) { outcomeMeasure { id version archivedAt } replayed }\n  }\n": typeof types.MutationsRestoreMeasureDocument,
    "\n  query MutationsMeasureState($id: ID!) {\n    outcomeMeasure(id: $id) { id version archivedAt }\n    outcomeMeasures(first: 0) { totalCount }\n  }\n": typeof types.MutationsMeasureStateDocument,
    "\n  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {\n    archiveReprocurement(input: $input) { reprocurement { id version archivedAt } replayed }\n  }\n": typeof types.MutationsArchiveReprocurementDocument,
    "\n  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {\n    restoreReprocurement(input: $input) { reprocurement { id version archivedAt } replayed }\n  }\n": typeof types.MutationsRestoreReprocurementDocument,
    "\n  query MutationsReprocurementState($id: ID!) {\n    reprocurement(id: $id) { id version archivedAt }\n    reprocurements(first: 0) { totalCount }\n  }\n": typeof types.MutationsReprocurementStateDocument,
    "\n  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {\n    archiveHelpService(input: $input) { helpService { id version archivedAt } replayed }\n  }\n": typeof types.MutationsArchiveHelpServiceDocument,
    "\n  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {\n    restoreHelpService(input: $input) { helpService { id version archivedAt } replayed }\n  }\n": typeof types.MutationsRestoreHelpServiceDocument,
    "\n  query MutationsHelpServiceState($id: ID!) {\n    helpService(id: $id) { id version archivedAt }\n    helpServices(first: 0) { totalCount }\n  }\n": typeof types.MutationsHelpServiceStateDocument,
    "\n  query PlanTitle {\n    plan { title }\n  }\n": typeof types.PlanTitleDocument,
    "\n  query PillarNames {\n    plan { pillars { nodes { name } } }\n  }\n": typeof types.PillarNamesDocument,
    "\n  query ObservabilityTitle {\n    plan { title }\n  }\n": typeof types.ObservabilityTitleDocument,
    "\n  query MetricsProbe {\n    plan { title }\n  }\n": typeof types.MetricsProbeDocument,
    "\n  query OwnPort {\n    plan { title }\n  }\n": typeof types.OwnPortDocument,
    "\n  query OverLimit {\n    plan { title }\n  }\n": typeof types.OverLimitDocument,
    "\n  mutation ProgressRecord($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      replayed\n      progressUpdate { id financialYear quarter quarterLabel periodStart periodEnd status rag percentComplete commentary reportedBy action { id status version } }\n    }\n  }\n": typeof types.ProgressRecordDocument,
    "\n  query ProgressAction($id: ID!) {\n    action(id: $id) {\n      id status version archivedAt\n      progress { id quarterLabel status rag percentComplete commentary reportedBy }\n      latestProgress { id quarterLabel status rag }\n    }\n  }\n": typeof types.ProgressActionDocument,
    "\n  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {\n    actions(filter: $filter, first: $first, after: $after) { nodes { id } }\n  }\n": typeof types.ProgressActionIdsDocument,
    "\n  query ProgressSnapshot($id: ID!) {\n    action(id: $id) { status version progress { id } }\n    changes(first: 0) { totalCount }\n  }\n": typeof types.ProgressSnapshotDocument,
    "\n    query ProgressUpdateNode($id: ID!) {\n      node(id: $id) { ... on ProgressUpdate { quarterLabel action { id } } }\n    }\n  ": typeof types.ProgressUpdateNodeDocument,
    "\n    query ProgressStatusHistory($id: ID!) {\n      history(id: $id) { nodes { operation mutation actorName changes { field before after } } }\n    }\n  ": typeof types.ProgressStatusHistoryDocument,
    "\n    query ProgressCreatedHistory($id: ID!) {\n      history(id: $id) { nodes { operation mutation changes { field after } } }\n    }\n  ": typeof types.ProgressCreatedHistoryDocument,
    "\n    query ProgressSeries {\n      actions(first: 100) { nodes { id progress { id } latestProgress { quarterLabel } } }\n    }\n  ": typeof types.ProgressSeriesDocument,
    "\n    query ProgressPlanShape {\n      plan { id pillars { nodes { id number priorities { nodes { id } } } } }\n    }\n  ": typeof types.ProgressPlanShapeDocument,
    "\n    query ProgressActionContext($id: ID!) {\n      action(id: $id) { priority { id } agencies { id name } }\n    }\n  ": typeof types.ProgressActionContextDocument,
    "\n    query ProgressReportCounts($quarter: String!) {\n      progressReport(quarter: $quarter) {\n        plan { id } quarter periodStart periodEnd\n        overall { ...ProgressCounts }\n        pillars { pillar { id } counts { ...ProgressCounts } }\n        priorities { priority { id } counts { ...ProgressCounts } }\n        agencies { agency { id name } counts { ...ProgressCounts } }\n      }\n    }\n    fragment ProgressCounts on RagCounts { red amber green noUpdate total }\n  ": typeof types.ProgressReportCountsDocument,
    "\n    query ProgressQ4Overall {\n      progressReport(quarter: \"2024-25 Q4\") { overall { green noUpdate total } }\n    }\n  ": typeof types.ProgressQ4OverallDocument,
    "\n    query ProgressQ2Overall {\n      progressReport(quarter: \"2024-25 Q2\") { overall { green noUpdate } }\n    }\n  ": typeof types.ProgressQ2OverallDocument,
    "\n    mutation ProgressArchiveAction($input: RecordVersionInput!) {\n      archiveAction(input: $input) { action { version } }\n    }\n  ": typeof types.ProgressArchiveActionDocument,
    "\n    mutation ProgressRestoreAction($input: RecordVersionInput!) {\n      restoreAction(input: $input) { action { archivedAt } }\n    }\n  ": typeof types.ProgressRestoreActionDocument,
    "\n    query ProgressChangeCount {\n      changes(first: 0) { totalCount }\n    }\n  ": typeof types.ProgressChangeCountDocument,
    "\n    query ProgressWithoutQ1($after: String) {\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n    }\n  ": typeof types.ProgressWithoutQ1Document,
    "\n    query ProgressPlanId {\n      plan { id }\n    }\n  ": typeof types.ProgressPlanIdDocument,
    "\n    query ProgressWithoutQ1ForPlan($planId: ID!) {\n      plan { id }\n      progressReport(quarter: \"2024-25 Q1\", planId: $planId) { overall { noUpdate total } }\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", planId: $planId, first: 0) { totalCount }\n    }\n  ": typeof types.ProgressWithoutQ1ForPlanDocument,
    "query ProgressReportBadQuarter { progressReport(quarter: \"Q1 2024\") { quarter } }": typeof types.ProgressReportBadQuarterDocument,
    "query ProgressReportLaterYear { progressReport(quarter: \"2025-26 Q1\") { quarter } }": typeof types.ProgressReportLaterYearDocument,
    "query ProgressWithoutBadQuarter { actionsWithoutProgress(quarter: \"2024-25 Q9\") { totalCount } }": typeof types.ProgressWithoutBadQuarterDocument,
    "query ProgressWithoutPageTooLarge { actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 101) { totalCount } }": typeof types.ProgressWithoutPageTooLargeDocument,
    "query ProgressReportBadPlanId { progressReport(quarter: \"2024-25 Q1\", planId: \"nope\") { quarter } }": typeof types.ProgressReportBadPlanIdDocument,
    "query ProgressReportMissingPlan { progressReport(quarter: \"2024-25 Q1\", planId: \"UGxhbjo5OTk=\") { quarter } }": typeof types.ProgressReportMissingPlanDocument,
    "\n  query ReadDefectsAgencyNamed($name: String) {\n    agency(name: $name) { id }\n  }\n": typeof types.ReadDefectsAgencyNamedDocument,
    "\n  query ReadDefectsAuditSize {\n    changes(first: 0) { totalCount }\n  }\n": typeof types.ReadDefectsAuditSizeDocument,
    "\n      query ReadDefectsResetWithCommas {\n        agency(name: \"  reset,, \") { shortName }\n      }\n    ": typeof types.ReadDefectsResetWithCommasDocument,
    "\n      query ReadDefectsSearch($f: ActionFilter) {\n        actions(filter: $f) { totalCount }\n      }\n    ": typeof types.ReadDefectsSearchDocument,
    "\n      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) { replayed }\n      }\n    ": typeof types.ReadDefectsRecordProgressDocument,
    "\n    query ReadDefectsReportedBy($id: ID!) {\n      action(id: $id) { progress { quarterLabel reportedBy } }\n    }\n  ": typeof types.ReadDefectsReportedByDocument,
    "\n      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {\n        changes(since: $s, until: $u) { totalCount }\n      }\n    ": typeof types.ReadDefectsChangesWindowDocument,
    "\n      query ReadDefectsTwoActions {\n        actions(first: 2) { nodes { id } }\n      }\n    ": typeof types.ReadDefectsTwoActionsDocument,
    "\n      query ReadDefectsNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { id __typename }\n      }\n    ": typeof types.ReadDefectsNodesDocument,
    "\n      query ReadDefectsAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) { nodes { service expiryDate overdue daysUntilExpiry } }\n      }\n    ": typeof types.ReadDefectsAsOfDocument,
    "\n      query ReadDefectsOwnAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) { nodes { overdue(asOf: \"2024-03-01\") } }\n      }\n    ": typeof types.ReadDefectsOwnAsOfDocument,
    "\n      query ReadDefectsToday {\n        reprocurements { nodes { overdue } }\n      }\n    ": typeof types.ReadDefectsTodayDocument,
    "\n  query ReadPlanWholeTree {\n    plan {\n      id title periodLabel periodStart periodEnd kind\n      strategy { title periodLabel }\n      partnership { name }\n      pillars {\n        totalCount\n        nodes {\n          id number name vision\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              id title strategyName\n              objectives(first: 100) {\n                totalCount\n                nodes {\n                  id text subPoints\n                  actions(first: 100) {\n                    totalCount\n                    nodes { id text status fundingCondition target durationMonths agencies { id name } responsibilities { asWritten agency { name } } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadPlanWholeTreeDocument,
    "\n      query ReadPlanAgencies {\n        agencies(first: 100) { totalCount nodes { name aliases } }\n      }\n    ": typeof types.ReadPlanAgenciesDocument,
    "\n      query ReadPlanOutcomes {\n        nationalOutcomes { totalCount nodes { name pillar { number } measures { name } } }\n        outcomeMeasures(first: 100) { totalCount nodes { name unit direction baseline { value periodLabel } latest { value periodLabel } } }\n      }\n    ": typeof types.ReadPlanOutcomesDocument,
    "\n      query ReadPlanReprocurements {\n        reprocurements { totalCount nodes { service supplier expiryDate status overdue(asOf: \"2024-04-01\") agency { shortName name } objective { text } action { text } } }\n      }\n    ": typeof types.ReadPlanReprocurementsDocument,
    "\n      query ReadPlanHelpServices {\n        helpServices { totalCount nodes { name phone email website minAge maxAge } }\n      }\n    ": typeof types.ReadPlanHelpServicesDocument,
    "\n      query ReadPlanCuckooing {\n        actions(first: 1, filter: { search: \"Cuckooing\" }) { nodes { id text objective { text priority { title pillar { number plan { periodLabel } } } } priority { title } pillar { name } } }\n      }\n    ": typeof types.ReadPlanCuckooingDocument,
    "\n      query ReadPlanActionNode($id: ID!) {\n        node(id: $id) { id ... on Action { text } }\n      }\n    ": typeof types.ReadPlanActionNodeDocument,
    "\n      query ReadPlanMps {\n        agency(name: \"metropolitan police service (mps)\") { id name shortName aliases objectives(first: 100) { totalCount nodes { text } } actions(first: 100) { totalCount nodes { text } } }\n      }\n    ": typeof types.ReadPlanMpsDocument,
    "\n      query ReadPlanActionsOfAgency($id: String!) {\n        actions(first: 100, filter: { agency: $id }) { totalCount }\n      }\n    ": typeof types.ReadPlanActionsOfAgencyDocument,
    "\n      query ReadPlanPillarIds {\n        pillars { nodes { id } }\n      }\n    ": typeof types.ReadPlanPillarIdsDocument,
    "\n      query ReadPlanNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { id }\n      }\n    ": typeof types.ReadPlanNodesDocument,
    "\n    query ReadPlanPage($first: Int, $after: String) {\n      actions(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n    }\n  ": typeof types.ReadPlanPageDocument,
    "\n      query ReadPlanNestedPage {\n        pillars(first: 1) { nodes { priorities(first: 2) { totalCount nodes { title } pageInfo { hasNextPage } } } }\n      }\n    ": typeof types.ReadPlanNestedPageDocument,
    "\n    query ReadPlanActionCount($f: ActionFilter) {\n      actions(first: 0, filter: $f) { totalCount }\n    }\n  ": typeof types.ReadPlanActionCountDocument,
    "\n      query ReadPlanActionCounts {\n        pillars { nodes { id priorities(first: 100) { nodes { id objectives(first: 100) { nodes { id actions(first: 0) { totalCount } } } } } } }\n      }\n    ": typeof types.ReadPlanActionCountsDocument,
    "\n      query ReadPlanReprocurementServices($f: ReprocurementFilter) {\n        reprocurements(filter: $f) { nodes { service } }\n      }\n    ": typeof types.ReadPlanReprocurementServicesDocument,
    "\n    query ReadPlanAction($id: ID!) {\n      action(id: $id) { id }\n    }\n  ": typeof types.ReadPlanActionDocument,
    "\n    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {\n      actions(first: $first, after: $after, filter: $f) { totalCount }\n    }\n  ": typeof types.ReadPlanActionsDocument,
    "\n      query ReadPlanPillarFilter {\n        actions(filter: { pillarId: \"xyz\" }) { totalCount }\n      }\n    ": typeof types.ReadPlanPillarFilterDocument,
    "\n      query ReadPlanNestedFirst {\n        pillars { nodes { priorities(first: 500) { totalCount } } }\n      }\n    ": typeof types.ReadPlanNestedFirstDocument,
    "\n      query ReadPlanTwoErrors {\n        actions(after: \"x\") { totalCount }\n        action(id: \"y\") { id }\n      }\n    ": typeof types.ReadPlanTwoErrorsDocument,
    "\n      query ReadPlanCounts {\n        actions(first: 0) { totalCount }\n        agencies(first: 0) { totalCount }\n        reprocurements { totalCount }\n      }\n    ": typeof types.ReadPlanCountsDocument,
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
    "\n      query SdkResetCount {\n        actions(filter: { agency: \"RESET\" }) { totalCount }\n      }\n    ": typeof types.SdkResetCountDocument,
    "\n  query LifecycleBadId {\n    action(id: \"nope\") { id }\n  }\n": typeof types.LifecycleBadIdDocument,
    "\n      query LifecycleFirstAction {\n        actions(first: 1) { nodes { id text } }\n        agencies(first: 0) { totalCount }\n      }\n    ": typeof types.LifecycleFirstActionDocument,
    "\n        query LifecycleIntrospection {\n          __schema { queryType { name } }\n        }\n      ": typeof types.LifecycleIntrospectionDocument,
    "\n  query StatementsWholeTree {\n    plan { title pillars { nodes { name priorities(first: 100) { totalCount nodes { title objectives(first: 100) { nodes { text agencies { name }\n      actions(first: 100) { totalCount nodes { text status agencies { name } responsibilities { asWritten } } } } } } } } } }\n  }\n": typeof types.StatementsWholeTreeDocument,
    "\n  query StatementsNoNesting {\n    actions(first: 100, filter: { agency: \"RESET\" }) { totalCount nodes { text } }\n  }\n": typeof types.StatementsNoNestingDocument,
    "\n  query StatementsOneLevel {\n    actions(first: 100, filter: { agency: \"RESET\" }) { nodes { text objective { text } } }\n  }\n": typeof types.StatementsOneLevelDocument,
    "\n  query StatementsTwoLevels {\n    actions(first: 100, filter: { agency: \"reset\", search: \"e\" }) { nodes { text objective { text priority { title } } } }\n  }\n": typeof types.StatementsTwoLevelsDocument,
    "\n    query StatementsUnknownAgency {\n      actions(filter: { agency: \"No such agency\" }) { totalCount }\n    }\n  ": typeof types.StatementsUnknownAgencyDocument,
    "\n  query TimeBudgetWholeTree {\n    plans { nodes { pillars { nodes { priorities { nodes { objectives { nodes {\n      text agencies { name } actions { nodes { text status agencies { name } responsibilities { asWritten } } }\n    } } } } } } } }\n  }\n": typeof types.TimeBudgetWholeTreeDocument,
    "\n  query ValidationFixtures {\n    actions(first: 1) { nodes { id } }\n    outcomeMeasures(first: 100) { nodes { id unit } }\n  }\n": typeof types.ValidationFixturesDocument,
    "\n    query ValidationAction($id: ID!) {\n      action(id: $id) { version durationMonths dueDate }\n    }\n  ": typeof types.ValidationActionDocument,
    "\n    mutation ValidationUpdateAction($input: UpdateActionInput!) {\n      updateAction(input: $input) { action { id } }\n    }\n  ": typeof types.ValidationUpdateActionDocument,
    "\n    mutation ValidationCreateAgency($input: CreateAgencyInput!) {\n      createAgency(input: $input) { agency { id } }\n    }\n  ": typeof types.ValidationCreateAgencyDocument,
    "\n    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {\n      recordMeasureValue(input: $input) { measureValue { id } }\n    }\n  ": typeof types.ValidationRecordValueDocument,
    "\n    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {\n      createHelpService(input: $input) { helpService { phone } }\n    }\n  ": typeof types.ValidationCreateHelpServiceDocument,
    "\n    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {\n      createReprocurement(input: $input) { reprocurement { id } }\n    }\n  ": typeof types.ValidationCreateReprocurementDocument,
    "\n    query ValidationObjective {\n      objectives(first: 1) { nodes { id } }\n    }\n  ": typeof types.ValidationObjectiveDocument,
    "\n    query ValidationEmptySearch {\n      actions(filter: { search: \"\" }) { totalCount }\n    }\n  ": typeof types.ValidationEmptySearchDocument,
    "\n    query ValidationLongQuarter {\n      progressReport(quarter: \"2024-25 Q1 and then some more text\") { quarter }\n    }\n  ": typeof types.ValidationLongQuarterDocument,
    "\n    query ValidationVersionTypes {\n      __schema { types { name kind fields { name type { kind ofType { name } } } } }\n    }\n  ": typeof types.ValidationVersionTypesDocument,
    "\n  mutation DurabilityUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) { action { id version text } replayed }\n  }\n": typeof types.DurabilityUpdateActionDocument,
    "\n  mutation DurabilityCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) { action { id version text } }\n  }\n": typeof types.DurabilityCreateActionDocument,
    "\n  query DurabilityFirstAction($after: String) {\n    actions(first: 1, after: $after) { nodes { id version objective { id } } }\n  }\n": typeof types.DurabilityFirstActionDocument,
    "\n  query DurabilityActionCount {\n    actions(first: 0) { totalCount }\n  }\n": typeof types.DurabilityActionCountDocument,
    "\n    query DurabilityActionAndHistory($id: ID!) {\n      action(id: $id) { text version }\n      history(id: $id) { totalCount nodes { operation version changes { field after } } }\n    }\n  ": typeof types.DurabilityActionAndHistoryDocument,
    "\n      mutation DurabilityArchiveAction($input: RecordVersionInput!) {\n        archiveAction(input: $input) { action { id archivedAt version } }\n      }\n    ": typeof types.DurabilityArchiveActionDocument,
    "\n      mutation DurabilityRestoreAction($input: RecordVersionInput!) {\n        restoreAction(input: $input) { action { archivedAt version } }\n      }\n    ": typeof types.DurabilityRestoreActionDocument,
    "\n      query DurabilityArchivedAction($id: ID!) {\n        action(id: $id) { text archivedAt }\n        history(id: $id) { nodes { operation } }\n      }\n    ": typeof types.DurabilityArchivedActionDocument,
    "\n      mutation DurabilityCreateActionFull($input: CreateActionInput!) {\n        createAction(input: $input) { action { id text position dueDate status objective { id } } }\n      }\n    ": typeof types.DurabilityCreateActionFullDocument,
    "\n      query DurabilityCreatedHistory($id: ID!) {\n        history(id: $id) { nodes { operation changes { field before after } } }\n      }\n    ": typeof types.DurabilityCreatedHistoryDocument,
    "\n      query DurabilitySnapshot($id: ID!) {\n        action(id: $id) { text version status dueDate }\n        changes(first: 0) { totalCount }\n      }\n    ": typeof types.DurabilitySnapshotDocument,
    "\n    query DurabilityTexts($ids: [ID!]!) {\n      nodes(ids: $ids) { id ... on Action { text } }\n    }\n  ": typeof types.DurabilityTextsDocument,
};
const documents: Documents = {
    "\n      query ExamplesResetProgress {\n        actions(filter: { agency: \"RESET\" }, first: 1) { nodes { text status progress { quarterLabel rag reportedBy } } }\n      }\n    ": types.ExamplesResetProgressDocument,
    "\n      query ExamplesResetActions {\n        agency(name: \"RESET\") { name }\n        actions(filter: { agency: \"RESET\" }, first: 100) { totalCount nodes { text priority { id } } }\n      }\n    ": types.ExamplesResetActionsDocument,
    "\n      query ExamplesFirstPage {\n        actions(first: 100) { nodes { id text objective { text } agencies { name } } pageInfo { endCursor } }\n      }\n    ": types.ExamplesFirstPageDocument,
    "\n  query CachingActionText {\n    actions(first: 1) { nodes { id version text } }\n  }\n": types.CachingActionTextDocument,
    "\n  mutation CachingUpdateReplayed($input: UpdateActionInput!) {\n    updateAction(input: $input) { replayed }\n  }\n": types.CachingUpdateReplayedDocument,
    "\n  mutation CachingUpdateText($input: UpdateActionInput!) {\n    updateAction(input: $input) { action { text } }\n  }\n": types.CachingUpdateTextDocument,
    "\n  query CachingApiKeys {\n    apiKeys { name }\n  }\n": types.CachingApiKeysDocument,
    "\n  query CachingAuditSize {\n    changes(first: 0) { totalCount }\n  }\n": types.CachingAuditSizeDocument,
    "\n  query MutationsHistory($id: ID!) {\n    history(id: $id) { nodes { operation mutation actorName version changes { field before after } } }\n  }\n": types.MutationsHistoryDocument,
    "\n  query MutationsAuditSize {\n    changes(first: 0) { totalCount }\n  }\n": types.MutationsAuditSizeDocument,
    "\n  query MutationsSeeded {\n    pillars(first: 1) { nodes { id } }\n    priorities(first: 1) { nodes { id } }\n    objectives(first: 3) { nodes { id } }\n    actions(first: 1) { nodes { id } }\n    nationalOutcomes(first: 1) { nodes { id } }\n    outcomeMeasures(first: 100) { nodes { id unit } }\n  }\n": types.MutationsSeededDocument,
    "\n  fragment MutationsPriority on Priority { id version title strategyName strategyNarrative position archivedAt pillar { id } }\n": types.MutationsPriorityFragmentDoc,
    "\n  mutation MutationsCreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) { priority { ...MutationsPriority } replayed }\n  }\n": types.MutationsCreatePriorityDocument,
    "\n  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {\n    updatePriority(input: $input) { priority { ...MutationsPriority } replayed }\n  }\n": types.MutationsUpdatePriorityDocument,
    "\n  query MutationsPriority($id: ID!) {\n    priority(id: $id) { ...MutationsPriority }\n  }\n": types.MutationsPriorityDocument,
    "\n  fragment MutationsObjective on Objective { id version text subPoints position archivedAt priority { id } }\n": types.MutationsObjectiveFragmentDoc,
    "\n  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) { objective { ...MutationsObjective } replayed }\n  }\n": types.MutationsCreateObjectiveDocument,
    "\n  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) { objective { ...MutationsObjective } replayed }\n  }\n": types.MutationsUpdateObjectiveDocument,
    "\n  query MutationsObjective($id: ID!) {\n    objective(id: $id) { ...MutationsObjective responsibilities { agency { id name } asWritten } }\n  }\n": types.MutationsObjectiveDocument,
    "\n  fragment MutationsAgency on Agency { id version name shortName kind description aliases archivedAt mergedInto { id } }\n": types.MutationsAgencyFragmentDoc,
    "\n  mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n": types.MutationsCreateAgencyDocument,
    "\n  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n": types.MutationsUpdateAgencyDocument,
    "\n  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n": types.MutationsMergeAgenciesDocument,
    "\n  query MutationsAgency($id: ID!) {\n    agency(id: $id) { ...MutationsAgency }\n  }\n": types.MutationsAgencyDocument,
    "\n  query MutationsAgencyNamed($name: String!) {\n    agency(name: $name) { id }\n  }\n": types.MutationsAgencyNamedDocument,
    "\n      query MutationsIdempotentAgencies {\n        agencies(first: 0, filter: { search: \"Idempotent Agency\" }) { totalCount }\n      }\n    ": types.MutationsIdempotentAgenciesDocument,
    "\n  fragment MutationsObjectiveResponsibilities on Objective { id version responsibilities { agency { id name } asWritten source } }\n": types.MutationsObjectiveResponsibilitiesFragmentDoc,
    "\n  fragment MutationsActionResponsibilities on Action { id version responsibilities { agency { id name } asWritten source } }\n": types.MutationsActionResponsibilitiesFragmentDoc,
    "\n  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {\n    addObjectiveAgency(input: $input) { objective { ...MutationsObjectiveResponsibilities } replayed }\n  }\n": types.MutationsAddObjectiveAgencyDocument,
    "\n  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {\n    removeObjectiveAgency(input: $input) { objective { ...MutationsObjectiveResponsibilities } replayed }\n  }\n": types.MutationsRemoveObjectiveAgencyDocument,
    "\n  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {\n    addActionAgency(input: $input) { action { ...MutationsActionResponsibilities } replayed }\n  }\n": types.MutationsAddActionAgencyDocument,
    "\n  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {\n    removeActionAgency(input: $input) { action { ...MutationsActionResponsibilities } replayed }\n  }\n": types.MutationsRemoveActionAgencyDocument,
    "\n  query MutationsObjectiveAgencies($id: ID!) {\n    objective(id: $id) { ...MutationsObjectiveResponsibilities }\n  }\n": types.MutationsObjectiveAgenciesDocument,
    "\n  query MutationsActionAgencies($id: ID!) {\n    action(id: $id) { ...MutationsActionResponsibilities }\n  }\n": types.MutationsActionAgenciesDocument,
    "\n  query MutationsObjectivesOf($a: String) {\n    objectives(first: 100, filter: { agency: $a }) { nodes { id } }\n  }\n": types.MutationsObjectivesOfDocument,
    "\n  query MutationsActionsOf($a: String) {\n    actions(first: 100, filter: { agency: $a }) { nodes { id } }\n  }\n": types.MutationsActionsOfDocument,
    "\n  fragment MutationsMeasure on OutcomeMeasure { id version name unit direction position archivedAt outcome { id } }\n": types.MutationsMeasureFragmentDoc,
    "\n  fragment MutationsMeasureValue on MeasureValue { id version kind periodLabel periodStart periodEnd value note source }\n": types.MutationsMeasureValueFragmentDoc,
    "\n  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) { outcomeMeasure { ...MutationsMeasure } replayed }\n  }\n": types.MutationsCreateMeasureDocument,
    "\n  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {\n    updateOutcomeMeasure(input: $input) { outcomeMeasure { ...MutationsMeasure } replayed }\n  }\n": types.MutationsUpdateMeasureDocument,
    "\n  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {\n    recordMeasureValue(input: $input) { measureValue { ...MutationsMeasureValue } replayed }\n  }\n": types.MutationsRecordValueDocument,
    "\n  query MutationsMeasure($id: ID!) {\n    outcomeMeasure(id: $id) { ...MutationsMeasure values { ...MutationsMeasureValue } }\n  }\n": types.MutationsMeasureDocument,
    "\n  fragment MutationsReprocurement on Reprocurement { id version service supplier expiryDate status archivedAt objective { id } agency { id } }\n": types.MutationsReprocurementFragmentDoc,
    "\n  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {\n    createReprocurement(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n": types.MutationsCreateReprocurementDocument,
    "\n  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {\n    updateReprocurement(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n": types.MutationsUpdateReprocurementDocument,
    "\n  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {\n    setReprocurementStatus(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n": types.MutationsSetReprocurementStatusDocument,
    "\n  query MutationsReprocurement($id: ID!) {\n    reprocurement(id: $id) { ...MutationsReprocurement }\n  }\n": types.MutationsReprocurementDocument,
    "\n      query MutationsOverdueReprocurements {\n        reprocurements(first: 100, filter: { overdue: true, asOf: \"2024-06-01\" }) { nodes { id } }\n      }\n    ": types.MutationsOverdueReprocurementsDocument,
    "\n  fragment MutationsHelpService on HelpService { id version name description audience minAge maxAge phone email website position archivedAt partnership { id } }\n": types.MutationsHelpServiceFragmentDoc,
    "\n  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {\n    createHelpService(input: $input) { helpService { ...MutationsHelpService } replayed }\n  }\n": types.MutationsCreateHelpServiceDocument,
    "\n  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {\n    updateHelpService(input: $input) { helpService { ...MutationsHelpService } replayed }\n  }\n": types.MutationsUpdateHelpServiceDocument,
    "\n  query MutationsHelpService($id: ID!) {\n    helpService(id: $id) { ...MutationsHelpService }\n  }\n": types.MutationsHelpServiceDocument,
    "\n      query MutationsPartnership {\n        plan { partnership { id } }\n      }\n    ": types.MutationsPartnershipDocument,
    "\n      query MutationsHelpServices {\n        helpServices { nodes { id } }\n      }\n    ": types.MutationsHelpServicesDocument,
    "\n  mutation MutationsCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) { action { id } replayed }\n  }\n": types.MutationsCreateActionDocument,
    "\n  mutation MutationsArchivePriority($input: RecordVersionInput!) {\n    archivePriority(input: $input) { priority { id version archivedAt } replayed }\n  }\n": types.MutationsArchivePriorityDocument,
    "\n  mutation MutationsRestorePriority($input: RecordVersionInput!) {\n    restorePriority(input: $input) { priority { id version archivedAt } replayed }\n  }\n": types.MutationsRestorePriorityDocument,
    "\n  query MutationsPriorityState($id: ID!) {\n    priority(id: $id) { id version archivedAt }\n    priorities(first: 0) { totalCount }\n  }\n": types.MutationsPriorityStateDocument,
    "\n  mutation MutationsArchiveObjective($input: RecordVersionInput!) {\n    archiveObjective(input: $input) { objective { id version archivedAt } replayed }\n  }\n": types.MutationsArchiveObjectiveDocument,
    "\n  mutation MutationsRestoreObjective($input: RecordVersionInput!) {\n    restoreObjective(input: $input) { objective { id version archivedAt } replayed }\n  }\n": types.MutationsRestoreObjectiveDocument,
    "\n  query MutationsObjectiveState($id: ID!) {\n    objective(id: $id) { id version archivedAt }\n    objectives(first: 0) { totalCount }\n  }\n": types.MutationsObjectiveStateDocument,
    "\n  mutation MutationsArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) { agency { id version archivedAt } replayed }\n  }\n": types.MutationsArchiveAgencyDocument,
    "\n  mutation MutationsRestoreAgency($input: RecordVersionInput!) {\n    restoreAgency(input: $input) { agency { id version archivedAt } replayed }\n  }\n": types.MutationsRestoreAgencyDocument,
    "\n  query MutationsAgencyState($id: ID!) {\n    agency(id: $id) { id version archivedAt }\n    agencies(first: 0) { totalCount }\n  }\n": types.MutationsAgencyStateDocument,
    "\n  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {\n    archiveOutcomeMeasure(input: $input) { outcomeMeasure { id version archivedAt } replayed }\n  }\n": types.MutationsArchiveMeasureDocument,
    "\n  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {\n    restoreOutcomeMeasure(input: $input) { outcomeMeasure { id version archivedAt } replayed }\n  }\n": types.MutationsRestoreMeasureDocument,
    "\n  query MutationsMeasureState($id: ID!) {\n    outcomeMeasure(id: $id) { id version archivedAt }\n    outcomeMeasures(first: 0) { totalCount }\n  }\n": types.MutationsMeasureStateDocument,
    "\n  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {\n    archiveReprocurement(input: $input) { reprocurement { id version archivedAt } replayed }\n  }\n": types.MutationsArchiveReprocurementDocument,
    "\n  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {\n    restoreReprocurement(input: $input) { reprocurement { id version archivedAt } replayed }\n  }\n": types.MutationsRestoreReprocurementDocument,
    "\n  query MutationsReprocurementState($id: ID!) {\n    reprocurement(id: $id) { id version archivedAt }\n    reprocurements(first: 0) { totalCount }\n  }\n": types.MutationsReprocurementStateDocument,
    "\n  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {\n    archiveHelpService(input: $input) { helpService { id version archivedAt } replayed }\n  }\n": types.MutationsArchiveHelpServiceDocument,
    "\n  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {\n    restoreHelpService(input: $input) { helpService { id version archivedAt } replayed }\n  }\n": types.MutationsRestoreHelpServiceDocument,
    "\n  query MutationsHelpServiceState($id: ID!) {\n    helpService(id: $id) { id version archivedAt }\n    helpServices(first: 0) { totalCount }\n  }\n": types.MutationsHelpServiceStateDocument,
    "\n  query PlanTitle {\n    plan { title }\n  }\n": types.PlanTitleDocument,
    "\n  query PillarNames {\n    plan { pillars { nodes { name } } }\n  }\n": types.PillarNamesDocument,
    "\n  query ObservabilityTitle {\n    plan { title }\n  }\n": types.ObservabilityTitleDocument,
    "\n  query MetricsProbe {\n    plan { title }\n  }\n": types.MetricsProbeDocument,
    "\n  query OwnPort {\n    plan { title }\n  }\n": types.OwnPortDocument,
    "\n  query OverLimit {\n    plan { title }\n  }\n": types.OverLimitDocument,
    "\n  mutation ProgressRecord($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      replayed\n      progressUpdate { id financialYear quarter quarterLabel periodStart periodEnd status rag percentComplete commentary reportedBy action { id status version } }\n    }\n  }\n": types.ProgressRecordDocument,
    "\n  query ProgressAction($id: ID!) {\n    action(id: $id) {\n      id status version archivedAt\n      progress { id quarterLabel status rag percentComplete commentary reportedBy }\n      latestProgress { id quarterLabel status rag }\n    }\n  }\n": types.ProgressActionDocument,
    "\n  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {\n    actions(filter: $filter, first: $first, after: $after) { nodes { id } }\n  }\n": types.ProgressActionIdsDocument,
    "\n  query ProgressSnapshot($id: ID!) {\n    action(id: $id) { status version progress { id } }\n    changes(first: 0) { totalCount }\n  }\n": types.ProgressSnapshotDocument,
    "\n    query ProgressUpdateNode($id: ID!) {\n      node(id: $id) { ... on ProgressUpdate { quarterLabel action { id } } }\n    }\n  ": types.ProgressUpdateNodeDocument,
    "\n    query ProgressStatusHistory($id: ID!) {\n      history(id: $id) { nodes { operation mutation actorName changes { field before after } } }\n    }\n  ": types.ProgressStatusHistoryDocument,
    "\n    query ProgressCreatedHistory($id: ID!) {\n      history(id: $id) { nodes { operation mutation changes { field after } } }\n    }\n  ": types.ProgressCreatedHistoryDocument,
    "\n    query ProgressSeries {\n      actions(first: 100) { nodes { id progress { id } latestProgress { quarterLabel } } }\n    }\n  ": types.ProgressSeriesDocument,
    "\n    query ProgressPlanShape {\n      plan { id pillars { nodes { id number priorities { nodes { id } } } } }\n    }\n  ": types.ProgressPlanShapeDocument,
    "\n    query ProgressActionContext($id: ID!) {\n      action(id: $id) { priority { id } agencies { id name } }\n    }\n  ": types.ProgressActionContextDocument,
    "\n    query ProgressReportCounts($quarter: String!) {\n      progressReport(quarter: $quarter) {\n        plan { id } quarter periodStart periodEnd\n        overall { ...ProgressCounts }\n        pillars { pillar { id } counts { ...ProgressCounts } }\n        priorities { priority { id } counts { ...ProgressCounts } }\n        agencies { agency { id name } counts { ...ProgressCounts } }\n      }\n    }\n    fragment ProgressCounts on RagCounts { red amber green noUpdate total }\n  ": types.ProgressReportCountsDocument,
    "\n    query ProgressQ4Overall {\n      progressReport(quarter: \"2024-25 Q4\") { overall { green noUpdate total } }\n    }\n  ": types.ProgressQ4OverallDocument,
    "\n    query ProgressQ2Overall {\n      progressReport(quarter: \"2024-25 Q2\") { overall { green noUpdate } }\n    }\n  ": types.ProgressQ2OverallDocument,
    "\n    mutation ProgressArchiveAction($input: RecordVersionInput!) {\n      archiveAction(input: $input) { action { version } }\n    }\n  ": types.ProgressArchiveActionDocument,
    "\n    mutation ProgressRestoreAction($input: RecordVersionInput!) {\n      restoreAction(input: $input) { action { archivedAt } }\n    }\n  ": types.ProgressRestoreActionDocument,
    "\n    query ProgressChangeCount {\n      changes(first: 0) { totalCount }\n    }\n  ": types.ProgressChangeCountDocument,
    "\n    query ProgressWithoutQ1($after: String) {\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n    }\n  ": types.ProgressWithoutQ1Document,
    "\n    query ProgressPlanId {\n      plan { id }\n    }\n  ": types.ProgressPlanIdDocument,
    "\n    query ProgressWithoutQ1ForPlan($planId: ID!) {\n      plan { id }\n      progressReport(quarter: \"2024-25 Q1\", planId: $planId) { overall { noUpdate total } }\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", planId: $planId, first: 0) { totalCount }\n    }\n  ": types.ProgressWithoutQ1ForPlanDocument,
    "query ProgressReportBadQuarter { progressReport(quarter: \"Q1 2024\") { quarter } }": types.ProgressReportBadQuarterDocument,
    "query ProgressReportLaterYear { progressReport(quarter: \"2025-26 Q1\") { quarter } }": types.ProgressReportLaterYearDocument,
    "query ProgressWithoutBadQuarter { actionsWithoutProgress(quarter: \"2024-25 Q9\") { totalCount } }": types.ProgressWithoutBadQuarterDocument,
    "query ProgressWithoutPageTooLarge { actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 101) { totalCount } }": types.ProgressWithoutPageTooLargeDocument,
    "query ProgressReportBadPlanId { progressReport(quarter: \"2024-25 Q1\", planId: \"nope\") { quarter } }": types.ProgressReportBadPlanIdDocument,
    "query ProgressReportMissingPlan { progressReport(quarter: \"2024-25 Q1\", planId: \"UGxhbjo5OTk=\") { quarter } }": types.ProgressReportMissingPlanDocument,
    "\n  query ReadDefectsAgencyNamed($name: String) {\n    agency(name: $name) { id }\n  }\n": types.ReadDefectsAgencyNamedDocument,
    "\n  query ReadDefectsAuditSize {\n    changes(first: 0) { totalCount }\n  }\n": types.ReadDefectsAuditSizeDocument,
    "\n      query ReadDefectsResetWithCommas {\n        agency(name: \"  reset,, \") { shortName }\n      }\n    ": types.ReadDefectsResetWithCommasDocument,
    "\n      query ReadDefectsSearch($f: ActionFilter) {\n        actions(filter: $f) { totalCount }\n      }\n    ": types.ReadDefectsSearchDocument,
    "\n      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) { replayed }\n      }\n    ": types.ReadDefectsRecordProgressDocument,
    "\n    query ReadDefectsReportedBy($id: ID!) {\n      action(id: $id) { progress { quarterLabel reportedBy } }\n    }\n  ": types.ReadDefectsReportedByDocument,
    "\n      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {\n        changes(since: $s, until: $u) { totalCount }\n      }\n    ": types.ReadDefectsChangesWindowDocument,
    "\n      query ReadDefectsTwoActions {\n        actions(first: 2) { nodes { id } }\n      }\n    ": types.ReadDefectsTwoActionsDocument,
    "\n      query ReadDefectsNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { id __typename }\n      }\n    ": types.ReadDefectsNodesDocument,
    "\n      query ReadDefectsAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) { nodes { service expiryDate overdue daysUntilExpiry } }\n      }\n    ": types.ReadDefectsAsOfDocument,
    "\n      query ReadDefectsOwnAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) { nodes { overdue(asOf: \"2024-03-01\") } }\n      }\n    ": types.ReadDefectsOwnAsOfDocument,
    "\n      query ReadDefectsToday {\n        reprocurements { nodes { overdue } }\n      }\n    ": types.ReadDefectsTodayDocument,
    "\n  query ReadPlanWholeTree {\n    plan {\n      id title periodLabel periodStart periodEnd kind\n      strategy { title periodLabel }\n      partnership { name }\n      pillars {\n        totalCount\n        nodes {\n          id number name vision\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              id title strategyName\n              objectives(first: 100) {\n                totalCount\n                nodes {\n                  id text subPoints\n                  actions(first: 100) {\n                    totalCount\n                    nodes { id text status fundingCondition target durationMonths agencies { id name } responsibilities { asWritten agency { name } } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadPlanWholeTreeDocument,
    "\n      query ReadPlanAgencies {\n        agencies(first: 100) { totalCount nodes { name aliases } }\n      }\n    ": types.ReadPlanAgenciesDocument,
    "\n      query ReadPlanOutcomes {\n        nationalOutcomes { totalCount nodes { name pillar { number } measures { name } } }\n        outcomeMeasures(first: 100) { totalCount nodes { name unit direction baseline { value periodLabel } latest { value periodLabel } } }\n      }\n    ": types.ReadPlanOutcomesDocument,
    "\n      query ReadPlanReprocurements {\n        reprocurements { totalCount nodes { service supplier expiryDate status overdue(asOf: \"2024-04-01\") agency { shortName name } objective { text } action { text } } }\n      }\n    ": types.ReadPlanReprocurementsDocument,
    "\n      query ReadPlanHelpServices {\n        helpServices { totalCount nodes { name phone email website minAge maxAge } }\n      }\n    ": types.ReadPlanHelpServicesDocument,
    "\n      query ReadPlanCuckooing {\n        actions(first: 1, filter: { search: \"Cuckooing\" }) { nodes { id text objective { text priority { title pillar { number plan { periodLabel } } } } priority { title } pillar { name } } }\n      }\n    ": types.ReadPlanCuckooingDocument,
    "\n      query ReadPlanActionNode($id: ID!) {\n        node(id: $id) { id ... on Action { text } }\n      }\n    ": types.ReadPlanActionNodeDocument,
    "\n      query ReadPlanMps {\n        agency(name: \"metropolitan police service (mps)\") { id name shortName aliases objectives(first: 100) { totalCount nodes { text } } actions(first: 100) { totalCount nodes { text } } }\n      }\n    ": types.ReadPlanMpsDocument,
    "\n      query ReadPlanActionsOfAgency($id: String!) {\n        actions(first: 100, filter: { agency: $id }) { totalCount }\n      }\n    ": types.ReadPlanActionsOfAgencyDocument,
    "\n      query ReadPlanPillarIds {\n        pillars { nodes { id } }\n      }\n    ": types.ReadPlanPillarIdsDocument,
    "\n      query ReadPlanNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { id }\n      }\n    ": types.ReadPlanNodesDocument,
    "\n    query ReadPlanPage($first: Int, $after: String) {\n      actions(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n    }\n  ": types.ReadPlanPageDocument,
    "\n      query ReadPlanNestedPage {\n        pillars(first: 1) { nodes { priorities(first: 2) { totalCount nodes { title } pageInfo { hasNextPage } } } }\n      }\n    ": types.ReadPlanNestedPageDocument,
    "\n    query ReadPlanActionCount($f: ActionFilter) {\n      actions(first: 0, filter: $f) { totalCount }\n    }\n  ": types.ReadPlanActionCountDocument,
    "\n      query ReadPlanActionCounts {\n        pillars { nodes { id priorities(first: 100) { nodes { id objectives(first: 100) { nodes { id actions(first: 0) { totalCount } } } } } } }\n      }\n    ": types.ReadPlanActionCountsDocument,
    "\n      query ReadPlanReprocurementServices($f: ReprocurementFilter) {\n        reprocurements(filter: $f) { nodes { service } }\n      }\n    ": types.ReadPlanReprocurementServicesDocument,
    "\n    query ReadPlanAction($id: ID!) {\n      action(id: $id) { id }\n    }\n  ": types.ReadPlanActionDocument,
    "\n    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {\n      actions(first: $first, after: $after, filter: $f) { totalCount }\n    }\n  ": types.ReadPlanActionsDocument,
    "\n      query ReadPlanPillarFilter {\n        actions(filter: { pillarId: \"xyz\" }) { totalCount }\n      }\n    ": types.ReadPlanPillarFilterDocument,
    "\n      query ReadPlanNestedFirst {\n        pillars { nodes { priorities(first: 500) { totalCount } } }\n      }\n    ": types.ReadPlanNestedFirstDocument,
    "\n      query ReadPlanTwoErrors {\n        actions(after: \"x\") { totalCount }\n        action(id: \"y\") { id }\n      }\n    ": types.ReadPlanTwoErrorsDocument,
    "\n      query ReadPlanCounts {\n        actions(first: 0) { totalCount }\n        agencies(first: 0) { totalCount }\n        reprocurements { totalCount }\n      }\n    ": types.ReadPlanCountsDocument,
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
    "\n      query SdkResetCount {\n        actions(filter: { agency: \"RESET\" }) { totalCount }\n      }\n    ": types.SdkResetCountDocument,
    "\n  query LifecycleBadId {\n    action(id: \"nope\") { id }\n  }\n": types.LifecycleBadIdDocument,
    "\n      query LifecycleFirstAction {\n        actions(first: 1) { nodes { id text } }\n        agencies(first: 0) { totalCount }\n      }\n    ": types.LifecycleFirstActionDocument,
    "\n        query LifecycleIntrospection {\n          __schema { queryType { name } }\n        }\n      ": types.LifecycleIntrospectionDocument,
    "\n  query StatementsWholeTree {\n    plan { title pillars { nodes { name priorities(first: 100) { totalCount nodes { title objectives(first: 100) { nodes { text agencies { name }\n      actions(first: 100) { totalCount nodes { text status agencies { name } responsibilities { asWritten } } } } } } } } } }\n  }\n": types.StatementsWholeTreeDocument,
    "\n  query StatementsNoNesting {\n    actions(first: 100, filter: { agency: \"RESET\" }) { totalCount nodes { text } }\n  }\n": types.StatementsNoNestingDocument,
    "\n  query StatementsOneLevel {\n    actions(first: 100, filter: { agency: \"RESET\" }) { nodes { text objective { text } } }\n  }\n": types.StatementsOneLevelDocument,
    "\n  query StatementsTwoLevels {\n    actions(first: 100, filter: { agency: \"reset\", search: \"e\" }) { nodes { text objective { text priority { title } } } }\n  }\n": types.StatementsTwoLevelsDocument,
    "\n    query StatementsUnknownAgency {\n      actions(filter: { agency: \"No such agency\" }) { totalCount }\n    }\n  ": types.StatementsUnknownAgencyDocument,
    "\n  query TimeBudgetWholeTree {\n    plans { nodes { pillars { nodes { priorities { nodes { objectives { nodes {\n      text agencies { name } actions { nodes { text status agencies { name } responsibilities { asWritten } } }\n    } } } } } } } }\n  }\n": types.TimeBudgetWholeTreeDocument,
    "\n  query ValidationFixtures {\n    actions(first: 1) { nodes { id } }\n    outcomeMeasures(first: 100) { nodes { id unit } }\n  }\n": types.ValidationFixturesDocument,
    "\n    query ValidationAction($id: ID!) {\n      action(id: $id) { version durationMonths dueDate }\n    }\n  ": types.ValidationActionDocument,
    "\n    mutation ValidationUpdateAction($input: UpdateActionInput!) {\n      updateAction(input: $input) { action { id } }\n    }\n  ": types.ValidationUpdateActionDocument,
    "\n    mutation ValidationCreateAgency($input: CreateAgencyInput!) {\n      createAgency(input: $input) { agency { id } }\n    }\n  ": types.ValidationCreateAgencyDocument,
    "\n    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {\n      recordMeasureValue(input: $input) { measureValue { id } }\n    }\n  ": types.ValidationRecordValueDocument,
    "\n    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {\n      createHelpService(input: $input) { helpService { phone } }\n    }\n  ": types.ValidationCreateHelpServiceDocument,
    "\n    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {\n      createReprocurement(input: $input) { reprocurement { id } }\n    }\n  ": types.ValidationCreateReprocurementDocument,
    "\n    query ValidationObjective {\n      objectives(first: 1) { nodes { id } }\n    }\n  ": types.ValidationObjectiveDocument,
    "\n    query ValidationEmptySearch {\n      actions(filter: { search: \"\" }) { totalCount }\n    }\n  ": types.ValidationEmptySearchDocument,
    "\n    query ValidationLongQuarter {\n      progressReport(quarter: \"2024-25 Q1 and then some more text\") { quarter }\n    }\n  ": types.ValidationLongQuarterDocument,
    "\n    query ValidationVersionTypes {\n      __schema { types { name kind fields { name type { kind ofType { name } } } } }\n    }\n  ": types.ValidationVersionTypesDocument,
    "\n  mutation DurabilityUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) { action { id version text } replayed }\n  }\n": types.DurabilityUpdateActionDocument,
    "\n  mutation DurabilityCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) { action { id version text } }\n  }\n": types.DurabilityCreateActionDocument,
    "\n  query DurabilityFirstAction($after: String) {\n    actions(first: 1, after: $after) { nodes { id version objective { id } } }\n  }\n": types.DurabilityFirstActionDocument,
    "\n  query DurabilityActionCount {\n    actions(first: 0) { totalCount }\n  }\n": types.DurabilityActionCountDocument,
    "\n    query DurabilityActionAndHistory($id: ID!) {\n      action(id: $id) { text version }\n      history(id: $id) { totalCount nodes { operation version changes { field after } } }\n    }\n  ": types.DurabilityActionAndHistoryDocument,
    "\n      mutation DurabilityArchiveAction($input: RecordVersionInput!) {\n        archiveAction(input: $input) { action { id archivedAt version } }\n      }\n    ": types.DurabilityArchiveActionDocument,
    "\n      mutation DurabilityRestoreAction($input: RecordVersionInput!) {\n        restoreAction(input: $input) { action { archivedAt version } }\n      }\n    ": types.DurabilityRestoreActionDocument,
    "\n      query DurabilityArchivedAction($id: ID!) {\n        action(id: $id) { text archivedAt }\n        history(id: $id) { nodes { operation } }\n      }\n    ": types.DurabilityArchivedActionDocument,
    "\n      mutation DurabilityCreateActionFull($input: CreateActionInput!) {\n        createAction(input: $input) { action { id text position dueDate status objective { id } } }\n      }\n    ": types.DurabilityCreateActionFullDocument,
    "\n      query DurabilityCreatedHistory($id: ID!) {\n        history(id: $id) { nodes { operation changes { field before after } } }\n      }\n    ": types.DurabilityCreatedHistoryDocument,
    "\n      query DurabilitySnapshot($id: ID!) {\n        action(id: $id) { text version status dueDate }\n        changes(first: 0) { totalCount }\n      }\n    ": types.DurabilitySnapshotDocument,
    "\n    query DurabilityTexts($ids: [ID!]!) {\n      nodes(ids: $ids) { id ... on Action { text } }\n    }\n  ": types.DurabilityTextsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExamplesResetProgress {\n        actions(filter: { agency: \"RESET\" }, first: 1) { nodes { text status progress { quarterLabel rag reportedBy } } }\n      }\n    "): typeof import('./graphql').ExamplesResetProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExamplesResetActions {\n        agency(name: \"RESET\") { name }\n        actions(filter: { agency: \"RESET\" }, first: 100) { totalCount nodes { text priority { id } } }\n      }\n    "): typeof import('./graphql').ExamplesResetActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExamplesFirstPage {\n        actions(first: 100) { nodes { id text objective { text } agencies { name } } pageInfo { endCursor } }\n      }\n    "): typeof import('./graphql').ExamplesFirstPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachingActionText {\n    actions(first: 1) { nodes { id version text } }\n  }\n"): typeof import('./graphql').CachingActionTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachingUpdateReplayed($input: UpdateActionInput!) {\n    updateAction(input: $input) { replayed }\n  }\n"): typeof import('./graphql').CachingUpdateReplayedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachingUpdateText($input: UpdateActionInput!) {\n    updateAction(input: $input) { action { text } }\n  }\n"): typeof import('./graphql').CachingUpdateTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachingApiKeys {\n    apiKeys { name }\n  }\n"): typeof import('./graphql').CachingApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachingAuditSize {\n    changes(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').CachingAuditSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsHistory($id: ID!) {\n    history(id: $id) { nodes { operation mutation actorName version changes { field before after } } }\n  }\n"): typeof import('./graphql').MutationsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAuditSize {\n    changes(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsAuditSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsSeeded {\n    pillars(first: 1) { nodes { id } }\n    priorities(first: 1) { nodes { id } }\n    objectives(first: 3) { nodes { id } }\n    actions(first: 1) { nodes { id } }\n    nationalOutcomes(first: 1) { nodes { id } }\n    outcomeMeasures(first: 100) { nodes { id unit } }\n  }\n"): typeof import('./graphql').MutationsSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsPriority on Priority { id version title strategyName strategyNarrative position archivedAt pillar { id } }\n"): typeof import('./graphql').MutationsPriorityFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) { priority { ...MutationsPriority } replayed }\n  }\n"): typeof import('./graphql').MutationsCreatePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdatePriority($input: UpdatePriorityInput!) {\n    updatePriority(input: $input) { priority { ...MutationsPriority } replayed }\n  }\n"): typeof import('./graphql').MutationsUpdatePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsPriority($id: ID!) {\n    priority(id: $id) { ...MutationsPriority }\n  }\n"): typeof import('./graphql').MutationsPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsObjective on Objective { id version text subPoints position archivedAt priority { id } }\n"): typeof import('./graphql').MutationsObjectiveFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateObjective($input: CreateObjectiveInput!) {\n    createObjective(input: $input) { objective { ...MutationsObjective } replayed }\n  }\n"): typeof import('./graphql').MutationsCreateObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) { objective { ...MutationsObjective } replayed }\n  }\n"): typeof import('./graphql').MutationsUpdateObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjective($id: ID!) {\n    objective(id: $id) { ...MutationsObjective responsibilities { agency { id name } asWritten } }\n  }\n"): typeof import('./graphql').MutationsObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsAgency on Agency { id version name shortName kind description aliases archivedAt mergedInto { id } }\n"): typeof import('./graphql').MutationsAgencyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n"): typeof import('./graphql').MutationsCreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n"): typeof import('./graphql').MutationsUpdateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsMergeAgencies($input: MergeAgenciesInput!) {\n    mergeAgencies(input: $input) { agency { ...MutationsAgency } replayed }\n  }\n"): typeof import('./graphql').MutationsMergeAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAgency($id: ID!) {\n    agency(id: $id) { ...MutationsAgency }\n  }\n"): typeof import('./graphql').MutationsAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAgencyNamed($name: String!) {\n    agency(name: $name) { id }\n  }\n"): typeof import('./graphql').MutationsAgencyNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsIdempotentAgencies {\n        agencies(first: 0, filter: { search: \"Idempotent Agency\" }) { totalCount }\n      }\n    "): typeof import('./graphql').MutationsIdempotentAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsObjectiveResponsibilities on Objective { id version responsibilities { agency { id name } asWritten source } }\n"): typeof import('./graphql').MutationsObjectiveResponsibilitiesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsActionResponsibilities on Action { id version responsibilities { agency { id name } asWritten source } }\n"): typeof import('./graphql').MutationsActionResponsibilitiesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsAddObjectiveAgency($input: AddObjectiveAgencyInput!) {\n    addObjectiveAgency(input: $input) { objective { ...MutationsObjectiveResponsibilities } replayed }\n  }\n"): typeof import('./graphql').MutationsAddObjectiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRemoveObjectiveAgency($input: RemoveObjectiveAgencyInput!) {\n    removeObjectiveAgency(input: $input) { objective { ...MutationsObjectiveResponsibilities } replayed }\n  }\n"): typeof import('./graphql').MutationsRemoveObjectiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsAddActionAgency($input: AddActionAgencyInput!) {\n    addActionAgency(input: $input) { action { ...MutationsActionResponsibilities } replayed }\n  }\n"): typeof import('./graphql').MutationsAddActionAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRemoveActionAgency($input: RemoveActionAgencyInput!) {\n    removeActionAgency(input: $input) { action { ...MutationsActionResponsibilities } replayed }\n  }\n"): typeof import('./graphql').MutationsRemoveActionAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjectiveAgencies($id: ID!) {\n    objective(id: $id) { ...MutationsObjectiveResponsibilities }\n  }\n"): typeof import('./graphql').MutationsObjectiveAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsActionAgencies($id: ID!) {\n    action(id: $id) { ...MutationsActionResponsibilities }\n  }\n"): typeof import('./graphql').MutationsActionAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjectivesOf($a: String) {\n    objectives(first: 100, filter: { agency: $a }) { nodes { id } }\n  }\n"): typeof import('./graphql').MutationsObjectivesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsActionsOf($a: String) {\n    actions(first: 100, filter: { agency: $a }) { nodes { id } }\n  }\n"): typeof import('./graphql').MutationsActionsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsMeasure on OutcomeMeasure { id version name unit direction position archivedAt outcome { id } }\n"): typeof import('./graphql').MutationsMeasureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsMeasureValue on MeasureValue { id version kind periodLabel periodStart periodEnd value note source }\n"): typeof import('./graphql').MutationsMeasureValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateMeasure($input: CreateOutcomeMeasureInput!) {\n    createOutcomeMeasure(input: $input) { outcomeMeasure { ...MutationsMeasure } replayed }\n  }\n"): typeof import('./graphql').MutationsCreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateMeasure($input: UpdateOutcomeMeasureInput!) {\n    updateOutcomeMeasure(input: $input) { outcomeMeasure { ...MutationsMeasure } replayed }\n  }\n"): typeof import('./graphql').MutationsUpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRecordValue($input: RecordMeasureValueInput!) {\n    recordMeasureValue(input: $input) { measureValue { ...MutationsMeasureValue } replayed }\n  }\n"): typeof import('./graphql').MutationsRecordValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsMeasure($id: ID!) {\n    outcomeMeasure(id: $id) { ...MutationsMeasure values { ...MutationsMeasureValue } }\n  }\n"): typeof import('./graphql').MutationsMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsReprocurement on Reprocurement { id version service supplier expiryDate status archivedAt objective { id } agency { id } }\n"): typeof import('./graphql').MutationsReprocurementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateReprocurement($input: CreateReprocurementInput!) {\n    createReprocurement(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n"): typeof import('./graphql').MutationsCreateReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateReprocurement($input: UpdateReprocurementInput!) {\n    updateReprocurement(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n"): typeof import('./graphql').MutationsUpdateReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsSetReprocurementStatus($input: SetReprocurementStatusInput!) {\n    setReprocurementStatus(input: $input) { reprocurement { ...MutationsReprocurement } replayed }\n  }\n"): typeof import('./graphql').MutationsSetReprocurementStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsReprocurement($id: ID!) {\n    reprocurement(id: $id) { ...MutationsReprocurement }\n  }\n"): typeof import('./graphql').MutationsReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsOverdueReprocurements {\n        reprocurements(first: 100, filter: { overdue: true, asOf: \"2024-06-01\" }) { nodes { id } }\n      }\n    "): typeof import('./graphql').MutationsOverdueReprocurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationsHelpService on HelpService { id version name description audience minAge maxAge phone email website position archivedAt partnership { id } }\n"): typeof import('./graphql').MutationsHelpServiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateHelpService($input: CreateHelpServiceInput!) {\n    createHelpService(input: $input) { helpService { ...MutationsHelpService } replayed }\n  }\n"): typeof import('./graphql').MutationsCreateHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsUpdateHelpService($input: UpdateHelpServiceInput!) {\n    updateHelpService(input: $input) { helpService { ...MutationsHelpService } replayed }\n  }\n"): typeof import('./graphql').MutationsUpdateHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsHelpService($id: ID!) {\n    helpService(id: $id) { ...MutationsHelpService }\n  }\n"): typeof import('./graphql').MutationsHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsPartnership {\n        plan { partnership { id } }\n      }\n    "): typeof import('./graphql').MutationsPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MutationsHelpServices {\n        helpServices { nodes { id } }\n      }\n    "): typeof import('./graphql').MutationsHelpServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) { action { id } replayed }\n  }\n"): typeof import('./graphql').MutationsCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchivePriority($input: RecordVersionInput!) {\n    archivePriority(input: $input) { priority { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsArchivePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestorePriority($input: RecordVersionInput!) {\n    restorePriority(input: $input) { priority { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsRestorePriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsPriorityState($id: ID!) {\n    priority(id: $id) { id version archivedAt }\n    priorities(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsPriorityStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveObjective($input: RecordVersionInput!) {\n    archiveObjective(input: $input) { objective { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsArchiveObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreObjective($input: RecordVersionInput!) {\n    restoreObjective(input: $input) { objective { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsRestoreObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsObjectiveState($id: ID!) {\n    objective(id: $id) { id version archivedAt }\n    objectives(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsObjectiveStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveAgency($input: RecordVersionInput!) {\n    archiveAgency(input: $input) { agency { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsArchiveAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreAgency($input: RecordVersionInput!) {\n    restoreAgency(input: $input) { agency { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsRestoreAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsAgencyState($id: ID!) {\n    agency(id: $id) { id version archivedAt }\n    agencies(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsAgencyStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveMeasure($input: RecordVersionInput!) {\n    archiveOutcomeMeasure(input: $input) { outcomeMeasure { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsArchiveMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreMeasure($input: RecordVersionInput!) {\n    restoreOutcomeMeasure(input: $input) { outcomeMeasure { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsRestoreMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsMeasureState($id: ID!) {\n    outcomeMeasure(id: $id) { id version archivedAt }\n    outcomeMeasures(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsMeasureStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveReprocurement($input: RecordVersionInput!) {\n    archiveReprocurement(input: $input) { reprocurement { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsArchiveReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreReprocurement($input: RecordVersionInput!) {\n    restoreReprocurement(input: $input) { reprocurement { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsRestoreReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsReprocurementState($id: ID!) {\n    reprocurement(id: $id) { id version archivedAt }\n    reprocurements(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsReprocurementStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsArchiveHelpService($input: RecordVersionInput!) {\n    archiveHelpService(input: $input) { helpService { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsArchiveHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MutationsRestoreHelpService($input: RecordVersionInput!) {\n    restoreHelpService(input: $input) { helpService { id version archivedAt } replayed }\n  }\n"): typeof import('./graphql').MutationsRestoreHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationsHelpServiceState($id: ID!) {\n    helpService(id: $id) { id version archivedAt }\n    helpServices(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').MutationsHelpServiceStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTitle {\n    plan { title }\n  }\n"): typeof import('./graphql').PlanTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PillarNames {\n    plan { pillars { nodes { name } } }\n  }\n"): typeof import('./graphql').PillarNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservabilityTitle {\n    plan { title }\n  }\n"): typeof import('./graphql').ObservabilityTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsProbe {\n    plan { title }\n  }\n"): typeof import('./graphql').MetricsProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnPort {\n    plan { title }\n  }\n"): typeof import('./graphql').OwnPortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverLimit {\n    plan { title }\n  }\n"): typeof import('./graphql').OverLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressRecord($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      replayed\n      progressUpdate { id financialYear quarter quarterLabel periodStart periodEnd status rag percentComplete commentary reportedBy action { id status version } }\n    }\n  }\n"): typeof import('./graphql').ProgressRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressAction($id: ID!) {\n    action(id: $id) {\n      id status version archivedAt\n      progress { id quarterLabel status rag percentComplete commentary reportedBy }\n      latestProgress { id quarterLabel status rag }\n    }\n  }\n"): typeof import('./graphql').ProgressActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressActionIds($filter: ActionFilter, $first: Int, $after: String) {\n    actions(filter: $filter, first: $first, after: $after) { nodes { id } }\n  }\n"): typeof import('./graphql').ProgressActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressSnapshot($id: ID!) {\n    action(id: $id) { status version progress { id } }\n    changes(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').ProgressSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressUpdateNode($id: ID!) {\n      node(id: $id) { ... on ProgressUpdate { quarterLabel action { id } } }\n    }\n  "): typeof import('./graphql').ProgressUpdateNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressStatusHistory($id: ID!) {\n      history(id: $id) { nodes { operation mutation actorName changes { field before after } } }\n    }\n  "): typeof import('./graphql').ProgressStatusHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressCreatedHistory($id: ID!) {\n      history(id: $id) { nodes { operation mutation changes { field after } } }\n    }\n  "): typeof import('./graphql').ProgressCreatedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressSeries {\n      actions(first: 100) { nodes { id progress { id } latestProgress { quarterLabel } } }\n    }\n  "): typeof import('./graphql').ProgressSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressPlanShape {\n      plan { id pillars { nodes { id number priorities { nodes { id } } } } }\n    }\n  "): typeof import('./graphql').ProgressPlanShapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressActionContext($id: ID!) {\n      action(id: $id) { priority { id } agencies { id name } }\n    }\n  "): typeof import('./graphql').ProgressActionContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressReportCounts($quarter: String!) {\n      progressReport(quarter: $quarter) {\n        plan { id } quarter periodStart periodEnd\n        overall { ...ProgressCounts }\n        pillars { pillar { id } counts { ...ProgressCounts } }\n        priorities { priority { id } counts { ...ProgressCounts } }\n        agencies { agency { id name } counts { ...ProgressCounts } }\n      }\n    }\n    fragment ProgressCounts on RagCounts { red amber green noUpdate total }\n  "): typeof import('./graphql').ProgressReportCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressQ4Overall {\n      progressReport(quarter: \"2024-25 Q4\") { overall { green noUpdate total } }\n    }\n  "): typeof import('./graphql').ProgressQ4OverallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressQ2Overall {\n      progressReport(quarter: \"2024-25 Q2\") { overall { green noUpdate } }\n    }\n  "): typeof import('./graphql').ProgressQ2OverallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProgressArchiveAction($input: RecordVersionInput!) {\n      archiveAction(input: $input) { action { version } }\n    }\n  "): typeof import('./graphql').ProgressArchiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProgressRestoreAction($input: RecordVersionInput!) {\n      restoreAction(input: $input) { action { archivedAt } }\n    }\n  "): typeof import('./graphql').ProgressRestoreActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressChangeCount {\n      changes(first: 0) { totalCount }\n    }\n  "): typeof import('./graphql').ProgressChangeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressWithoutQ1($after: String) {\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }\n    }\n  "): typeof import('./graphql').ProgressWithoutQ1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressPlanId {\n      plan { id }\n    }\n  "): typeof import('./graphql').ProgressPlanIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProgressWithoutQ1ForPlan($planId: ID!) {\n      plan { id }\n      progressReport(quarter: \"2024-25 Q1\", planId: $planId) { overall { noUpdate total } }\n      actionsWithoutProgress(quarter: \"2024-25 Q1\", planId: $planId, first: 0) { totalCount }\n    }\n  "): typeof import('./graphql').ProgressWithoutQ1ForPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressReportBadQuarter { progressReport(quarter: \"Q1 2024\") { quarter } }"): typeof import('./graphql').ProgressReportBadQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressReportLaterYear { progressReport(quarter: \"2025-26 Q1\") { quarter } }"): typeof import('./graphql').ProgressReportLaterYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressWithoutBadQuarter { actionsWithoutProgress(quarter: \"2024-25 Q9\") { totalCount } }"): typeof import('./graphql').ProgressWithoutBadQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressWithoutPageTooLarge { actionsWithoutProgress(quarter: \"2024-25 Q1\", first: 101) { totalCount } }"): typeof import('./graphql').ProgressWithoutPageTooLargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressReportBadPlanId { progressReport(quarter: \"2024-25 Q1\", planId: \"nope\") { quarter } }"): typeof import('./graphql').ProgressReportBadPlanIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressReportMissingPlan { progressReport(quarter: \"2024-25 Q1\", planId: \"UGxhbjo5OTk=\") { quarter } }"): typeof import('./graphql').ProgressReportMissingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadDefectsAgencyNamed($name: String) {\n    agency(name: $name) { id }\n  }\n"): typeof import('./graphql').ReadDefectsAgencyNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadDefectsAuditSize {\n    changes(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').ReadDefectsAuditSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsResetWithCommas {\n        agency(name: \"  reset,, \") { shortName }\n      }\n    "): typeof import('./graphql').ReadDefectsResetWithCommasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsSearch($f: ActionFilter) {\n        actions(filter: $f) { totalCount }\n      }\n    "): typeof import('./graphql').ReadDefectsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReadDefectsRecordProgress($input: RecordProgressInput!) {\n        recordProgress(input: $input) { replayed }\n      }\n    "): typeof import('./graphql').ReadDefectsRecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadDefectsReportedBy($id: ID!) {\n      action(id: $id) { progress { quarterLabel reportedBy } }\n    }\n  "): typeof import('./graphql').ReadDefectsReportedByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsChangesWindow($s: DateTimeISO, $u: DateTimeISO) {\n        changes(since: $s, until: $u) { totalCount }\n      }\n    "): typeof import('./graphql').ReadDefectsChangesWindowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsTwoActions {\n        actions(first: 2) { nodes { id } }\n      }\n    "): typeof import('./graphql').ReadDefectsTwoActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { id __typename }\n      }\n    "): typeof import('./graphql').ReadDefectsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) { nodes { service expiryDate overdue daysUntilExpiry } }\n      }\n    "): typeof import('./graphql').ReadDefectsAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsOwnAsOf {\n        reprocurements(filter: { asOf: \"2024-04-01\" }) { nodes { overdue(asOf: \"2024-03-01\") } }\n      }\n    "): typeof import('./graphql').ReadDefectsOwnAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadDefectsToday {\n        reprocurements { nodes { overdue } }\n      }\n    "): typeof import('./graphql').ReadDefectsTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPlanWholeTree {\n    plan {\n      id title periodLabel periodStart periodEnd kind\n      strategy { title periodLabel }\n      partnership { name }\n      pillars {\n        totalCount\n        nodes {\n          id number name vision\n          priorities(first: 100) {\n            totalCount\n            nodes {\n              id title strategyName\n              objectives(first: 100) {\n                totalCount\n                nodes {\n                  id text subPoints\n                  actions(first: 100) {\n                    totalCount\n                    nodes { id text status fundingCondition target durationMonths agencies { id name } responsibilities { asWritten agency { name } } }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReadPlanWholeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanAgencies {\n        agencies(first: 100) { totalCount nodes { name aliases } }\n      }\n    "): typeof import('./graphql').ReadPlanAgenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanOutcomes {\n        nationalOutcomes { totalCount nodes { name pillar { number } measures { name } } }\n        outcomeMeasures(first: 100) { totalCount nodes { name unit direction baseline { value periodLabel } latest { value periodLabel } } }\n      }\n    "): typeof import('./graphql').ReadPlanOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanReprocurements {\n        reprocurements { totalCount nodes { service supplier expiryDate status overdue(asOf: \"2024-04-01\") agency { shortName name } objective { text } action { text } } }\n      }\n    "): typeof import('./graphql').ReadPlanReprocurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanHelpServices {\n        helpServices { totalCount nodes { name phone email website minAge maxAge } }\n      }\n    "): typeof import('./graphql').ReadPlanHelpServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanCuckooing {\n        actions(first: 1, filter: { search: \"Cuckooing\" }) { nodes { id text objective { text priority { title pillar { number plan { periodLabel } } } } priority { title } pillar { name } } }\n      }\n    "): typeof import('./graphql').ReadPlanCuckooingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanActionNode($id: ID!) {\n        node(id: $id) { id ... on Action { text } }\n      }\n    "): typeof import('./graphql').ReadPlanActionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanMps {\n        agency(name: \"metropolitan police service (mps)\") { id name shortName aliases objectives(first: 100) { totalCount nodes { text } } actions(first: 100) { totalCount nodes { text } } }\n      }\n    "): typeof import('./graphql').ReadPlanMpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanActionsOfAgency($id: String!) {\n        actions(first: 100, filter: { agency: $id }) { totalCount }\n      }\n    "): typeof import('./graphql').ReadPlanActionsOfAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanPillarIds {\n        pillars { nodes { id } }\n      }\n    "): typeof import('./graphql').ReadPlanPillarIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanNodes($ids: [ID!]!) {\n        nodes(ids: $ids) { id }\n      }\n    "): typeof import('./graphql').ReadPlanNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanPage($first: Int, $after: String) {\n      actions(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n    }\n  "): typeof import('./graphql').ReadPlanPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanNestedPage {\n        pillars(first: 1) { nodes { priorities(first: 2) { totalCount nodes { title } pageInfo { hasNextPage } } } }\n      }\n    "): typeof import('./graphql').ReadPlanNestedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanActionCount($f: ActionFilter) {\n      actions(first: 0, filter: $f) { totalCount }\n    }\n  "): typeof import('./graphql').ReadPlanActionCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanActionCounts {\n        pillars { nodes { id priorities(first: 100) { nodes { id objectives(first: 100) { nodes { id actions(first: 0) { totalCount } } } } } } }\n      }\n    "): typeof import('./graphql').ReadPlanActionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanReprocurementServices($f: ReprocurementFilter) {\n        reprocurements(filter: $f) { nodes { service } }\n      }\n    "): typeof import('./graphql').ReadPlanReprocurementServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanAction($id: ID!) {\n      action(id: $id) { id }\n    }\n  "): typeof import('./graphql').ReadPlanActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadPlanActions($first: Int, $after: String, $f: ActionFilter) {\n      actions(first: $first, after: $after, filter: $f) { totalCount }\n    }\n  "): typeof import('./graphql').ReadPlanActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanPillarFilter {\n        actions(filter: { pillarId: \"xyz\" }) { totalCount }\n      }\n    "): typeof import('./graphql').ReadPlanPillarFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanNestedFirst {\n        pillars { nodes { priorities(first: 500) { totalCount } } }\n      }\n    "): typeof import('./graphql').ReadPlanNestedFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanTwoErrors {\n        actions(after: \"x\") { totalCount }\n        action(id: \"y\") { id }\n      }\n    "): typeof import('./graphql').ReadPlanTwoErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadPlanCounts {\n        actions(first: 0) { totalCount }\n        agencies(first: 0) { totalCount }\n        reprocurements { totalCount }\n      }\n    "): typeof import('./graphql').ReadPlanCountsDocument;
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
export function graphql(source: "\n      query SdkResetCount {\n        actions(filter: { agency: \"RESET\" }) { totalCount }\n      }\n    "): typeof import('./graphql').SdkResetCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleBadId {\n    action(id: \"nope\") { id }\n  }\n"): typeof import('./graphql').LifecycleBadIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LifecycleFirstAction {\n        actions(first: 1) { nodes { id text } }\n        agencies(first: 0) { totalCount }\n      }\n    "): typeof import('./graphql').LifecycleFirstActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LifecycleIntrospection {\n          __schema { queryType { name } }\n        }\n      "): typeof import('./graphql').LifecycleIntrospectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsWholeTree {\n    plan { title pillars { nodes { name priorities(first: 100) { totalCount nodes { title objectives(first: 100) { nodes { text agencies { name }\n      actions(first: 100) { totalCount nodes { text status agencies { name } responsibilities { asWritten } } } } } } } } } }\n  }\n"): typeof import('./graphql').StatementsWholeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsNoNesting {\n    actions(first: 100, filter: { agency: \"RESET\" }) { totalCount nodes { text } }\n  }\n"): typeof import('./graphql').StatementsNoNestingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsOneLevel {\n    actions(first: 100, filter: { agency: \"RESET\" }) { nodes { text objective { text } } }\n  }\n"): typeof import('./graphql').StatementsOneLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsTwoLevels {\n    actions(first: 100, filter: { agency: \"reset\", search: \"e\" }) { nodes { text objective { text priority { title } } } }\n  }\n"): typeof import('./graphql').StatementsTwoLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StatementsUnknownAgency {\n      actions(filter: { agency: \"No such agency\" }) { totalCount }\n    }\n  "): typeof import('./graphql').StatementsUnknownAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeBudgetWholeTree {\n    plans { nodes { pillars { nodes { priorities { nodes { objectives { nodes {\n      text agencies { name } actions { nodes { text status agencies { name } responsibilities { asWritten } } }\n    } } } } } } } }\n  }\n"): typeof import('./graphql').TimeBudgetWholeTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidationFixtures {\n    actions(first: 1) { nodes { id } }\n    outcomeMeasures(first: 100) { nodes { id unit } }\n  }\n"): typeof import('./graphql').ValidationFixturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationAction($id: ID!) {\n      action(id: $id) { version durationMonths dueDate }\n    }\n  "): typeof import('./graphql').ValidationActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationUpdateAction($input: UpdateActionInput!) {\n      updateAction(input: $input) { action { id } }\n    }\n  "): typeof import('./graphql').ValidationUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateAgency($input: CreateAgencyInput!) {\n      createAgency(input: $input) { agency { id } }\n    }\n  "): typeof import('./graphql').ValidationCreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationRecordValue($input: RecordMeasureValueInput!) {\n      recordMeasureValue(input: $input) { measureValue { id } }\n    }\n  "): typeof import('./graphql').ValidationRecordValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateHelpService($input: CreateHelpServiceInput!) {\n      createHelpService(input: $input) { helpService { phone } }\n    }\n  "): typeof import('./graphql').ValidationCreateHelpServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ValidationCreateReprocurement($input: CreateReprocurementInput!) {\n      createReprocurement(input: $input) { reprocurement { id } }\n    }\n  "): typeof import('./graphql').ValidationCreateReprocurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationObjective {\n      objectives(first: 1) { nodes { id } }\n    }\n  "): typeof import('./graphql').ValidationObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationEmptySearch {\n      actions(filter: { search: \"\" }) { totalCount }\n    }\n  "): typeof import('./graphql').ValidationEmptySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationLongQuarter {\n      progressReport(quarter: \"2024-25 Q1 and then some more text\") { quarter }\n    }\n  "): typeof import('./graphql').ValidationLongQuarterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ValidationVersionTypes {\n      __schema { types { name kind fields { name type { kind ofType { name } } } } }\n    }\n  "): typeof import('./graphql').ValidationVersionTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DurabilityUpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) { action { id version text } replayed }\n  }\n"): typeof import('./graphql').DurabilityUpdateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DurabilityCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) { action { id version text } }\n  }\n"): typeof import('./graphql').DurabilityCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DurabilityFirstAction($after: String) {\n    actions(first: 1, after: $after) { nodes { id version objective { id } } }\n  }\n"): typeof import('./graphql').DurabilityFirstActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DurabilityActionCount {\n    actions(first: 0) { totalCount }\n  }\n"): typeof import('./graphql').DurabilityActionCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DurabilityActionAndHistory($id: ID!) {\n      action(id: $id) { text version }\n      history(id: $id) { totalCount nodes { operation version changes { field after } } }\n    }\n  "): typeof import('./graphql').DurabilityActionAndHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DurabilityArchiveAction($input: RecordVersionInput!) {\n        archiveAction(input: $input) { action { id archivedAt version } }\n      }\n    "): typeof import('./graphql').DurabilityArchiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DurabilityRestoreAction($input: RecordVersionInput!) {\n        restoreAction(input: $input) { action { archivedAt version } }\n      }\n    "): typeof import('./graphql').DurabilityRestoreActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilityArchivedAction($id: ID!) {\n        action(id: $id) { text archivedAt }\n        history(id: $id) { nodes { operation } }\n      }\n    "): typeof import('./graphql').DurabilityArchivedActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DurabilityCreateActionFull($input: CreateActionInput!) {\n        createAction(input: $input) { action { id text position dueDate status objective { id } } }\n      }\n    "): typeof import('./graphql').DurabilityCreateActionFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilityCreatedHistory($id: ID!) {\n        history(id: $id) { nodes { operation changes { field before after } } }\n      }\n    "): typeof import('./graphql').DurabilityCreatedHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DurabilitySnapshot($id: ID!) {\n        action(id: $id) { text version status dueDate }\n        changes(first: 0) { totalCount }\n      }\n    "): typeof import('./graphql').DurabilitySnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DurabilityTexts($ids: [ID!]!) {\n      nodes(ids: $ids) { id ... on Action { text } }\n    }\n  "): typeof import('./graphql').DurabilityTextsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
