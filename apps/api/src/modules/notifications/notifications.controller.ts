import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated } from '../../common/policy/policy.decorator';
import {
  FollowsRequest,
  FollowsResponse,
  ListNotificationsQueryDto,
  NotificationPageResponse,
  NotificationResponse,
  NotificationSettingsRequest,
  NotificationSettingsResponse,
  MarkedReadResponse,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Authenticated()
  @ApiOkResponse({ type: NotificationPageResponse, description: 'Newest first; `unread` counts all unread ones' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListNotificationsQueryDto) {
    return this.notifications.list(user, query);
  }

  @Post('notifications/read-all')
  @Authenticated()
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedReadResponse, description: 'How many were unread' })
  readAll(@CurrentUser() user: AuthenticatedUser): Promise<MarkedReadResponse> {
    return this.notifications.markAllRead(user);
  }

  @Post('notifications/:id/read')
  @Authenticated()
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationResponse })
  read(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.notifications.markRead(user, id);
  }

  @Get('me/follows')
  @Authenticated()
  @ApiOkResponse({ type: FollowsResponse })
  follows(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.follows(user);
  }

  @Put('me/follows')
  @Authenticated()
  @ApiOkResponse({ type: FollowsResponse, description: 'Replaces everything the user follows' })
  setFollows(@CurrentUser() user: AuthenticatedUser, @Body() dto: FollowsRequest) {
    return this.notifications.setFollows(user, dto);
  }

  @Get('me/notification-settings')
  @Authenticated()
  @ApiOkResponse({ type: NotificationSettingsResponse })
  settings(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.settings(user);
  }

  @Put('me/notification-settings')
  @Authenticated()
  @ApiOkResponse({ type: NotificationSettingsResponse })
  setSettings(@CurrentUser() user: AuthenticatedUser, @Body() dto: NotificationSettingsRequest) {
    return this.notifications.setSettings(user, dto);
  }
}
