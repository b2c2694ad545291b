import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import { Policy } from '../../common/policy/policy.decorator';
import { auditNames } from './audit-records';
import { AuditEventResponse, AuditPage, ListAuditQueryDto } from './dto/audit.dto';
import { AuditEvent } from './entities/audit-event.entity';

/**
 * Read-only by design: there is no endpoint that changes or deletes an audit event. Each event
 * names its record, actor and organization as they are today (a record since removed has none).
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Policy('read', 'AuditEvent')
  @ApiOkResponse({ type: AuditPage })
  async list(@Query() query: ListAuditQueryDto): Promise<AuditPage> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.action?.endsWith('.')) qb.andWhere('e.action LIKE :prefix', { prefix: `${escapeLike(query.action)}%` });
    else if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.actorUserId) qb.andWhere('e.actorUserId = :actor', { actor: query.actorUserId });
    if (query.organizationId) qb.andWhere('e.organizationId = :org', { org: query.organizationId });
    if (query.from) qb.andWhere('e.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurredAt <= :to', { to: query.to });
    qb.orderBy('e.occurredAt', 'DESC').addOrderBy('e.id', 'DESC');
    const page = await paginate(qb, query, (event) => event);
    const names = await auditNames(this.dataSource.manager, page.items);
    return { ...page, items: page.items.map((event) => AuditEventResponse.from(event, names)) };
  }
}
