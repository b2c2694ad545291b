import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MeetingAgendasService } from './meeting-agendas.service';
import { MeetingJobsService } from './meeting-jobs.service';
import { MeetingProgrammesController } from './meeting-programmes.controller';
import { MeetingProgrammesService } from './meeting-programmes.service';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsQueries } from './meetings.queries';
import { MeetingsService } from './meetings.service';

/**
 * B2B meetings at promotion conferences (the investment cooperation platform): an event's programme
 * of one-to-one meetings, requests between participants, the scheduler's runs and moves by hand,
 * published agendas (JSON and iCalendar), and the job that closes the meetings of ended events.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [MeetingProgrammesController, MeetingsController],
  providers: [
    MeetingsQueries,
    MeetingReadsService,
    MeetingProgrammesService,
    MeetingsService,
    MeetingScheduleService,
    MeetingAgendasService,
    MeetingJobsService,
  ],
  exports: [MeetingJobsService, MeetingReadsService],
})
export class MeetingsModule {}
