import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ModerationController } from './moderation.controller';
import { ModerationQueries } from './moderation.queries';
import { ModerationService } from './moderation.service';

@Module({
  imports: [PostsModule],
  controllers: [ModerationController],
  providers: [ModerationService, ModerationQueries],
  exports: [ModerationService],
})
export class ModerationModule {}
