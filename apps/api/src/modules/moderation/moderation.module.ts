import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({ imports: [PostsModule], controllers: [ModerationController], providers: [ModerationService] })
export class ModerationModule {}
