import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressByAgency1796225557678 implements MigrationInterface {
  name = 'ProgressByAgency1796225557678';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "action" ADD "leadAgencyId" integer');
    await queryRunner.query('ALTER TABLE "progress_update" ADD "agencyId" integer');
    await queryRunner.query('CREATE INDEX "IDX_c43de8eb754cd1178b1a156f6d" ON "progress_update"  ("agencyId") ');
    await queryRunner.query(
      'ALTER TABLE "action" ADD CONSTRAINT "FK_47b71b425dc350f1c9eef956e2a" FOREIGN KEY ("leadAgencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_update" ADD CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "progress_update" DROP CONSTRAINT "FK_c43de8eb754cd1178b1a156f6d8"');
    await queryRunner.query('ALTER TABLE "action" DROP CONSTRAINT "FK_47b71b425dc350f1c9eef956e2a"');
    await queryRunner.query('DROP INDEX "public"."IDX_c43de8eb754cd1178b1a156f6d"');
    await queryRunner.query('ALTER TABLE "progress_update" DROP COLUMN "agencyId"');
    await queryRunner.query('ALTER TABLE "action" DROP COLUMN "leadAgencyId"');
  }
}
