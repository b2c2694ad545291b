import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The general write rate limit's counters: one row per user or address and minute (see WriteCounter). */
export class WriteCounters1765733000000 implements MigrationInterface {
  name = 'WriteCounters1765733000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "write_counters" (
        "key" varchar(200) NOT NULL,
        "window_start" timestamptz NOT NULL,
        "count" integer NOT NULL,
        CONSTRAINT "PK_write_counters" PRIMARY KEY ("key", "window_start")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_write_counters_window_start" ON "write_counters" ("window_start")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "write_counters"`);
  }
}
