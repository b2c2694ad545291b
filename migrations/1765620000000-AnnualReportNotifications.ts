import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification types of issue 19's annual reports: to the secretariat user who asked, the report ready or failed. */
const NEW_TYPES = ['annual_report_ready', 'annual_report_failed'];

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
  'project_submitted',
  'project_returned',
  'project_approved',
  'project_published',
  'project_expiring',
  'project_expired',
  'interest_expressed',
  'interest_withdrawn',
  'interest_accepted',
  'interest_declined',
  'interest_message',
  'deal_moved',
  'match_suggested',
  'meeting_requested',
  'meeting_accepted',
  'meeting_declined',
  'meeting_withdrawn',
  'meeting_cancelled',
  'agenda_published',
  'agenda_changed',
  'agreement_expiring',
  'commitment_due',
  'agreement_activated',
  'agreement_expired',
  'commitment_done',
  'service_requested',
  'service_accepted',
  'service_delivered',
  'service_declined',
  'service_rated',
  'service_message',
  'initiative_opened',
  'endorsement_proposed',
  'endorsement_proposal_signed',
  'endorsement_proposal_declined',
];

/**
 * The notification types of annual reports, added on their own so that the table can land after it (a
 * value added to an enum cannot be used in the transaction that adds it).
 */
export class AnnualReportNotifications1765620000000 implements MigrationInterface {
  name = 'AnnualReportNotifications1765620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const type of NEW_TYPES)
      await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE '${type}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notifications" WHERE "type"::text IN (${NEW_TYPES.map((t) => `'${t}'`).join(', ')})`,
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
