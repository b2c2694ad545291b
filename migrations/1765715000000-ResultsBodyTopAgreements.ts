import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The results' answer changed shape (the services of the 20 agreements with most requests and every
 * agreement's totals beside them): the bodies cached before are out of date though the data is not.
 * Raising the counter makes every cached body stale, so the next request computes it in the new shape;
 * going down does the same for the older code.
 */
export class ResultsBodyTopAgreements1765715000000 implements MigrationInterface {
  name = 'ResultsBodyTopAgreements1765715000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE results_version SET n = n + 1 WHERE id = 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE results_version SET n = n + 1 WHERE id = 1`);
  }
}
