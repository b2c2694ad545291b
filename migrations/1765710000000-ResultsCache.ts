import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables the alliance's results read (apps/api/src/modules/results/results.queries.ts), directly
 * or through the daily summaries: a change to any of them makes every cached result out of date.
 */
const SOURCES = [
  'organizations',
  'parks',
  'financing_requests',
  'financing_reviews',
  'financing_offers',
  'issue_cases',
  'partner_agreements',
  'service_requests',
  'results_post_days',
  'results_financing_days',
  'results_deal_days',
  'results_endorsement_days',
  'results_alert_days',
];

/**
 * A cache of the results the secretariat reads (`GET /api/results`), as the JSON sent, per range and
 * time zone, stamped with the version of the data it was computed from. The version is one counter
 * that a trigger on every table the results read raises at commit, in the writing transaction, so a
 * reader sees the counter and the data of the same commits: a cached body whose version is not the
 * counter's is never served (it is computed again in one snapshot with the counter it read). The
 * triggers run at commit (deferred), so a writer holds the counter's row only while it commits.
 */
export class ResultsCache1765710000000 implements MigrationInterface {
  name = 'ResultsCache1765710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "results_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "n" bigint NOT NULL)`,
    );
    await queryRunner.query(`INSERT INTO "results_version" ("id", "n") VALUES (1, 0)`);
    await queryRunner.query(`
      CREATE TABLE "results_cache" (
        "range_from" date NOT NULL,
        "range_to" date NOT NULL,
        "time_zone" text NOT NULL,
        "version" bigint NOT NULL,
        "body" text NOT NULL,
        "computed_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("range_from", "range_to", "time_zone")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION results_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "results_version" SET "n" = "n" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of SOURCES)
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "TR_results_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_data_changed()`,
      );
    // The audit trail: only organizations' moves count (members over time), and it is only ever added to.
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_version" AFTER INSERT ON "audit_events" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."entity_type" = 'Organization') EXECUTE FUNCTION results_data_changed()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_version_change" AFTER UPDATE OR DELETE ON "audit_events" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_data_changed()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_results_version_change" ON "audit_events"`);
    for (const table of [...SOURCES, 'audit_events'])
      await queryRunner.query(`DROP TRIGGER "TR_results_version" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION results_data_changed()`);
    await queryRunner.query(`DROP TABLE "results_cache"`);
    await queryRunner.query(`DROP TABLE "results_version"`);
  }
}
