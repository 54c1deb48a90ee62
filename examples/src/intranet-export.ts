// The council intranet's export: the whole delivery plan as JSON (the tree, as the API gives it)
// and as CSV (one row per action), written to an output directory.
//
//   CDP_API_URL     the API (default http://localhost:4000/graphql)
//   CDP_API_KEY     an API key, if the server asks for one
//   CDP_OUTPUT_DIR  where to write plan.json and actions.csv (default ./out)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, type PlanTree } from '@cdp/sdk';

const client = createClient({
  url: process.env.CDP_API_URL ?? 'http://localhost:4000/graphql',
  apiKey: process.env.CDP_API_KEY, // none when unset or empty
});
const outputDir = process.env.CDP_OUTPUT_DIR ?? './out';

const COLUMNS = ['Pillar', 'Priority', 'Objective', 'Action', 'Status', 'Responsible agencies', 'Action ID'];

async function main(): Promise<void> {
  const plan = await client.plan();
  const rows = actionRows(plan);

  await mkdir(outputDir, { recursive: true });
  const jsonFile = join(outputDir, 'plan.json');
  const csvFile = join(outputDir, 'actions.csv');
  await writeFile(jsonFile, JSON.stringify(plan, null, 2) + '\n');
  await writeFile(csvFile, [COLUMNS, ...rows].map(csvLine).join(''));
  console.log(`${plan.title} (${plan.periodLabel}): ${rows.length} actions`);
  console.log(`Wrote ${jsonFile}`);
  console.log(`Wrote ${csvFile}`);
}

/** One row per action, in plan order. Fails rather than export part of a level the API cut short. */
function actionRows(plan: PlanTree): string[][] {
  const rows: string[][] = [];
  complete('pillars', plan.pillars);
  for (const pillar of plan.pillars.nodes) {
    complete(`priorities of pillar ${pillar.number}`, pillar.priorities);
    for (const priority of pillar.priorities.nodes) {
      complete(`objectives of "${priority.title}"`, priority.objectives);
      for (const objective of priority.objectives.nodes) {
        complete(`actions of "${objective.text}"`, objective.actions);
        for (const action of objective.actions.nodes) {
          const agencies = action.agencies.map((agency) => agency.name).join('; ');
          rows.push([`${pillar.number}. ${pillar.name}`, priority.title, objective.text, action.text, action.status, agencies, action.id]);
        }
      }
    }
  }
  return rows;
}

function complete(what: string, list: { totalCount: number; nodes: unknown[] }): void {
  if (list.nodes.length < list.totalCount) {
    throw new Error(`The plan query returned ${list.nodes.length} of ${list.totalCount} ${what}; page through them instead.`);
  }
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
function csvLine(fields: string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',') + '\r\n';
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
