import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AuditChange, AuditEventDto } from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { AuditEvent } from '../entities/audit-event.entity';

export class ListAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Exact action, or a prefix ending in a dot, e.g. `organization.`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

export class AuditEventResponse implements AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ type: String, nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationId: string | null;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', properties: { before: {}, after: {} } } })
  changes: Record<string, AuditChange>;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;

  static from(e: AuditEvent): AuditEventResponse {
    return {
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      actorUserId: e.actorUserId,
      actorEmail: e.actorEmail,
      organizationId: e.organizationId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: e.changes,
      requestId: e.requestId,
    };
  }
}

export class AuditPage {
  @ApiProperty({ type: [AuditEventResponse] }) items: AuditEventResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
