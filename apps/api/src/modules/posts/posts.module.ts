import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';

@Module({ imports: [AttachmentsModule], controllers: [PostsController], providers: [PostsService], exports: [PostsService] })
export class PostsModule {}
