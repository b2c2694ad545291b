import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the project lists and search read without touching the table (on 20,000 projects, their
 * counts and title searches otherwise read all of it): the published projects by what a reader's
 * scope and the filters look at, the same in the lists' order with their titles, and the
 * secretariat's review queue, oldest submission first.
 */
export class CooperationProjectReaders1765310000000 implements MigrationInterface {
  name = 'CooperationProjectReaders1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Counting the projects a reader may see, by the lists' filters (audience, owner, kind, size).
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_readers" ON "cooperation_projects" ("audience", "organization_id", "kind", "size_usd")
         INCLUDE ("status") WHERE "status" IN ('open', 'in_talks')`,
    );
    // A page of them in the lists' order, and a title search among them, without reading the table.
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_titles" ON "cooperation_projects" ("published_at" DESC, "id" DESC)
         INCLUDE ("status", "audience", "organization_id", "title_en", "title_zh") WHERE "status" IN ('open', 'in_talks')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_review" ON "cooperation_projects" ("submitted_at", "id") WHERE "status" = 'in_review'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_titles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_readers"`);
  }
}
