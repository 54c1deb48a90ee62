// Short names for the shapes the client returns. Each is a generated type (src/generated): the
// fields its fragment or operation in src/operations selects.
import type {
  ActionFieldsFragment,
  ActionQuery,
  ApiKeyFieldsFragment,
  AuditEntryFieldsFragment,
  AgencyFieldsFragment,
  AgencyQuery,
  HelpServiceFieldsFragment,
  MeasureValueFieldsFragment,
  NationalOutcomeFieldsFragment,
  NodeQuery,
  ObjectiveFieldsFragment,
  ObjectiveQuery,
  OutcomeMeasureFieldsFragment,
  PageInfoFieldsFragment,
  PartnershipFieldsFragment,
  PillarFieldsFragment,
  PillarQuery,
  PlanFieldsFragment,
  PlanQuery,
  PriorityFieldsFragment,
  PriorityQuery,
  ProgressReportQuery,
  ProgressUpdateFieldsFragment,
  ReprocurementFieldsFragment,
} from './generated/graphql.js';

export type Action = ActionFieldsFragment;
/** client.action(): the action with every progress update, oldest first. */
export type ActionDetail = ActionQuery['action'];
export type ApiKey = ApiKeyFieldsFragment;
export type AuditEntry = AuditEntryFieldsFragment;
export type Agency = AgencyFieldsFragment;
/** client.agency(): the agency with how many actions and objectives it is responsible for. */
export type AgencyDetail = AgencyQuery['agency'];
export type HelpService = HelpServiceFieldsFragment;
export type MeasureValue = MeasureValueFieldsFragment;
export type NationalOutcome = NationalOutcomeFieldsFragment;
export type Objective = ObjectiveFieldsFragment;
/** client.objective(): the objective with its actions and reprocurement deadlines. */
export type ObjectiveDetail = ObjectiveQuery['objective'];
export type OutcomeMeasure = OutcomeMeasureFieldsFragment;
export type Partnership = PartnershipFieldsFragment;
export type Pillar = PillarFieldsFragment;
/** client.pillar(): the pillar with its priorities and national outcomes. */
export type PillarDetail = PillarQuery['pillar'];
export type Plan = PlanFieldsFragment;
/** client.plan(): the plan with its whole tree of pillars, priorities, objectives and actions. */
export type PlanTree = PlanQuery['plan'];
export type Priority = PriorityFieldsFragment;
/** client.priority(): the priority with its objectives. */
export type PriorityDetail = PriorityQuery['priority'];
export type ProgressReport = ProgressReportQuery['progressReport'];
export type ProgressUpdate = ProgressUpdateFieldsFragment;
export type Reprocurement = ReprocurementFieldsFragment;

/** A page of a list: the connection every list method returns. */
export interface Connection<TNode> {
  /** How many items match, across all pages. */
  totalCount: number;
  pageInfo: PageInfoFieldsFragment;
  nodes: TNode[];
}

/** The fields node(id) returns for each type that implements Node. */
export interface NodeFields {
  Action: Action;
  Agency: Agency;
  HelpService: HelpService;
  MeasureValue: MeasureValue;
  NationalOutcome: NationalOutcome;
  Objective: Objective;
  OutcomeMeasure: OutcomeMeasure;
  Partnership: Partnership;
  Pillar: Pillar;
  Plan: Plan;
  Priority: Priority;
  ProgressUpdate: ProgressUpdate;
  Reprocurement: Reprocurement;
}

export type NodeTypename = keyof NodeFields;

/** Any object node(id) can return; narrow it by __typename. */
export type AnyNode = { [T in NodeTypename]: { __typename: T } & NodeFields[T] }[NodeTypename];

/** A compile error here means the schema has a Node type that NodeFields (and node.graphql) lack. */
type Assert<T extends true> = T;
type NodeFieldsCoverEveryNodeType = Assert<[Exclude<NodeQuery['node']['__typename'], NodeTypename>] extends [never] ? true : false>;
