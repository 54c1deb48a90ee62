import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795421090881 implements MigrationInterface {
  name = 'Initial1795421090881';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "partnership" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "name" varchar NOT NULL, "area" varchar NOT NULL, "description" text, CONSTRAINT "UQ_b00c101c386322ecde5ee3ea45e" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query(
      'CREATE TABLE "pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query(
      'CREATE TABLE "priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text)',
    );
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query(
      'CREATE TABLE "objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'))',
    );
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query(
      'CREATE TABLE "agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "name" varchar NOT NULL, "shortName" varchar, "kind" varchar(20) NOT NULL, "description" text, CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"))',
    );
    await queryRunner.query('CREATE TABLE "agency_alias" ("normalised" varchar PRIMARY KEY NOT NULL, "alias" varchar NOT NULL, "agencyId" integer NOT NULL)');
    await queryRunner.query('CREATE INDEX "IDX_dbad20c5ce522f31eb4df4c4e9" ON "agency_alias" ("agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "objective_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "objectiveId" integer NOT NULL, "agencyId" integer NOT NULL, "position" integer NOT NULL, "asWritten" varchar)',
    );
    await queryRunner.query('CREATE INDEX "IDX_988c6cbcce6e098b458ddd04f9" ON "objective_agency" ("agencyId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_78cf4415c363c110f42f68b8f9" ON "objective_agency" ("objectiveId", "agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "action_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actionId" integer NOT NULL, "agencyId" integer NOT NULL, "asWritten" varchar)',
    );
    await queryRunner.query('CREATE INDEX "IDX_1ecf12660c624868c922e85587" ON "action_agency" ("agencyId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a1ee10e20f1b7292527c8ea27a" ON "action_agency" ("actionId", "agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "national_outcome" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "pillarId" integer, "position" integer NOT NULL, "name" varchar NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_386e83fadb8ecd5f56e7f19437" ON "national_outcome" ("planId") ');
    await queryRunner.query('CREATE INDEX "IDX_a357b526b2d04c96c349e59c79" ON "national_outcome" ("pillarId") ');
    await queryRunner.query(
      'CREATE TABLE "outcome_measure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "outcomeId" integer NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "unit" varchar(20) NOT NULL, "direction" varchar(20) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_1489dd44410d61566290e95b0a" ON "outcome_measure" ("outcomeId") ');
    await queryRunner.query(
      'CREATE TABLE "measure_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "measureId" integer NOT NULL, "kind" varchar(20) NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "value" double precision NOT NULL, "note" text, "source" varchar)',
    );
    await queryRunner.query('CREATE INDEX "IDX_347336df8548ffe0b4ac33fb5d" ON "measure_value" ("measureId") ');
    await queryRunner.query(
      'CREATE TABLE "reprocurement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "actionId" integer, "agencyId" integer, "service" varchar NOT NULL, "supplier" varchar, "expiryDate" date NOT NULL, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "asWritten" varchar)',
    );
    await queryRunner.query('CREATE INDEX "IDX_304ed1067ae565a3d58cf9829f" ON "reprocurement" ("objectiveId") ');
    await queryRunner.query(
      'CREATE TABLE "help_service" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "position" integer NOT NULL, "name" varchar NOT NULL, "description" text NOT NULL, "audience" varchar, "minAge" integer, "maxAge" integer, "phone" varchar, "email" varchar, "website" varchar)',
    );
    await queryRunner.query('CREATE INDEX "IDX_e1cf71dcea2954faca644bd15a" ON "help_service" ("partnershipId") ');
    await queryRunner.query('CREATE TABLE "seed_run" ("key" varchar PRIMARY KEY NOT NULL, "appliedAt" datetime NOT NULL)');
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text, CONSTRAINT "FK_3684a464eab0c29592dca0ede25" FOREIGN KEY ("partnershipId") REFERENCES "partnership" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_213187027487a0f8536fe1ab466" FOREIGN KEY ("strategyId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_plan"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary" FROM "plan"',
    );
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('ALTER TABLE "temporary_plan" RENAME TO "plan"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar, CONSTRAINT "FK_451c0349b9cac52a3110a013b94" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_pillar"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup" FROM "pillar"',
    );
    await queryRunner.query('DROP TABLE "pillar"');
    await queryRunner.query('ALTER TABLE "temporary_pillar" RENAME TO "pillar"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query(
      'CREATE TABLE "temporary_priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text, CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_priority"("id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative" FROM "priority"',
    );
    await queryRunner.query('DROP TABLE "priority"');
    await queryRunner.query('ALTER TABLE "temporary_priority" RENAME TO "priority"');
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query(
      'CREATE TABLE "temporary_objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'), CONSTRAINT "FK_d757912b0ef708a8151ceb7f338" FOREIGN KEY ("priorityId") REFERENCES "priority" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_objective"("id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints" FROM "objective"',
    );
    await queryRunner.query('DROP TABLE "objective"');
    await queryRunner.query('ALTER TABLE "temporary_objective" RENAME TO "objective"');
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query(
      'CREATE TABLE "temporary_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status" FROM "action"',
    );
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('ALTER TABLE "temporary_action" RENAME TO "action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_dbad20c5ce522f31eb4df4c4e9"');
    await queryRunner.query(
      'CREATE TABLE "temporary_agency_alias" ("normalised" varchar PRIMARY KEY NOT NULL, "alias" varchar NOT NULL, "agencyId" integer NOT NULL, CONSTRAINT "FK_dbad20c5ce522f31eb4df4c4e92" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agency_alias"("normalised", "alias", "agencyId") SELECT "normalised", "alias", "agencyId" FROM "agency_alias"',
    );
    await queryRunner.query('DROP TABLE "agency_alias"');
    await queryRunner.query('ALTER TABLE "temporary_agency_alias" RENAME TO "agency_alias"');
    await queryRunner.query('CREATE INDEX "IDX_dbad20c5ce522f31eb4df4c4e9" ON "agency_alias" ("agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_988c6cbcce6e098b458ddd04f9"');
    await queryRunner.query('DROP INDEX "IDX_78cf4415c363c110f42f68b8f9"');
    await queryRunner.query(
      'CREATE TABLE "temporary_objective_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "objectiveId" integer NOT NULL, "agencyId" integer NOT NULL, "position" integer NOT NULL, "asWritten" varchar, CONSTRAINT "FK_825b5dd01c3c222741394cc3846" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_988c6cbcce6e098b458ddd04f9f" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_objective_agency"("id", "objectiveId", "agencyId", "position", "asWritten") SELECT "id", "objectiveId", "agencyId", "position", "asWritten" FROM "objective_agency"',
    );
    await queryRunner.query('DROP TABLE "objective_agency"');
    await queryRunner.query('ALTER TABLE "temporary_objective_agency" RENAME TO "objective_agency"');
    await queryRunner.query('CREATE INDEX "IDX_988c6cbcce6e098b458ddd04f9" ON "objective_agency" ("agencyId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_78cf4415c363c110f42f68b8f9" ON "objective_agency" ("objectiveId", "agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_1ecf12660c624868c922e85587"');
    await queryRunner.query('DROP INDEX "IDX_a1ee10e20f1b7292527c8ea27a"');
    await queryRunner.query(
      'CREATE TABLE "temporary_action_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actionId" integer NOT NULL, "agencyId" integer NOT NULL, "asWritten" varchar, CONSTRAINT "FK_6cf85bdb3c26172625d5aa56924" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_1ecf12660c624868c922e85587c" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_action_agency"("id", "actionId", "agencyId", "asWritten") SELECT "id", "actionId", "agencyId", "asWritten" FROM "action_agency"',
    );
    await queryRunner.query('DROP TABLE "action_agency"');
    await queryRunner.query('ALTER TABLE "temporary_action_agency" RENAME TO "action_agency"');
    await queryRunner.query('CREATE INDEX "IDX_1ecf12660c624868c922e85587" ON "action_agency" ("agencyId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a1ee10e20f1b7292527c8ea27a" ON "action_agency" ("actionId", "agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_386e83fadb8ecd5f56e7f19437"');
    await queryRunner.query('DROP INDEX "IDX_a357b526b2d04c96c349e59c79"');
    await queryRunner.query(
      'CREATE TABLE "temporary_national_outcome" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "pillarId" integer, "position" integer NOT NULL, "name" varchar NOT NULL, CONSTRAINT "FK_386e83fadb8ecd5f56e7f194376" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_a357b526b2d04c96c349e59c793" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_national_outcome"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "pillarId", "position", "name") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "pillarId", "position", "name" FROM "national_outcome"',
    );
    await queryRunner.query('DROP TABLE "national_outcome"');
    await queryRunner.query('ALTER TABLE "temporary_national_outcome" RENAME TO "national_outcome"');
    await queryRunner.query('CREATE INDEX "IDX_386e83fadb8ecd5f56e7f19437" ON "national_outcome" ("planId") ');
    await queryRunner.query('CREATE INDEX "IDX_a357b526b2d04c96c349e59c79" ON "national_outcome" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_1489dd44410d61566290e95b0a"');
    await queryRunner.query(
      'CREATE TABLE "temporary_outcome_measure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "outcomeId" integer NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "unit" varchar(20) NOT NULL, "direction" varchar(20) NOT NULL, CONSTRAINT "FK_1489dd44410d61566290e95b0a7" FOREIGN KEY ("outcomeId") REFERENCES "national_outcome" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_outcome_measure"("id", "createdAt", "updatedAt", "version", "archivedAt", "outcomeId", "position", "name", "unit", "direction") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "outcomeId", "position", "name", "unit", "direction" FROM "outcome_measure"',
    );
    await queryRunner.query('DROP TABLE "outcome_measure"');
    await queryRunner.query('ALTER TABLE "temporary_outcome_measure" RENAME TO "outcome_measure"');
    await queryRunner.query('CREATE INDEX "IDX_1489dd44410d61566290e95b0a" ON "outcome_measure" ("outcomeId") ');
    await queryRunner.query('DROP INDEX "IDX_347336df8548ffe0b4ac33fb5d"');
    await queryRunner.query(
      'CREATE TABLE "temporary_measure_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "measureId" integer NOT NULL, "kind" varchar(20) NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "value" double precision NOT NULL, "note" text, "source" varchar, CONSTRAINT "FK_347336df8548ffe0b4ac33fb5d5" FOREIGN KEY ("measureId") REFERENCES "outcome_measure" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_measure_value"("id", "createdAt", "updatedAt", "version", "archivedAt", "measureId", "kind", "periodLabel", "periodStart", "periodEnd", "value", "note", "source") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "measureId", "kind", "periodLabel", "periodStart", "periodEnd", "value", "note", "source" FROM "measure_value"',
    );
    await queryRunner.query('DROP TABLE "measure_value"');
    await queryRunner.query('ALTER TABLE "temporary_measure_value" RENAME TO "measure_value"');
    await queryRunner.query('CREATE INDEX "IDX_347336df8548ffe0b4ac33fb5d" ON "measure_value" ("measureId") ');
    await queryRunner.query('DROP INDEX "IDX_304ed1067ae565a3d58cf9829f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_reprocurement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "actionId" integer, "agencyId" integer, "service" varchar NOT NULL, "supplier" varchar, "expiryDate" date NOT NULL, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "asWritten" varchar, CONSTRAINT "FK_304ed1067ae565a3d58cf9829f8" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_e58115f6432ea83f44f69ac0b5b" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_f4e16b8a7cf36e8d9e8e9874d51" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_reprocurement"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "actionId", "agencyId", "service", "supplier", "expiryDate", "status", "asWritten") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "actionId", "agencyId", "service", "supplier", "expiryDate", "status", "asWritten" FROM "reprocurement"',
    );
    await queryRunner.query('DROP TABLE "reprocurement"');
    await queryRunner.query('ALTER TABLE "temporary_reprocurement" RENAME TO "reprocurement"');
    await queryRunner.query('CREATE INDEX "IDX_304ed1067ae565a3d58cf9829f" ON "reprocurement" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_e1cf71dcea2954faca644bd15a"');
    await queryRunner.query(
      'CREATE TABLE "temporary_help_service" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "position" integer NOT NULL, "name" varchar NOT NULL, "description" text NOT NULL, "audience" varchar, "minAge" integer, "maxAge" integer, "phone" varchar, "email" varchar, "website" varchar, CONSTRAINT "FK_e1cf71dcea2954faca644bd15a4" FOREIGN KEY ("partnershipId") REFERENCES "partnership" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_help_service"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "position", "name", "description", "audience", "minAge", "maxAge", "phone", "email", "website") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "position", "name", "description", "audience", "minAge", "maxAge", "phone", "email", "website" FROM "help_service"',
    );
    await queryRunner.query('DROP TABLE "help_service"');
    await queryRunner.query('ALTER TABLE "temporary_help_service" RENAME TO "help_service"');
    await queryRunner.query('CREATE INDEX "IDX_e1cf71dcea2954faca644bd15a" ON "help_service" ("partnershipId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_e1cf71dcea2954faca644bd15a"');
    await queryRunner.query('ALTER TABLE "help_service" RENAME TO "temporary_help_service"');
    await queryRunner.query(
      'CREATE TABLE "help_service" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "position" integer NOT NULL, "name" varchar NOT NULL, "description" text NOT NULL, "audience" varchar, "minAge" integer, "maxAge" integer, "phone" varchar, "email" varchar, "website" varchar)',
    );
    await queryRunner.query(
      'INSERT INTO "help_service"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "position", "name", "description", "audience", "minAge", "maxAge", "phone", "email", "website") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "position", "name", "description", "audience", "minAge", "maxAge", "phone", "email", "website" FROM "temporary_help_service"',
    );
    await queryRunner.query('DROP TABLE "temporary_help_service"');
    await queryRunner.query('CREATE INDEX "IDX_e1cf71dcea2954faca644bd15a" ON "help_service" ("partnershipId") ');
    await queryRunner.query('DROP INDEX "IDX_304ed1067ae565a3d58cf9829f"');
    await queryRunner.query('ALTER TABLE "reprocurement" RENAME TO "temporary_reprocurement"');
    await queryRunner.query(
      'CREATE TABLE "reprocurement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "actionId" integer, "agencyId" integer, "service" varchar NOT NULL, "supplier" varchar, "expiryDate" date NOT NULL, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "asWritten" varchar)',
    );
    await queryRunner.query(
      'INSERT INTO "reprocurement"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "actionId", "agencyId", "service", "supplier", "expiryDate", "status", "asWritten") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "actionId", "agencyId", "service", "supplier", "expiryDate", "status", "asWritten" FROM "temporary_reprocurement"',
    );
    await queryRunner.query('DROP TABLE "temporary_reprocurement"');
    await queryRunner.query('CREATE INDEX "IDX_304ed1067ae565a3d58cf9829f" ON "reprocurement" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_347336df8548ffe0b4ac33fb5d"');
    await queryRunner.query('ALTER TABLE "measure_value" RENAME TO "temporary_measure_value"');
    await queryRunner.query(
      'CREATE TABLE "measure_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "measureId" integer NOT NULL, "kind" varchar(20) NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "value" double precision NOT NULL, "note" text, "source" varchar)',
    );
    await queryRunner.query(
      'INSERT INTO "measure_value"("id", "createdAt", "updatedAt", "version", "archivedAt", "measureId", "kind", "periodLabel", "periodStart", "periodEnd", "value", "note", "source") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "measureId", "kind", "periodLabel", "periodStart", "periodEnd", "value", "note", "source" FROM "temporary_measure_value"',
    );
    await queryRunner.query('DROP TABLE "temporary_measure_value"');
    await queryRunner.query('CREATE INDEX "IDX_347336df8548ffe0b4ac33fb5d" ON "measure_value" ("measureId") ');
    await queryRunner.query('DROP INDEX "IDX_1489dd44410d61566290e95b0a"');
    await queryRunner.query('ALTER TABLE "outcome_measure" RENAME TO "temporary_outcome_measure"');
    await queryRunner.query(
      'CREATE TABLE "outcome_measure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "outcomeId" integer NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "unit" varchar(20) NOT NULL, "direction" varchar(20) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "outcome_measure"("id", "createdAt", "updatedAt", "version", "archivedAt", "outcomeId", "position", "name", "unit", "direction") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "outcomeId", "position", "name", "unit", "direction" FROM "temporary_outcome_measure"',
    );
    await queryRunner.query('DROP TABLE "temporary_outcome_measure"');
    await queryRunner.query('CREATE INDEX "IDX_1489dd44410d61566290e95b0a" ON "outcome_measure" ("outcomeId") ');
    await queryRunner.query('DROP INDEX "IDX_a357b526b2d04c96c349e59c79"');
    await queryRunner.query('DROP INDEX "IDX_386e83fadb8ecd5f56e7f19437"');
    await queryRunner.query('ALTER TABLE "national_outcome" RENAME TO "temporary_national_outcome"');
    await queryRunner.query(
      'CREATE TABLE "national_outcome" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "pillarId" integer, "position" integer NOT NULL, "name" varchar NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "national_outcome"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "pillarId", "position", "name") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "pillarId", "position", "name" FROM "temporary_national_outcome"',
    );
    await queryRunner.query('DROP TABLE "temporary_national_outcome"');
    await queryRunner.query('CREATE INDEX "IDX_a357b526b2d04c96c349e59c79" ON "national_outcome" ("pillarId") ');
    await queryRunner.query('CREATE INDEX "IDX_386e83fadb8ecd5f56e7f19437" ON "national_outcome" ("planId") ');
    await queryRunner.query('DROP INDEX "IDX_a1ee10e20f1b7292527c8ea27a"');
    await queryRunner.query('DROP INDEX "IDX_1ecf12660c624868c922e85587"');
    await queryRunner.query('ALTER TABLE "action_agency" RENAME TO "temporary_action_agency"');
    await queryRunner.query(
      'CREATE TABLE "action_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "actionId" integer NOT NULL, "agencyId" integer NOT NULL, "asWritten" varchar)',
    );
    await queryRunner.query(
      'INSERT INTO "action_agency"("id", "actionId", "agencyId", "asWritten") SELECT "id", "actionId", "agencyId", "asWritten" FROM "temporary_action_agency"',
    );
    await queryRunner.query('DROP TABLE "temporary_action_agency"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a1ee10e20f1b7292527c8ea27a" ON "action_agency" ("actionId", "agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_1ecf12660c624868c922e85587" ON "action_agency" ("agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_78cf4415c363c110f42f68b8f9"');
    await queryRunner.query('DROP INDEX "IDX_988c6cbcce6e098b458ddd04f9"');
    await queryRunner.query('ALTER TABLE "objective_agency" RENAME TO "temporary_objective_agency"');
    await queryRunner.query(
      'CREATE TABLE "objective_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "objectiveId" integer NOT NULL, "agencyId" integer NOT NULL, "position" integer NOT NULL, "asWritten" varchar)',
    );
    await queryRunner.query(
      'INSERT INTO "objective_agency"("id", "objectiveId", "agencyId", "position", "asWritten") SELECT "id", "objectiveId", "agencyId", "position", "asWritten" FROM "temporary_objective_agency"',
    );
    await queryRunner.query('DROP TABLE "temporary_objective_agency"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_78cf4415c363c110f42f68b8f9" ON "objective_agency" ("objectiveId", "agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_988c6cbcce6e098b458ddd04f9" ON "objective_agency" ("agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_dbad20c5ce522f31eb4df4c4e9"');
    await queryRunner.query('ALTER TABLE "agency_alias" RENAME TO "temporary_agency_alias"');
    await queryRunner.query('CREATE TABLE "agency_alias" ("normalised" varchar PRIMARY KEY NOT NULL, "alias" varchar NOT NULL, "agencyId" integer NOT NULL)');
    await queryRunner.query(
      'INSERT INTO "agency_alias"("normalised", "alias", "agencyId") SELECT "normalised", "alias", "agencyId" FROM "temporary_agency_alias"',
    );
    await queryRunner.query('DROP TABLE "temporary_agency_alias"');
    await queryRunner.query('CREATE INDEX "IDX_dbad20c5ce522f31eb4df4c4e9" ON "agency_alias" ("agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('ALTER TABLE "action" RENAME TO "temporary_action"');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'))',
    );
    await queryRunner.query(
      'INSERT INTO "action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status" FROM "temporary_action"',
    );
    await queryRunner.query('DROP TABLE "temporary_action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query('ALTER TABLE "objective" RENAME TO "temporary_objective"');
    await queryRunner.query(
      'CREATE TABLE "objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'))',
    );
    await queryRunner.query(
      'INSERT INTO "objective"("id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints" FROM "temporary_objective"',
    );
    await queryRunner.query('DROP TABLE "temporary_objective"');
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query('ALTER TABLE "priority" RENAME TO "temporary_priority"');
    await queryRunner.query(
      'CREATE TABLE "priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text)',
    );
    await queryRunner.query(
      'INSERT INTO "priority"("id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative" FROM "temporary_priority"',
    );
    await queryRunner.query('DROP TABLE "temporary_priority"');
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query('ALTER TABLE "pillar" RENAME TO "temporary_pillar"');
    await queryRunner.query(
      'CREATE TABLE "pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar)',
    );
    await queryRunner.query(
      'INSERT INTO "pillar"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup" FROM "temporary_pillar"',
    );
    await queryRunner.query('DROP TABLE "temporary_pillar"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query('ALTER TABLE "plan" RENAME TO "temporary_plan"');
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text)',
    );
    await queryRunner.query(
      'INSERT INTO "plan"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary" FROM "temporary_plan"',
    );
    await queryRunner.query('DROP TABLE "temporary_plan"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query('DROP TABLE "seed_run"');
    await queryRunner.query('DROP INDEX "IDX_e1cf71dcea2954faca644bd15a"');
    await queryRunner.query('DROP TABLE "help_service"');
    await queryRunner.query('DROP INDEX "IDX_304ed1067ae565a3d58cf9829f"');
    await queryRunner.query('DROP TABLE "reprocurement"');
    await queryRunner.query('DROP INDEX "IDX_347336df8548ffe0b4ac33fb5d"');
    await queryRunner.query('DROP TABLE "measure_value"');
    await queryRunner.query('DROP INDEX "IDX_1489dd44410d61566290e95b0a"');
    await queryRunner.query('DROP TABLE "outcome_measure"');
    await queryRunner.query('DROP INDEX "IDX_a357b526b2d04c96c349e59c79"');
    await queryRunner.query('DROP INDEX "IDX_386e83fadb8ecd5f56e7f19437"');
    await queryRunner.query('DROP TABLE "national_outcome"');
    await queryRunner.query('DROP INDEX "IDX_a1ee10e20f1b7292527c8ea27a"');
    await queryRunner.query('DROP INDEX "IDX_1ecf12660c624868c922e85587"');
    await queryRunner.query('DROP TABLE "action_agency"');
    await queryRunner.query('DROP INDEX "IDX_78cf4415c363c110f42f68b8f9"');
    await queryRunner.query('DROP INDEX "IDX_988c6cbcce6e098b458ddd04f9"');
    await queryRunner.query('DROP TABLE "objective_agency"');
    await queryRunner.query('DROP INDEX "IDX_dbad20c5ce522f31eb4df4c4e9"');
    await queryRunner.query('DROP TABLE "agency_alias"');
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query('DROP TABLE "objective"');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query('DROP TABLE "priority"');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query('DROP TABLE "pillar"');
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('DROP TABLE "partnership"');
  }
}
