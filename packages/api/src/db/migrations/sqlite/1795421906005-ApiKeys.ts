import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1795421906005 implements MigrationInterface {
  name = 'ApiKeys1795421906005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "principal" varchar NOT NULL, "role" varchar(20) NOT NULL, "agencyId" integer, "pillarId" integer, "prefix" varchar NOT NULL, "secretHash" varchar NOT NULL, "expiresAt" datetime, "revokedAt" datetime, "lastUsedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "createdBy" varchar NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_8d7efb4fb2f2acdbcf8974cc34" ON "api_key" ("principal") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "api_key" ("prefix") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_c4f6ccad30c0862eb54af9fb0a"');
    await queryRunner.query('DROP INDEX "IDX_8d7efb4fb2f2acdbcf8974cc34"');
    await queryRunner.query('DROP TABLE "api_key"');
  }
}
