import type { MigrationInterface, QueryRunner } from 'typeorm';

const RATING_NOTIFICATIONS = ['rating_proposed', 'rating_published', 'rating_rejected'];

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
];

/**
 * Country profiles and risk ratings (issue 14): the alliance's notes on a host country, and its
 * rating history, one row per change (proposed, then published or rejected; never edited after).
 */
export class CountryRisk1764979200000 implements MigrationInterface {
  name = 'CountryRisk1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "country_profiles" ("country" character(2) NOT NULL, "notes_en" text, "notes_zh" text, "notes_html_en" text, "notes_html_zh" text, "updated_by_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_869a222eb89bf382dd384843161" PRIMARY KEY ("country"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."risk_outlook" AS ENUM('positive', 'stable', 'negative', 'watch')`);
    await queryRunner.query(
      `CREATE TYPE "public"."country_rating_status" AS ENUM('proposed', 'published', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "country_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country" character(2) NOT NULL, "grade" smallint NOT NULL, "outlook" "public"."risk_outlook" NOT NULL, "rationale_en" text, "rationale_zh" text, "effective_on" date NOT NULL, "source" character varying(300), "status" "public"."country_rating_status" NOT NULL DEFAULT 'proposed', "proposed_by_user_id" uuid NOT NULL, "proposed_by_organization_id" uuid NOT NULL, "decided_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "rejected_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_country_ratings_grade" CHECK ("grade" BETWEEN 1 AND 5), CONSTRAINT "PK_a57c892cbd37ce92ab9bb119fb0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_country_ratings_history" ON "country_ratings"  ("country", "status", "effective_on", "published_at") `,
    );
    // The secretariat's queue of proposals, oldest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_country_ratings_proposed" ON "country_ratings" ("created_at", "id") WHERE "status" = 'proposed'`,
    );
    for (const type of RATING_NOTIFICATIONS)
      await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE '${type}'`);
    for (const [constraint, table, column, target, onDelete] of [
      ['FK_39960f082b0e3386659643cc7be', 'country_profiles', 'updated_by_user_id', 'users', 'SET NULL'],
      ['FK_45cc8bfd4f41cf48e4bfcf90d3c', 'country_ratings', 'proposed_by_user_id', 'users', 'RESTRICT'],
      ['FK_67c3a36aefd307c738913b1a63d', 'country_ratings', 'proposed_by_organization_id', 'organizations', 'RESTRICT'],
      ['FK_8a75d59ba0ca178d9eb2d100bae', 'country_ratings', 'decided_by_user_id', 'users', 'RESTRICT'],
    ])
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE "record_type" = 'country_rating'`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type_old" AS ENUM(${NOTIFICATION_TYPES_BEFORE.map((t) => `'${t}'`).join(', ')})`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type_old" RENAME TO "notification_type"`);
    await queryRunner.query(`DROP TABLE "country_ratings"`);
    await queryRunner.query(`DROP TYPE "public"."country_rating_status"`);
    await queryRunner.query(`DROP TYPE "public"."risk_outlook"`);
    await queryRunner.query(`DROP TABLE "country_profiles"`);
  }
}
