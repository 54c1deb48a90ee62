// The public surface of @cdp/sdk. Only re-exports: the client, its errors and paging helper, the
// short type names, and everything generated (the method interfaces and Node type names; typed
// documents, operation and fragment types for those who bring their own GraphQL client).
export { createClient, type AsOfOptions, type CdpClient, type Pager } from './client.js';
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
  ActionDetail,
  AgencyDetail,
  AnyNode,
  ApiKey,
  AuditEntry,
  Connection,
  NodeTypename,
  ObjectiveDetail,
  PillarDetail,
  PlanTree,
  PriorityDetail,
  ProgressReport,
} from './types.js';
// CdpQueries, CdpMutations, CdpPagers, NodeFields and a name per Node type (Action, Agency, ...).
export * from './generated/sdk.js';
export * from './generated/graphql.js';
