import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AgreementCommitmentsController, AgreementDocumentsController } from './agreement-commitments.controller';
import { AgreementCommitmentsService } from './agreement-commitments.service';
import { AgreementDocumentsService } from './agreement-documents.service';
import { AgreementJobsService } from './agreement-jobs.service';
import { AgreementReadsService } from './agreement-reads.service';
import { AgreementsController } from './agreements.controller';
import { AgreementsQueries } from './agreements.queries';
import { AgreementsService } from './agreements.service';

/** Partner agreements: kept by the secretariat, read by members, their commitments and documents by the parties. */
@Module({
  imports: [AttachmentsModule, NotificationsModule],
  controllers: [AgreementsController, AgreementCommitmentsController, AgreementDocumentsController],
  providers: [
    AgreementsService,
    AgreementReadsService,
    AgreementCommitmentsService,
    AgreementDocumentsService,
    AgreementJobsService,
    AgreementsQueries,
  ],
  exports: [AgreementsQueries, AgreementReadsService],
})
export class AgreementsModule {}
