import { MigrationInterface, QueryRunner } from 'typeorm';

export class DataRevision1795423510175 implements MigrationInterface {
  name = 'DataRevision1795423510175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "data_revision" ("id" integer PRIMARY KEY NOT NULL, "revision" integer NOT NULL DEFAULT (0))');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "data_revision"');
  }
}
