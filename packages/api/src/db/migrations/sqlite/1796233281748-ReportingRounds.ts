import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingRounds1796233281748 implements MigrationInterface {
  name = 'ReportingRounds1796233281748';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reporting_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'OPEN\'), "deadline" date NOT NULL, "latePolicy" varchar(20) NOT NULL, "openedAt" datetime NOT NULL, "openedBy" varchar NOT NULL, "closedAt" datetime, "closedBy" varchar, "snapshot" text)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_70a686c16674fad24e4d47ec3e" ON "reporting_round" ("planId", "financialYear", "quarter") ');
    await queryRunner.query(
      'CREATE TABLE "round_sign_off" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "roundId" integer NOT NULL, "pillarId" integer NOT NULL, "signedOffBy" varchar NOT NULL, "signedOffAt" datetime NOT NULL, "note" text)',
    );
    await queryRunner.query('CREATE INDEX "IDX_2050903f963359b2a71ea171d2" ON "round_sign_off" ("pillarId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_87bbd39da3759efb6726f9d595" ON "round_sign_off" ("roundId", "pillarId") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "name" varchar NOT NULL, "shortName" varchar, "kind" varchar(20) NOT NULL, "description" text, "mergedIntoId" integer, "contactName" varchar, "contactEmail" varchar, "contactPhone" varchar, CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_agency"("id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description", "mergedIntoId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description", "mergedIntoId" FROM "agency"',
    );
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('ALTER TABLE "temporary_agency" RENAME TO "agency"');
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, "roundId" integer, "late" varchar(20), CONSTRAINT "FK_452ef8c0a05e5846b8113be104d" FOREIGN KEY ("correctionOfId") REFERENCES "progress_update" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_485d8fb0a7089e8834cb6c7b80" ON "progress_update" ("roundId") ');
    await queryRunner.query('DROP INDEX "IDX_70a686c16674fad24e4d47ec3e"');
    await queryRunner.query(
      'CREATE TABLE "temporary_reporting_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'OPEN\'), "deadline" date NOT NULL, "latePolicy" varchar(20) NOT NULL, "openedAt" datetime NOT NULL, "openedBy" varchar NOT NULL, "closedAt" datetime, "closedBy" varchar, "snapshot" text, CONSTRAINT "FK_d1d08107026570b9743fe7f5d8f" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_reporting_round"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "financialYear", "quarter", "quarterLabel", "status", "deadline", "latePolicy", "openedAt", "openedBy", "closedAt", "closedBy", "snapshot") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "financialYear", "quarter", "quarterLabel", "status", "deadline", "latePolicy", "openedAt", "openedBy", "closedAt", "closedBy", "snapshot" FROM "reporting_round"',
    );
    await queryRunner.query('DROP TABLE "reporting_round"');
    await queryRunner.query('ALTER TABLE "temporary_reporting_round" RENAME TO "reporting_round"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_70a686c16674fad24e4d47ec3e" ON "reporting_round" ("planId", "financialYear", "quarter") ');
    await queryRunner.query('DROP INDEX "IDX_2050903f963359b2a71ea171d2"');
    await queryRunner.query('DROP INDEX "IDX_87bbd39da3759efb6726f9d595"');
    await queryRunner.query(
      'CREATE TABLE "temporary_round_sign_off" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "roundId" integer NOT NULL, "pillarId" integer NOT NULL, "signedOffBy" varchar NOT NULL, "signedOffAt" datetime NOT NULL, "note" text, CONSTRAINT "FK_f1908a9687c775e87ae1f1fef04" FOREIGN KEY ("roundId") REFERENCES "reporting_round" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_2050903f963359b2a71ea171d26" FOREIGN KEY ("pillarId") REFERENCES "pillar" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_round_sign_off"("id", "createdAt", "updatedAt", "version", "archivedAt", "roundId", "pillarId", "signedOffBy", "signedOffAt", "note") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "roundId", "pillarId", "signedOffBy", "signedOffAt", "note" FROM "round_sign_off"',
    );
    await queryRunner.query('DROP TABLE "round_sign_off"');
    await queryRunner.query('ALTER TABLE "temporary_round_sign_off" RENAME TO "round_sign_off"');
    await queryRunner.query('CREATE INDEX "IDX_2050903f963359b2a71ea171d2" ON "round_sign_off" ("pillarId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_87bbd39da3759efb6726f9d595" ON "round_sign_off" ("roundId", "pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_485d8fb0a7089e8834cb6c7b80"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, "roundId" integer, "late" varchar(20), CONSTRAINT "FK_452ef8c0a05e5846b8113be104d" FOREIGN KEY ("correctionOfId") REFERENCES "progress_update" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_485d8fb0a7089e8834cb6c7b804" FOREIGN KEY ("roundId") REFERENCES "reporting_round" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason", "roundId", "late") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason", "roundId", "late" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_485d8fb0a7089e8834cb6c7b80" ON "progress_update" ("roundId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_485d8fb0a7089e8834cb6c7b80"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, "roundId" integer, "late" varchar(20), CONSTRAINT "FK_452ef8c0a05e5846b8113be104d" FOREIGN KEY ("correctionOfId") REFERENCES "progress_update" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason", "roundId", "late") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason", "roundId", "late" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_485d8fb0a7089e8834cb6c7b80" ON "progress_update" ("roundId") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
    await queryRunner.query('DROP INDEX "IDX_87bbd39da3759efb6726f9d595"');
    await queryRunner.query('DROP INDEX "IDX_2050903f963359b2a71ea171d2"');
    await queryRunner.query('ALTER TABLE "round_sign_off" RENAME TO "temporary_round_sign_off"');
    await queryRunner.query(
      'CREATE TABLE "round_sign_off" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "roundId" integer NOT NULL, "pillarId" integer NOT NULL, "signedOffBy" varchar NOT NULL, "signedOffAt" datetime NOT NULL, "note" text)',
    );
    await queryRunner.query(
      'INSERT INTO "round_sign_off"("id", "createdAt", "updatedAt", "version", "archivedAt", "roundId", "pillarId", "signedOffBy", "signedOffAt", "note") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "roundId", "pillarId", "signedOffBy", "signedOffAt", "note" FROM "temporary_round_sign_off"',
    );
    await queryRunner.query('DROP TABLE "temporary_round_sign_off"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_87bbd39da3759efb6726f9d595" ON "round_sign_off" ("roundId", "pillarId") ');
    await queryRunner.query('CREATE INDEX "IDX_2050903f963359b2a71ea171d2" ON "round_sign_off" ("pillarId") ');
    await queryRunner.query('DROP INDEX "IDX_70a686c16674fad24e4d47ec3e"');
    await queryRunner.query('ALTER TABLE "reporting_round" RENAME TO "temporary_reporting_round"');
    await queryRunner.query(
      'CREATE TABLE "reporting_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "planId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'OPEN\'), "deadline" date NOT NULL, "latePolicy" varchar(20) NOT NULL, "openedAt" datetime NOT NULL, "openedBy" varchar NOT NULL, "closedAt" datetime, "closedBy" varchar, "snapshot" text)',
    );
    await queryRunner.query(
      'INSERT INTO "reporting_round"("id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "financialYear", "quarter", "quarterLabel", "status", "deadline", "latePolicy", "openedAt", "openedBy", "closedAt", "closedBy", "snapshot") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "planId", "financialYear", "quarter", "quarterLabel", "status", "deadline", "latePolicy", "openedAt", "openedBy", "closedAt", "closedBy", "snapshot" FROM "temporary_reporting_round"',
    );
    await queryRunner.query('DROP TABLE "temporary_reporting_round"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_70a686c16674fad24e4d47ec3e" ON "reporting_round" ("planId", "financialYear", "quarter") ');
    await queryRunner.query('DROP INDEX "IDX_485d8fb0a7089e8834cb6c7b80"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, CONSTRAINT "FK_452ef8c0a05e5846b8113be104d" FOREIGN KEY ("correctionOfId") REFERENCES "progress_update" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
    await queryRunner.query('ALTER TABLE "agency" RENAME TO "temporary_agency"');
    await queryRunner.query(
      'CREATE TABLE "agency" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "name" varchar NOT NULL, "shortName" varchar, "kind" varchar(20) NOT NULL, "description" text, "mergedIntoId" integer, CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "agency"("id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description", "mergedIntoId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "name", "shortName", "kind", "description", "mergedIntoId" FROM "temporary_agency"',
    );
    await queryRunner.query('DROP TABLE "temporary_agency"');
    await queryRunner.query('DROP INDEX "IDX_87bbd39da3759efb6726f9d595"');
    await queryRunner.query('DROP INDEX "IDX_2050903f963359b2a71ea171d2"');
    await queryRunner.query('DROP TABLE "round_sign_off"');
    await queryRunner.query('DROP INDEX "IDX_70a686c16674fad24e4d47ec3e"');
    await queryRunner.query('DROP TABLE "reporting_round"');
  }
}
