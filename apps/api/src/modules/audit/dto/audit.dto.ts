import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ENTITY_TYPES, type AuditChange, type AuditEventDto, type AuditRecordRef } from '@alliance/contracts';
import type { AuditNames } from '../audit.queries';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { AuditEvent } from '../entities/audit-event.entity';

export class ListAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Exact action, or a prefix ending in a dot, e.g. `organization.`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
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

class AuditRecordRefResponse implements AuditRecordRef {
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The web route that opens the record' }) link:
    string | null;
}

class AuditOrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
}

export class AuditEventResponse implements AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ type: String, nullable: true }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationId: string | null;
  @ApiProperty({ type: AuditOrganizationResponse, nullable: true }) organization: AuditOrganizationResponse | null;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: AuditRecordRefResponse, nullable: true }) record: AuditRecordRef | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', properties: { before: {}, after: {} } } })
  changes: Record<string, AuditChange>;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;

  static from(e: AuditEvent, names: AuditNames): AuditEventResponse {
    return {
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      actorUserId: e.actorUserId,
      actorEmail: e.actorEmail,
      actorName: names.actor(e),
      organizationId: e.organizationId,
      organization: names.organization(e),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      record: names.record(e),
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
