import { MigrationInterface, QueryRunner } from 'typeorm';

export class EditingAndHistory1795421458636 implements MigrationInterface {
  name = 'EditingAndHistory1795421458636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actorKind" varchar(20) NOT NULL, "actorId" varchar NOT NULL, "actorName" varchar NOT NULL, "requestId" varchar NOT NULL, "mutation" varchar NOT NULL, "operation" varchar(20) NOT NULL, "entityType" varchar NOT NULL, "entityId" integer NOT NULL, "version" integer, "changes" text NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry" ("at") ');
    await queryRunner.query('CREATE INDEX "IDX_4ab466a7d06ff8d7c903d90248" ON "audit_entry" ("entityType", "entityId") ');
    await queryRunner.query(
      'CREATE TABLE "idempotency_record" ("scopedKey" varchar PRIMARY KEY NOT NULL, "mutation" varchar NOT NULL, "inputHash" varchar NOT NULL, "result" text NOT NULL, "createdAt" datetime NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "name" varchar NOT NULL, "shortName" varchar, "kind" varchar(20) NOT NULL, "description" text, "mergedIntoId" integer, CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agency"("id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description" FROM "agency"',
    );
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('ALTER TABLE "temporary_agency" RENAME TO "agency"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('ALTER TABLE "agency" RENAME TO "temporary_agency"');
    await queryRunner.query(
      'CREATE TABLE "agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "name" varchar NOT NULL, "shortName" varchar, "kind" varchar(20) NOT NULL, "description" text, CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "agency"("id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description" FROM "temporary_agency"',
    );
    await queryRunner.query('DROP TABLE "temporary_agency"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('DROP TABLE "idempotency_record"');
    await queryRunner.query('DROP INDEX "IDX_4ab466a7d06ff8d7c903d90248"');
    await queryRunner.query('DROP INDEX "IDX_9d18bd4a32fc0cd8ff82b12037"');
    await queryRunner.query('DROP TABLE "audit_entry"');
  }
}
