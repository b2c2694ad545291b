import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { EndorsementsController } from './endorsements.controller';
import { EndorsementsService } from './endorsements.service';
import { InitiativeJobsService } from './initiative-jobs.service';
import { InitiativeReadsService } from './initiative-reads.service';
import { InitiativesController } from './initiatives.controller';
import { InitiativesQueries } from './initiatives.queries';
import { InitiativesService } from './initiatives.service';

/**
 * Initiatives: public declarations of the alliance, their endorsements by member organizations (signed
 * by an admin, proposed by any member), the secretariat's CSV and PDF exports of the signatories, and
 * the job that opens and closes them on their dates.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [InitiativesController, EndorsementsController],
  providers: [
    InitiativesQueries,
    InitiativeReadsService,
    InitiativesService,
    EndorsementsService,
    InitiativeJobsService,
  ],
  exports: [InitiativeJobsService, InitiativeReadsService],
})
export class InitiativesModule {}
