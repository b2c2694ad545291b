import { Injectable } from '@nestjs/common';
import { AuditQueries } from './audit.queries';
import { AuditEventResponse, type AuditPage, type ListAuditQueryDto } from './dto/audit.dto';

/** Reads the audit log for the secretariat; writing it is AuditService's (common/audit), in each change's transaction. */
@Injectable()
export class AuditLogService {
  constructor(private readonly queries: AuditQueries) {}

  /** A page of events, each naming its record, actor and organization as they are today. */
  async list(query: ListAuditQueryDto): Promise<AuditPage> {
    const page = await this.queries.page(query);
    const names = await this.queries.names(page.items);
    return { ...page, items: page.items.map((event) => AuditEventResponse.from(event, names)) };
  }
}
