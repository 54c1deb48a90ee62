// The council intranet's export: the whole delivery plan as JSON (the tree, as the SDK gives it),
// and the REST feeds made for office tools, as the API serves them: plan.csv (one row per action,
// readable words, UTF-8 with a BOM so that Excel opens it right) and plan.xlsx (a sheet per level).
//
//   CDP_API_URL     the GraphQL endpoint (default http://localhost:4000/graphql); the REST API is
//                   beside it, at /api/v1 on the same origin
//   CDP_API_KEY     an API key, if the server asks for one
//   CDP_OUTPUT_DIR  where to write plan.json, plan.csv and plan.xlsx (default ./out)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, type PlanTree } from '@cdp/sdk';

const apiUrl = process.env.CDP_API_URL ?? 'http://localhost:4000/graphql';
const apiKey = process.env.CDP_API_KEY || undefined;
const client = createClient({ url: apiUrl, apiKey });
const restBase = new URL('/api/v1', apiUrl).toString();
const outputDir = process.env.CDP_OUTPUT_DIR ?? './out';

async function main(): Promise<void> {
  const plan = await client.plan();
  complete('pillars', plan.pillars);
  const actions = countActions(plan);

  await mkdir(outputDir, { recursive: true });
  const jsonFile = join(outputDir, 'plan.json');
  await writeFile(jsonFile, JSON.stringify(plan, null, 2) + '\n');
  const csvFile = await download('plan.csv', join(outputDir, 'plan.csv'));
  const xlsxFile = await download('plan.xlsx', join(outputDir, 'plan.xlsx'));
  console.log(`${plan.title} (${plan.periodLabel}): ${actions} actions`);
  for (const file of [jsonFile, csvFile, xlsxFile]) console.log(`Wrote ${file}`);
}

/** Saves a feed as served; a refusal (problem+json) is reported with its detail. */
async function download(feed: string, file: string): Promise<string> {
  const response = await fetch(`${restBase}/${feed}`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string; code?: string } | null;
    throw new Error(`GET ${restBase}/${feed} answered ${response.status}${problem?.code ? ` ${problem.code}` : ''}: ${problem?.detail ?? response.statusText}`);
  }
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

/** The actions in the tree. Fails rather than export part of a level the API cut short. */
function countActions(plan: PlanTree): number {
  let count = 0;
  for (const pillar of plan.pillars.nodes) {
    complete(`priorities of pillar ${pillar.number}`, pillar.priorities);
    for (const priority of pillar.priorities.nodes) {
      complete(`objectives of "${priority.title}"`, priority.objectives);
      for (const objective of priority.objectives.nodes) {
        complete(`actions of "${objective.text}"`, objective.actions);
        count += objective.actions.nodes.length;
      }
    }
  }
  return count;
}

function complete(what: string, list: { totalCount: number; nodes: unknown[] }): void {
  if (list.nodes.length < list.totalCount) {
    throw new Error(`The plan query returned ${list.nodes.length} of ${list.totalCount} ${what}; page through them instead.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
