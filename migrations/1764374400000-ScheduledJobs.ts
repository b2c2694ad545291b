import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The job runner's claims: one row per timed job, so each run happens on one replica only. */
export class ScheduledJobs1764374400000 implements MigrationInterface {
  name = 'ScheduledJobs1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scheduled_jobs" ("name" character varying(100) NOT NULL, "schedule" character varying(200) NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_by" character varying(200), "locked_until" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_started_at" TIMESTAMP WITH TIME ZONE, "last_succeeded_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_5c795bbd339d082a44c10f1bb4c" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scheduled_jobs"`);
  }
}
