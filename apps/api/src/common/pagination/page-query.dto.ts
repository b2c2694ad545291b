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
 * One page of a query. `joinsToOne` says every join is many-to-one, so rows never multiply and a
 * plain OFFSET/LIMIT is right (TypeORM's skip/take would add a DISTINCT pass that cannot order
 * by expressions such as COALESCE of two names).
 */
export async function paginate<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  map: (row: T) => R,
  options: { joinsToOne?: boolean } = {},
): Promise<Paginated<R>> {
  const offset = (query.page - 1) * query.limit;
  const [rows, total] = await (
    options.joinsToOne ? qb.offset(offset).limit(query.limit) : qb.skip(offset).take(query.limit)
  ).getManyAndCount();
  return { items: rows.map(map), total, page: query.page, limit: query.limit };
}
