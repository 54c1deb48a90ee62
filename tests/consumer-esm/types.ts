// Type-checked with `tsc --noEmit` (never run): what an ES module consumer of @cdp/sdk sees.
// Each @ts-expect-error line must be a type error; tsc fails if one stops being one.
import {
  ActionDocument,
  CdpApiError,
  ConflictError,
  createClient,
  NotFoundError,
  paginate,
  RateLimitedError,
  type Action,
  type ActionStatus,
  type AnyNode,
} from '@cdp/sdk';

const client = createClient({ url: 'http://localhost:4000/graphql', apiKey: 'key', timeoutMs: 5000 });
// Compiled with exactOptionalPropertyTypes: options that may be missing are still accepted.
export const fromTheEnvironment = createClient({
  url: process.env.CDP_API_URL ?? 'http://localhost:4000/graphql',
  apiKey: process.env.CDP_API_KEY,
  headers: { 'x-request-source': process.env.CDP_SOURCE },
  timeoutMs: process.env.CDP_TIMEOUT_MS ? Number(process.env.CDP_TIMEOUT_MS) : undefined,
  fetch: undefined,
});

export async function readsTheDeliveryPlan(): Promise<void> {
  const page = await client.actions({ filter: { agency: 'RESET', status: ['ON_TRACK'] }, first: 10 });
  const total: number = page.totalCount;
  const texts: string[] = page.nodes.map((action) => action.text);
  const cursor: string | null = page.pageInfo.endCursor;
  void [total, texts, cursor];

  // @ts-expect-error: an Action has no `title` (priorities have titles)
  void page.nodes[0].title;
  // @ts-expect-error: `first` is a number
  await client.actions({ first: '10' });
  // @ts-expect-error: ActionFilter has no `agencyName`
  await client.actions({ filter: { agencyName: 'RESET' } });
  // @ts-expect-error: 'DONE' is not an ActionStatus
  await client.actions({ filter: { status: ['DONE'] } });
  // @ts-expect-error: action() takes the ID as a string
  await client.action(42);
  // @ts-expect-error: agency() takes { id } or { name }
  await client.agency({ shortName: 'RESET' });

  const plan = await client.plan();
  const agencyName: string = plan.pillars.nodes[0].priorities.nodes[0].objectives.nodes[0].actions.nodes[0].agencies[0].name;
  void agencyName;
  // @ts-expect-error: misspelt field
  void plan.pillars.nodes[0].nmae;
}

export async function bringsItsOwnDocument(): Promise<void> {
  const { action } = await client.request(ActionDocument, { id: 'QWN0aW9uOjE=' });
  const status: ActionStatus = action.status;
  void status;
  // @ts-expect-error: the Action document's $id is a string
  await client.request(ActionDocument, { id: true });
  // @ts-expect-error: the Action document needs its $id
  await client.request(ActionDocument);
}

export async function pages(): Promise<void> {
  for await (const action of client.paginate.actions({ filter: { agency: 'RESET' } })) {
    const a: Action = action;
    void a;
  }
  for await (const deadline of paginate((after) => client.reprocurements({ filter: { overdue: true }, after }))) {
    const days: number = deadline.daysUntilExpiry;
    void days;
    // @ts-expect-error: a reprocurement has no `text`
    void deadline.text;
  }
  // @ts-expect-error: the pager supplies the cursor itself
  client.paginate.actions({ after: 'abc' });
}

export async function narrowsNodes(id: string): Promise<void> {
  const node: AnyNode = await client.node(id);
  if (node.__typename === 'Reprocurement') {
    const overdue: boolean = node.overdue;
    void overdue;
  }
  // @ts-expect-error: only a Reprocurement has `overdue`; not narrowed here
  void node.overdue;
}

export async function writes(actionId: string, version: number): Promise<void> {
  const { action, replayed } = await client.updateAction({ id: actionId, expectedVersion: version, status: 'AT_RISK' });
  const status: ActionStatus = action.status;
  void [status, replayed];
  await client.recordProgress({ actionId, quarter: '2024-25 Q1', rag: 'AMBER', status: 'AT_RISK', commentary: 'Waiting on a partner' });
  // @ts-expect-error: updates need the expectedVersion last read
  await client.updateAction({ id: actionId, status: 'AT_RISK' });
  // @ts-expect-error: 'YELLOW' is not a Rag
  await client.recordProgress({ actionId, quarter: '2024-25 Q1', rag: 'YELLOW', status: 'AT_RISK', commentary: '' });
}

export async function callOptions(signal: AbortSignal | undefined, requestId: string | undefined): Promise<void> {
  const options = { signal, headers: { 'x-request-id': requestId } };
  await client.plan(undefined, options);
  await client.plan({ kind: 'STRATEGY' }, { signal: AbortSignal.timeout(1000) });
  await client.action('QWN0aW9uOjE=', options);
  await client.agency({ name: 'RESET' }, options);
  await client.reprocurement('UmVwcm9jdXJlbWVudDox', { asOf: '2024-04-01', ...options });
  await client.nodes(['QWN0aW9uOjE='], { asOf: undefined, signal });
  await client.progressReport({ quarter: '2024-25 Q1' }, options);
  await client.updateAction({ id: 'QWN0aW9uOjE=', expectedVersion: 1, status: 'AT_RISK' }, options);
  await client.request(ActionDocument, { id: 'QWN0aW9uOjE=' }, options);
  for await (const action of client.paginate.actions({ filter: { agency: 'RESET' } }, options)) void action;
  for await (const change of client.paginate.history({ id: 'QWN0aW9uOjE=' }, options)) void change;

  // @ts-expect-error: a signal is an AbortSignal
  await client.plan(undefined, { signal: 'stop' });
  // @ts-expect-error: header values are strings
  await client.actions({}, { headers: { 'x-count': 1 } });
  // @ts-expect-error: no such option
  await client.action('QWN0aW9uOjE=', { asOf: '2024-04-01' });
  // @ts-expect-error: the Action document's variables come before the options
  await client.request(ActionDocument, options);
}

export async function handlesErrors(): Promise<string> {
  try {
    return (await client.agency({ name: 'No such agency' })).name;
  } catch (error) {
    if (error instanceof NotFoundError) return `not found: ${error.message} at ${error.path?.join('.')}`;
    if (error instanceof RateLimitedError) return `retry in ${error.retryAfter ?? 60} s`;
    if (error instanceof ConflictError) return `changed since read: now at version ${String(error.extensions.currentVersion)}`;
    if (error instanceof CdpApiError) return `${error.code}: ${error.errors.length} errors`;
    throw error;
  }
}
