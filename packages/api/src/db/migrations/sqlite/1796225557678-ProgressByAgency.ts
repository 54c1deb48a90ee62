import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressByAgency1796225557678 implements MigrationInterface {
  name = 'ProgressByAgency1796225557678';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query(
      'CREATE TABLE "temporary_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, "leadAgencyId" integer, CONSTRAINT "FK_78c896a822142a6fd4b81c80d90" FOREIGN KEY ("carriedFromId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId" FROM "action"',
    );
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('ALTER TABLE "temporary_action" RENAME TO "action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query(
      'CREATE TABLE "temporary_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, "leadAgencyId" integer, CONSTRAINT "FK_78c896a822142a6fd4b81c80d90" FOREIGN KEY ("carriedFromId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_47b71b425dc350f1c9eef956e2a" FOREIGN KEY ("leadAgencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId", "leadAgencyId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId", "leadAgencyId" FROM "action"',
    );
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('ALTER TABLE "temporary_action" RENAME TO "action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('ALTER TABLE "action" RENAME TO "temporary_action"');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, "leadAgencyId" integer, CONSTRAINT "FK_78c896a822142a6fd4b81c80d90" FOREIGN KEY ("carriedFromId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId", "leadAgencyId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId", "leadAgencyId" FROM "temporary_action"',
    );
    await queryRunner.query('DROP TABLE "temporary_action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('ALTER TABLE "action" RENAME TO "temporary_action"');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, CONSTRAINT "FK_78c896a822142a6fd4b81c80d90" FOREIGN KEY ("carriedFromId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId" FROM "temporary_action"',
    );
    await queryRunner.query('DROP TABLE "temporary_action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
  }
}
