/**
 * The command line: `pnpm cli keys create --role agency_editor --agency "RESET" --name "RESET case system"`.
 * It opens the database named by DATABASE_URL (default sqlite:./data/cdp.sqlite) directly, runs
 * pending migrations, and acts through the same services as the API, as the "Command line" actor
 * (an admin: whoever can run it can read the database file anyway). Every change is audited.
 * `db copy`, `db backup` and `db restore` (cli/db-tools.ts) move and keep the database itself.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BoardReportService } from '../modules/board-report/board-report.service';
import { ConfigError, loadConfig } from '../config';
import type { RequestContext } from '../context';
import { createContextFactory } from '../request-contexts';
import { CLI_ACTOR } from '../auth/actor';
import { openDatabase } from '../app';
import { AppError } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { ApiKey } from '../auth/api-key.entity';
import { ApiKeyService } from '../auth/api-key.service';
import { ALL_ROLES, Role } from '../auth/roles';
import { DB_USAGE, runDb } from './db-tools';
import { CommandError, UsageError } from './errors';

const USAGE = `Usage: pnpm cli <command>

  keys create --role <${ALL_ROLES.join('|')}> --name <name> [--agency <agency>] [--pillar <1-3>]
              [--principal <who holds it>] [--expires <YYYY-MM-DD>]
  keys list [--all]                    live keys (--all: revoked too); never their secrets
  keys revoke <key id or prefix>
  keys rotate <key id or prefix> [--expires <YYYY-MM-DD>]
  denials [--hours <n>]                refusals without a valid key, counted per hour (default the last 24 hours)
  report --round <2024-25Q2 or ID> [--format html|md|pdf] [--out <file>]
                                       the round's board report pack (default html; without --out to stdout,
                                       not a PDF to a terminal); a closed round's from its snapshot, an open one's a draft
${DB_USAGE}

DATABASE_URL selects the database (default data/cdp.sqlite at the repository root, as the server uses).`;

function parseDate(value: string | undefined, flag: string): Date | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return new Date(`${value}T23:59:59Z`);
}

function describe(key: ApiKey, agencyName?: string | null): string {
  const scope = key.agencyId ? ` agency=${JSON.stringify(agencyName ?? key.agencyId)}` : key.pillarId ? ` pillarId=${key.pillarId}` : '';
  const state = key.revokedAt ? ' REVOKED' : key.expiresAt && key.expiresAt <= new Date() ? ' EXPIRED' : '';
  return `${toGlobalId('ApiKey', key.id)}  cdp_${key.prefix}_…  ${key.role}${scope}  "${key.name}" (principal "${key.principal}")${key.expiresAt ? ` expires ${key.expiresAt.toISOString().slice(0, 10)}` : ''}${key.lastUsedAt ? ` last used ${key.lastUsedAt.toISOString()}` : ''}${state}`;
}

async function findKey(keys: ApiKeyService, ctx: RequestContext, ref: string | undefined): Promise<string> {
  if (!ref) throw new UsageError('Name the key: its ID (from `keys list`) or its prefix.');
  const all = await keys.list(ctx, true);
  const prefix = ref.replace(/^cdp_/, '').split('_')[0];
  const key = all.find((k) => toGlobalId('ApiKey', k.id) === ref || k.prefix === prefix || String(k.id) === ref);
  if (!key) throw new UsageError(`No key matches ${JSON.stringify(ref)}.`);
  return toGlobalId('ApiKey', key.id);
}

async function run(argv: string[]): Promise<void> {
  const [group, command, ...rest] = argv;
  if (group === 'denials') return listDenials([command, ...rest].filter((a): a is string => a !== undefined));
  if (group === 'db') return runDb([command, ...rest].filter((a): a is string => a !== undefined));
  if (group === 'report') return writeReport([command, ...rest].filter((a): a is string => a !== undefined));
  if (group !== 'keys' || !command) throw new UsageError(USAGE);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      agency: { type: 'string' },
      pillar: { type: 'string' },
      principal: { type: 'string' },
      expires: { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig();
  const { database: db } = await openDatabase(config);
  try {
    const contexts = createContextFactory(db, {
      anonymousAccess: config.anonymousAccess,
      settings: { lateUpdates: config.lateUpdates, chromiumPath: config.chromiumPath },
    });
    const ctx = contexts.forActor(CLI_ACTOR);
    const services = contexts.services;
    switch (command) {
      case 'create': {
        if (!values.role || !ALL_ROLES.includes(values.role as Role)) throw new UsageError(`--role must be one of ${ALL_ROLES.join(', ')}.`);
        if (!values.name) throw new UsageError('--name is required: what the key is for.');
        const { apiKey, secret } = await services.get(ApiKeyService).create(ctx, {
          name: values.name,
          role: values.role as Role,
          agency: values.agency ?? null,
          pillar: values.pillar ?? null,
          principal: values.principal ?? null,
          expiresAt: parseDate(values.expires, '--expires'),
        });
        console.log(`Created ${describe(apiKey)}`);
        console.log('\nThe key (shown this once; store it now, it cannot be read again):\n');
        console.log(`  ${secret}\n`);
        console.log('Send it as: Authorization: Bearer <key>');
        return;
      }
      case 'list': {
        const keys = await services.get(ApiKeyService).list(ctx, values.all);
        if (!keys.length) console.log('No keys. Create one with: pnpm cli keys create --role admin --name "CDP coordinator"');
        for (const key of keys) console.log(describe(key, key.agencyId ? (await ctx.loaders.agency.load(key.agencyId))?.name : null));
        return;
      }
      case 'revoke': {
        const key = await services.get(ApiKeyService).revoke(ctx, { id: await findKey(services.get(ApiKeyService), ctx, positionals[0]) });
        console.log(`Revoked ${describe(key)}`);
        return;
      }
      case 'rotate': {
        const { apiKey, secret } = await services
          .get(ApiKeyService)
          .rotate(ctx, { id: await findKey(services.get(ApiKeyService), ctx, positionals[0]), expiresAt: parseDate(values.expires, '--expires') });
        console.log(`Created ${describe(apiKey)} to replace ${positionals[0]}; revoke the old key once the new one is in use.`);
        console.log('\nThe new key (shown this once):\n');
        console.log(`  ${secret}\n`);
        return;
      }
      default:
        throw new UsageError(USAGE);
    }
  } finally {
    await db.destroy();
  }
}

/** `report`: a round's board report pack to a file (written whole: a temporary file renamed) or to stdout. */
async function writeReport(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { round: { type: 'string' }, format: { type: 'string', default: 'html' }, out: { type: 'string' } } });
  if (!values.round) throw new UsageError('--round is required: the round\'s key ("2024-25Q2") or its ID.');
  const format = (values.format ?? 'html').toLowerCase();
  if (format !== 'html' && format !== 'md' && format !== 'pdf') throw new UsageError(`--format must be html, md or pdf, got ${JSON.stringify(values.format)}.`);
  if (format === 'pdf' && !values.out && process.stdout.isTTY)
    throw new UsageError('A PDF is not written to a terminal: give --out <file> (or redirect stdout).');
  const config = loadConfig();
  const { database: db } = await openDatabase(config);
  try {
    const contexts = createContextFactory(db, {
      anonymousAccess: config.anonymousAccess,
      settings: { lateUpdates: config.lateUpdates, chromiumPath: config.chromiumPath },
    });
    const report = await contexts.services.get(BoardReportService).render(contexts.forActor(CLI_ACTOR), values.round, format, '--round');
    if (!values.out) {
      await new Promise<void>((done, fail) => process.stdout.write(report.bytes, (error) => (error ? fail(error) : done())));
      return;
    }
    const target = resolve(values.out);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, report.bytes);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new CommandError(`Could not write ${target}: ${(error as Error).message}`);
    }
    console.error(
      `Wrote ${target} (${report.bytes.length} bytes): the ${report.round.quarterLabel} board report pack${report.draft ? ', a DRAFT from live data (the round is open)' : ''}${report.changesOmitted ? `; ${report.changesOmitted} changes left out of "What changed"` : ''}.`,
    );
  } finally {
    await db.destroy();
  }
}

