import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE, MAX_PAGE_LIMIT, type Paginated } from '@alliance/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = DEFAULT_PAGE_LIMIT;
}

/**
 * One page of a query and the total, in one statement: the total is a scalar subquery counting the
 * same filtered rows, which PostgreSQL plans on its own (an index-only scan where one fits) while
 * the page itself reads only its rows in index order. A window count (`COUNT(*) OVER ()`) would
 * read and sort every matching row for each page instead. Only a page past the end, which has no
 * row to carry the total, counts again. Every join of `qb` must be many-to-one, so that rows never
 * multiply and a plain OFFSET/LIMIT is right (TypeORM's skip/take would add a DISTINCT pass and a
 * count statement).
 */
export async function paginate<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  map: (row: T) => R,
): Promise<Paginated<R>> {
  const offset = (query.page - 1) * query.limit;
  const counted = countQuery(qb);
  const { entities, raw } = await qb
    .clone()
    .addSelect(`(SELECT COUNT(*) FROM (${counted}) counted)`, 'page_total')
    .offset(offset)
    .limit(query.limit)
    .getRawAndEntities<{ page_total: string }>();
  const total = raw.length > 0 ? Number(raw[0].page_total) : offset === 0 ? 0 : await qb.getCount();
  return { items: entities.map(map), total, page: query.page, limit: query.limit };
}

/**
 * The SQL counting the rows of `qb`: the same filters and parameters, without order or page, and
 * without the left joins nothing else names. A many-to-one left join never changes how many rows
 * there are, and PostgreSQL 15 still reads the joining column of a join it removes by itself, which
 * rules out an index-only count. The SQL is built once without any left join, then again with those
 * its clauses (or a kept join's condition) still name, until none is missing: once or twice.
 */
function countQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string {
  const count = qb.clone().select('1').orderBy().offset(undefined).limit(undefined);
  const all = count.expressionMap.joinAttributes;
  let kept = all.filter((join) => join.direction !== 'LEFT');
  for (;;) {
    count.expressionMap.joinAttributes = kept;
    const sql = count.getQuery();
    const named = all.filter((join) => !kept.includes(join) && namesAlias(sql, join.alias.name));
    if (named.length === 0) return sql;
    kept = all.filter((join) => kept.includes(join) || named.includes(join));
  }
}

/** Whether SQL refers to a column of `alias`, escaped ("pk".) or, once TypeORM no longer knows the alias, not (pk.). */
function namesAlias(sql: string, alias: string): boolean {
  return new RegExp(`(^|[^\\w"])"?${alias.replace(/[^\w]/g, '')}"?\\.`).test(sql);
}
