import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail outbox as several replicas share it: each message gets the Message-ID it is sent with
 * on every attempt (so a resend after a crash between sending and marking is recognisably the same
 * message), the times of its last and next attempts (a failure waits longer and longer), a claim that one
 * sender holds while it sends (taken with SKIP LOCKED, lapsing when that sender dies), and the time
 * it was given up on. Messages the old sender had given up on (five attempts) are marked failed, so
 * they stay visible and are not suddenly sent days late.
 */
export class OutboxClaimsAndBackoff1765731000000 implements MigrationInterface {
  name = 'OutboxClaimsAndBackoff1765731000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "outbox_emails"
        ADD COLUMN "message_id" character varying(255),
        ADD COLUMN "last_attempt_at" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        ADD COLUMN "claimed_by" character varying(120),
        ADD COLUMN "claimed_until" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "failed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "outbox_emails" SET "failed_at" = now() WHERE "sent_at" IS NULL AND "attempts" >= 5`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_emails_unsent"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_emails_due" ON "outbox_emails" ("next_attempt_at") WHERE "sent_at" IS NULL AND "failed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_emails_failed" ON "outbox_emails" ("failed_at") WHERE "failed_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_emails_failed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_emails_due"`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_emails_unsent" ON "outbox_emails" ("sent_at", "created_at")`);
    // The old sender gives up at five attempts.
    await queryRunner.query(
      `UPDATE "outbox_emails" SET "attempts" = GREATEST("attempts", 5) WHERE "failed_at" IS NOT NULL AND "sent_at" IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "outbox_emails"
        DROP COLUMN "failed_at",
        DROP COLUMN "claimed_until",
        DROP COLUMN "claimed_by",
        DROP COLUMN "next_attempt_at",
        DROP COLUMN "last_attempt_at",
        DROP COLUMN "message_id"`);
  }
}
