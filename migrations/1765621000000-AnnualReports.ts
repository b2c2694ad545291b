import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual reports (issue 19): one row per PDF the secretariat asked for (a year, a language), its
 * status and progress while the job runner writes it, and the stored file once done. A partial unique
 * index keeps one queued or running report per year and language; another serves the runners' claim.
 */
export class AnnualReports1765621000000 implements MigrationInterface {
  name = 'AnnualReports1765621000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."annual_report_status" AS ENUM('queued', 'running', 'done', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "annual_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "language" character varying(2) NOT NULL, "status" "public"."annual_report_status" NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT 0, "step" character varying(32) NOT NULL DEFAULT 'queued', "requested_by_user_id" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT 0, "claimed_by" character varying(200), "heartbeat_at" TIMESTAMP WITH TIME ZONE, "storage_key" character varying(300), "file_size" integer, "sha256" character(64), "error" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_annual_reports_language" CHECK ("language" IN ('en', 'zh')), CONSTRAINT "CHK_annual_reports_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "CHK_annual_reports_year" CHECK ("year" BETWEEN 2000 AND 2200), CONSTRAINT "PK_annual_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_annual_reports_active" ON "annual_reports"("year", "language") WHERE "status" IN ('queued', 'running')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_annual_reports_requested" ON "annual_reports"("requested_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_annual_reports_pending" ON "annual_reports"("requested_at") WHERE "status" IN ('queued', 'running')`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reports" ADD CONSTRAINT "FK_annual_reports_requested_by" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "annual_reports"`);
    await queryRunner.query(`DROP TYPE "public"."annual_report_status"`);
  }
}
