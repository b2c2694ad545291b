import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import { PostResponse } from '../posts/dto/post.dto';
import {
  DismissReportDto,
  ListReportsQueryDto,
  PostModerationResponse,
  PostReportPage,
  PostReportResponse,
  RemovePostDto,
  ReportPostDto,
  ReportReceiptResponse,
} from './dto/moderation.dto';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Post('posts/:id/reports')
  @Authenticated()
  @ApiCreatedResponse({ type: ReportReceiptResponse, description: 'Any signed-in user, on a post they can see' })
  report(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ReportPostDto) {
    return this.moderation.report(user, id, dto.reason);
  }

  @Post('posts/:id/remove')
  @Policy('moderate', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse, description: 'The post is hidden for good and kept; the author is told why' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RemovePostDto) {
    return this.moderation.remove(user, id, dto.reason);
  }

  @Get('posts/:id/moderation')
  @Policy('moderate', 'Post')
  @ApiOkResponse({ type: PostModerationResponse })
  history(@Param('id', uuid) id: string) {
    return this.moderation.history(id);
  }

  @Get('moderation/reports')
  @Policy('moderate', 'Post')
  @ApiOkResponse({ type: PostReportPage, description: 'Open reports oldest first; decided ones newest first' })
  list(@Query() query: ListReportsQueryDto) {
    return this.moderation.list(query);
  }

  @Post('moderation/reports/:id/dismiss')
  @Policy('moderate', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostReportResponse })
  dismiss(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: DismissReportDto) {
    return this.moderation.dismiss(user, id, dto.note);
  }
}
