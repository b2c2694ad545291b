import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Financing services: requests and their revisions, one private review per institution, declarations, threads, offers. */
export class Financing1764288000000 implements MigrationInterface {
  name = 'Financing1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."financing_instrument" AS ENUM('loan', 'project_finance', 'trade_finance', 'export_credit_insurance', 'guarantee', 'equity')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."financing_audience" AS ENUM('all', 'named')`);
    await queryRunner.query(
      `CREATE TYPE "public"."financing_request_status" AS ENUM('draft', 'submitted', 'under_review', 'offer_received', 'accepted', 'withdrawn', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "park_id" uuid, "created_by_user_id" uuid, "title_en" character varying(300), "title_zh" character varying(300), "purpose_en" text, "purpose_zh" text, "description_en" text, "description_zh" text, "instrument" "public"."financing_instrument", "amount" numeric(18,2), "currency" character(3), "tenor_months" integer, "country" character(2), "sector" character varying(64), "audience" "public"."financing_audience" NOT NULL DEFAULT 'all', "institution_ids" uuid array NOT NULL DEFAULT '{}', "status" "public"."financing_request_status" NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "withdraw_reason" text, "close_reason" text, "accepted_review_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4a8b3bd786a44cd42cd8f06bcd6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_financing_requests_status" ON "financing_requests"  ("status")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_requests_organization" ON "financing_requests"  ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."financing_review_status" AS ENUM('new', 'in_review', 'info_requested', 'offer_made', 'declined', 'accepted', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" "public"."financing_review_status" NOT NULL DEFAULT 'new', "decline_reason" text, "close_reason" character varying(32), "seen_revision" integer NOT NULL DEFAULT '0', "opened_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_financing_reviews_request_organization" UNIQUE ("request_id", "organization_id"), CONSTRAINT "PK_54ba2626d5efdeda8a0698f2449" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_reviews_organization" ON "financing_reviews"  ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "user_id" uuid NOT NULL, "conflict" boolean NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_financing_declarations_review_user" UNIQUE ("review_id", "user_id"), CONSTRAINT "PK_02f231aee982d909d50f6aa3079" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "author_user_id" uuid, "side" character varying(16) NOT NULL, "kind" character varying(16) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0fe956df470a734154be691c05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_messages_review" ON "financing_messages"  ("review_id", "created_at")`,
    );
    await queryRunner.query(`CREATE TYPE "public"."financing_rate_kind" AS ENUM('interest', 'premium')`);
    await queryRunner.query(
      `CREATE TYPE "public"."financing_offer_status" AS ENUM('prepared', 'released', 'accepted', 'not_accepted', 'lapsed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "amount" numeric(18,2) NOT NULL, "currency" character(3) NOT NULL, "rate_kind" "public"."financing_rate_kind" NOT NULL, "rate_percent" numeric(7,4) NOT NULL, "fees" character varying(500), "tenor_months" integer NOT NULL, "conditions" text, "valid_until" date NOT NULL, "status" "public"."financing_offer_status" NOT NULL DEFAULT 'prepared', "prepared_by_user_id" uuid, "prepared_by_user_ids" uuid array NOT NULL DEFAULT '{}', "request_revision" integer NOT NULL DEFAULT '1', "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_by_user_id" uuid, "released_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_0895af0300e9770a8928afdd3c" UNIQUE ("review_id"), CONSTRAINT "PK_55e1070b8ee6cabda6970847951" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "financing_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "number" integer NOT NULL, "changed_fields" text array NOT NULL DEFAULT '{}', "snapshot" jsonb NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_financing_revisions_request_number" UNIQUE ("request_id", "number"), CONSTRAINT "PK_4f4624475efcb779dfb21aa9259" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_shared'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_revised'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_opened'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_question'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_answer'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_offer_prepared'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_offer'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_declined'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_accepted'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_not_accepted'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_withdrawn'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE 'financing_closed'`);
    await queryRunner.query(
      `ALTER TABLE "financing_requests" ADD CONSTRAINT "FK_81c51a7685432628608379ad1a5" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_requests" ADD CONSTRAINT "FK_569a683cb7a5e7247ec6a8a05ab" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_requests" ADD CONSTRAINT "FK_34d8e228655a3e5884bf061deb0" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_requests" ADD CONSTRAINT "FK_bb55d116d1327bb689ba375190d" FOREIGN KEY ("accepted_review_id") REFERENCES "financing_reviews"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_reviews" ADD CONSTRAINT "FK_92bf3f86c8341a6afc93aae6588" FOREIGN KEY ("request_id") REFERENCES "financing_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_reviews" ADD CONSTRAINT "FK_8154f09ef5305447e9ab371693c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_declarations" ADD CONSTRAINT "FK_966e4c1e131da2dc518af64ea44" FOREIGN KEY ("review_id") REFERENCES "financing_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_declarations" ADD CONSTRAINT "FK_9c95c08d9ae5a7c1b2ca1431b0e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_messages" ADD CONSTRAINT "FK_0346fa9b465c4200762bf98e081" FOREIGN KEY ("review_id") REFERENCES "financing_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_messages" ADD CONSTRAINT "FK_34948101e9455842216982cda6f" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_offers" ADD CONSTRAINT "FK_0895af0300e9770a8928afdd3ca" FOREIGN KEY ("review_id") REFERENCES "financing_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_offers" ADD CONSTRAINT "FK_580e040843fbb8d48812eec1542" FOREIGN KEY ("prepared_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_offers" ADD CONSTRAINT "FK_1ee1702a5789cbaf1119440c2b2" FOREIGN KEY ("released_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "financing_revisions" ADD CONSTRAINT "FK_5877d81bef1a16ed47790ad0ad4" FOREIGN KEY ("request_id") REFERENCES "financing_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "financing_revisions" DROP CONSTRAINT "FK_5877d81bef1a16ed47790ad0ad4"`);
    await queryRunner.query(`ALTER TABLE "financing_offers" DROP CONSTRAINT "FK_1ee1702a5789cbaf1119440c2b2"`);
    await queryRunner.query(`ALTER TABLE "financing_offers" DROP CONSTRAINT "FK_580e040843fbb8d48812eec1542"`);
    await queryRunner.query(`ALTER TABLE "financing_offers" DROP CONSTRAINT "FK_0895af0300e9770a8928afdd3ca"`);
    await queryRunner.query(`ALTER TABLE "financing_messages" DROP CONSTRAINT "FK_34948101e9455842216982cda6f"`);
    await queryRunner.query(`ALTER TABLE "financing_messages" DROP CONSTRAINT "FK_0346fa9b465c4200762bf98e081"`);
    await queryRunner.query(`ALTER TABLE "financing_declarations" DROP CONSTRAINT "FK_9c95c08d9ae5a7c1b2ca1431b0e"`);
    await queryRunner.query(`ALTER TABLE "financing_declarations" DROP CONSTRAINT "FK_966e4c1e131da2dc518af64ea44"`);
    await queryRunner.query(`ALTER TABLE "financing_reviews" DROP CONSTRAINT "FK_8154f09ef5305447e9ab371693c"`);
    await queryRunner.query(`ALTER TABLE "financing_reviews" DROP CONSTRAINT "FK_92bf3f86c8341a6afc93aae6588"`);
    await queryRunner.query(`ALTER TABLE "financing_requests" DROP CONSTRAINT "FK_bb55d116d1327bb689ba375190d"`);
    await queryRunner.query(`ALTER TABLE "financing_requests" DROP CONSTRAINT "FK_34d8e228655a3e5884bf061deb0"`);
    await queryRunner.query(`ALTER TABLE "financing_requests" DROP CONSTRAINT "FK_569a683cb7a5e7247ec6a8a05ab"`);
    await queryRunner.query(`ALTER TABLE "financing_requests" DROP CONSTRAINT "FK_81c51a7685432628608379ad1a5"`);
    // Financing notifications have no place in the older type.
    await queryRunner.query(`DELETE FROM "notifications" WHERE "type"::text LIKE 'financing_%'`);
    await queryRunner.query(`CREATE TYPE "public"."notification_type_old" AS ENUM('post_published')`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type_old" RENAME TO "notification_type"`);
    await queryRunner.query(`DROP TABLE "financing_revisions"`);
    await queryRunner.query(`DROP TABLE "financing_offers"`);
    await queryRunner.query(`DROP TYPE "public"."financing_offer_status"`);
    await queryRunner.query(`DROP TYPE "public"."financing_rate_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_financing_messages_review"`);
    await queryRunner.query(`DROP TABLE "financing_messages"`);
    await queryRunner.query(`DROP TABLE "financing_declarations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_financing_reviews_organization"`);
    await queryRunner.query(`DROP TABLE "financing_reviews"`);
    await queryRunner.query(`DROP TYPE "public"."financing_review_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_financing_requests_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_financing_requests_status"`);
    await queryRunner.query(`DROP TABLE "financing_requests"`);
    await queryRunner.query(`DROP TYPE "public"."financing_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."financing_audience"`);
    await queryRunner.query(`DROP TYPE "public"."financing_instrument"`);
  }
}
