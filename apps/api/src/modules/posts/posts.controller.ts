import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { sendCsv } from '../../common/csv/csv';
import { CsvLanguageDto, csvLocale } from '../../common/csv/csv-language.dto';
import { EventsService } from './events.service';
import { REGISTRATION_CSV_COLUMNS, REGISTRATION_CSV_HEADERS, csvHeaders } from '@alliance/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../../common/http/idempotency-key';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy, Public } from '../../common/policy/policy.decorator';
import {
  CreatePostDto,
  IcsQueryDto,
  ListPostsQueryDto,
  PostPage,
  PostResponse,
  PreviewDto,
  PreviewResponse,
  RegistrationResponse,
  UpdatePostDto,
} from './dto/post.dto';
import { PostsService } from './posts.service';
import { ApiFileResponse } from '../../common/openapi/file-response';

@ApiTags('posts')
@Controller('posts')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: PostPage, description: 'Pinned first, newest first; continue with nextCursor' })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListPostsQueryDto) {
    return this.posts.list(viewer, query);
  }

  @Post('preview')
  @Authenticated()
  @HttpCode(200)
  @ApiOkResponse({ type: PreviewResponse })
  preview(@Body() dto: PreviewDto) {
    return this.posts.preview(dto.markdown);
  }

  @Get(':id/event.ics')
  @Public()
  @ApiFileResponse('text/calendar', 'iCalendar file of an event post, for anyone who can see it')
  async ics(
    @OptionalUser() viewer: AuthenticatedUser | null,
    @Param('id', uuid) id: string,
    @Query() query: IcsQueryDto,
    @Res() res: FastifyReply,
  ) {
    const body = await this.events.ics(viewer, id, query.lang ?? 'en', this.config.appUrl);
    res.header('Content-Type', 'text/calendar; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="event-${id}.ics"`);
    res.send(body);
  }

  @Get(':id/registrations.csv')
  @Policy('update', 'Post')
  @ApiFileResponse('text/csv', "The event's registrations (its organization and the secretariat)")
  async registrations(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Query() query: CsvLanguageDto,
    @Res() res: FastifyReply,
  ) {
    const locale = csvLocale(query.lang, user);
    sendCsv(
      res,
      `registrations-${id}.csv`,
      csvHeaders(REGISTRATION_CSV_HEADERS, REGISTRATION_CSV_COLUMNS, locale),
      await this.events.registrationRows(user, id, locale),
    );
  }

  @Post(':id/registrations')
  @Authenticated()
  @ApiCreatedResponse({ type: RegistrationResponse, description: 'Confirmed while seats remain, else waitlisted' })
  register(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.events.register(user, id);
  }

  @Post(':id/registrations/cancel')
  @Authenticated()
  @HttpCode(200)
  @ApiOkResponse({ type: RegistrationResponse, description: 'A freed seat goes to the first on the waitlist' })
  cancel(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.events.cancel(user, id);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: PostResponse })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.posts.get(viewer, id);
  }

  @Post()
  @Policy('create', 'Post')
  @AcceptsIdempotencyKey()
  @ApiCreatedResponse({ type: PostResponse, description: 'A draft' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreatePostDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.posts.create(user, dto, idempotencyKey);
  }

  @Patch(':id')
  @Policy('update', 'Post')
  @ApiOkResponse({ type: PostResponse })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdatePostDto) {
    return this.posts.update(user, id, dto);
  }

  @Post(':id/publish')
  @Policy('publish', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.transition(user, id, 'publish');
  }

  @Post(':id/archive')
  @Policy('archive', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  archive(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.transition(user, id, 'archive');
  }

  @Post(':id/pin')
  @Policy('pin', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  pin(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.setPinned(user, id, true);
  }

  @Post(':id/unpin')
  @Policy('pin', 'Post')
  @HttpCode(200)
  @ApiOkResponse({ type: PostResponse })
  unpin(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.posts.setPinned(user, id, false);
  }
}
