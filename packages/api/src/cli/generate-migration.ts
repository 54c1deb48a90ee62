/**
 * Writes a SQLite migration with the SQL that brings the migrated schema up to the entities:
 *   pnpm --filter @cdp/api build && node packages/api/dist/cli/generate-migration.js <Name>
 * It applies the existing migrations to a fresh in-memory database, asks TypeORM's schema builder
 * for the difference, and writes src/db/migrations/sqlite/<timestamp>-<Name>.ts. Review it, then
 * add it to src/db/migrations/index.ts.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../db/data-source';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: generate-migration <PascalCaseName>');
    process.exit(2);
  }
  const ds = createDataSource({ database: { type: 'sqlite', file: ':memory:' } });
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (!sql.upQueries.length) {
    console.log('The schema is up to date: no migration written.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const q = (s: string) => JSON.stringify(s);
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await queryRunner.query(${q(x.query)});`)
    .join('\n');
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
  const file = join(__dirname, '../../src/db/migrations/sqlite', `${timestamp}-${name}.ts`);
  writeFileSync(file, source);
  console.log(`Wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
