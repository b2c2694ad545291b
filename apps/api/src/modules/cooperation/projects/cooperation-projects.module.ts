import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../../attachments/attachments.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { CooperationMatchesModule } from '../matches/cooperation-matches.module';
import { CooperationProjectJobsService } from './cooperation-project-jobs.service';
import { CooperationProjectReadsService } from './cooperation-project-reads.service';
import { CooperationProjectsController } from './cooperation-projects.controller';
import { CooperationProjectsQueries } from './cooperation-projects.queries';
import { CooperationProjectsService } from './cooperation-projects.service';

/** The investment cooperation platform's projects: written by members, reviewed by the secretariat, expired by the job runner. */
@Module({
  imports: [AttachmentsModule, NotificationsModule, CooperationMatchesModule],
  controllers: [CooperationProjectsController],
  providers: [
    CooperationProjectsService,
    CooperationProjectReadsService,
    CooperationProjectJobsService,
    CooperationProjectsQueries,
  ],
  exports: [CooperationProjectsService, CooperationProjectsQueries],
})
export class CooperationProjectsModule {}
