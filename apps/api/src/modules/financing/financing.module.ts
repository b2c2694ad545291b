import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { FinancingPipelineService } from './financing-pipeline.service';
import { FinancingRequestsController } from './financing-requests.controller';
import { FinancingRequestsQueries } from './financing-requests.queries';
import { FinancingRequestsService } from './financing-requests.service';
import { FinancingReviewsController } from './financing-reviews.controller';
import { FinancingReviewsQueries } from './financing-reviews.queries';
import { FinancingReviewsService } from './financing-reviews.service';

@Module({
  imports: [AttachmentsModule, NotificationsModule],
  controllers: [FinancingRequestsController, FinancingReviewsController],
  providers: [
    FinancingRequestsQueries,
    FinancingReviewsQueries,
    FinancingRequestsService,
    FinancingReviewsService,
    FinancingPipelineService,
  ],
  exports: [FinancingRequestsService, FinancingReviewsQueries],
})
export class FinancingModule {}
