import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlansAcrossYears1796222927727 implements MigrationInterface {
  name = 'PlansAcrossYears1796222927727';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "plan" ADD "status" character varying(20) NOT NULL DEFAULT \'DRAFT\'');
    await queryRunner.query('ALTER TABLE "plan" ADD "agreedOn" date');
    await queryRunner.query('ALTER TABLE "plan" ADD "agreedBy" character varying');
    await queryRunner.query('ALTER TABLE "plan" ADD "carriedFromId" integer');
    await queryRunner.query('ALTER TABLE "pillar" ADD "lead" character varying');
    await queryRunner.query('ALTER TABLE "pillar" ADD "carriedFromId" integer');
    await queryRunner.query('ALTER TABLE "priority" ADD "carriedFromId" integer');
    await queryRunner.query('ALTER TABLE "objective" ADD "carriedFromId" integer');
    await queryRunner.query('ALTER TABLE "action" ADD "carriedFromId" integer');
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_d7d0dac568285cd0935185924fd" FOREIGN KEY ("carriedFromId") REFERENCES "plan"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pillar" ADD CONSTRAINT "FK_bd52ad850808d95735c467f310f" FOREIGN KEY ("carriedFromId") REFERENCES "pillar"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "priority" ADD CONSTRAINT "FK_f9d04e0d17e7ddc19fdae4d7b42" FOREIGN KEY ("carriedFromId") REFERENCES "priority"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objective" ADD CONSTRAINT "FK_6da9d9560f47a06e4d73783b9df" FOREIGN KEY ("carriedFromId") REFERENCES "objective"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action" ADD CONSTRAINT "FK_78c896a822142a6fd4b81c80d90" FOREIGN KEY ("carriedFromId") REFERENCES "action"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "action" DROP CONSTRAINT "FK_78c896a822142a6fd4b81c80d90"');
    await queryRunner.query('ALTER TABLE "objective" DROP CONSTRAINT "FK_6da9d9560f47a06e4d73783b9df"');
    await queryRunner.query('ALTER TABLE "priority" DROP CONSTRAINT "FK_f9d04e0d17e7ddc19fdae4d7b42"');
    await queryRunner.query('ALTER TABLE "pillar" DROP CONSTRAINT "FK_bd52ad850808d95735c467f310f"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_d7d0dac568285cd0935185924fd"');
    await queryRunner.query('ALTER TABLE "action" DROP COLUMN "carriedFromId"');
    await queryRunner.query('ALTER TABLE "objective" DROP COLUMN "carriedFromId"');
    await queryRunner.query('ALTER TABLE "priority" DROP COLUMN "carriedFromId"');
    await queryRunner.query('ALTER TABLE "pillar" DROP COLUMN "carriedFromId"');
    await queryRunner.query('ALTER TABLE "pillar" DROP COLUMN "lead"');
    await queryRunner.query('ALTER TABLE "plan" DROP COLUMN "carriedFromId"');
    await queryRunner.query('ALTER TABLE "plan" DROP COLUMN "agreedBy"');
    await queryRunner.query('ALTER TABLE "plan" DROP COLUMN "agreedOn"');
    await queryRunner.query('ALTER TABLE "plan" DROP COLUMN "status"');
  }
}
