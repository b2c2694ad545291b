import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy } from '../../common/policy/policy.decorator';
import { AuditLogService } from './audit-log.service';
import { AuditPage, ListAuditQueryDto } from './dto/audit.dto';

/**
 * Read-only by design: there is no endpoint that changes or deletes an audit event. Each event
 * names its record, actor and organization as they are today (a record since removed has none).
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @Policy('read', 'AuditEvent')
  @ApiOkResponse({ type: AuditPage })
  list(@Query() query: ListAuditQueryDto): Promise<AuditPage> {
    return this.log.list(query);
  }
}
