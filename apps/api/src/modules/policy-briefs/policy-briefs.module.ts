import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PolicyBriefsController } from './policy-briefs.controller';
import { PolicyBriefsQueries } from './policy-briefs.queries';
import { PolicyBriefReadsService } from './policy-brief-reads.service';
import { PolicyBriefsService } from './policy-briefs.service';

/** The policy research platform's briefs: written by members, reviewed by the secretariat, published in versions. */
@Module({
  imports: [AttachmentsModule, NotificationsModule],
  controllers: [PolicyBriefsController],
  providers: [PolicyBriefsService, PolicyBriefReadsService, PolicyBriefsQueries],
  exports: [PolicyBriefsQueries],
})
export class PolicyBriefsModule {}
