import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * B2B meetings at conferences (issue 17): an event's programme of meetings, its sessions, each
 * organization's availability, and the meetings requested with their slot and table; and the figures
 * an organizer reports after an event (people and organizations that took part).
 */
export class Meetings1765410000000 implements MigrationInterface {
  name = 'Meetings1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_programme_status" AS ENUM('open', 'published', 'closed')`);
    await queryRunner.query(
      `CREATE TABLE "meeting_programmes" ("post_id" uuid NOT NULL, "status" "public"."meeting_programme_status" NOT NULL DEFAULT 'open', "meeting_minutes" integer NOT NULL, "tables" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_5c51a69bca6d1187d2623dc586d" PRIMARY KEY ("post_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b20c0fa5d983f544149da1e4495" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meeting_sessions_post" ON "meeting_sessions"  ("post_id", "starts_at")`);
    await queryRunner.query(
      `CREATE TABLE "meeting_availability" ("session_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "post_id" uuid NOT NULL, CONSTRAINT "PK_73a72ae6e1e86f88cc7da479b57" PRIMARY KEY ("session_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meeting_availability_post_organization" ON "meeting_availability"  ("post_id", "organization_id")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."meeting_status" AS ENUM('requested', 'accepted', 'declined', 'withdrawn', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "requester_organization_id" uuid NOT NULL, "requested_organization_id" uuid NOT NULL, "requested_by_user_id" uuid, "status" "public"."meeting_status" NOT NULL DEFAULT 'requested', "reason" text NOT NULL, "decline_reason" text, "cancel_reason" text, "cancelled_by_organization_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "session_id" uuid, "slot_starts_at" TIMESTAMP WITH TIME ZONE, "table_number" integer, "placed_by_hand" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_meetings_two_sides" CHECK ("requester_organization_id" <> "requested_organization_id"), CONSTRAINT "CHK_meetings_placed_accepted" CHECK ("slot_starts_at" IS NULL OR "status" = 'accepted'), CONSTRAINT "CHK_meetings_placement" CHECK (("slot_starts_at" IS NULL) = ("table_number" IS NULL) AND ("slot_starts_at" IS NULL) = ("session_id" IS NULL)), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_requested" ON "meetings"  ("requested_organization_id", "post_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_requester" ON "meetings"  ("requester_organization_id", "post_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_post_status" ON "meetings"  ("post_id", "status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_meetings_table_slot" ON "meetings"  ("post_id", "slot_starts_at", "table_number") WHERE "slot_starts_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_meetings_live_pair" ON "meetings" ("post_id", LEAST("requester_organization_id", "requested_organization_id"), GREATEST("requester_organization_id", "requested_organization_id")) WHERE "status" IN ('requested', 'accepted')`,
    );
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_reported_attendees" integer`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_reported_organizations" integer`);
    await queryRunner.query(
      `ALTER TABLE "meeting_programmes" ADD CONSTRAINT "FK_5c51a69bca6d1187d2623dc586d" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_sessions" ADD CONSTRAINT "FK_ce364092e206a1239f9e9cf9066" FOREIGN KEY ("post_id") REFERENCES "meeting_programmes"("post_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_availability" ADD CONSTRAINT "FK_89f511709626c9ad3ca93db8f04" FOREIGN KEY ("session_id") REFERENCES "meeting_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_availability" ADD CONSTRAINT "FK_e6c86a4184435fc9d82e4a127c4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_eb3677e68b8dececb0332f449c1" FOREIGN KEY ("post_id") REFERENCES "meeting_programmes"("post_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_b500195694e1d7e0d979914ec51" FOREIGN KEY ("requester_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_7b92ae26816491e1f4c095a266e" FOREIGN KEY ("requested_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_5df0d5e0f7052f3ba063d841a73" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_da28e8b15351d758ff0526baefd" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_980e7a59a936a0d64cbc5f1e1ea" FOREIGN KEY ("session_id") REFERENCES "meeting_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_980e7a59a936a0d64cbc5f1e1ea"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_da28e8b15351d758ff0526baefd"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_5df0d5e0f7052f3ba063d841a73"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_7b92ae26816491e1f4c095a266e"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_b500195694e1d7e0d979914ec51"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_eb3677e68b8dececb0332f449c1"`);
    await queryRunner.query(`ALTER TABLE "meeting_availability" DROP CONSTRAINT "FK_e6c86a4184435fc9d82e4a127c4"`);
    await queryRunner.query(`ALTER TABLE "meeting_availability" DROP CONSTRAINT "FK_89f511709626c9ad3ca93db8f04"`);
    await queryRunner.query(`ALTER TABLE "meeting_sessions" DROP CONSTRAINT "FK_ce364092e206a1239f9e9cf9066"`);
    await queryRunner.query(`ALTER TABLE "meeting_programmes" DROP CONSTRAINT "FK_5c51a69bca6d1187d2623dc586d"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_reported_organizations"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_reported_attendees"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_meetings_live_pair"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_meetings_table_slot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meetings_post_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meetings_requester"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meetings_requested"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_availability_post_organization"`);
    await queryRunner.query(`DROP TABLE "meeting_availability"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_sessions_post"`);
    await queryRunner.query(`DROP TABLE "meeting_sessions"`);
    await queryRunner.query(`DROP TABLE "meeting_programmes"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_programme_status"`);
  }
}
