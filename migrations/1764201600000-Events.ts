import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Event posts: when, where and seats; registrations with a waitlist. */
export class Events1764201600000 implements MigrationInterface {
  name = 'Events1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."registration_status" AS ENUM('confirmed', 'waitlisted', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."registration_status" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_953d3b862c2487289a92b2356e9" PRIMARY KEY ("id"))`,
    );
    // One live registration per user and event, also when two requests arrive at once.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_event_registrations_live" ON "event_registrations" ("post_id", "user_id") WHERE "status" <> 'cancelled'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_event_registrations_post_status" ON "event_registrations" ("post_id", "status", "created_at")`,
    );
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_starts_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_ends_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_time_zone" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_place" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_online_url" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "event_capacity" integer`);
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_8410eabf4ee64e56674cc68d49f" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registrations" ADD CONSTRAINT "FK_e42ba7c85b05c49c8de4f360543" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_event_registrations_live"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_e42ba7c85b05c49c8de4f360543"`);
    await queryRunner.query(`ALTER TABLE "event_registrations" DROP CONSTRAINT "FK_8410eabf4ee64e56674cc68d49f"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_capacity"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_online_url"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_place"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_time_zone"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_ends_at"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "event_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_registrations_post_status"`);
    await queryRunner.query(`DROP TABLE "event_registrations"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
  }
}
