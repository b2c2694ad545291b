import { Global, Module } from '@nestjs/common';
import { AuditService } from '../../common/audit/audit.service';
import { AuditLogService } from './audit-log.service';
import { AuditController } from './audit.controller';
import { AuditQueries } from './audit.queries';

@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditLogService, AuditQueries],
  exports: [AuditService],
})
export class AuditModule {}
