import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgreementServiceReadsService } from './agreement-service-reads.service';
import { AgreementServicesController } from './agreement-services.controller';
import { AgreementServicesQueries } from './agreement-services.queries';
import { AgreementServicesService } from './agreement-services.service';

/** The service catalogue of partner agreements: services, members' requests, their threads and ratings, the uptake. */
@Module({
  imports: [NotificationsModule],
  controllers: [AgreementServicesController],
  providers: [AgreementServicesService, AgreementServiceReadsService, AgreementServicesQueries],
  exports: [AgreementServiceReadsService],
})
export class AgreementServicesModule {}
