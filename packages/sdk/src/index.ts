// The public surface of @cdp/sdk. Only re-exports: the client, its errors and paging helper, the
// short type names, and everything generated (typed documents, operation and fragment types) for
// those who bring their own GraphQL client.
export { createClient, type AsOfOptions, type CdpClient, type Pager } from './client.js';
export type { CdpMutations } from './mutations.js';
export type { CallOptions, ClientOptions, RequestFunction, TypedDocument, VariablesAndOptions, VariablesArg } from './transport.js';
export { paginate, collect, type Page } from './paginate.js';
export {
  CdpApiError,
  NotFoundError,
  BadInputError,
  UnauthenticatedError,
  ForbiddenError,
  ConflictError,
  RateLimitedError,
  NetworkError,
  UnknownError,
  type FieldProblem,
  type GraphQLErrorEntry,
  type NetworkFailure,
} from './errors.js';
export type {
  Action,
  ActionDetail,
  Agency,
  AgencyDetail,
  AnyNode,
  ApiKey,
  AuditEntry,
  Connection,
  HelpService,
  MeasureValue,
  NationalOutcome,
  NodeFields,
  NodeTypename,
  Objective,
  ObjectiveDetail,
  OutcomeMeasure,
  Partnership,
  Pillar,
  PillarDetail,
  Plan,
  PlanTree,
  Priority,
  PriorityDetail,
  ProgressReport,
  ProgressUpdate,
  Reprocurement,
} from './types.js';
export * from './generated/graphql.js';
