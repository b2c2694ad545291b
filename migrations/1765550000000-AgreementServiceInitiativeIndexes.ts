import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the service catalogue's lists that the benchmark found reading the whole of
 * service_requests on the large data (60,000 requests, issue 18): the secretariat's list of every
 * request, newest first, reads its page from an index in its order; the uptake report and an
 * agreement's total read the requests' figures from a covering index, in the report's grouping order.
 * The initiatives' reads (30,000 endorsements) already go through their indexes: nothing for them here.
 */
export class AgreementServiceInitiativeIndexes1765550000000 implements MigrationInterface {
  name = 'AgreementServiceInitiativeIndexes1765550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The secretariat's list of every request, newest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_created" ON "service_requests" ("created_at" DESC, "id" DESC)`,
    );
    // The uptake per agreement, organization and park, from the index alone (it replaces the agreement's index).
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_uptake" ON "service_requests" ("agreement_id", "organization_id", "park_id") INCLUDE ("status", "created_at", "delivered_at", "rating")`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_agreement"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_agreement" ON "service_requests" ("agreement_id", "park_id")`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_uptake"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_created"`);
  }
}
