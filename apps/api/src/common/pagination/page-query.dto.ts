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
 * One page of a query and the total, in one statement. The page's rows are found first, by their ids
 * alone (a subquery with the order, the offset and the limit, joining only what its clauses name),
 * and only those rows are joined to what they show: PostgreSQL otherwise joined every row in scope
 * (650 financing requests with their organizations, parks and authors) before sorting to keep 20.
 * The total is a scalar subquery counting the same filtered rows, which PostgreSQL plans on its own
 * (an index-only scan where one fits). A window count (`COUNT(*) OVER ()`) would read and sort every
 * matching row for each page instead. Only a page past the end, which has no row to carry the total,
 * counts again. Every join of `qb` must be many-to-one, so that rows never multiply and a plain
 * OFFSET/LIMIT is right (TypeORM's skip/take would add a DISTINCT pass and a count statement), and
 * its order must name columns, not selected aliases.
 */
export async function paginate<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  map: (row: T) => R,
): Promise<Paginated<R>> {
  const offset = (query.page - 1) * query.limit;
  const alias = qb.expressionMap.mainAlias?.name ?? '';
  const counted = withNeededJoins(qb.clone().select('1').orderBy().offset(undefined).limit(undefined));
  const ids = withNeededJoins(qb.clone().select(`${alias}.id`).offset(offset).limit(query.limit));
  // The page's ids carry every filter (and the parameters stay with the clone).
  const { entities, raw } = await qb
    .clone()
    .where(`${alias}.id IN (${ids})`)
    .addSelect(`(SELECT COUNT(*) FROM (${counted}) counted)`, 'page_total')
    .offset(undefined)
    .limit(undefined)
    .getRawAndEntities<{ page_total: string }>();
  const total = raw.length > 0 ? Number(raw[0].page_total) : offset === 0 ? 0 : await qb.getCount();
  return { items: entities.map(map), total, page: query.page, limit: query.limit };
}

/**
 * The SQL of `qb` without the joins that cannot change which rows there are unless a clause names
 * them: left joins (many-to-one, as paginate requires) and inner joins along a required many-to-one
 * relation with no condition of their own (the foreign key guarantees exactly one row). PostgreSQL
 * keeps an inner join it could drop, and reads the joining column of a left join it removes by
 * itself, which rules out an index-only count. The SQL is built once without those joins, then again
 * with the ones its clauses (or a kept join's condition) still name, until none is missing: once or
 * twice.
 */
function withNeededJoins<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string {
  const all = qb.expressionMap.joinAttributes;
  let kept = all.filter((join) => !neverChangesRows(join));
  for (;;) {
    qb.expressionMap.joinAttributes = kept;
    const sql = qb.getQuery();
    const named = all.filter((join) => !kept.includes(join) && namesAlias(sql, join.alias.name));
    if (named.length === 0) return sql;
    kept = all.filter((join) => kept.includes(join) || named.includes(join));
  }
}

/** A join that adds no row and removes none: see withNeededJoins. */
function neverChangesRows(join: JoinAttribute): boolean {
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
