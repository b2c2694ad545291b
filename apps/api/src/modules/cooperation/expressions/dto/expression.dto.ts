import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  COOPERATION_LIMITS,
  EXPRESSION_STATUSES,
  type ExpressionDeclineRequest,
  type ExpressionMessageRequest,
  type ExpressionRequest,
  type ExpressionStatus,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../../common/pagination/page-query.dto';
import { trimToNull } from '../../../../common/validation/transforms';

export class ExpressInterestDto implements ExpressionRequest {
  @ApiProperty({
    maxLength: COOPERATION_LIMITS.messageLength,
    description: 'Who you are and why the project interests you (required: INTEREST_MESSAGE_REQUIRED)',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'message must be text' })
  @MaxLength(COOPERATION_LIMITS.messageLength)
  message: string;
}

export class DeclineExpressionDto implements ExpressionDeclineRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COOPERATION_LIMITS.reasonLength,
    description: 'Why, shown to the interested organization',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(COOPERATION_LIMITS.reasonLength)
  reason?: string | null;
}

export class PostExpressionMessageDto implements ExpressionMessageRequest {
  @ApiProperty({ maxLength: COOPERATION_LIMITS.messageLength })
  @Transform(trimToNull)
  @IsString({ message: 'body is required' })
  @IsNotEmpty({ message: 'body is required' })
  @MaxLength(COOPERATION_LIMITS.messageLength)
  body: string;
}

export const EXPRESSION_SIDES = ['sent', 'received'] as const;
export type ExpressionSide = (typeof EXPRESSION_SIDES)[number];

export class ListExpressionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: EXPRESSION_SIDES,
    description: "sent: your organization's expressions; received: those on its projects; absent: both",
  })
  @IsOptional()
  @IsIn(EXPRESSION_SIDES)
  side?: ExpressionSide;

  @ApiPropertyOptional({ enum: EXPRESSION_STATUSES })
  @IsOptional()
  @IsIn(EXPRESSION_STATUSES)
  status?: ExpressionStatus;
}

export class ListProjectExpressionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EXPRESSION_STATUSES })
  @IsOptional()
  @IsIn(EXPRESSION_STATUSES)
  status?: ExpressionStatus;
}
