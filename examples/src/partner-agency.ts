// A partner agency's view of the plan: the actions it is responsible for, grouped by priority.
//
//   CDP_API_URL  the API (default http://localhost:4000/graphql)
//   CDP_API_KEY  an API key, if the server asks for one
//   CDP_AGENCY   the agency: its ID, name, short name or any alias the plan uses (default RESET)
import { createClient, NotFoundError, type Action } from '@cdp/sdk';

const client = createClient({
  url: process.env.CDP_API_URL ?? 'http://localhost:4000/graphql',
  apiKey: process.env.CDP_API_KEY || undefined,
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
}

main().catch((error: unknown) => {
  if (error instanceof NotFoundError) console.error(`No agency "${agencyName}" in the plan: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
