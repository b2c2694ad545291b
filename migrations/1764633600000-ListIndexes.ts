import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lists the benchmark found reading whole tables on large data (issue 13): each
 * fits a list's order, so a page reads its own rows only, or covers what a count or a summary
 * reads, so PostgreSQL answers it from the index alone.
 */
export class ListIndexes1764633600000 implements MigrationInterface {
  name = 'ListIndexes1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The secretariat's users list, by name.
    await queryRunner.query(`CREATE INDEX "IDX_users_display_name" ON "users" ("display_name", "id")`);
    // The membership queue: pending first, oldest first, then the decided ones, newest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_applications_queue" ON "membership_applications" ((CASE WHEN "status" = 'pending' THEN 0 ELSE 1 END), (CASE WHEN "status" = 'pending' THEN "created_at" END), "created_at" DESC, "id")`,
    );
    // Financing lists, most recently changed first; the scope (own or submitted) and its count.
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_requests_updated" ON "financing_requests" ("updated_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_requests_scope" ON "financing_requests" ("organization_id", "submitted_at")`,
    );
    // The pipeline summary of submitted requests, from the index alone.
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_requests_pipeline" ON "financing_requests" ("status", "instrument", "country", "currency", "amount") WHERE "submitted_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'IDX_financing_requests_pipeline',
      'IDX_financing_requests_scope',
      'IDX_financing_requests_updated',
      'IDX_membership_applications_queue',
      'IDX_users_display_name',
    ])
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
  }
}
