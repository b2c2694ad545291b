import { Global, Module } from '@nestjs/common';
import { AuditService } from '../../common/audit/audit.service';
import { AuditController } from './audit.controller';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