/** `denials`: the refusal counts of the last hours, one line per hour, operation, key prefix and reason. */
async function listDenials(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { hours: { type: 'string', default: '24' } } });
  const hours = Number(values.hours);
  if (!Number.isInteger(hours) || hours < 1) throw new UsageError(`--hours must be a whole number of hours, got ${JSON.stringify(values.hours)}`);
  const { database: db } = await openDatabase(loadConfig());
  try {
    const { services } = createContextFactory(db, { anonymousAccess: 'read' });
    const rows = await services.denials.counts(new Date(Date.now() - hours * 3_600_000));
    if (!rows.length) console.log(`No refusals without a valid key in the last ${hours} hours (refusals of keys are DENIED entries of the audit log).`);
    for (const r of rows) {
      const key = r.keyPrefix ? ` key cdp_${r.keyPrefix}_…` : '';
      console.log(
        `${r.bucket.toISOString().slice(0, 13)}:00Z  ${r.operation}  ${r.actorKind}${key}  ${r.reason}  ×${r.count}  (${r.firstAt.toISOString()} to ${r.lastAt.toISOString()}, largest input ${r.maxInputBytes} bytes)`,
      );
    }
  } finally {
    await db.destroy();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof CommandError || error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error(`${error.code}: ${error.message}`);
  else console.error(error);
  process.exit(error instanceof UsageError ? 64 : 1);
});
