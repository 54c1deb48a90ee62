import { MigrationInterface, QueryRunner } from 'typeorm';

export class PostgresInitial1796218655421 implements MigrationInterface {
  name = 'PostgresInitial1796218655421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "partnership" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "name" character varying NOT NULL, "area" character varying NOT NULL, "description" text, CONSTRAINT "UQ_b00c101c386322ecde5ee3ea45e" UNIQUE ("name"), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "help_service" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "partnershipId" integer NOT NULL, "position" integer NOT NULL, "name" character varying NOT NULL, "description" text NOT NULL, "audience" character varying, "minAge" integer, "maxAge" integer, "phone" character varying, "email" character varying, "website" character varying, CONSTRAINT "PK_ed1ef3751429b12325e82c41b1e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e1cf71dcea2954faca644bd15a" ON "help_service"  ("partnershipId") ');
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "partnershipId" integer NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying NOT NULL, "periodLabel" character varying NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "strategyId" integer, "summary" text, CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_2a5ee54c23278fed176d60e86f" ON "plan"  ("partnershipId", "kind", "periodStart") ');
    await queryRunner.query(
      'CREATE TABLE "pillar" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "planId" integer NOT NULL, "number" integer NOT NULL, "name" character varying NOT NULL, "headingInPlan" character varying, "vision" text, "subgroup" character varying, CONSTRAINT "PK_05b57455406be935cb5f33da524" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_5f1d6cb994884a687e094b056f" ON "pillar"  ("planId", "number") ');
    await queryRunner.query(
      'CREATE TABLE "priority" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "pillarId" integer NOT NULL, "position" integer NOT NULL, "title" character varying NOT NULL, "strategyName" character varying, "strategyNarrative" text, CONSTRAINT "PK_413921aa4a118e20f361ceba8b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_27db0a3e92d29f518b9a77d319" ON "priority"  ("pillarId") ');
    await queryRunner.query(
      'CREATE TABLE "objective" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "priorityId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "subPoints" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_1084365b2a588160b31361a252e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d757912b0ef708a8151ceb7f33" ON "objective"  ("priorityId") ');
    await queryRunner.query(
      'CREATE TABLE "action" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "objectiveId" integer NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "fundingCondition" character varying, "target" character varying, "durationMonths" integer, "dueDate" date, "status" character varying(20) NOT NULL DEFAULT \'NOT_STARTED\', CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_0a7c275a3477b4e691f6839513" ON "action"  ("objectiveId") ');
    await queryRunner.query(
      'CREATE TABLE "agency" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "name" character varying NOT NULL, "shortName" character varying, "kind" character varying(20) NOT NULL, "description" text, "mergedIntoId" integer, CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agency_alias" ("normalised" character varying NOT NULL, "alias" character varying NOT NULL, "agencyId" integer NOT NULL, CONSTRAINT "PK_6924137d5bf55bc87807fb81d69" PRIMARY KEY ("normalised"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_dbad20c5ce522f31eb4df4c4e9" ON "agency_alias"  ("agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "objective_agency" ("id" SERIAL NOT NULL, "objectiveId" integer NOT NULL, "agencyId" integer NOT NULL, "position" integer NOT NULL, "asWritten" character varying, CONSTRAINT "PK_6b0ba7e884331b0682dbcb17baa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_988c6cbcce6e098b458ddd04f9" ON "objective_agency"  ("agencyId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_78cf4415c363c110f42f68b8f9" ON "objective_agency"  ("objectiveId", "agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "action_agency" ("id" SERIAL NOT NULL, "actionId" integer NOT NULL, "agencyId" integer NOT NULL, "asWritten" character varying, CONSTRAINT "PK_d28ba263975e6a77f6e1f86effe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_1ecf12660c624868c922e85587" ON "action_agency"  ("agencyId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a1ee10e20f1b7292527c8ea27a" ON "action_agency"  ("actionId", "agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" character varying NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" character varying(20) NOT NULL, "rag" character varying(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" character varying NOT NULL, CONSTRAINT "PK_5ac3567b3caf930f1bad30796f8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update"  ("actionId", "financialYear", "quarter") ');
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actorKind" character varying(20) NOT NULL, "actorId" character varying NOT NULL, "actorName" character varying NOT NULL, "requestId" character varying NOT NULL, "mutation" character varying NOT NULL, "operation" character varying(20) NOT NULL, "entityType" character varying NOT NULL, "entityId" integer NOT NULL, "version" integer, "changes" jsonb NOT NULL, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry"  ("at") ');
    await queryRunner.query('CREATE INDEX "IDX_4ab466a7d06ff8d7c903d90248" ON "audit_entry"  ("entityType", "entityId") ');
    await queryRunner.query(
      'CREATE TABLE "reprocurement" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "objectiveId" integer NOT NULL, "actionId" integer, "agencyId" integer, "service" character varying NOT NULL, "supplier" character varying, "expiryDate" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'NOT_STARTED\', "asWritten" character varying, CONSTRAINT "PK_17b8ef98a583fcb2155f35c8482" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_304ed1067ae565a3d58cf9829f" ON "reprocurement"  ("objectiveId") ');
    await queryRunner.query(
      'CREATE TABLE "national_outcome" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "planId" integer NOT NULL, "pillarId" integer, "position" integer NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_0132338759e8474513f9384539e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_386e83fadb8ecd5f56e7f19437" ON "national_outcome"  ("planId") ');
    await queryRunner.query('CREATE INDEX "IDX_a357b526b2d04c96c349e59c79" ON "national_outcome"  ("pillarId") ');
    await queryRunner.query(
      'CREATE TABLE "outcome_measure" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "outcomeId" integer NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "unit" character varying(20) NOT NULL, "direction" character varying(20) NOT NULL, CONSTRAINT "PK_5be0ccae42379d67650c556d102" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_1489dd44410d61566290e95b0a" ON "outcome_measure"  ("outcomeId") ');
    await queryRunner.query(
      'CREATE TABLE "measure_value" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "measureId" integer NOT NULL, "kind" character varying(20) NOT NULL, "periodLabel" character varying NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "value" double precision NOT NULL, "note" text, "source" character varying, CONSTRAINT "PK_066da64f0071f7e2658da9fcb28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_347336df8548ffe0b4ac33fb5d" ON "measure_value"  ("measureId") ');
    await queryRunner.query(
      'CREATE TABLE "risk" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "actionId" integer NOT NULL, "description" text NOT NULL, "likelihood" integer NOT NULL, "impact" integer NOT NULL, "ownerAgencyId" integer, "mitigation" text, "status" character varying(10) NOT NULL DEFAULT \'OPEN\', CONSTRAINT "PK_955c5a23813b1704181c9a5f7c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3a1b2bb3212afef30354ba2657" ON "risk"  ("actionId") ');
    await queryRunner.query('CREATE INDEX "IDX_f7c1464ba9fe71f280c96bd8b8" ON "risk"  ("ownerAgencyId") ');
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, "principal" character varying NOT NULL, "role" character varying(20) NOT NULL, "agencyId" integer, "pillarId" integer, "prefix" character varying NOT NULL, "secretHash" character varying NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE, "revokedAt" TIMESTAMP WITH TIME ZONE, "lastUsedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "createdBy" character varying NOT NULL, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8d7efb4fb2f2acdbcf8974cc34" ON "api_key"  ("principal") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "api_key"  ("prefix") ');
    await queryRunner.query(
      'CREATE TABLE "denial_count" ("id" SERIAL NOT NULL, "bucket" TIMESTAMP WITH TIME ZONE NOT NULL, "operation" character varying(100) NOT NULL, "actorKind" character varying(20) NOT NULL, "keyPrefix" character varying(20) NOT NULL DEFAULT \'\', "reason" character varying(40) NOT NULL, "count" integer NOT NULL, "firstAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lastAt" TIMESTAMP WITH TIME ZONE NOT NULL, "maxInputBytes" integer NOT NULL, "lastInputSha256" character varying(64), CONSTRAINT "PK_5a720b68bcce668ba8fcab03f56" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a1ab78fe7e955f214fffd412e8" ON "denial_count"  ("bucket", "operation", "actorKind", "keyPrefix", "reason") ',
    );
    await queryRunner.query(
      'CREATE TABLE "seed_run" ("key" character varying NOT NULL, "appliedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c04d764c897fa2ab653bf39de00" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "data_revision" ("id" integer NOT NULL, "revision" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_601fea6ea77024c7ff803d76d18" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_record" ("scopedKey" character varying NOT NULL, "mutation" character varying NOT NULL, "inputHash" character varying NOT NULL, "result" jsonb NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8142631fbb3929b0814fa334906" PRIMARY KEY ("scopedKey"))',
    );
    await queryRunner.query(
      'ALTER TABLE "help_service" ADD CONSTRAINT "FK_e1cf71dcea2954faca644bd15a4" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_3684a464eab0c29592dca0ede25" FOREIGN KEY ("partnershipId") REFERENCES "partnership"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_213187027487a0f8536fe1ab466" FOREIGN KEY ("strategyId") REFERENCES "plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pillar" ADD CONSTRAINT "FK_451c0349b9cac52a3110a013b94" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "priority" ADD CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197" FOREIGN KEY ("pillarId") REFERENCES "pillar"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objective" ADD CONSTRAINT "FK_d757912b0ef708a8151ceb7f338" FOREIGN KEY ("priorityId") REFERENCES "priority"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action" ADD CONSTRAINT "FK_0a7c275a3477b4e691f6839513b" FOREIGN KEY ("objectiveId") REFERENCES "objective"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agency_alias" ADD CONSTRAINT "FK_dbad20c5ce522f31eb4df4c4e92" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objective_agency" ADD CONSTRAINT "FK_825b5dd01c3c222741394cc3846" FOREIGN KEY ("objectiveId") REFERENCES "objective"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objective_agency" ADD CONSTRAINT "FK_988c6cbcce6e098b458ddd04f9f" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_agency" ADD CONSTRAINT "FK_6cf85bdb3c26172625d5aa56924" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_agency" ADD CONSTRAINT "FK_1ecf12660c624868c922e85587c" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_update" ADD CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reprocurement" ADD CONSTRAINT "FK_304ed1067ae565a3d58cf9829f8" FOREIGN KEY ("objectiveId") REFERENCES "objective"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reprocurement" ADD CONSTRAINT "FK_e58115f6432ea83f44f69ac0b5b" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reprocurement" ADD CONSTRAINT "FK_f4e16b8a7cf36e8d9e8e9874d51" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "national_outcome" ADD CONSTRAINT "FK_386e83fadb8ecd5f56e7f194376" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "national_outcome" ADD CONSTRAINT "FK_a357b526b2d04c96c349e59c793" FOREIGN KEY ("pillarId") REFERENCES "pillar"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outcome_measure" ADD CONSTRAINT "FK_1489dd44410d61566290e95b0a7" FOREIGN KEY ("outcomeId") REFERENCES "national_outcome"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure_value" ADD CONSTRAINT "FK_347336df8548ffe0b4ac33fb5d5" FOREIGN KEY ("measureId") REFERENCES "outcome_measure"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "risk" ADD CONSTRAINT "FK_3a1b2bb3212afef30354ba26573" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "risk" ADD CONSTRAINT "FK_f7c1464ba9fe71f280c96bd8b88" FOREIGN KEY ("ownerAgencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "risk" DROP CONSTRAINT "FK_f7c1464ba9fe71f280c96bd8b88"');
    await queryRunner.query('ALTER TABLE "risk" DROP CONSTRAINT "FK_3a1b2bb3212afef30354ba26573"');
    await queryRunner.query('ALTER TABLE "measure_value" DROP CONSTRAINT "FK_347336df8548ffe0b4ac33fb5d5"');
    await queryRunner.query('ALTER TABLE "outcome_measure" DROP CONSTRAINT "FK_1489dd44410d61566290e95b0a7"');
    await queryRunner.query('ALTER TABLE "national_outcome" DROP CONSTRAINT "FK_a357b526b2d04c96c349e59c793"');
    await queryRunner.query('ALTER TABLE "national_outcome" DROP CONSTRAINT "FK_386e83fadb8ecd5f56e7f194376"');
    await queryRunner.query('ALTER TABLE "reprocurement" DROP CONSTRAINT "FK_f4e16b8a7cf36e8d9e8e9874d51"');
    await queryRunner.query('ALTER TABLE "reprocurement" DROP CONSTRAINT "FK_e58115f6432ea83f44f69ac0b5b"');
    await queryRunner.query('ALTER TABLE "reprocurement" DROP CONSTRAINT "FK_304ed1067ae565a3d58cf9829f8"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866"');
    await queryRunner.query('ALTER TABLE "action_agency" DROP CONSTRAINT "FK_1ecf12660c624868c922e85587c"');
    await queryRunner.query('ALTER TABLE "action_agency" DROP CONSTRAINT "FK_6cf85bdb3c26172625d5aa56924"');
    await queryRunner.query('ALTER TABLE "objective_agency" DROP CONSTRAINT "FK_988c6cbcce6e098b458ddd04f9f"');
    await queryRunner.query('ALTER TABLE "objective_agency" DROP CONSTRAINT "FK_825b5dd01c3c222741394cc3846"');
    await queryRunner.query('ALTER TABLE "agency_alias" DROP CONSTRAINT "FK_dbad20c5ce522f31eb4df4c4e92"');
    await queryRunner.query('ALTER TABLE "action" DROP CONSTRAINT "FK_0a7c275a3477b4e691f6839513b"');
    await queryRunner.query('ALTER TABLE "objective" DROP CONSTRAINT "FK_d757912b0ef708a8151ceb7f338"');
    await queryRunner.query('ALTER TABLE "priority" DROP CONSTRAINT "FK_27db0a3e92d29f518b9a77d3197"');
    await queryRunner.query('ALTER TABLE "pillar" DROP CONSTRAINT "FK_451c0349b9cac52a3110a013b94"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_213187027487a0f8536fe1ab466"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_3684a464eab0c29592dca0ede25"');
    await queryRunner.query('ALTER TABLE "help_service" DROP CONSTRAINT "FK_e1cf71dcea2954faca644bd15a4"');
    await queryRunner.query('DROP TABLE "idempotency_record"');
    await queryRunner.query('DROP TABLE "data_revision"');
    await queryRunner.query('DROP TABLE "seed_run"');
    await queryRunner.query('DROP INDEX "public"."IDX_a1ab78fe7e955f214fffd412e8"');
    await queryRunner.query('DROP TABLE "denial_count"');
    await queryRunner.query('DROP INDEX "public"."IDX_c4f6ccad30c0862eb54af9fb0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_8d7efb4fb2f2acdbcf8974cc34"');
    await queryRunner.query('DROP TABLE "api_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_f7c1464ba9fe71f280c96bd8b8"');
    await queryRunner.query('DROP INDEX "public"."IDX_3a1b2bb3212afef30354ba2657"');
    await queryRunner.query('DROP TABLE "risk"');
    await queryRunner.query('DROP INDEX "public"."IDX_347336df8548ffe0b4ac33fb5d"');
    await queryRunner.query('DROP TABLE "measure_value"');
    await queryRunner.query('DROP INDEX "public"."IDX_1489dd44410d61566290e95b0a"');
    await queryRunner.query('DROP TABLE "outcome_measure"');
    await queryRunner.query('DROP INDEX "public"."IDX_a357b526b2d04c96c349e59c79"');
    await queryRunner.query('DROP INDEX "public"."IDX_386e83fadb8ecd5f56e7f19437"');
    await queryRunner.query('DROP TABLE "national_outcome"');
    await queryRunner.query('DROP INDEX "public"."IDX_304ed1067ae565a3d58cf9829f"');
    await queryRunner.query('DROP TABLE "reprocurement"');
    await queryRunner.query('DROP INDEX "public"."IDX_4ab466a7d06ff8d7c903d90248"');
    await queryRunner.query('DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"');
    await queryRunner.query('DROP TABLE "audit_entry"');
    await queryRunner.query('DROP INDEX "public"."IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('DROP INDEX "public"."IDX_a1ee10e20f1b7292527c8ea27a"');
    await queryRunner.query('DROP INDEX "public"."IDX_1ecf12660c624868c922e85587"');
    await queryRunner.query('DROP TABLE "action_agency"');
    await queryRunner.query('DROP INDEX "public"."IDX_78cf4415c363c110f42f68b8f9"');
    await queryRunner.query('DROP INDEX "public"."IDX_988c6cbcce6e098b458ddd04f9"');
    await queryRunner.query('DROP TABLE "objective_agency"');
    await queryRunner.query('DROP INDEX "public"."IDX_dbad20c5ce522f31eb4df4c4e9"');
    await queryRunner.query('DROP TABLE "agency_alias"');
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('DROP INDEX "public"."IDX_0a7c275a3477b4e691f6839513"');
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('DROP INDEX "public"."IDX_d757912b0ef708a8151ceb7f33"');
    await queryRunner.query('DROP TABLE "objective"');
    await queryRunner.query('DROP INDEX "public"."IDX_27db0a3e92d29f518b9a77d319"');
    await queryRunner.query('DROP TABLE "priority"');
    await queryRunner.query('DROP INDEX "public"."IDX_5f1d6cb994884a687e094b056f"');
    await queryRunner.query('DROP TABLE "pillar"');
    await queryRunner.query('DROP INDEX "public"."IDX_2a5ee54c23278fed176d60e86f"');
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('DROP INDEX "public"."IDX_e1cf71dcea2954faca644bd15a"');
    await queryRunner.query('DROP TABLE "help_service"');
    await queryRunner.query('DROP TABLE "partnership"');
  }
}
