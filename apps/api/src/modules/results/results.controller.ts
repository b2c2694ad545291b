import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { RESULTS_SECTIONS, type ResultsSection } from '@alliance/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { sendCsv } from '../../common/csv/csv';
import { csvLocale } from '../../common/csv/csv-language.dto';
import { notFound } from '../../common/errors/app-error';
import { ApiFileResponse } from '../../common/openapi/file-response';
import { Policy, Public } from '../../common/policy/policy.decorator';
import { PublicResultsResponse, ResultsCsvQueryDto, ResultsRangeDto, ResultsResponse } from './dto/results.dto';
import { RESULTS_CSV } from './results.csv';
import { ResultsService } from './results.service';

const CSV_FILES = RESULTS_SECTIONS.map((s) => `${s}.csv`);

@ApiTags('results')
@Controller('results')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get()
  @Policy('read', 'AllianceResults')
  @ApiOkResponse({
    type: ResultsResponse,
    description: 'The secretariat: every series of the alliance’s results over the range (400 for a bad range)',
  })
  async get(@Query() query: ResultsRangeDto, @Res({ passthrough: true }) res: FastifyReply): Promise<string> {
    // Sent as it was cached: computed again only after the data changed.
    const body = await this.results.computeJson({ from: query.from, to: query.to });
    void res.header('content-type', 'application/json; charset=utf-8');
    return body;
  }

  @Get('public')
  @Public()
  @ApiOkResponse({ type: PublicResultsResponse, description: 'Live totals anyone may read: members and their parks' })
  publicTotals() {
    return this.results.publicTotals();
  }

  @Get(':file')
  @Policy('read', 'AllianceResults')
  @ApiParam({ name: 'file', enum: CSV_FILES, description: 'A section of the results as CSV' })
  @ApiFileResponse('text/csv', 'CSV (UTF-8 with BOM) of one section over the range, headers and labels in `lang`')
  async csv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('file') file: string,
    @Query() query: ResultsCsvQueryDto,
    @Res() res: FastifyReply,
  ) {
    const section = file.replace(/\.csv$/, '') as ResultsSection;
    if (!file.endsWith('.csv') || !RESULTS_SECTIONS.includes(section)) throw notFound('Results file');
    await this.send(res, section, query, csvLocale(query.lang, user));
  }

  private async send<S extends ResultsSection>(
    res: FastifyReply,
    section: S,
    query: ResultsCsvQueryDto,
    locale: 'en' | 'zh',
  ) {
    const data = await this.results.section({ from: query.from, to: query.to }, section);
    const csv = RESULTS_CSV[section];
    sendCsv(
      res,
      `${csv.stem}-${data.range.from}-${data.range.to}.csv`,
      csv.headers.map((header) => header[locale]),
      csv.rows(data[section] as never, locale),
    );
  }
}
