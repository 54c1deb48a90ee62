/**
 * Writes a migration for each engine with the SQL that brings its migrated schema up to the entities:
 *   pnpm --filter @cdp/api build && MIGRATION_POSTGRES_URL=postgres://postgres@localhost/postgres \
 *     node packages/api/dist/cli/generate-migration.js <Name>
 * For each engine it applies the existing migrations to a fresh, empty database (SQLite in memory;
 * on PostgreSQL a scratch database created through MIGRATION_POSTGRES_URL, a server where it may
 * CREATE DATABASE, and dropped afterwards), asks TypeORM's schema builder for the difference, and
 * writes src/db/migrations/<engine>/<timestamp>-<Name>.ts. Review them, then add them to
 * src/db/migrations/index.ts. Without MIGRATION_POSTGRES_URL only SQLite's is written, and it says so:
 * a change to the entities needs both (the schema comparison test fails until they agree).
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { migrate } from '../db/database';

type Engine = 'sqlite' | 'postgres';

async function pendingSql(ds: DataSource): Promise<{ up: string[]; down: string[] }> {
  await ds.initialize();
  try {
    await migrate(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((x) => x.query), down: sql.downQueries.reverse().map((x) => x.query) };
  } finally {
    await ds.destroy();
  }
}

/** Runs `work` on a scratch PostgreSQL database made for it, then drops it. */
export async function withScratchPostgres<T>(adminUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `cdp_scratch_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

function source(className: string, up: string[], down: string[]): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = (list: string[]) => list.map((x) => `    await queryRunner.query(${q(x)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: generate-migration <PascalCaseName>   (MIGRATION_POSTGRES_URL=postgres://… for the PostgreSQL one)');
    process.exit(2);
  }
  const timestamp = Date.now();
  const adminUrl = process.env.MIGRATION_POSTGRES_URL;
  const engines: Engine[] = adminUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  if (!adminUrl) console.warn('MIGRATION_POSTGRES_URL is not set: writing the SQLite migration only. PostgreSQL needs one too.');
  for (const engine of engines) {
    const sql =
      engine === 'sqlite'
        ? await pendingSql(createDataSource({ database: { type: 'sqlite', file: ':memory:' } }))
        : await withScratchPostgres(adminUrl!, (url) =>
            pendingSql(createDataSource({ database: { type: 'postgres', url, poolSize: 2, statementTimeoutMs: 0 } })),
          );
    if (!sql.up.length) {
      console.log(`${engine}: the schema is up to date: no migration written.`);
      continue;
    }
    const className = `${name}${timestamp}`;
    const file = join(__dirname, '../../src/db/migrations', engine, `${timestamp}-${name}.ts`);
    writeFileSync(file, source(className, sql.up, sql.down));
    console.log(`${engine}: wrote ${file}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
