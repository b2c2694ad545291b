import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiFileResponse } from '../../common/openapi/file-response';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { Policy } from '../../common/policy/policy.decorator';
import { AnnualReportsService } from './annual-reports.service';
import { AnnualReportPage, AnnualReportResponse, RequestAnnualReportDto } from './dto/annual-report.dto';

/** The secretariat's annual reports: ask for one, follow its progress, download the PDF. */
@ApiTags('annual-reports')
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(private readonly reports: AnnualReportsService) {}

  @Post()
  @Policy('create', 'AnnualReport')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: AnnualReportResponse,
    description:
      'Queued: the job runner writes it (follow its progress with GET /api/annual-reports/{id}). A year outside 2020 – this year: 422; one of the same year and language queued or running: 409',
  })
  request(@CurrentUser() user: AuthenticatedUser, @Body() dto: RequestAnnualReportDto) {
    return this.reports.request(user, dto);
  }

  @Get()
  @Policy('read', 'AnnualReport')
  @ApiOkResponse({ type: AnnualReportPage, description: 'Every report asked for, newest first, with its progress' })
  list(@Query() query: PageQueryDto) {
    return this.reports.list(query);
  }

  @Get(':id')
  @Policy('read', 'AnnualReport')
  @ApiOkResponse({ type: AnnualReportResponse, description: 'The report with its status, step and progress' })
  get(@Param('id', uuid) id: string) {
    return this.reports.get(id);
  }

  @Get(':id/file')
  @Policy('read', 'AnnualReport')
  @ApiFileResponse('application/pdf', 'The PDF of a finished report (not finished: 422 ANNUAL_REPORT_NOT_READY)')
  async file(@Param('id', uuid) id: string, @Res() res: FastifyReply) {
    const file = await this.reports.file(id);
    res.header('Content-Type', 'application/pdf');
    res.header('Content-Length', String(file.size));
    res.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.header('Cache-Control', 'no-store');
    return res.send(file.stream);
  }
}
