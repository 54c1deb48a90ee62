import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoundedDenials1796183549431 implements MigrationInterface {
  name = 'BoundedDenials1796183549431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "denial_count" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "bucket" datetime NOT NULL, "operation" varchar(100) NOT NULL, "actorKind" varchar(20) NOT NULL, "keyPrefix" varchar(20) NOT NULL DEFAULT (\'\'), "reason" varchar(40) NOT NULL, "count" integer NOT NULL, "firstAt" datetime NOT NULL, "lastAt" datetime NOT NULL, "maxInputBytes" integer NOT NULL, "lastInputSha256" varchar(64))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a1ab78fe7e955f214fffd412e8" ON "denial_count" ("bucket", "operation", "actorKind", "keyPrefix", "reason") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_a1ab78fe7e955f214fffd412e8"');
    await queryRunner.query('DROP TABLE "denial_count"');
  }
}
