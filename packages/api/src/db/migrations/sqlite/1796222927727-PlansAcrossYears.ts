import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlansAcrossYears1796222927727 implements MigrationInterface {
  name = 'PlansAcrossYears1796222927727';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text, "status" varchar(20) NOT NULL DEFAULT (\'DRAFT\'), "agreedOn" date, "agreedBy" varchar, "carriedFromId" integer, CONSTRAINT "FK_213187027487a0f8536fe1ab466" FOREIGN KEY ("strategyId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_3684a464eab0c29592dca0ede25" FOREIGN KEY ("partnershipId") REFERENCES "partnership" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_plan"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary" FROM "plan"',
    );
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('ALTER TABLE "temporary_plan" RENAME TO "plan"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar, "lead" varchar, "carriedFromId" integer, CONSTRAINT "FK_451c0349b9cac52a3110a013b94" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_pillar"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup" FROM "pillar"',
    );
    await queryRunner.query('DROP TABLE "pillar"');
    await queryRunner.query('ALTER TABLE "temporary_pillar" RENAME TO "pillar"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query(
      'CREATE TABLE "temporary_priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text, "carriedFromId" integer, CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_priority"("id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative" FROM "priority"',
    );
    await queryRunner.query('DROP TABLE "priority"');
    await queryRunner.query('ALTER TABLE "temporary_priority" RENAME TO "priority"');
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query(
      'CREATE TABLE "temporary_objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'), "carriedFromId" integer, CONSTRAINT "FK_d757912b0ef708a8151ceb7f338" FOREIGN KEY ("priorityId") REFERENCES "priority" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_objective"("id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints" FROM "objective"',
    );
    await queryRunner.query('DROP TABLE "objective"');
    await queryRunner.query('ALTER TABLE "temporary_objective" RENAME TO "objective"');
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query(
      'CREATE TABLE "temporary_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status" FROM "action"',
    );
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('ALTER TABLE "temporary_action" RENAME TO "action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text, "status" varchar(20) NOT NULL DEFAULT (\'DRAFT\'), "agreedOn" date, "agreedBy" varchar, "carriedFromId" integer, CONSTRAINT "FK_213187027487a0f8536fe1ab466" FOREIGN KEY ("strategyId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_3684a464eab0c29592dca0ede25" FOREIGN KEY ("partnershipId") REFERENCES "partnership" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_d7d0dac568285cd0935185924fd" FOREIGN KEY ("carriedFromId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_plan"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary", "status", "agreedOn", "agreedBy", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary", "status", "agreedOn", "agreedBy", "carriedFromId" FROM "plan"',
    );
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('ALTER TABLE "temporary_plan" RENAME TO "plan"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query(
      'CREATE TABLE "temporary_pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar, "lead" varchar, "carriedFromId" integer, CONSTRAINT "FK_451c0349b9cac52a3110a013b94" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_bd52ad850808d95735c467f310f" FOREIGN KEY ("carriedFromId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_pillar"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup", "lead", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup", "lead", "carriedFromId" FROM "pillar"',
    );
    await queryRunner.query('DROP TABLE "pillar"');
    await queryRunner.query('ALTER TABLE "temporary_pillar" RENAME TO "pillar"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query(
      'CREATE TABLE "temporary_priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text, "carriedFromId" integer, CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_f9d04e0d17e7ddc19fdae4d7b42" FOREIGN KEY ("carriedFromId") REFERENCES "priority" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_priority"("id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative", "carriedFromId" FROM "priority"',
    );
    await queryRunner.query('DROP TABLE "priority"');
    await queryRunner.query('ALTER TABLE "temporary_priority" RENAME TO "priority"');
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query(
      'CREATE TABLE "temporary_objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'), "carriedFromId" integer, CONSTRAINT "FK_d757912b0ef708a8151ceb7f338" FOREIGN KEY ("priorityId") REFERENCES "priority" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6da9d9560f47a06e4d73783b9df" FOREIGN KEY ("carriedFromId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_objective"("id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints", "carriedFromId" FROM "objective"',
    );
    await queryRunner.query('DROP TABLE "objective"');
    await queryRunner.query('ALTER TABLE "temporary_objective" RENAME TO "objective"');
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query(
      'CREATE TABLE "temporary_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_78c896a822142a6fd4b81c80d90" FOREIGN KEY ("carriedFromId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId" FROM "action"',
    );
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('ALTER TABLE "temporary_action" RENAME TO "action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('ALTER TABLE "action" RENAME TO "temporary_action"');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), "carriedFromId" integer, CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status", "carriedFromId" FROM "temporary_action"',
    );
    await queryRunner.query('DROP TABLE "temporary_action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query('ALTER TABLE "objective" RENAME TO "temporary_objective"');
    await queryRunner.query(
      'CREATE TABLE "objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'), "carriedFromId" integer, CONSTRAINT "FK_d757912b0ef708a8151ceb7f338" FOREIGN KEY ("priorityId") REFERENCES "priority" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "objective"("id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints", "carriedFromId" FROM "temporary_objective"',
    );
    await queryRunner.query('DROP TABLE "temporary_objective"');
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query('ALTER TABLE "priority" RENAME TO "temporary_priority"');
    await queryRunner.query(
      'CREATE TABLE "priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text, "carriedFromId" integer, CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "priority"("id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative", "carriedFromId" FROM "temporary_priority"',
    );
    await queryRunner.query('DROP TABLE "temporary_priority"');
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query('ALTER TABLE "pillar" RENAME TO "temporary_pillar"');
    await queryRunner.query(
      'CREATE TABLE "pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar, "lead" varchar, "carriedFromId" integer, CONSTRAINT "FK_451c0349b9cac52a3110a013b94" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "pillar"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup", "lead", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup", "lead", "carriedFromId" FROM "temporary_pillar"',
    );
    await queryRunner.query('DROP TABLE "temporary_pillar"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query('ALTER TABLE "plan" RENAME TO "temporary_plan"');
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text, "status" varchar(20) NOT NULL DEFAULT (\'DRAFT\'), "agreedOn" date, "agreedBy" varchar, "carriedFromId" integer, CONSTRAINT "FK_213187027487a0f8536fe1ab466" FOREIGN KEY ("strategyId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_3684a464eab0c29592dca0ede25" FOREIGN KEY ("partnershipId") REFERENCES "partnership" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "plan"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary", "status", "agreedOn", "agreedBy", "carriedFromId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary", "status", "agreedOn", "agreedBy", "carriedFromId" FROM "temporary_plan"',
    );
    await queryRunner.query('DROP TABLE "temporary_plan"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query('DROP INDEX "IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('ALTER TABLE "action" RENAME TO "temporary_action"');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" varchar, "target" varchar, "durationMonths" integer, "dueDate" date, "status" varchar(20) NOT NULL DEFAULT (\'NOT_STARTED\'), CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "action"("id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "objectiveId", "position", "text", "fundingCondition", "target", "durationMonths", "dueDate", "status" FROM "temporary_action"',
    );
    await queryRunner.query('DROP TABLE "temporary_action"');
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action" ("objectiveId") ');
    await queryRunner.query('DROP INDEX "IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query('ALTER TABLE "objective" RENAME TO "temporary_objective"');
    await queryRunner.query(
      'CREATE TABLE "objective" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" text NOT NULL DEFAULT (\'[]\'), CONSTRAINT "FK_d757912b0ef708a8151ceb7f338" FOREIGN KEY ("priorityId") REFERENCES "priority" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "objective"("id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "priorityId", "position", "text", "subPoints" FROM "temporary_objective"',
    );
    await queryRunner.query('DROP TABLE "temporary_objective"');
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective" ("priorityId") ');
    await queryRunner.query('DROP INDEX "IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query('ALTER TABLE "priority" RENAME TO "temporary_priority"');
    await queryRunner.query(
      'CREATE TABLE "priority" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" varchar NOT NULL, "strategyName" varchar, "strategyNarrative" text, CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "priority"("id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "pillarId", "position", "title", "strategyName", "strategyNarrative" FROM "temporary_priority"',
    );
    await queryRunner.query('DROP TABLE "temporary_priority"');
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query('ALTER TABLE "pillar" RENAME TO "temporary_pillar"');
    await queryRunner.query(
      'CREATE TABLE "pillar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "number" integer NOT NULL, "name" varchar NOT NULL, "headingInPlan" varchar, "vision" text, "subgroup" varchar, CONSTRAINT "FK_451c0349b9cac52a3110a013b94" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "pillar"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "number", "name", "headingInPlan", "vision", "subgroup" FROM "temporary_pillar"',
    );
    await queryRunner.query('DROP TABLE "temporary_pillar"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar" ("planId", "number") ');
    await queryRunner.query('DROP INDEX "IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query('ALTER TABLE "plan" RENAME TO "temporary_plan"');
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "partnershipId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar NOT NULL, "periodLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text, CONSTRAINT "FK_213187027487a0f8536fe1ab466" FOREIGN KEY ("strategyId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_3684a464eab0c29592dca0ede25" FOREIGN KEY ("partnershipId") REFERENCES "partnership" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "plan"("id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "partnershipId", "kind", "title", "periodLabel", "periodStart", "periodEnd", "strategyId", "summary" FROM "temporary_plan"',
    );
    await queryRunner.query('DROP TABLE "temporary_plan"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan" ("partnershipId", "kind", "periodStart") ');
  }
}
