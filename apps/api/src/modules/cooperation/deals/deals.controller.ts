import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type DealTransition } from '@alliance/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { datedFilename, sendCsv } from '../../../common/csv/csv';
import { csvLocale } from '../../../common/csv/csv-language.dto';
import { uuidParam as uuid } from '../../../common/http/uuid-param';
import { ApiFileResponse } from '../../../common/openapi/file-response';
import { Policy } from '../../../common/policy/policy.decorator';
import { DealReadsService } from './deal-reads.service';
import { DealsService } from './deals.service';
import { DealFiguresResponse, DealPage, DealResponse } from './dto/deal-response.dto';
import { DealFiguresQueryDto, DealFiltersDto, ListDealsQueryDto, MoveDealDto } from './dto/deal.dto';

@ApiTags('cooperation')
@Controller('cooperation/deals')
export class DealsController {
  constructor(
    private readonly deals: DealsService,
    private readonly reads: DealReadsService,
  ) {}

  @Get()
  @Policy('read', 'Deal')
  @ApiOkResponse({
    type: DealPage,
    description: "Your organization's deals, as owner or partner (the secretariat: all), the most recently moved first",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListDealsQueryDto) {
    return this.reads.list(user, query);
  }

  @Get('figures')
  @Policy('readAll', 'Deal')
  @ApiOkResponse({
    type: DealFiguresResponse,
    description: 'The secretariat: deals opened in the period by stage, country and sector, USD sums exact',
  })
  figures(@Query() query: DealFiguresQueryDto) {
    return this.reads.figures(query);
  }

  @Get('export.csv')
  @Policy('readAll', 'Deal')
  @ApiFileResponse('text/csv', 'CSV (UTF-8 with BOM) of the filtered deals, headers in the language asked for')
  async export(@CurrentUser() user: AuthenticatedUser, @Query() query: DealFiltersDto, @Res() res: FastifyReply) {
    const { headers, rows } = await this.reads.export(query, csvLocale(query.lang, user));
    sendCsv(res, datedFilename('deals'), headers, rows);
  }

  @Get(':id')
  @Policy('read', 'Deal')
  @ApiOkResponse({ type: DealResponse, description: 'Its two organizations and the secretariat (404 to others)' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.get(user, id);
  }

  @Post(':id/site_visit')
  @Policy('update', 'Deal')
  @HttpCode(200)
  @ApiOkResponse({ type: DealResponse, description: "The project's owner, from contact" })
  siteVisit(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MoveDealDto) {
    return this.move(user, id, 'site_visit', dto);
  }

  @Post(':id/negotiation')
  @Policy('update', 'Deal')
  @HttpCode(200)
  @ApiOkResponse({ type: DealResponse, description: "The project's owner, from contact or the site visit" })
  negotiation(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MoveDealDto) {
    return this.move(user, id, 'negotiation', dto);
  }

  @Post(':id/agreement_signed')
  @Policy('update', 'Deal')
  @HttpCode(200)
  @ApiOkResponse({ type: DealResponse, description: "The project's owner, from negotiation" })
  agreementSigned(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MoveDealDto) {
    return this.move(user, id, 'agreement_signed', dto);
  }

  @Post(':id/investment_made')
  @Policy('update', 'Deal')
  @HttpCode(200)
  @ApiOkResponse({ type: DealResponse, description: "The project's owner, with investedUsd and investedOn" })
  investmentMade(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MoveDealDto) {
    return this.move(user, id, 'investment_made', dto);
  }

  @Post(':id/lost')
  @Policy('update', 'Deal')
  @HttpCode(200)
  @ApiOkResponse({ type: DealResponse, description: "The project's owner, with a reason, at any stage before the end" })
  lost(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MoveDealDto) {
    return this.move(user, id, 'lost', dto);
  }

  private move(user: AuthenticatedUser, id: string, transition: DealTransition, dto: MoveDealDto) {
    return this.deals.move(user, id, transition, dto);
  }
}
