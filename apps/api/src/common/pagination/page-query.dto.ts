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
 * One page of a query and the total, in one statement: the total is a window count over the
 * filtered rows (`COUNT(*) OVER ()`); only a page past the end, which has no row to carry it,
 * counts again. Every join of `qb` must be many-to-one, so that rows never multiply and a plain
 * OFFSET/LIMIT is right (TypeORM's skip/take would add a DISTINCT pass and a count statement).
 */
export async function paginate<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  map: (row: T) => R,
): Promise<Paginated<R>> {
  const offset = (query.page - 1) * query.limit;
  const { entities, raw } = await qb
    .clone()
    .addSelect('COUNT(*) OVER ()', 'page_total')
    .offset(offset)
    .limit(query.limit)
    .getRawAndEntities<{ page_total: string }>();
  const total = raw.length > 0 ? Number(raw[0].page_total) : offset === 0 ? 0 : await qb.getCount();
  return { items: entities.map(map), total, page: query.page, limit: query.limit };
}
