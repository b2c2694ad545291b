import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE, MAX_PAGE_LIMIT, type Paginated } from '@alliance/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { JoinAttribute } from 'typeorm/query-builder/JoinAttribute';

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
 * without the joins that cannot change how many rows there are unless a clause names them: left
 * joins (many-to-one, as paginate requires) and inner joins along a required many-to-one relation
 * with no condition of their own (the foreign key guarantees exactly one row). PostgreSQL keeps an
 * inner join it could drop, and reads the joining column of a left join it removes by itself, which
 * rules out an index-only count. The SQL is built once without those joins, then again with the ones
 * its clauses (or a kept join's condition) still name, until none is missing: once or twice.
 */
function countQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string {
  const count = qb.clone().select('1').orderBy().offset(undefined).limit(undefined);
  const all = count.expressionMap.joinAttributes;
  let kept = all.filter((join) => !neverChangesCount(join));
  for (;;) {
    count.expressionMap.joinAttributes = kept;
    const sql = count.getQuery();
    const named = all.filter((join) => !kept.includes(join) && namesAlias(sql, join.alias.name));
    if (named.length === 0) return sql;
    kept = all.filter((join) => kept.includes(join) || named.includes(join));
  }
}

/** A join that adds no row and removes none: see countQuery. */
function neverChangesCount(join: JoinAttribute): boolean {
  if (join.direction === 'LEFT') return true;
  const relation = join.relation;
  return (
    relation !== undefined &&
    (relation.isManyToOne || relation.isOneToOneOwner) &&
    relation.createForeignKeyConstraints &&
    relation.joinColumns.length > 0 &&
    relation.joinColumns.every((column) => !column.isNullable) &&
    !join.condition
  );
}

/** Whether SQL refers to a column of `alias`, escaped ("pk".) or, once TypeORM no longer knows the alias, not (pk.). */
function namesAlias(sql: string, alias: string): boolean {
  return new RegExp(`(^|[^\\w"])"?${alias.replace(/[^\w]/g, '')}"?\\.`).test(sql);
}
