import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../common/config/app-config';
import { createFileStorage, FILE_STORAGE } from '../attachments/file-storage';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResultsModule } from '../results/results.module';
import { AnnualReportJobsService } from './annual-report-jobs.service';
import { AnnualReportsController } from './annual-reports.controller';
import { AnnualReportsQueries } from './annual-reports.queries';
import { AnnualReportsService } from './annual-reports.service';

/**
 * Annual reports: the secretariat asks for a year's report in English or Chinese; the job runner
 * writes the PDF from the alliance's results (ResultsService) with charts drawn on the server, and
 * keeps it in the attachments' file storage (the same folder or S3 bucket) to be downloaded again.
 */
@Module({
  imports: [NotificationsModule, ResultsModule],
  controllers: [AnnualReportsController],
  providers: [
    AnnualReportsQueries,
    AnnualReportsService,
    AnnualReportJobsService,
    {
      provide: FILE_STORAGE,
      useFactory: createFileStorage,
      inject: [APP_CONFIG],
    },
  ],
  exports: [AnnualReportJobsService],
})
export class AnnualReportsModule {}
