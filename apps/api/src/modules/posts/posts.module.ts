import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostsController } from './posts.controller';
import { EventsService } from './events.service';
import { PostsService } from './posts.service';

@Module({
  imports: [AttachmentsModule, NotificationsModule],
  controllers: [PostsController],
  providers: [PostsService, EventsService],
  exports: [PostsService],
})
export class PostsModule {}
