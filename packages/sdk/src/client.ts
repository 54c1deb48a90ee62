import {
  ActionDocument,
  ActionsDocument,
  ActionsWithoutProgressDocument,
  AgenciesDocument,
  AgencyDocument,
  ApiKeysDocument,
  ChangesDocument,
  HistoryDocument,
  HelpServiceDocument,
  HelpServicesDocument,
  NationalOutcomesDocument,
  NodeDocument,
  NodesDocument,
  ObjectiveDocument,
  ObjectivesDocument,
  OutcomeMeasureDocument,
  OutcomeMeasuresDocument,
  PillarDocument,
  PillarsDocument,
  PlanDocument,
  PlansDocument,
  PrioritiesDocument,
  PriorityDocument,
  ProgressReportDocument,
  ReprocurementDocument,
  ReprocurementsDocument,
  type ActionsQueryVariables,
  type ActionsWithoutProgressQueryVariables,
  type AgenciesQueryVariables,
  type ApiKeysQueryVariables,
  type ChangesQueryVariables,
  type HistoryQueryVariables,
  type HelpServicesQueryVariables,
  type NationalOutcomesQueryVariables,
  type NodeQuery,
  type NodesQuery,
  type ObjectivesQueryVariables,
  type OutcomeMeasuresQueryVariables,
  type PillarsQueryVariables,
  type PlanQueryVariables,
  type PlansQueryVariables,
  type PrioritiesQueryVariables,
  type ProgressReportQueryVariables,
  type ReprocurementsQueryVariables,
} from './generated/graphql.js';
import { createMutations, type CdpMutations } from './mutations.js';
import { paginate, type Page } from './paginate.js';
import { createRequest, type ClientOptions, type RequestFunction, type VariablesArg } from './transport.js';
import type {
  Action,
  ActionDetail,
  Agency,
  AgencyDetail,
  AnyNode,
  ApiKey,
  AuditEntry,
  Connection,
  HelpService,
  NationalOutcome,
  NodeTypename,
  Objective,
  ObjectiveDetail,
  OutcomeMeasure,
  Pillar,
  PillarDetail,
  Plan,
  PlanTree,
  Priority,
  PriorityDetail,
  ProgressReport,
  Reprocurement,
} from './types.js';

/** Walks a list to its end, yielding each node. Takes the list's arguments but the cursor; `first` (default 100) is the page size. */
type Pager<TVariables, TNode> = (...args: VariablesArg<Omit<TVariables, 'after'>>) => AsyncGenerator<TNode, void, undefined>;

/** One method per root query (reads) and per root mutation (CdpMutations), plus request() and paginate. */
export interface CdpClient extends CdpMutations {
  /** Sends any typed document (the exported `...Document` constants) and returns its data. */
  request: RequestFunction;

  /** One plan with its whole tree (pillars, priorities, objectives, actions); no arguments: the current delivery plan. */
  plan(args?: PlanQueryVariables): Promise<PlanTree>;
  /** Strategies and delivery plans, newest period first. */
  plans(args?: PlansQueryVariables): Promise<Connection<Plan>>;
  pillar(id: string): Promise<PillarDetail>;
  pillars(args?: PillarsQueryVariables): Promise<Connection<Pillar>>;
  priority(id: string): Promise<PriorityDetail>;
  priorities(args?: PrioritiesQueryVariables): Promise<Connection<Priority>>;
  objective(id: string): Promise<ObjectiveDetail>;
  objectives(args?: ObjectivesQueryVariables): Promise<Connection<Objective>>;
  /** One action with every progress update, oldest first. */
  action(id: string): Promise<ActionDetail>;
  /** Actions in plan order; filter by plan, pillar, priority, objective, agency, status or text. */
  actions(args?: ActionsQueryVariables): Promise<Connection<Action>>;
  /** One agency by ID, or by name, short name or any alias (any case). */
  agency(by: { id: string } | { name: string }): Promise<AgencyDetail>;
  agencies(args?: AgenciesQueryVariables): Promise<Connection<Agency>>;
  /** daysUntilExpiry and overdue are measured from asOf (default today). */
  reprocurement(id: string, options?: { asOf?: string }): Promise<Reprocurement>;
  /** Contracts to reprocure, by expiry date; filter.asOf (default today) also sets each one's daysUntilExpiry and overdue. */
  reprocurements(args?: ReprocurementsQueryVariables): Promise<Connection<Reprocurement>>;
  helpService(id: string): Promise<HelpService>;
  helpServices(args?: HelpServicesQueryVariables): Promise<Connection<HelpService>>;
  nationalOutcomes(args?: NationalOutcomesQueryVariables): Promise<Connection<NationalOutcome>>;
  outcomeMeasure(id: string): Promise<OutcomeMeasure>;
  outcomeMeasures(args?: OutcomeMeasuresQueryVariables): Promise<Connection<OutcomeMeasure>>;
  /** A plan's progress for a quarter ("2024-25 Q1"): actions counted by RAG, overall and per pillar, priority and agency. */
  progressReport(args: ProgressReportQueryVariables): Promise<ProgressReport>;
  /** The plan's live actions with no progress update for the quarter. */
  actionsWithoutProgress(args: ActionsWithoutProgressQueryVariables): Promise<Connection<Action>>;
  /** Changes across the plan, oldest first: from `since` (inclusive) to `until` (exclusive), of one `entityType` if given. */
  changes(args?: ChangesQueryVariables): Promise<Connection<AuditEntry>>;
  /** Every change to one record (any global ID), oldest first. */
  history(args: HistoryQueryVariables): Promise<Connection<AuditEntry>>;
  /** API keys (never their secrets). */
  apiKeys(args?: ApiKeysQueryVariables): Promise<ApiKey[]>;
  /** Any object by its global ID, typed by __typename. */
  node(id: string, options?: { asOf?: string }): Promise<AnyNode>;
  /** Objects by global ID, in the order asked (at most 100); null where none exists. */
  nodes(ids: string[], options?: { asOf?: string }): Promise<Array<AnyNode | null>>;

