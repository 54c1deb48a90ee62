// Short names for the shapes the client returns. Each is a generated type (src/generated): the
// fields its fragment or operation in src/operations selects. The Node types' names (Action,
// Agency, ...: each <Type>Fields fragment) and NodeFields are generated in src/generated/sdk.ts.
import type {
  ActionQuery,
  ApiKeyFieldsFragment,
  AuditEntryFieldsFragment,
  AgencyQuery,
  NodeQuery,
  ObjectiveQuery,
  PageInfoFieldsFragment,
  PillarQuery,
  PlanQuery,
  PriorityQuery,
  ProgressReportQuery,
} from './generated/graphql.js';
import type { NodeFields } from './generated/sdk.js';

/** client.action(): the action with every progress update, oldest first. */
export type ActionDetail = ActionQuery['action'];
export type ApiKey = ApiKeyFieldsFragment;
export type AuditEntry = AuditEntryFieldsFragment;
/** client.agency(): the agency with how many actions and objectives it is responsible for. */
export type AgencyDetail = AgencyQuery['agency'];
/** client.objective(): the objective with its actions and reprocurement deadlines. */
export type ObjectiveDetail = ObjectiveQuery['objective'];
/** client.pillar(): the pillar with its priorities and national outcomes. */
export type PillarDetail = PillarQuery['pillar'];
/** client.plan(): the plan with its whole tree of pillars, priorities, objectives and actions. */
export type PlanTree = PlanQuery['plan'];
/** client.priority(): the priority with its objectives. */
export type PriorityDetail = PriorityQuery['priority'];
export type ProgressReport = ProgressReportQuery['progressReport'];

/** A page of a list: the connection every list method returns. */
export interface Connection<TNode> {
  /** How many items match, across all pages. */
  totalCount: number;
  pageInfo: PageInfoFieldsFragment;
  nodes: TNode[];
}

export type NodeTypename = keyof NodeFields;

/** Any object node(id) can return; narrow it by __typename. */
export type AnyNode = { [T in NodeTypename]: { __typename: T } & NodeFields[T] }[NodeTypename];

/** A compile error here means the schema has a Node type that NodeFields (and node.graphql) lack (exported only so that it is checked, not for use). */
type Assert<T extends true> = T;
export type _NodeFieldsCoverEveryNodeType = Assert<[Exclude<NodeQuery['node']['__typename'], NodeTypename>] extends [never] ? true : false>;
