import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';

@Module({ imports: [AttachmentsModule, NotificationsModule], controllers: [PostsController], providers: [PostsService], exports: [PostsService] })
export class PostsModule {}
