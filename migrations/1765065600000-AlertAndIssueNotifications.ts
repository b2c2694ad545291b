import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification types of risk alerts and of the member issues log (issue 15). */
const NEW_TYPES = [
  'alert_issued',
  'alert_updated',
  'alert_all_clear',
  'alert_release_requested',
  'alert_released',
  'alert_reminder',
  'issue_submitted',
  'issue_acknowledged',
  'issue_relayed',
  'issue_answered',
  'issue_resolved',
  'issue_closed',
];

/** Notification types before this migration, for `down` (PostgreSQL cannot drop an enum value). */
const NOTIFICATION_TYPES_BEFORE = [
  'post_published',
  'financing_shared',
  'financing_revised',
  'financing_opened',
  'financing_question',
  'financing_answer',
  'financing_offer_prepared',
  'financing_offer',
  'financing_declined',
  'financing_accepted',
  'financing_not_accepted',
  'financing_withdrawn',
  'financing_closed',
  'event_confirmed',
  'brief_submitted',
  'brief_changes_requested',
  'brief_approved',
  'brief_published',
  'brief_retracted',
  'rating_proposed',
  'rating_published',
  'rating_rejected',
];

/**
 * The notification types of risk alerts and the member issues log, added on their own so that the
 * two platforms' tables can land in either order after it.
 */
export class AlertAndIssueNotifications1765065600000 implements MigrationInterface {
  name = 'AlertAndIssueNotifications1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const type of NEW_TYPES)
      await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE '${type}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notifications" WHERE "record_type" IN ('risk_alert', 'member_issue', 'issue_case')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type_old" AS ENUM(${NOTIFICATION_TYPES_BEFORE.map((t) => `'${t}'`).join(', ')})`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type_old" RENAME TO "notification_type"`);
  }
}
