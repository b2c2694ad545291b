import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import {
  ListMeetingRequestsQueryDto,
  ListOrganizerMeetingsQueryDto,
  MeetingReasonDto,
  PlaceMeetingDto,
  RequestMeetingDto,
} from './dto/meeting.dto';
import { MeetingPage, MeetingResponse, OrganizerMeetingPage } from './dto/meeting-response.dto';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsService } from './meetings.service';

/** B2B meeting requests between participants, their answers, and the organizer's moves by hand. */
@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly reads: MeetingReadsService,
    private readonly schedule: MeetingScheduleService,
  ) {}

  @Post('events/:eventId/meetings/requests')
  @Policy('create', 'Meeting')
  @ApiCreatedResponse({
    type: MeetingResponse,
    description: 'A participant asks another for a meeting, with a reason; the other side is told',
  })
  request(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Body() dto: RequestMeetingDto,
  ) {
    return this.meetings.request(user, eventId, dto);
  }

  @Get('events/:eventId/meetings/requests')
  @Authenticated()
  @ApiOkResponse({
    type: MeetingPage,
    description: "Newest first: a participant's received or sent; every meeting for the organizer (box=all)",
  })
  requests(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Query() query: ListMeetingRequestsQueryDto,
  ) {
    return this.reads.requests(user, eventId, query);
  }

  // Before `meetings/:id`, which would take `requests` for an id.
  @Get('meetings/requests')
  @Policy('readAll', 'Meeting')
  @ApiOkResponse({
    type: OrganizerMeetingPage,
    description:
      "The secretariat's list of every event's meetings, newest first, each with its event (status=accepted&scheduled=false: those waiting to be scheduled)",
  })
  acrossEvents(@CurrentUser() user: AuthenticatedUser, @Query() query: ListOrganizerMeetingsQueryDto) {
    return this.reads.acrossEvents(user, query);
  }

  @Get('meetings/:id')
  @Authenticated()
  @ApiOkResponse({ type: MeetingResponse, description: 'Its two organizations and the organizer (404 to anyone else)' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.meeting(user, id);
  }

  @Post('meetings/:id/accept')
  @Policy('accept', 'Meeting')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse, description: 'The organization asked; the requester is told' })
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.meetings.accept(user, id);
  }

  @Post('meetings/:id/decline')
  @Policy('accept', 'Meeting')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse, description: 'The organization asked, with an optional reason' })
  decline(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MeetingReasonDto) {
    return this.meetings.decline(user, id, dto);
  }

  @Post('meetings/:id/withdraw')
  @Policy('withdraw', 'Meeting')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingResponse, description: 'The requester, before an answer' })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.meetings.withdraw(user, id);
  }

  @Post('meetings/:id/cancel')
  @Policy('cancel', 'Meeting')
  @HttpCode(200)
  @ApiOkResponse({
    type: MeetingResponse,
    description: 'Either side, an accepted meeting: its slot and table are freed; the other side is told',
  })
  cancel(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MeetingReasonDto) {
    return this.meetings.cancel(user, id, dto);
  }

  @Patch('meetings/:id/placement')
  @Policy('schedule', 'MeetingProgramme')
  @ApiOkResponse({
    type: MeetingResponse,
    description: "The organizer moves an accepted meeting by hand, by the scheduler's rules (or out of its slot)",
  })
  place(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: PlaceMeetingDto) {
    return this.schedule.place(user, id, dto);
  }
}
