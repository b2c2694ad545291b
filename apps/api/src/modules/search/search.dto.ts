import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  AGREEMENT_KINDS,
  COOPERATION_PROJECT_KINDS,
  ORGANIZATION_TYPES,
  PARK_STATUSES,
  POST_KINDS,
  SEARCH_RESULT_TYPES,
  type SearchResultType,
} from '@alliance/contracts';
import { trimToNull } from '../../common/validation/transforms';
import { PostRefResponse } from '../posts/dto/post.dto';

export class SearchQueryDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trimToNull)
  @IsString()
  @IsNotEmpty({ message: 'q is required' })
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 20;
}

/** One hit of any type (the contract's `SearchResultDto` is the union of them). */
export class SearchResultResponse {
  @ApiProperty({ enum: SEARCH_RESULT_TYPES }) type: SearchResultType;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'A post’s title, a park’s or organization’s name' })
  titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) titleZh: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A post’s excerpt, a park’s or organization’s description, shortened',
  })
  excerptEn: string | null;
  @ApiProperty({ type: String, nullable: true }) excerptZh: string | null;
  @ApiProperty({
    enum: [
      ...new Set<string>([
        ...POST_KINDS,
        ...PARK_STATUSES,
        ...ORGANIZATION_TYPES,
        ...COOPERATION_PROJECT_KINDS,
        ...AGREEMENT_KINDS,
      ]),
    ],
    description:
      'A post’s kind, a park’s development status, an organization’s type, a cooperation project’s or a partner agreement’s kind',
  })
  kind: string;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2, for parks and organizations' })
  country: string | null;
  @ApiProperty({ type: PostRefResponse, nullable: true, description: 'A post’s organization, a park’s operator' })
  organization: PostRefResponse | null;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty() rank: number;
}

export class SearchResponse {
  @ApiProperty({ type: [SearchResultResponse] }) items: SearchResultResponse[];
}
