import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FINANCING_CSV_COLUMNS, FINANCING_CSV_HEADERS, csvHeaders } from '@alliance/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { datedFilename, sendCsv } from '../../common/csv/csv';
import { csvLocale } from '../../common/csv/csv-language.dto';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../../common/http/idempotency-key';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import {
  AcceptOfferDto,
  FinancingRequestInput,
  ExportFinancingQueryDto,
  ListFinancingQueryDto,
  ReasonDto,
  UpdateFinancingRequestDto,
  VersionDto,
} from './dto/financing-request.dto';
import {
  FinancingPipelineResponse,
  FinancingRequestPage,
  FinancingRequestResponse,
} from './dto/financing-response.dto';
import { FinancingPipelineService } from './financing-pipeline.service';
import { FinancingRequestsService } from './financing-requests.service';
import { ApiFileResponse } from '../../common/openapi/file-response';

@ApiTags('financing')
@Controller('financing-requests')
export class FinancingRequestsController {
  constructor(
    private readonly requests: FinancingRequestsService,
    private readonly pipelines: FinancingPipelineService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({
    type: FinancingRequestPage,
    description: "The requester's own; shared ones for an institution; submitted ones for the secretariat",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListFinancingQueryDto) {
    return this.requests.list(user, query);
  }

  @Get('pipeline')
  @Policy('export', 'FinancingRequest')
  @ApiOkResponse({
    type: FinancingPipelineResponse,
    description: 'Counts and amounts per currency by status, instrument and host country (secretariat)',
  })
  pipeline() {
    return this.pipelines.pipeline();
  }

  @Get('export')
  @Policy('export', 'FinancingRequest')
  @ApiFileResponse(
    'text/csv',
    'The submitted requests as CSV, with the filters of the list, headers and labels in the language asked for (secretariat)',
  )
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ExportFinancingQueryDto,
    @Res() res: FastifyReply,
  ) {
    const locale = csvLocale(query.lang, user);
    sendCsv(
      res,
      datedFilename('financing-requests'),
      csvHeaders(FINANCING_CSV_HEADERS, FINANCING_CSV_COLUMNS, locale),
      await this.pipelines.exportRows(query, locale),
    );
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: FinancingRequestResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.requests.get(user, id);
  }

  @Post()
  @Policy('create', 'FinancingRequest')
  @AcceptsIdempotencyKey()
  @ApiCreatedResponse({ type: FinancingRequestResponse, description: 'A draft' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: FinancingRequestInput,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.requests.create(user, dto, idempotencyKey);
  }

  @Patch(':id')
  @Policy('update', 'FinancingRequest')
  @ApiOkResponse({ type: FinancingRequestResponse, description: 'A draft in place; after submission, a new revision' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateFinancingRequestDto,
  ) {
    return this.requests.update(user, id, dto);
  }

  @Post(':id/submit')
  @Policy('submit', 'FinancingRequest')
  @HttpCode(200)
  @ApiOkResponse({
    type: FinancingRequestResponse,
    description: 'Shares it: one review per institution of the audience',
  })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: VersionDto) {
    return this.requests.submit(user, id, dto);
  }

  @Post(':id/withdraw')
  @Policy('withdraw', 'FinancingRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: FinancingRequestResponse })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ReasonDto) {
    return this.requests.withdraw(user, id, dto);
  }

  @Post(':id/close')
  @Policy('close', 'FinancingRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: FinancingRequestResponse, description: 'No acceptable offer' })
  close(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ReasonDto) {
    return this.requests.close(user, id, dto);
  }

  @Post(':id/accept')
  @Policy('accept', 'FinancingRequest')
  @HttpCode(200)
  @ApiOkResponse({
    type: FinancingRequestResponse,
    description: 'Accepts one released offer; the other open reviews close',
  })
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: AcceptOfferDto) {
    return this.requests.accept(user, id, dto);
  }
}
