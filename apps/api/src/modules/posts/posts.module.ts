import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostsController } from './posts.controller';
import { EventsQueries } from './events.queries';
import { EventsService } from './events.service';
import { PostsQueries } from './posts.queries';
import { PostsService } from './posts.service';

@Module({
  imports: [AttachmentsModule, NotificationsModule],
  controllers: [PostsController],
  providers: [PostsService, PostsQueries, EventsService, EventsQueries],
  exports: [PostsService, PostsQueries],
})
export class PostsModule {}
