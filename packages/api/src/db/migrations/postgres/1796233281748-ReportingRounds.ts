import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingRounds1796233281748 implements MigrationInterface {
  name = 'ReportingRounds1796233281748';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reporting_round" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "planId" integer NOT NULL, "financialYear" integer NOT NULL, "quarter" integer NOT NULL, "quarterLabel" character varying NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'OPEN\', "deadline" date NOT NULL, "latePolicy" character varying(20) NOT NULL, "openedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "openedBy" character varying NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE, "closedBy" character varying, "snapshot" jsonb, CONSTRAINT "PK_6d46a33caebcd667aa0e884cb2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_70a686c16674fad24e4d47ec3e" ON "reporting_round"  ("planId", "financialYear", "quarter") ');
    await queryRunner.query(
      'CREATE TABLE "round_sign_off" ("id" SERIAL NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', "archivedAt" TIMESTAMP WITH TIME ZONE, "roundId" integer NOT NULL, "pillarId" integer NOT NULL, "signedOffBy" character varying NOT NULL, "signedOffAt" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "PK_df5584b432e4b7348b239852b62" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2050903f963359b2a71ea171d2" ON "round_sign_off"  ("pillarId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_87bbd39da3759efb6726f9d595" ON "round_sign_off"  ("roundId", "pillarId") ');
    await queryRunner.query('ALTER TABLE "agency" ADD "contactName" character varying');
    await queryRunner.query('ALTER TABLE "agency" ADD "contactEmail" character varying');
    await queryRunner.query('ALTER TABLE "agency" ADD "contactPhone" character varying');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "roundId" integer');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "late" character varying(20)');
    await queryRunner.query('CREATE INDEX "IDX_485d8fb0a7089e8834cb6c7b80" ON "progress_update"  ("roundId") ');
    await queryRunner.query(
      'ALTER TABLE "reporting_round" ADD CONSTRAINT "FK_d1d08107026570b9743fe7f5d8f" FOREIGN KEY ("planId") REFERENCES "plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_sign_off" ADD CONSTRAINT "FK_f1908a9687c775e87ae1f1fef04" FOREIGN KEY ("roundId") REFERENCES "reporting_round"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "round_sign_off" ADD CONSTRAINT "FK_2050903f963359b2a71ea171d26" FOREIGN KEY ("pillarId") REFERENCES "pillar"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_update" ADD CONSTRAINT "FK_485d8fb0a7089e8834cb6c7b804" FOREIGN KEY ("roundId") REFERENCES "reporting_round"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_update" DROP CONSTRAINT "FK_485d8fb0a7089e8834cb6c7b804"');
    await queryRunner.query('ALTER TABLE "round_sign_off" DROP CONSTRAINT "FK_2050903f963359b2a71ea171d26"');
    await queryRunner.query('ALTER TABLE "round_sign_off" DROP CONSTRAINT "FK_f1908a9687c775e87ae1f1fef04"');
    await queryRunner.query('ALTER TABLE "reporting_round" DROP CONSTRAINT "FK_d1d08107026570b9743fe7f5d8f"');
    await queryRunner.query('DROP INDEX "public"."IDX_485d8fb0a7089e8834cb6c7b80"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "late"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "roundId"');
    await queryRunner.query('ALTER TABLE "agency" DROP COLUMN "contactPhone"');
    await queryRunner.query('ALTER TABLE "agency" DROP COLUMN "contactEmail"');
    await queryRunner.query('ALTER TABLE "agency" DROP COLUMN "contactName"');
    await queryRunner.query('DROP INDEX "public"."IDX_87bbd39da3759efb6726f9d595"');
    await queryRunner.query('DROP INDEX "public"."IDX_2050903f963359b2a71ea171d2"');
    await queryRunner.query('DROP TABLE "round_sign_off"');
    await queryRunner.query('DROP INDEX "public"."IDX_70a686c16674fad24e4d47ec3e"');
    await queryRunner.query('DROP TABLE "reporting_round"');
  }
}
