import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import { MemberIssuePage, MemberIssueResponse } from './dto/member-issue-response.dto';
import { CloseDto, CreateMemberIssueDto, FileIssueDto, ListMemberIssuesQueryDto } from './dto/member-issue.dto';
import { MemberIssueReadsService } from './member-issue-reads.service';
import { MemberIssuesService } from './member-issues.service';

@ApiTags('member-issues')
@Controller('member-issues')
export class MemberIssuesController {
  constructor(
    private readonly issues: MemberIssuesService,
    private readonly reads: MemberIssueReadsService,
  ) {}

  @Post()
  @Policy('create', 'MemberIssue')
  @ApiCreatedResponse({ type: MemberIssueResponse, description: 'Submitted to the secretariat' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateMemberIssueDto) {
    return this.issues.create(user, dto);
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({
    type: MemberIssuePage,
    description: "A member: its organization's issues, newest first; the secretariat: all, or its inbox (unfiled=true)",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListMemberIssuesQueryDto) {
    return this.reads.listIssues(user, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: MemberIssueResponse, description: 'Its organization and the secretariat only' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.getIssue(user, id);
  }

  @Post(':id/file')
  @Policy('update', 'IssueCase')
  @HttpCode(200)
  @ApiOkResponse({
    type: MemberIssueResponse,
    description: 'Into a case, existing or new (acknowledges the issue; it joins the case at its step)',
  })
  file(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: FileIssueDto) {
    return this.issues.file(user, id, dto);
  }

  @Post(':id/close')
  @Policy('close', 'MemberIssue')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberIssueResponse, description: 'With a reason: its organization or the secretariat' })
  close(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: CloseDto) {
    return this.issues.close(user, id, dto);
  }
}
