import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressCorrections1796229392364 implements MigrationInterface {
  name = 'ProgressCorrections1796229392364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query(
      'CREATE TABLE "temporary_progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_452ef8c0a05e5846b8113be104d" FOREIGN KEY ("correctionOfId") REFERENCES "progress_update" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason" FROM "progress_update"',
    );
    await queryRunner.query('DROP TABLE "progress_update"');
    await queryRunner.query('ALTER TABLE "temporary_progress_update" RENAME TO "progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, "correctionOfId" integer, "originalId" integer, "correctionReason" text, "correctedById" integer, "correctedAt" datetime, "withdrawnAt" datetime, "withdrawnBy" varchar, "withdrawnReason" text, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId", "correctionOfId", "originalId", "correctionReason", "correctedById", "correctedAt", "withdrawnAt", "withdrawnBy", "withdrawnReason" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update" ("correctedById") ');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
    await queryRunner.query('DROP INDEX "IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('DROP INDEX "IDX_c33b29d4399e8dcac45285609b"');
    await queryRunner.query('DROP INDEX "IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('ALTER TABLE "progress_update" RENAME TO "temporary_progress_update"');
    await queryRunner.query(
      'CREATE TABLE "progress_update" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" varchar NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(20) NOT NULL, "rag" varchar(10) NOT NULL, "percentComplete" integer, "commentary" text NOT NULL, "reportedBy" varchar NOT NULL, "agencyId" integer, CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6018d3f86f28a4b3fde83ff4866" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "progress_update"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "financialYear", "quarter", "quarterLabel", "periodStart", "periodEnd", "status", "rag", "percentComplete", "commentary", "reportedBy", "agencyId" FROM "temporary_progress_update"',
    );
    await queryRunner.query('DROP TABLE "temporary_progress_update"');
    await queryRunner.query('CREATE INDEX "IDX_c33b29d4399e8dcac45285609b" ON "progress_update" ("actionId", "financialYear", "quarter") ');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update" ("agencyId") ');
  }
}
