import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The five creates a client may retry, each with the user who created the record (the visitor's application: none). */
const KEYED = [
  { table: 'posts', scope: ['author_user_id'] },
  { table: 'financing_requests', scope: ['created_by_user_id'] },
  { table: 'expressions_of_interest', scope: ['author_user_id'] },
  { table: 'service_requests', scope: ['requested_by_user_id'] },
  { table: 'membership_applications', scope: [] },
] as const;

/**
 * The client's Idempotency-Key on the record it created, unique per creator where one was sent: a
 * create sent again (its answer lost with the connection) finds the record it made, and two copies
 * racing each other cannot both commit. Kept with the record as long as it lives.
 */
export class IdempotencyKeys1765730000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, scope } of KEYED) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "idempotency_key" character varying(128)`);
      const columns = [...scope, 'idempotency_key'].map((column) => `"${column}"`).join(', ');
      await queryRunner.query(
        `CREATE UNIQUE INDEX "UQ_${table}_idempotency_key" ON "${table}" (${columns}) WHERE "idempotency_key" IS NOT NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...KEYED].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."UQ_${table}_idempotency_key"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "idempotency_key"`);
    }
  }
}
