import { MigrationInterface, QueryRunner } from 'typeorm';

export class Risks1796197228872 implements MigrationInterface {
  name = 'Risks1796197228872';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "risk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "description" text NOT NULL, "likelihood" integer NOT NULL, "impact" integer NOT NULL, "ownerAgencyId" integer, "mitigation" text, "status" varchar(10) NOT NULL DEFAULT (\'OPEN\'))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3a1b2bb3212afef30354ba2657" ON "risk" ("actionId") ');
    await queryRunner.query('CREATE INDEX "IDX_f7c1464ba9fe71f280c96bd8b8" ON "risk" ("ownerAgencyId") ');
    await queryRunner.query('DROP INDEX "IDX_3a1b2bb3212afef30354ba2657"');
    await queryRunner.query('DROP INDEX "IDX_f7c1464ba9fe71f280c96bd8b8"');
    await queryRunner.query(
      'CREATE TABLE "temporary_risk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "description" text NOT NULL, "likelihood" integer NOT NULL, "impact" integer NOT NULL, "ownerAgencyId" integer, "mitigation" text, "status" varchar(10) NOT NULL DEFAULT (\'OPEN\'), CONSTRAINT "FK_3a1b2bb3212afef30354ba26573" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_f7c1464ba9fe71f280c96bd8b88" FOREIGN KEY ("ownerAgencyId") REFERENCES "agency" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_risk"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "description", "likelihood", "impact", "ownerAgencyId", "mitigation", "status") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "description", "likelihood", "impact", "ownerAgencyId", "mitigation", "status" FROM "risk"',
    );
    await queryRunner.query('DROP TABLE "risk"');
    await queryRunner.query('ALTER TABLE "temporary_risk" RENAME TO "risk"');
    await queryRunner.query('CREATE INDEX "IDX_3a1b2bb3212afef30354ba2657" ON "risk" ("actionId") ');
    await queryRunner.query('CREATE INDEX "IDX_f7c1464ba9fe71f280c96bd8b8" ON "risk" ("ownerAgencyId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_f7c1464ba9fe71f280c96bd8b8"');
    await queryRunner.query('DROP INDEX "IDX_3a1b2bb3212afef30354ba2657"');
    await queryRunner.query('ALTER TABLE "risk" RENAME TO "temporary_risk"');
    await queryRunner.query(
      'CREATE TABLE "risk" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL DEFAULT (1), "archivedAt" datetime, "actionId" integer NOT NULL, "description" text NOT NULL, "likelihood" integer NOT NULL, "impact" integer NOT NULL, "ownerAgencyId" integer, "mitigation" text, "status" varchar(10) NOT NULL DEFAULT (\'OPEN\'))',
    );
    await queryRunner.query(
      'INSERT INTO "risk"("id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "description", "likelihood", "impact", "ownerAgencyId", "mitigation", "status") SELECT "id", "createdAt", "updatedAt", "version", "archivedAt", "actionId", "description", "likelihood", "impact", "ownerAgencyId", "mitigation", "status" FROM "temporary_risk"',
    );
    await queryRunner.query('DROP TABLE "temporary_risk"');
    await queryRunner.query('CREATE INDEX "IDX_f7c1464ba9fe71f280c96bd8b8" ON "risk" ("ownerAgencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_3a1b2bb3212afef30354ba2657" ON "risk" ("actionId") ');
    await queryRunner.query('DROP INDEX "IDX_f7c1464ba9fe71f280c96bd8b8"');
    await queryRunner.query('DROP INDEX "IDX_3a1b2bb3212afef30354ba2657"');
    await queryRunner.query('DROP TABLE "risk"');
  }
}
