import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables an organization's suggested projects are computed from (its figures: parks and its own
 * projects; the candidates: other members' open projects; its dismissals and expressions of interest):
 * a change to any of them makes every cached candidate list out of date.
 */
const SOURCES = ['organizations', 'parks', 'cooperation_projects', 'match_dismissals', 'expressions_of_interest'];

/**
 * A cache of the projects each organization is suggested (`GET /api/cooperation/matches`, the home's
 * count of matches): the candidates SQL preselects by its estimate of the score, the costly part (it
 * scores every open project sharing a sector or a country), stamped with the version of the data they
 * were read from. As for the results' cache, one counter is raised at commit by a trigger on every
 * source table, and a list whose version is not the counter's is never served; the candidates are then
 * ranked and explained for each request, with the day's recency.
 */
export class MatchCandidatesCache1765720000000 implements MigrationInterface {
  name = 'MatchCandidatesCache1765720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "n" bigint NOT NULL)`,
    );
    await queryRunner.query(`INSERT INTO "match_version" ("id", "n") VALUES (1, 0)`);
    await queryRunner.query(`
      CREATE TABLE "match_candidates" (
        "organization_id" uuid PRIMARY KEY REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "version" bigint NOT NULL,
        "computed_at" timestamptz NOT NULL DEFAULT now(),
        "organization" jsonb,
        "projects" jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE FUNCTION match_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "match_version" SET "n" = "n" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of SOURCES)
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "TR_match_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION match_data_changed()`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SOURCES) await queryRunner.query(`DROP TRIGGER "TR_match_version" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION match_data_changed()`);
    await queryRunner.query(`DROP TABLE "match_candidates"`);
    await queryRunner.query(`DROP TABLE "match_version"`);
  }
}
