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
