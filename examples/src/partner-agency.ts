// A partner agency's view of the plan: the actions it is responsible for, grouped by priority;
// and, given a quarter, a progress update posted on one of them.
//
//   CDP_API_URL            the API (default http://localhost:4000/graphql)
//   CDP_API_KEY            an API key; posting progress needs one (an agency_editor key for the agency)
//   CDP_AGENCY             the agency: its ID, name, short name or any alias the plan uses (default RESET)
//   CDP_REPORT_QUARTER     post a progress update for this quarter, e.g. "2024-25 Q1" (default: post nothing)
//   CDP_REPORT_ACTION      the action to report on (default the agency's first action)
//   CDP_REPORT_RAG         RED, AMBER or GREEN (default GREEN)
//   CDP_REPORT_COMMENTARY  the commentary (default a line naming the agency)
import { createClient, ForbiddenError, NotFoundError, UnauthenticatedError, type Action, type Rag } from '@cdp/sdk';

const client = createClient({
  url: process.env.CDP_API_URL ?? 'http://localhost:4000/graphql',
  apiKey: process.env.CDP_API_KEY, // none when unset or empty
});
const agencyName = process.env.CDP_AGENCY ?? 'RESET';

async function main(): Promise<void> {
  const agency = await client.agency({ name: agencyName });

  // Actions come in plan order, so priorities come out in plan order too.
  const byPriority = new Map<string, { heading: string; actions: Action[] }>();
  for await (const action of client.paginate.actions({ filter: { agency: agency.id } })) {
    const heading = `Pillar ${action.pillar.number}, priority ${action.priority.position}: ${action.priority.title}`;
    const group = byPriority.get(action.priority.id) ?? { heading, actions: [] };
    group.actions.push(action);
    byPriority.set(action.priority.id, group);
  }

  const total = [...byPriority.values()].reduce((sum, group) => sum + group.actions.length, 0);
  console.log(`${agency.name}: ${total} actions in ${byPriority.size} priorities`);
  for (const { heading, actions } of byPriority.values()) {
    console.log(`\n${heading} (${actions.length})`);
    for (const action of actions) console.log(`  - [${action.status}] ${action.text}`);
  }

  const quarter = process.env.CDP_REPORT_QUARTER;
  if (!quarter) return;
  const first = [...byPriority.values()][0]?.actions[0];
  const actionId = process.env.CDP_REPORT_ACTION ?? first?.id;
  if (!actionId) throw new Error(`${agency.name} has no actions to report on.`);
  const rag = (process.env.CDP_REPORT_RAG ?? 'GREEN') as Rag;
  const { progressUpdate, replayed } = await client.recordProgress({
    actionId,
    quarter,
    rag,
    status: rag === 'GREEN' ? 'ON_TRACK' : rag === 'AMBER' ? 'AT_RISK' : 'OFF_TRACK',
    commentary: process.env.CDP_REPORT_COMMENTARY ?? `Quarterly update from ${agency.name}.`,
    // The same key for the same report: a retry after a network failure does not post it twice.
    idempotencyKey: `${agency.id}/${actionId}/${quarter}/${rag}`,
  });
  console.log(
    `\n${replayed ? 'Already posted' : 'Posted'} progress for ${progressUpdate.quarterLabel} on "${progressUpdate.action.text}": ${progressUpdate.rag} (${progressUpdate.status})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof NotFoundError) console.error(`No agency "${agencyName}" in the plan: ${error.message}`);
  else if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) console.error(`Not allowed to post progress: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
