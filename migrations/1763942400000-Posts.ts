import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts of the information platform and their moderation reports, with the indexes search needs: English full-text search
 * over title and body (stemming), Chinese character n-grams for Chinese words of any length,
 * trigram indexes for substrings of titles.
 */
export class Posts1763942400000 implements MigrationInterface {
  name = 'Posts1763942400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."post_kind" AS ENUM('news', 'announcement', 'opportunity', 'demand', 'event')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."post_visibility" AS ENUM('public', 'members')`);
    await queryRunner.query(`CREATE TYPE "public"."post_status" AS ENUM('draft', 'published', 'archived', 'removed')`);
    await queryRunner.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "kind" "public"."post_kind" NOT NULL, "title_en" character varying(300), "title_zh" character varying(300), "body_en" text, "body_zh" text, "body_html_en" text, "body_html_zh" text, "excerpt_en" character varying(400), "excerpt_zh" character varying(400), "zh_grams" text, "countries" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "park_id" uuid, "visibility" "public"."post_visibility" NOT NULL DEFAULT 'public', "status" "public"."post_status" NOT NULL DEFAULT 'draft', "pinned" boolean NOT NULL DEFAULT false, "expires_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "removed_reason" text, "removed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_posts_organization" ON "posts" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_feed" ON "posts" ("status", "visibility", "published_at")`);
    // The feed's order (pinned first, newest first, id for ties), so a page reads the index in order.
    await queryRunner.query(
      `CREATE INDEX "IDX_posts_feed_order" ON "posts" ("pinned" DESC, (COALESCE("published_at", "created_at")) DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_posts_search_en" ON "posts" USING gin (to_tsvector('english', coalesce("title_en", '') || ' ' || coalesce("body_en", '')))`,
    );
    // Chinese words of any length, even two characters (trigrams cannot serve those): see post-search.ts.
    await queryRunner.query(
      `CREATE INDEX "IDX_posts_zh_grams" ON "posts" USING gin (to_tsvector('simple', coalesce("zh_grams", '')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_posts_title_en_trgm" ON "posts" USING gin ("title_en" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_title_zh_trgm" ON "posts" USING gin ("title_zh" gin_trgm_ops)`);
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('open', 'dismissed', 'actioned')`);
    await queryRunner.query(
      `CREATE TABLE "post_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "reporter_user_id" uuid NOT NULL, "reporter_organization_id" uuid NOT NULL, "reason" text NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT 'open', "resolved_by_user_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_afa7cad2bd08b113aeb519c37b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_post_reports_post" ON "post_reports" ("post_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_post_reports_status_created" ON "post_reports" ("status", "created_at")`,
    );
    // A user reports a post once while that report is open (also when two clicks arrive at once).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_post_reports_open" ON "post_reports" ("post_id", "reporter_user_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reports" ADD CONSTRAINT "FK_611b70ef1c1e75943221918b846" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reports" ADD CONSTRAINT "FK_8e7b7a058f7065174bec9f656a5" FOREIGN KEY ("reporter_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reports" ADD CONSTRAINT "FK_50d18fca9626f730fe85af8222f" FOREIGN KEY ("reporter_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_47dffb39b4d5ab644bb67bf12d1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_4dd10e577978ddef3ba582f68ad" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_61445ba83f24feacc482925d12d" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "post_reports"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_61445ba83f24feacc482925d12d"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_4dd10e577978ddef3ba582f68ad"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_47dffb39b4d5ab644bb67bf12d1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_title_zh_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_title_en_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_zh_grams"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_search_en"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_feed_order"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_feed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_organization"`);
    await queryRunner.query(`DROP TABLE "posts"`);
    await queryRunner.query(`DROP TYPE "public"."post_status"`);
    await queryRunner.query(`DROP TYPE "public"."post_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."post_kind"`);
  }
}
