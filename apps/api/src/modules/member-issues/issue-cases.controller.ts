import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { datedFilename, sendCsv } from '../../common/csv/csv';
import { csvLocale } from '../../common/csv/csv-language.dto';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiFileResponse } from '../../common/openapi/file-response';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import { IssueCasePage, IssueCaseResponse } from './dto/member-issue-response.dto';
import {
  AnswerCaseDto,
  CloseCaseDto,
  IssueCaseFiltersDto,
  ListIssueCasesQueryDto,
  RelayCaseDto,
  ResolveCaseDto,
  UpdateIssueCaseDto,
} from './dto/member-issue.dto';
import { IssueCasesService } from './issue-cases.service';
import { MemberIssueReadsService } from './member-issue-reads.service';

@ApiTags('member-issues')
@Controller('issue-cases')
export class IssueCasesController {
  constructor(
    private readonly cases: IssueCasesService,
    private readonly reads: MemberIssueReadsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({
    type: IssueCasePage,
    description:
      'Oldest problem first. The secretariat: all; a member: cases with an issue that is not confidential or one of its own',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListIssueCasesQueryDto) {
    return this.reads.listCases(user, query);
  }

  @Get('export.csv')
  @Policy('export', 'IssueCase')
  @ApiFileResponse(
    'text/csv',
    'CSV (UTF-8 with BOM) of the filtered cases, oldest first, headers in the language asked for',
  )
  async export(@CurrentUser() user: AuthenticatedUser, @Query() query: IssueCaseFiltersDto, @Res() res: FastifyReply) {
    const { headers, rows } = await this.reads.exportCases(query, csvLocale(query.lang, user));
    sendCsv(res, datedFilename('issue-cases'), headers, rows);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({
    type: IssueCaseResponse,
    description: 'The secretariat: every issue; a member: its own issues only (404 when it may see none)',
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.getCase(user, id);
  }

  @Patch(':id')
  @Policy('update', 'IssueCase')
  @ApiOkResponse({ type: IssueCaseResponse })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateIssueCaseDto) {
    return this.cases.update(user, id, dto);
  }

  @Post(':id/relay')
  @Policy('update', 'IssueCase')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueCaseResponse, description: 'To an active government body, with the text sent' })
  relay(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RelayCaseDto) {
    return this.cases.relay(user, id, dto);
  }

  @Post(':id/answer')
  @Policy('update', 'IssueCase')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueCaseResponse, description: "The body's answer, in either language" })
  answer(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: AnswerCaseDto) {
    return this.cases.answer(user, id, dto);
  }

  @Post(':id/resolve')
  @Policy('update', 'IssueCase')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueCaseResponse })
  resolve(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ResolveCaseDto) {
    return this.cases.resolve(user, id, dto.version);
  }

  @Post(':id/close')
  @Policy('close', 'IssueCase')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueCaseResponse, description: 'With a reason, closing its open issues' })
  close(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: CloseCaseDto) {
    return this.cases.close(user, id, dto);
  }
}
