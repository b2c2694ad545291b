import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { CooperationMatchesController } from './cooperation-matches.controller';
import { CooperationMatchesQueries } from './cooperation-matches.queries';
import { CooperationMatchesService } from './cooperation-matches.service';

/** Matches of the investment cooperation platform; exports the service for the digest of a published project's strong matches. */
@Module({
  imports: [NotificationsModule],
  controllers: [CooperationMatchesController],
  providers: [CooperationMatchesService, CooperationMatchesQueries],
  exports: [CooperationMatchesService],
})
export class CooperationMatchesModule {}
