import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiFileResponse } from '../../common/openapi/file-response';
import { Authenticated, Policy, Public } from '../../common/policy/policy.decorator';
import {
  ConfigureMeetingProgrammeDto,
  ListMeetingParticipantsQueryDto,
  MeetingAgendaIcsQueryDto,
  MeetingAgendaQueryDto,
  MeetingProgrammeStepDto,
  RunScheduleDto,
  SetMeetingAvailabilityDto,
} from './dto/meeting.dto';
import {
  MeetingAgendaResponse,
  MeetingParticipantPage,
  MeetingProgrammeResponse,
  MeetingScheduleResponse,
  ScheduleRunResponse,
} from './dto/meeting-response.dto';
import { MeetingAgendasService } from './meeting-agendas.service';
import { MeetingProgrammesService } from './meeting-programmes.service';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';

/** An event's B2B meetings: the programme, its participants, the schedule and the agendas. */
@ApiTags('meetings')
@Controller('events/:eventId/meetings')
export class MeetingProgrammesController {
  constructor(
    private readonly programmes: MeetingProgrammesService,
    private readonly reads: MeetingReadsService,
    private readonly schedule: MeetingScheduleService,
    private readonly agendas: MeetingAgendasService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: MeetingProgrammeResponse,
    description: 'Anyone who can see the event (404 when it has no meetings); counts for the organizer',
  })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('eventId', uuid) eventId: string) {
    return this.reads.get(viewer, eventId);
  }

  @Put()
  @Policy('update', 'MeetingProgramme')
  @ApiCreatedResponse({ type: MeetingProgrammeResponse, description: 'Opened: the first settings of the meetings' })
  @ApiOkResponse({ type: MeetingProgrammeResponse, description: 'Updated (with the version last read)' })
  async configure(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Body() dto: ConfigureMeetingProgrammeDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const { opened, programme } = await this.programmes.configure(user, eventId, dto);
    res.status(opened ? 201 : 200);
    return programme;
  }

  @Post('publish')
  @Policy('publish', 'MeetingProgramme')
  @HttpCode(200)
  @ApiOkResponse({
    type: MeetingProgrammeResponse,
    description: 'The organizer: every participant sees its agenda (and is told); later changes are told too',
  })
  publish(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Body() dto: MeetingProgrammeStepDto,
  ) {
    return this.programmes.step(user, eventId, 'publish', dto);
  }

  @Post('close')
  @Policy('close', 'MeetingProgramme')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingProgrammeResponse, description: 'The organizer: nothing more changes' })
  close(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Body() dto: MeetingProgrammeStepDto,
  ) {
    return this.programmes.step(user, eventId, 'close', dto);
  }

  @Put('availability')
  @Policy('create', 'Meeting')
  @ApiOkResponse({
    type: MeetingProgrammeResponse,
    description: 'A participant: the sessions its organization is available in (replaces the list)',
  })
  setAvailability(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Body() dto: SetMeetingAvailabilityDto,
  ) {
    return this.programmes.setAvailability(user, eventId, dto);
  }

  @Get('participants')
  @Authenticated()
  @ApiOkResponse({
    type: MeetingParticipantPage,
    description:
      'Participants in name order, with their fit and the live meeting with each (participants and the organizer)',
  })
  participants(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Query() query: ListMeetingParticipantsQueryDto,
  ) {
    return this.reads.participants(user, eventId, query);
  }

  @Post('schedule')
  @Policy('schedule', 'MeetingProgramme')
  @HttpCode(200)
  @ApiOkResponse({
    type: ScheduleRunResponse,
    description: 'The organizer runs the scheduler: what it placed, what greedy would have, what it could not and why',
  })
  run(@CurrentUser() user: AuthenticatedUser, @Param('eventId', uuid) eventId: string, @Body() dto: RunScheduleDto) {
    return this.schedule.run(user, eventId, dto);
  }

  @Get('schedule')
  @Policy('schedule', 'MeetingProgramme')
  @ApiOkResponse({ type: MeetingScheduleResponse, description: "The organizer's grid of slots and tables" })
  grid(@CurrentUser() user: AuthenticatedUser, @Param('eventId', uuid) eventId: string) {
    return this.schedule.grid(user, eventId);
  }

  @Get('agenda')
  @Authenticated()
  @ApiOkResponse({
    type: MeetingAgendaResponse,
    description: "A participant's own (once published), or any organization's for the organizer",
  })
  agenda(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Query() query: MeetingAgendaQueryDto,
  ) {
    return this.agendas.agenda(user, eventId, query);
  }

  @Get('agenda.ics')
  @Authenticated()
  @ApiFileResponse('text/calendar', "The agenda as an iCalendar file, in the event's time zone")
  async agendaIcs(
    @CurrentUser() user: AuthenticatedUser,
    @Param('eventId', uuid) eventId: string,
    @Query() query: MeetingAgendaIcsQueryDto,
    @Res() res: FastifyReply,
  ) {
    const body = await this.agendas.ics(user, eventId, query, this.config.appUrl);
    res.header('Content-Type', 'text/calendar; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="meetings-${eventId}.ics"`);
    res.send(body);
  }
}
