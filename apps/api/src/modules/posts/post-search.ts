import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../../common/database/sql';

/**
 * The English document of a post (title and body, words stemmed: "investments" finds "investment"),
 * a stored column the database keeps (migration PostSearchDocuments), indexed by IDX_posts_search_en;
 * `search_zh`, the Chinese n-grams as a document, indexed by IDX_posts_zh_grams. Policy briefs keep
 * the same columns (title_en/zh, body_en/zh, search_en/zh), so the same conditions serve both, on
 * their own alias.
 */
const EN_QUERY = "websearch_to_tsquery('english', :searchText)";

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Chinese has no spaces between words, and trigram indexes cannot serve a two-character word
 * such as 园区. So each post keeps the single characters and character pairs of its Chinese
 * text; a query's pairs (or its one character) must all be there, and ILIKE then checks that
 * they stand together.
 */
export function hanGrams(text: string, withSingles = true): string[] {
  const grams = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    if (withSingles || chars.length === 1) chars.forEach((c) => grams.add(c));
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return [...grams];
}

/** The `zh_grams` column of a post: its Chinese title and body as space-separated n-grams. */
export function zhGramsOf(...texts: (string | null | undefined)[]): string | null {
  const grams = hanGrams(texts.filter(Boolean).join(' '));
  return grams.length ? grams.join(' ') : null;
}

/**
 * Matches either language. A query with Chinese characters: the post holds every character
 * pair of the query (GIN index) and the text contains it as written. Otherwise: English
 * full-text search (stemmed), or a substring of an English or Chinese title (trigram index).
 */
export function searchCondition<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  text: string,
  p = 'p',
): SelectQueryBuilder<T> {
  const like = `%${escapeLike(text)}%`;
  const grams = hanGrams(text, false);
  if (grams.length > 0) {
    return qb.andWhere(
      `(${p}.search_zh @@ to_tsquery('simple', :searchGrams) AND (${p}.title_zh ILIKE :searchLike OR ${p}.body_zh ILIKE :searchLike OR ${p}.title_en ILIKE :searchLike))`,
      { searchGrams: grams.join(' & '), searchLike: like, searchText: text },
    );
  }
  return qb.andWhere(
    `(${p}.search_en @@ ${EN_QUERY} OR ${p}.title_en ILIKE :searchLike OR ${p}.title_zh ILIKE :searchLike)`,
    {
      searchText: text,
      searchLike: like,
    },
  );
}

/** Relevance: English rank, plus a title hit in either language, plus a Chinese body hit. */
export const rankOf = (p: string): string => `ts_rank_cd(${p}.search_en, ${EN_QUERY})
  + CASE WHEN ${p}.title_zh ILIKE :searchLike OR ${p}.title_en ILIKE :searchLike THEN 1 ELSE 0 END
  + CASE WHEN ${p}.body_zh ILIKE :searchLike THEN 0.3 ELSE 0 END`;
export const RANK = rankOf('p');
