import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = [
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
];

/**
 * A notification names the organization whose step it was (the institution that made an offer),
 * and someone moved up from an event's waitlist is told (`event_confirmed`).
 */
export class NotificationSenderAndWaitlist1764547200000 implements MigrationInterface {
  name = 'NotificationSenderAndWaitlist1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "from_en" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "from_zh" character varying(300)`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'event_confirmed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE "type" = 'event_confirmed'`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type_old" AS ENUM(${TYPES_BEFORE.map((t) => `'${t}'`).join(', ')})`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type_old" RENAME TO "notification_type"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "from_zh"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "from_en"`);
  }
}
