import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { MatchDismissRequest } from '@alliance/contracts';

/** Dismisses a suggestion for the reader's whole organization. */
export class DismissMatchDto implements MatchDismissRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'The project (in the reader’s list, or whose list the organization leaves)',
  })
  @IsUUID('all', { message: 'projectId must be a UUID' })
  projectId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only for the project’s owner: the organization to stop suggesting for the project. Absent: the project leaves the reader’s own list.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}
