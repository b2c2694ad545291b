import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { DealReadsService } from './deal-reads.service';
import { DealsController } from './deals.controller';
import { DealsQueries } from './deals.queries';
import { DealsService } from './deals.service';

/** The deal pipeline that accepted expressions of interest become, and the secretariat's figures of it. */
@Module({
  imports: [NotificationsModule],
  controllers: [DealsController],
  providers: [DealsService, DealReadsService, DealsQueries],
})
export class CooperationDealsModule {}
