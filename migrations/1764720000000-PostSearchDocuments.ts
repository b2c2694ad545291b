import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each post keeps its search documents in columns (issue 13): ranking a search computed the English
 * document of every matching post again (1.3 s for "investment" on 100,000 posts, half of which
 * match). Triggers keep the columns (PostgreSQL's tsvector_update_trigger, when the text changes)
 * rather than generated columns, whose expressions TypeORM records under the database's name, so a
 * database copied or restored under another name would read as changed. The indexes move to the
 * columns; search ranks the newest matches, which an index of published posts by date finds in order.
 */
export class PostSearchDocuments1764720000000 implements MigrationInterface {
  name = 'PostSearchDocuments1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_search_en"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_zh_grams"`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "search_en" tsvector, ADD "search_zh" tsvector`);
    await queryRunner.query(
      `UPDATE "posts" SET "search_en" = to_tsvector('english', coalesce("title_en", '') || ' ' || coalesce("body_en", '')), "search_zh" = to_tsvector('simple', coalesce("zh_grams", ''))`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "posts_search_en" BEFORE INSERT OR UPDATE OF "title_en", "body_en" ON "posts" FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("search_en", 'pg_catalog.english', "title_en", "body_en")`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "posts_search_zh" BEFORE INSERT OR UPDATE OF "zh_grams" ON "posts" FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger("search_zh", 'pg_catalog.simple', "zh_grams")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_posts_search_en" ON "posts" USING gin ("search_en")`);
    await queryRunner.query(`CREATE INDEX "IDX_posts_zh_grams" ON "posts" USING gin ("search_zh")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_posts_published" ON "posts" ("published_at" DESC) WHERE "status" = 'published'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_zh_grams"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_search_en"`);
    await queryRunner.query(`DROP TRIGGER "posts_search_zh" ON "posts"`);
    await queryRunner.query(`DROP TRIGGER "posts_search_en" ON "posts"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "search_zh", DROP COLUMN "search_en"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_posts_zh_grams" ON "posts" USING gin (to_tsvector('simple', coalesce("zh_grams", '')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_posts_search_en" ON "posts" USING gin (to_tsvector('english', coalesce("title_en", '') || ' ' || coalesce("body_en", '')))`,
    );
  }
}
