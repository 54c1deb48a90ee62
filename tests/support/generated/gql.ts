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
