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
import { createRequest, type CallOptions, type ClientOptions, type RequestFunction, type VariablesAndOptions } from './transport.js';
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

/**
 * Walks a list to its end, yielding each node. Takes the list's arguments but the cursor; `first`
 * (default 100) is the page size. The call's options apply to every page's request.
 */
export type Pager<TVariables, TNode> = (...args: VariablesAndOptions<Omit<TVariables, 'after'>>) => AsyncGenerator<TNode, void, undefined>;

/** The second argument of reprocurement(), node() and nodes(): the date to count from, and the call's options. */
export interface AsOfOptions extends CallOptions {
  /** daysUntilExpiry and overdue are measured from this date (YYYY-MM-DD); default today. */
  asOf?: string | undefined;
}

/**
 * One method per root query (reads) and per root mutation (CdpMutations), plus request() and
 * paginate. Every method takes the call's options (CallOptions: signal, headers) last.
 */
export interface CdpClient extends CdpMutations {
  /** Sends any typed document (the exported `...Document` constants) and returns its data. */
  request: RequestFunction;

  /** One plan with its whole tree (pillars, priorities, objectives, actions); no arguments: the current delivery plan. */
  plan(args?: PlanQueryVariables, options?: CallOptions): Promise<PlanTree>;
  /** Strategies and delivery plans, newest period first. */
  plans(args?: PlansQueryVariables, options?: CallOptions): Promise<Connection<Plan>>;
  pillar(id: string, options?: CallOptions): Promise<PillarDetail>;
  pillars(args?: PillarsQueryVariables, options?: CallOptions): Promise<Connection<Pillar>>;
  priority(id: string, options?: CallOptions): Promise<PriorityDetail>;
  priorities(args?: PrioritiesQueryVariables, options?: CallOptions): Promise<Connection<Priority>>;
  objective(id: string, options?: CallOptions): Promise<ObjectiveDetail>;
  objectives(args?: ObjectivesQueryVariables, options?: CallOptions): Promise<Connection<Objective>>;
  /** One action with every progress update, oldest first. */
  action(id: string, options?: CallOptions): Promise<ActionDetail>;
  /** Actions in plan order; filter by plan, pillar, priority, objective, agency, status or text. */
  actions(args?: ActionsQueryVariables, options?: CallOptions): Promise<Connection<Action>>;
  /** One agency by ID, or by name, short name or any alias (any case). */
  agency(by: { id: string } | { name: string }, options?: CallOptions): Promise<AgencyDetail>;
  agencies(args?: AgenciesQueryVariables, options?: CallOptions): Promise<Connection<Agency>>;
  /** daysUntilExpiry and overdue are measured from asOf (default today). */
  reprocurement(id: string, options?: AsOfOptions): Promise<Reprocurement>;
  /** Contracts to reprocure, by expiry date; filter.asOf (default today) also sets each one's daysUntilExpiry and overdue. */
  reprocurements(args?: ReprocurementsQueryVariables, options?: CallOptions): Promise<Connection<Reprocurement>>;
  helpService(id: string, options?: CallOptions): Promise<HelpService>;
  helpServices(args?: HelpServicesQueryVariables, options?: CallOptions): Promise<Connection<HelpService>>;
  nationalOutcomes(args?: NationalOutcomesQueryVariables, options?: CallOptions): Promise<Connection<NationalOutcome>>;
  outcomeMeasure(id: string, options?: CallOptions): Promise<OutcomeMeasure>;
  outcomeMeasures(args?: OutcomeMeasuresQueryVariables, options?: CallOptions): Promise<Connection<OutcomeMeasure>>;
  /** A plan's progress for a quarter ("2024-25 Q1"): actions counted by RAG, overall and per pillar, priority and agency. */
  progressReport(args: ProgressReportQueryVariables, options?: CallOptions): Promise<ProgressReport>;
  /** The plan's live actions with no progress update for the quarter. */
  actionsWithoutProgress(args: ActionsWithoutProgressQueryVariables, options?: CallOptions): Promise<Connection<Action>>;
  /** Changes across the plan, oldest first: from `since` (inclusive) to `until` (exclusive), of one `entityType` if given. */
  changes(args?: ChangesQueryVariables, options?: CallOptions): Promise<Connection<AuditEntry>>;
  /** Every change to one record (any global ID), oldest first. */
  history(args: HistoryQueryVariables, options?: CallOptions): Promise<Connection<AuditEntry>>;
  /** API keys (never their secrets). */
  apiKeys(args?: ApiKeysQueryVariables, options?: CallOptions): Promise<ApiKey[]>;
  /** Any object by its global ID, typed by __typename. */
  node(id: string, options?: AsOfOptions): Promise<AnyNode>;
  /** Objects by global ID, in the order asked (at most 100); null where none exists. */
  nodes(ids: string[], options?: AsOfOptions): Promise<Array<AnyNode | null>>;

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

export function createClient(clientOptions: ClientOptions): CdpClient {
  const request = createRequest(clientOptions);

  function pager<TVariables extends { after?: string | null }, TNode>(
    list: (args: TVariables, options?: CallOptions) => Promise<Page<TNode>>,
  ): Pager<TVariables, TNode> {
    return (...[args, options]) => paginate((after) => list({ first: MAX_PAGE, ...args, after } as unknown as TVariables, options));
  }

  const client: Omit<CdpClient, 'paginate'> = {
    request,
    ...createMutations(request),
    plan: async (args = {}, options) => (await request(PlanDocument, args, options)).plan,
    plans: async (args = {}, options) => (await request(PlansDocument, args, options)).plans,
    pillar: async (id, options) => (await request(PillarDocument, { id }, options)).pillar,
    pillars: async (args = {}, options) => (await request(PillarsDocument, args, options)).pillars,
    priority: async (id, options) => (await request(PriorityDocument, { id }, options)).priority,
    priorities: async (args = {}, options) => (await request(PrioritiesDocument, args, options)).priorities,
    objective: async (id, options) => (await request(ObjectiveDocument, { id }, options)).objective,
    objectives: async (args = {}, options) => (await request(ObjectivesDocument, args, options)).objectives,
    action: async (id, options) => (await request(ActionDocument, { id }, options)).action,
    actions: async (args = {}, options) => (await request(ActionsDocument, args, options)).actions,
    agency: async (by, options) => (await request(AgencyDocument, by, options)).agency,
    agencies: async (args = {}, options) => (await request(AgenciesDocument, args, options)).agencies,
    reprocurement: async (id, { asOf, ...options } = {}) => (await request(ReprocurementDocument, { id, asOf }, options)).reprocurement,
    reprocurements: async (args = {}, options) =>
      (await request(ReprocurementsDocument, { asOf: args.filter?.asOf, ...args }, options)).reprocurements,
    helpService: async (id, options) => (await request(HelpServiceDocument, { id }, options)).helpService,
    helpServices: async (args = {}, options) => (await request(HelpServicesDocument, args, options)).helpServices,
    nationalOutcomes: async (args = {}, options) => (await request(NationalOutcomesDocument, args, options)).nationalOutcomes,
    outcomeMeasure: async (id, options) => (await request(OutcomeMeasureDocument, { id }, options)).outcomeMeasure,
    outcomeMeasures: async (args = {}, options) => (await request(OutcomeMeasuresDocument, args, options)).outcomeMeasures,
    progressReport: async (args, options) => (await request(ProgressReportDocument, args, options)).progressReport,
    actionsWithoutProgress: async (args, options) => (await request(ActionsWithoutProgressDocument, args, options)).actionsWithoutProgress,
    changes: async (args = {}, options) => (await request(ChangesDocument, args, options)).changes,
    history: async (args, options) => (await request(HistoryDocument, args, options)).history,
    apiKeys: async (args = {}, options) => (await request(ApiKeysDocument, args, options)).apiKeys,
    node: async (id, { asOf, ...options } = {}) => {
      const data = await request(NodeDocument, { id, asOf }, options);
      return withFields(data.node.__typename, data);
    },
    nodes: async (ids, { asOf, ...options } = {}) => {
      const data = await request(NodesDocument, { ids, asOf }, options);
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
