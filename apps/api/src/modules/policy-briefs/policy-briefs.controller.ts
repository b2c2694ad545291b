import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy, Public } from '../../common/policy/policy.decorator';
import {
  PolicyBriefCommentList,
  PolicyBriefCommentResponse,
  PolicyBriefDiffResponse,
  PolicyBriefPage,
  PolicyBriefResponse,
  PolicyBriefVersionList,
} from './dto/policy-brief-response.dto';
import {
  CreatePolicyBriefDto,
  ListPolicyBriefsQueryDto,
  PolicyBriefCommentRequest,
  PolicyBriefDiffQueryDto,
  RetractPolicyBriefDto,
  UpdatePolicyBriefDto,
} from './dto/policy-brief.dto';
import { PolicyBriefReadsService } from './policy-brief-reads.service';
import { PolicyBriefsService } from './policy-briefs.service';

@ApiTags('policy-briefs')
@Controller('policy-briefs')
export class PolicyBriefsController {
  constructor(
    private readonly briefs: PolicyBriefsService,
    private readonly reads: PolicyBriefReadsService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: PolicyBriefPage,
    description: 'Published briefs newest first; or your own, or the review queue',
  })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListPolicyBriefsQueryDto) {
    return this.reads.list(viewer, query);
  }

  @Post()
  @Policy('create', 'PolicyBrief')
  @ApiCreatedResponse({ type: PolicyBriefResponse, description: 'A draft, version 1' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreatePolicyBriefDto) {
    return this.briefs.create(user, dto);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: PolicyBriefResponse })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.reads.get(viewer, id);
  }

  @Patch(':id')
  @Policy('update', 'PolicyBrief')
  @ApiOkResponse({ type: PolicyBriefResponse, description: 'Edits the version being written' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdatePolicyBriefDto) {
    return this.briefs.update(user, id, dto);
  }

  @Post(':id/submit')
  @Policy('submit', 'PolicyBrief')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyBriefResponse, description: "To the secretariat's review" })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.briefs.review(user, id, 'submit');
  }

  @Post(':id/request-changes')
  @Policy('review', 'PolicyBrief')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyBriefResponse, description: 'Back to its authors with a comment' })
  requestChanges(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: PolicyBriefCommentRequest,
  ) {
    return this.briefs.review(user, id, 'request_changes', dto.body);
  }

  @Post(':id/publish')
  @Policy('review', 'PolicyBrief')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyBriefResponse, description: 'Publishes the version in review' })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.briefs.review(user, id, 'publish');
  }

  @Post(':id/retract')
  @Policy('retract', 'PolicyBrief')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyBriefResponse, description: 'Leaves lists, search and feeds; the page says why' })
  retract(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RetractPolicyBriefDto) {
    return this.briefs.retract(user, id, dto.reason);
  }

  @Post(':id/new-version')
  @Policy('update', 'PolicyBrief')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyBriefResponse, description: 'Starts version n+1 as a draft; readers keep version n' })
  newVersion(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.briefs.newVersion(user, id);
  }

  @Get(':id/versions')
  @Public()
  @ApiOkResponse({ type: PolicyBriefVersionList })
  versions(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.reads.versions(viewer, id);
  }

  @Get(':id/diff')
  @Public()
  @ApiOkResponse({ type: PolicyBriefDiffResponse, description: 'Word by word, in each language' })
  diff(
    @OptionalUser() viewer: AuthenticatedUser | null,
    @Param('id', uuid) id: string,
    @Query() query: PolicyBriefDiffQueryDto,
  ) {
    return this.reads.diff(viewer, id, query.from, query.to);
  }

  @Get(':id/comments')
  @Authenticated()
  @ApiOkResponse({
    type: PolicyBriefCommentList,
    description: "The review thread: the brief's organization and the secretariat",
  })
  comments(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.comments(user, id);
  }

  @Post(':id/comments')
  @Authenticated()
  @ApiCreatedResponse({ type: PolicyBriefCommentResponse })
  comment(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: PolicyBriefCommentRequest,
  ) {
    return this.briefs.comment(user, id, dto.body);
  }
}
