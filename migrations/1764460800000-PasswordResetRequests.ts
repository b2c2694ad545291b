import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Forgot password" requests queued for a job, so that known and unknown addresses are answered alike; kept an hour for the limits. */
export class PasswordResetRequests1764460800000 implements MigrationInterface {
  name = 'PasswordResetRequests1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320), "email_digest" character(64) NOT NULL, "ip" character varying(64), "request_id" character varying(100), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4aa83fc224280f3c94c3e214d65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_password_reset_requests_address" ON "password_reset_requests" ("email_digest", "requested_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_password_reset_requests_ip" ON "password_reset_requests" ("ip", "requested_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_password_reset_requests_waiting" ON "password_reset_requests" ("processed_at", "requested_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_password_reset_requests_waiting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_password_reset_requests_ip"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_password_reset_requests_address"`);
    await queryRunner.query(`DROP TABLE "password_reset_requests"`);
  }
}
