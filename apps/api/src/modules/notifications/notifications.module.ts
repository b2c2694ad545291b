import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsQueries } from './notifications.queries';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsQueries],
  exports: [NotificationsService],
})
export class NotificationsModule {}
