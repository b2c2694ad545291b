import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Forgot password" requests queued for a job, so that known and unknown addresses are answered alike. */
export class PasswordResetRequests1764460800000 implements MigrationInterface {
  name = 'PasswordResetRequests1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "request_id" character varying(100), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa83fc224280f3c94c3e214d65" PRIMARY KEY ("id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset_requests"`);
  }
}
