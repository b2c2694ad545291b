import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { GovernmentBodiesController } from './government-bodies.controller';
import { GovernmentBodiesService } from './government-bodies.service';
import { IssueCasesController } from './issue-cases.controller';
import { IssueCasesService } from './issue-cases.service';
import { MemberIssueReadsService } from './member-issue-reads.service';
import { MemberIssuesController } from './member-issues.controller';
import { MemberIssuesQueries } from './member-issues.queries';
import { MemberIssuesService } from './member-issues.service';

/** The member issues log: problems members meet abroad, grouped into cases the secretariat relays to government bodies. */
@Module({
  imports: [NotificationsModule],
  controllers: [MemberIssuesController, IssueCasesController, GovernmentBodiesController],
  providers: [
    MemberIssuesService,
    IssueCasesService,
    GovernmentBodiesService,
    MemberIssueReadsService,
    MemberIssuesQueries,
  ],
  exports: [MemberIssueReadsService],
})
export class MemberIssuesModule {}
