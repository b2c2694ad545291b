import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The "already a member?" warning of a membership application as a function (issue 13): each
 * application's organizations with a similar English or Chinese name (trigram similarity or word
 * similarity, 0.5 or more), at most `max_per`, the most similar first. Scoring every organization took
 * 38 ms an application on 3,000 organizations, 0.8 s for a page of the queue. The trigram operators
 * find the candidates through the name indexes; their thresholds, and the planner told to use those
 * indexes (it prices a scan of every name as cheap), are settings of the function alone.
 */
export class SimilarOrganizations1764806400000 implements MigrationInterface {
  name = 'SimilarOrganizations1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION similar_organizations(ids uuid[], names_en text[], names_zh text[], own uuid[], max_per integer)
      RETURNS TABLE (application_id uuid, id uuid, name_en character varying, name_zh character varying, score real)
      LANGUAGE sql STABLE
      SET enable_seqscan = off
      SET pg_trgm.similarity_threshold = 0.5
      SET pg_trgm.word_similarity_threshold = 0.5
      AS $$
        SELECT a.id, s.id, s.name_en, s.name_zh, s.score
          FROM unnest(ids, names_en, names_zh, own) AS a(id, name_en, name_zh, organization_id)
         CROSS JOIN LATERAL (
           SELECT o.id, o.name_en, o.name_zh, GREATEST(
               COALESCE(similarity(o.name_en, a.name_en), 0),
               COALESCE(word_similarity(a.name_en, o.name_en), 0),
               COALESCE(similarity(o.name_zh, a.name_zh), 0),
               COALESCE(word_similarity(a.name_zh, o.name_zh), 0)
             ) AS score
             FROM organizations o
            WHERE o.id IS DISTINCT FROM a.organization_id
              AND (o.name_en % a.name_en OR a.name_en <% o.name_en OR o.name_zh % a.name_zh OR a.name_zh <% o.name_zh)
            ORDER BY score DESC, o.id
            LIMIT max_per
         ) s
         ORDER BY a.id, s.score DESC, s.id
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION similar_organizations(uuid[], text[], text[], uuid[], integer)`);
  }
}
