import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications of a brief's steps (contracts' NOTIFICATION_TYPES). */
const BRIEF_NOTIFICATIONS = [
  'brief_submitted',
  'brief_changes_requested',
  'brief_approved',
  'brief_published',
  'brief_retracted',
];

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
];

/**
 * Policy briefs (issue 14): a brief, its versions (each reviewed; published ones kept as they were)
 * and its review thread; follows gain policy topics. The brief keeps a copy of the version readers
 * see, with search documents kept by triggers as posts' are (migration PostSearchDocuments).
 */
export class PolicyBriefs1764892800000 implements MigrationInterface {
  name = 'PolicyBriefs1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."policy_brief_status" AS ENUM('draft', 'in_review', 'changes_requested', 'published', 'retracted')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."policy_brief_audience" AS ENUM('public', 'members')`);
    await queryRunner.query(
      `CREATE TYPE "public"."policy_brief_version_status" AS ENUM('draft', 'in_review', 'changes_requested', 'published')`,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_briefs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "status" "public"."policy_brief_status" NOT NULL DEFAULT 'draft', "published_version" integer, "working_version" integer, "working_status" "public"."policy_brief_version_status", "title_en" character varying(300), "title_zh" character varying(300), "summary_en" character varying(1000), "summary_zh" character varying(1000), "body_en" text, "body_zh" text, "countries" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "audience" "public"."policy_brief_audience" NOT NULL DEFAULT 'public', "zh_grams" text, "search_en" tsvector, "search_zh" tsvector, "published_at" TIMESTAMP WITH TIME ZONE, "retracted_reason" text, "retracted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b10a782e03eba0d62877de71e9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_briefs_organization" ON "policy_briefs"  ("organization_id", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_brief_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brief_id" uuid NOT NULL, "version_number" integer NOT NULL, "author_user_id" uuid, "side" character varying(16) NOT NULL, "kind" character varying(24) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74265669b4bb43748aaadb17702" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_brief_comments_brief" ON "policy_brief_comments"  ("brief_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_brief_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brief_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."policy_brief_version_status" NOT NULL DEFAULT 'draft', "title_en" character varying(300), "title_zh" character varying(300), "summary_en" character varying(1000), "summary_zh" character varying(1000), "body_en" text, "body_zh" text, "body_html_en" text, "body_html_zh" text, "countries" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "audience" "public"."policy_brief_audience" NOT NULL DEFAULT 'public', "author_user_id" uuid NOT NULL, "reviewer_user_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d3747594d2016ff8e0300460bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_policy_brief_versions_number" ON "policy_brief_versions"  ("brief_id", "number") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."follow_topic" ADD VALUE 'policy_topic'`);
    for (const type of BRIEF_NOTIFICATIONS)
      await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE '${type}'`);
    for (const [constraint, table, column, target, onDelete] of [
      ['FK_6444b75cbb21b34a9a3ab5bc0fe', 'policy_briefs', 'organization_id', 'organizations', 'RESTRICT'],
      ['FK_0e48dee851edc31c41515815406', 'policy_briefs', 'author_user_id', 'users', 'RESTRICT'],
      ['FK_a96153ba7bac834e77da715f495', 'policy_brief_comments', 'brief_id', 'policy_briefs', 'CASCADE'],
      ['FK_d6a85b6dbff11cd26364c79a9bf', 'policy_brief_comments', 'author_user_id', 'users', 'SET NULL'],
      ['FK_3ee2c83d9d61a02e899f4ec629a', 'policy_brief_versions', 'brief_id', 'policy_briefs', 'CASCADE'],
      ['FK_122ef0adaead6c06ed27f38fc93', 'policy_brief_versions', 'author_user_id', 'users', 'RESTRICT'],
      ['FK_4443e8c7cca5b57e366a7f02a71', 'policy_brief_versions', 'reviewer_user_id', 'users', 'RESTRICT'],
    ])
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );

    // Search, as for posts: an English document of the title, summary and body, the Chinese n-grams.
    await queryRunner.query(
      `CREATE TRIGGER "policy_briefs_search_en" BEFORE INSERT OR UPDATE OF "title_en", "summary_en", "body_en" ON "policy_briefs" FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("search_en", 'pg_catalog.english', "title_en", "summary_en", "body_en")`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "policy_briefs_search_zh" BEFORE INSERT OR UPDATE OF "zh_grams" ON "policy_briefs" FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("search_zh", 'pg_catalog.simple', "zh_grams")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_policy_briefs_search_en" ON "policy_briefs" USING gin ("search_en")`);
    await queryRunner.query(`CREATE INDEX "IDX_policy_briefs_search_zh" ON "policy_briefs" USING gin ("search_zh")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_briefs_title_en_trgm" ON "policy_briefs" USING gin ("title_en" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_briefs_title_zh_trgm" ON "policy_briefs" USING gin ("title_zh" gin_trgm_ops)`,
    );
    // The readers' list: published briefs, newest first; filters by country and topic.
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_briefs_published" ON "policy_briefs" ("published_at" DESC, "id" DESC) WHERE "status" = 'published'`,
    );
    // The readers' count: published briefs by audience and organization, from the index alone.
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_briefs_readers" ON "policy_briefs" ("audience", "organization_id") WHERE "status" = 'published'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_policy_briefs_countries" ON "policy_briefs" USING gin ("countries")`);
    await queryRunner.query(`CREATE INDEX "IDX_policy_briefs_topics" ON "policy_briefs" USING gin ("topics")`);
    // The secretariat's review queue: briefs with a version in review, oldest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_policy_briefs_review" ON "policy_briefs" ("updated_at", "id") WHERE "working_status" = 'in_review'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "follows" WHERE "topic" = 'policy_topic'`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "record_type" = 'policy_brief'`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type_old" AS ENUM(${NOTIFICATION_TYPES_BEFORE.map((t) => `'${t}'`).join(', ')})`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type_old" RENAME TO "notification_type"`);
    await queryRunner.query(`DROP TABLE "policy_brief_comments"`);
    await queryRunner.query(`DROP TABLE "policy_brief_versions"`);
    await queryRunner.query(`DROP TABLE "policy_briefs"`);
    await queryRunner.query(`DROP TYPE "public"."policy_brief_version_status"`);
    await queryRunner.query(`DROP TYPE "public"."policy_brief_audience"`);
    await queryRunner.query(`DROP TYPE "public"."policy_brief_status"`);
    // PostgreSQL cannot drop an enum value: the type is rebuilt without it.
    await queryRunner.query(`DROP INDEX "public"."IDX_follows_topic_value"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_follows_user_topic"`);
    await queryRunner.query(`ALTER TYPE "public"."follow_topic" RENAME TO "follow_topic_old"`);
    await queryRunner.query(`CREATE TYPE "public"."follow_topic" AS ENUM('country', 'sector', 'kind', 'organization')`);
    await queryRunner.query(
      `ALTER TABLE "follows" ALTER COLUMN "topic" TYPE "public"."follow_topic" USING "topic"::"text"::"public"."follow_topic"`,
    );
    await queryRunner.query(`DROP TYPE "public"."follow_topic_old"`);
    await queryRunner.query(`CREATE INDEX "IDX_follows_topic_value" ON "follows"  ("topic", "value") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_follows_user_topic" ON "follows"  ("user_id", "topic", "value") `);
  }
}
