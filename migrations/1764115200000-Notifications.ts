import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Follows and notifications (shared by the platforms), and each user's choice of notification e-mail. */
export class Notifications1764115200000 implements MigrationInterface {
  name = 'Notifications1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."follow_topic" AS ENUM('country', 'sector', 'kind', 'organization')`);
    await queryRunner.query(
      `CREATE TABLE "follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "topic" "public"."follow_topic" NOT NULL, "value" character varying(64)NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8988f607744e16ff79da3b8a627" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_follows_topic_value" ON "follows" ("topic", "value")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_follows_user_topic" ON "follows" ("user_id", "topic", "value")`);
    await queryRunner.query(`CREATE TYPE "public"."notification_type" AS ENUM('post_published')`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "type" "public"."notification_type" NOT NULL, "record_type" character varying(32)NOT NULL, "record_id" uuid NOT NULL, "title_en" character varying(300), "title_zh" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_notifications_digest" ON "notifications" ("emailed_at", "created_at")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_user_created" ON "notifications" ("user_id", "created_at")`,
    );
    await queryRunner.query(`CREATE TYPE "public"."notification_email_mode" AS ENUM('immediately', 'daily', 'off')`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "notification_email_mode" "public"."notification_email_mode" NOT NULL DEFAULT 'immediately'`,
    );
    await queryRunner.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_941d172275662c2b9d8b9f4270c" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_941d172275662c2b9d8b9f4270c"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "notification_email_mode"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_mode"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_user_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_digest"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_follows_user_topic"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_follows_topic_value"`);
    await queryRunner.query(`DROP TABLE "follows"`);
    await queryRunner.query(`DROP TYPE "public"."follow_topic"`);
  }
}
