import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressCorrections1796229392364 implements MigrationInterface {
  name = 'ProgressCorrections1796229392364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_update" ADD "correctionOfId" integer');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "originalId" integer');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "correctionReason" text');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "correctedById" integer');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "correctedAt" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "withdrawnAt" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "withdrawnBy" character varying');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "withdrawnReason" text');
    await queryRunner.query('CREATE INDEX "IDX_370b1b7e9b737b0d906b0993e6" ON "progress_update"  ("correctedById") ');
    await queryRunner.query(
      'ALTER TABLE "progress_update" ADD CONSTRAINT "FK_452ef8c0a05e5846b8113be104d" FOREIGN KEY ("correctionOfId") REFERENCES "progress_update"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_update" DROP CONSTRAINT "FK_452ef8c0a05e5846b8113be104d"');
    await queryRunner.query('DROP INDEX "public"."IDX_370b1b7e9b737b0d906b0993e6"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "withdrawnReason"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "withdrawnBy"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "withdrawnAt"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "correctedAt"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "correctedById"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "correctionReason"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "originalId"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "correctionOfId"');
  }
}