  /** Every list, walked to its end: `for await (const action of client.paginate.actions({ filter }))`. */
  paginate: {
    plans: Pager<PlansQueryVariables, Plan>;
    pillars: Pager<PillarsQueryVariables, Pillar>;
    priorities: Pager<PrioritiesQueryVariables, Priority>;
    objectives: Pager<ObjectivesQueryVariables, Objective>;
    actions: Pager<ActionsQueryVariables, Action>;
    agencies: Pager<AgenciesQueryVariables, Agency>;
    reprocurements: Pager<ReprocurementsQueryVariables, Reprocurement>;
    helpServices: Pager<HelpServicesQueryVariables, HelpService>;
    nationalOutcomes: Pager<NationalOutcomesQueryVariables, NationalOutcome>;
    outcomeMeasures: Pager<OutcomeMeasuresQueryVariables, OutcomeMeasure>;
    actionsWithoutProgress: Pager<ActionsWithoutProgressQueryVariables, Action>;
    changes: Pager<ChangesQueryVariables, AuditEntry>;
    history: Pager<HistoryQueryVariables, AuditEntry>;
  };
}

/** The largest page the API serves. */
const MAX_PAGE = 100;

export function createClient(options: ClientOptions): CdpClient {
  const request = createRequest(options);

  function pager<TVariables extends { after?: string | null }, TNode>(list: (args: TVariables) => Promise<Page<TNode>>): Pager<TVariables, TNode> {
    return (...[args]) => paginate((after) => list({ first: MAX_PAGE, ...args, after } as unknown as TVariables));
  }

  const client: Omit<CdpClient, 'paginate'> = {
    request,
    ...createMutations(request),
    plan: async (args = {}) => (await request(PlanDocument, args)).plan,
    plans: async (args = {}) => (await request(PlansDocument, args)).plans,
    pillar: async (id) => (await request(PillarDocument, { id })).pillar,
    pillars: async (args = {}) => (await request(PillarsDocument, args)).pillars,
    priority: async (id) => (await request(PriorityDocument, { id })).priority,
    priorities: async (args = {}) => (await request(PrioritiesDocument, args)).priorities,
    objective: async (id) => (await request(ObjectiveDocument, { id })).objective,
    objectives: async (args = {}) => (await request(ObjectivesDocument, args)).objectives,
    action: async (id) => (await request(ActionDocument, { id })).action,
    actions: async (args = {}) => (await request(ActionsDocument, args)).actions,
    agency: async (by) => (await request(AgencyDocument, by)).agency,
    agencies: async (args = {}) => (await request(AgenciesDocument, args)).agencies,
    reprocurement: async (id, { asOf } = {}) => (await request(ReprocurementDocument, { id, asOf })).reprocurement,
    reprocurements: async (args = {}) =>
      (await request(ReprocurementsDocument, { asOf: args.filter?.asOf, ...args })).reprocurements,
    helpService: async (id) => (await request(HelpServiceDocument, { id })).helpService,
    helpServices: async (args = {}) => (await request(HelpServicesDocument, args)).helpServices,
    nationalOutcomes: async (args = {}) => (await request(NationalOutcomesDocument, args)).nationalOutcomes,
    outcomeMeasure: async (id) => (await request(OutcomeMeasureDocument, { id })).outcomeMeasure,
    outcomeMeasures: async (args = {}) => (await request(OutcomeMeasuresDocument, args)).outcomeMeasures,
    progressReport: async (args) => (await request(ProgressReportDocument, args)).progressReport,
    actionsWithoutProgress: async (args) => (await request(ActionsWithoutProgressDocument, args)).actionsWithoutProgress,
    changes: async (args = {}) => (await request(ChangesDocument, args)).changes,
    history: async (args) => (await request(HistoryDocument, args)).history,
    apiKeys: async (args = {}) => (await request(ApiKeysDocument, args)).apiKeys,
    node: async (id, { asOf } = {}) => {
      const data = await request(NodeDocument, { id, asOf });
      return withFields(data.node.__typename, data);
    },
    nodes: async (ids, { asOf } = {}) => {
      const data = await request(NodesDocument, { ids, asOf });
      return data.nodes.map((node, i) => (node ? withFields(node.__typename, data, i) : null));
    },
  };

  return {
    ...client,
    paginate: {
      plans: pager(client.plans),
      pillars: pager(client.pillars),
      priorities: pager(client.priorities),
      objectives: pager(client.objectives),
      actions: pager(client.actions),
      agencies: pager(client.agencies),
      reprocurements: pager(client.reprocurements),
      helpServices: pager(client.helpServices),
      nationalOutcomes: pager(client.nationalOutcomes),
      outcomeMeasures: pager(client.outcomeMeasures),
      actionsWithoutProgress: pager(client.actionsWithoutProgress),
      changes: pager(client.changes),
      history: pager(client.history),
    },
  };
}

/**
 * node.graphql asks for each Node type's fields under an alias named after the type (first letter
 * lower case); the object's fields are under its own type's alias.
 */
function withFields(typename: NodeTypename, data: NodeQuery | NodesQuery, index?: number): AnyNode {
  const alias = (typename.charAt(0).toLowerCase() + typename.slice(1)) as Exclude<keyof NodeQuery, 'node'>;
  const fields: unknown = index === undefined ? (data as NodeQuery)[alias] : (data as NodesQuery)[alias][index];
  return { ...(fields as object), __typename: typename } as AnyNode;
}
