import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { RiskAlertReadsService } from './risk-alert-reads.service';
import { RiskAlertsController } from './risk-alerts.controller';
import { RiskAlertsQueries } from './risk-alerts.queries';
import { RiskAlertsService } from './risk-alerts.service';

/** Early-warning risk alerts (the policy research platform). */
@Module({
  imports: [NotificationsModule],
  controllers: [RiskAlertsController],
  providers: [RiskAlertsService, RiskAlertReadsService, RiskAlertsQueries],
  exports: [RiskAlertsService, RiskAlertReadsService],
})
export class RiskAlertsModule {}
