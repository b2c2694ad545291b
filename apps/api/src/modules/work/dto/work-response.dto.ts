import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  WORK_ITEM_KEYS,
  WORK_ROLES,
  type WorkDto,
  type WorkItemDto,
  type WorkItemKey,
  type WorkLink,
  type WorkRole,
} from '@alliance/contracts';

export class WorkLinkResponse implements WorkLink {
  @ApiProperty({ example: '/financing/reviews', description: 'A route of the web app' })
  path: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { overdue: 'true' },
    description: "The list's filters, as the list reads them from its address",
  })
  query: Record<string, string>;
}

export class WorkItemResponse implements WorkItemDto {
  @ApiProperty({ enum: WORK_ITEM_KEYS })
  key: WorkItemKey;

  @ApiProperty({ minimum: 0, description: 'The total of the linked list, filtered as the link says' })
  count: number;

  @ApiPropertyOptional({ description: 'The records counted are late' })
  overdue?: boolean;

  @ApiProperty({ type: WorkLinkResponse })
  link: WorkLinkResponse;
}

export class WorkResponse implements WorkDto {
  @ApiProperty({ enum: WORK_ROLES })
  role: WorkRole;

  @ApiProperty({ type: [WorkItemResponse] })
  items: WorkItemResponse[];
}
