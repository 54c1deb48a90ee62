// The client: the generated method of every operation in src/operations (src/generated, made by
// codegen/sdk-plugin.cjs), plus what the generator cannot know: request(), node() and nodes()
// (which put each object back together from its aliases), agency()'s "by ID or by name"
// argument, and reprocurements() passing filter.asOf on as $asOf.
import { NodeDocument, NodesDocument, type NodeQuery, type NodesQuery } from './generated/graphql.js';
import type { CdpMutations, CdpPagers, CdpQueries } from './generated/sdk.js';
import { createMethods, createPagers } from './generated/sdk-methods.js';
import type { AsOfOptions } from './methods.js';
import { createRequest, type CallOptions, type ClientOptions, type RequestFunction } from './transport.js';
import type { AgencyDetail, AnyNode, NodeTypename } from './types.js';

export type { AsOfOptions, Pager } from './methods.js';

/**
 * One method per root query (reads) and per root mutation (CdpMutations), plus request() and
 * paginate. Every method takes the call's options (CallOptions: signal, headers) last.
 */
export interface CdpClient extends Omit<CdpQueries, 'agency'>, CdpMutations {
  /** Sends any typed document (the exported `...Document` constants) and returns its data. */
  request: RequestFunction;
  /** One agency by ID, or by name, short name or any alias (any case). */
  agency(by: { id: string } | { name: string }, options?: CallOptions): Promise<AgencyDetail>;
  /** Any object by its global ID, typed by __typename. */
  node(id: string, options?: AsOfOptions): Promise<AnyNode>;
  /** Objects by global ID, in the order asked (at most 100); null where none exists. */
  nodes(ids: string[], options?: AsOfOptions): Promise<Array<AnyNode | null>>;
  /** Every list, walked to its end: `for await (const action of client.paginate.actions({ filter }))`. */
  paginate: CdpPagers;
}

export function createClient(clientOptions: ClientOptions): CdpClient {
  const request = createRequest(clientOptions);
  const generated = createMethods(request);

  const client: Omit<CdpClient, 'paginate'> = {
    ...generated,
    request,
    // The filter's date also sets each contract's daysUntilExpiry and overdue, so that they agree.
    reprocurements: (args = {}, options) => generated.reprocurements({ asOf: args.filter?.asOf, ...args }, options),
    node: async (id, { asOf, ...options } = {}) => {
      const data = await request(NodeDocument, { id, asOf }, options);
      return withFields(data.node.__typename, data);
    },
    nodes: async (ids, { asOf, ...options } = {}) => {
      const data = await request(NodesDocument, { ids, asOf }, options);
      return data.nodes.map((node, i) => (node ? withFields(node.__typename, data, i) : null));
    },
  };

  // The walkers page through the client's own list methods (reprocurements with its asOf).
  return { ...client, paginate: createPagers(client) };
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
