// Reprocurement deadlines: contracts due in the next N days, and those already overdue.
//
//   CDP_API_URL  the API (default http://localhost:4000/graphql)
//   CDP_API_KEY  an API key, if the server asks for one
//   CDP_DAYS     how many days ahead to look (default 90)
//   CDP_AS_OF    the date to count from, YYYY-MM-DD (default today)
import { collect, createClient, type Reprocurement } from '@cdp/sdk';

const client = createClient({
  url: process.env.CDP_API_URL ?? 'http://localhost:4000/graphql',
  apiKey: process.env.CDP_API_KEY, // none when unset or empty
});

async function main(): Promise<void> {
  const days = Number(process.env.CDP_DAYS ?? '90');
  if (!Number.isInteger(days) || days < 0) throw new Error(`CDP_DAYS must be a whole number of days, not "${process.env.CDP_DAYS}"`);
  const asOf = process.env.CDP_AS_OF ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`CDP_AS_OF must be a date as YYYY-MM-DD, not "${asOf}"`);

  const [due, overdue] = await Promise.all([
    collect(client.paginate.reprocurements({ filter: { asOf, dueWithinDays: days } })),
    collect(client.paginate.reprocurements({ filter: { asOf, overdue: true } })),
  ]);

  console.log(`Reprocurement deadlines as of ${asOf}`);
  console.log(`\nDue in the next ${days} days (${due.length}):`);
  for (const contract of due) console.log(line(contract, `in ${plural(contract.daysUntilExpiry, 'day')}`));
  console.log(`\nOverdue (${overdue.length}):`);
  for (const contract of overdue) console.log(line(contract, `${plural(-contract.daysUntilExpiry, 'day')} overdue`));
}

function line(contract: Reprocurement, when: string): string {
  const supplier = contract.supplier ? ` (${contract.supplier})` : '';
  return `  ${contract.expiryDate}  ${contract.service}${supplier}, ${contract.status}: ${when}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
