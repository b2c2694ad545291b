import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../../common/database/sql';

/**
 * The English document of a post, the same expression as the IDX_posts_search_en index so the
 * planner uses it. English words are stemmed ("investments" finds "investment").
 */
export const EN_DOCUMENT = "to_tsvector('english', coalesce(p.title_en, '') || ' ' || coalesce(p.body_en, ''))";
const EN_QUERY = "websearch_to_tsquery('english', :searchText)";

/**
 * Matches either language: English full-text, or a substring of a Chinese title or body (or an
 * English title), which trigram indexes serve even for two-character Chinese words.
 */
export function searchCondition<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, text: string): SelectQueryBuilder<T> {
  return qb.andWhere(
    `(${EN_DOCUMENT} @@ ${EN_QUERY} OR p.title_en ILIKE :searchLike OR p.title_zh ILIKE :searchLike OR p.body_zh ILIKE :searchLike)`,
    { searchText: text, searchLike: `%${escapeLike(text)}%` },
  );
}

/** Relevance: English rank, plus a title hit in either language, plus a Chinese body hit. */
export const RANK = `ts_rank_cd(${EN_DOCUMENT}, ${EN_QUERY})
  + CASE WHEN p.title_zh ILIKE :searchLike OR p.title_en ILIKE :searchLike THEN 1 ELSE 0 END
  + CASE WHEN p.body_zh ILIKE :searchLike THEN 0.3 ELSE 0 END`;
