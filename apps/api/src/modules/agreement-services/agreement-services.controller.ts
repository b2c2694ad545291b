import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { csvHeaders, type Locale } from '@alliance/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { csvText, datedFilename, sendCsv } from '../../common/csv/csv';
import { CsvLanguageDto, csvLocale } from '../../common/csv/csv-language.dto';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../../common/http/idempotency-key';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiFileResponse } from '../../common/openapi/file-response';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import { AgreementServiceReadsService } from './agreement-service-reads.service';
import { UPTAKE_CSV_COLUMNS, UPTAKE_CSV_HEADERS, UPTAKE_LINE_LABELS } from './agreement-services.csv';
import { AgreementServicesService } from './agreement-services.service';
import {
  AgreementServiceResponse,
  AgreementServicesResponse,
  ServiceRequestMessageList,
  ServiceRequestMessageResponse,
  ServiceRequestPage,
  ServiceRequestResponse,
  ServiceUptakeReportResponse,
} from './dto/agreement-service-response.dto';
import {
  CreateAgreementServiceDto,
  CreateServiceRequestDto,
  DeclineServiceRequestDto,
  ListServiceRequestsQueryDto,
  PostServiceMessageDto,
  RateServiceRequestDto,
  ServiceRequestStepDto,
  UpdateAgreementServiceDto,
} from './dto/agreement-service.dto';

const named = (locale: Locale, en: string | null, zh: string | null) =>
  csvText(locale === 'zh' ? (zh ?? en) : (en ?? zh));

@ApiTags('agreement-services')
@Controller()
export class AgreementServicesController {
  constructor(
    private readonly services: AgreementServicesService,
    private readonly reads: AgreementServiceReadsService,
  ) {}

  @Get('agreements/:id/services')
  @Policy('read', 'AgreementService')
  @ApiOkResponse({
    type: AgreementServicesResponse,
    description: "The agreement's services with their uptake, for members who may open the agreement (404 otherwise)",
  })
  forAgreement(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.forAgreement(user, id);
  }

  @Post('agreements/:id/services')
  @Policy('create', 'AgreementService')
  @ApiCreatedResponse({ type: AgreementServiceResponse, description: 'The secretariat, on an agreement not yet over' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: CreateAgreementServiceDto,
  ) {
    return this.services.createService(user, id, dto);
  }

  @Get('agreement-services/uptake')
  @Policy('readAll', 'ServiceRequest')
  @ApiOkResponse({
    type: ServiceUptakeReportResponse,
    description: "The secretariat: every agreement's uptake, per park, and the services no member has used",
  })
  uptake() {
    return this.reads.uptake();
  }

  @Get('agreement-services/uptake.csv')
  @Policy('readAll', 'ServiceRequest')
  @ApiFileResponse('text/csv', 'CSV (UTF-8 with BOM): uptake per agreement and park, then the unused services')
  async uptakeCsv(@CurrentUser() user: AuthenticatedUser, @Query() query: CsvLanguageDto, @Res() res: FastifyReply) {
    const locale = csvLocale(query.lang, user);
    const report = await this.reads.uptake();
    const rows: unknown[][] = [
      ...report.rows.map((r) => [
        UPTAKE_LINE_LABELS[r.park ? 'park' : 'organization'][locale],
        csvText(r.agreement.titleEn),
        csvText(r.agreement.titleZh),
        named(locale, r.organization.nameEn, r.organization.nameZh),
        r.park ? named(locale, r.park.nameEn, r.park.nameZh) : '',
        '',
        r.requests,
        r.delivered,
        r.medianDaysToDelivery ?? '',
        r.averageRating ?? '',
        r.ratings,
      ]),
      ...report.unused.map((s) => [
        UPTAKE_LINE_LABELS.unused[locale],
        csvText(s.agreement.titleEn),
        csvText(s.agreement.titleZh),
        '',
        '',
        named(locale, s.nameEn, s.nameZh),
        0,
        0,
        '',
        '',
        0,
      ]),
    ];
    sendCsv(res, datedFilename('service-uptake'), csvHeaders(UPTAKE_CSV_HEADERS, UPTAKE_CSV_COLUMNS, locale), rows);
  }

  @Patch('agreement-services/:id')
  @Policy('update', 'AgreementService')
  @ApiOkResponse({ type: AgreementServiceResponse, description: 'The secretariat; `active: false` withdraws it' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateAgreementServiceDto,
  ) {
    return this.services.updateService(user, id, dto);
  }

  @Post('agreement-services/:id/requests')
  @Policy('create', 'ServiceRequest')
  @ApiCreatedResponse({
    type: ServiceRequestResponse,
    description: 'A member organization, for one of its parks or itself, while the agreement is active',
  })
  @AcceptsIdempotencyKey()
  request(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: CreateServiceRequestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.services.request(user, id, dto, idempotencyKey);
  }

  @Get('service-requests')
  @Policy('read', 'ServiceRequest')
  @ApiOkResponse({
    type: ServiceRequestPage,
    description:
      "Your organization's requests, sent or received as provider, newest first (the secretariat: every request)",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListServiceRequestsQueryDto) {
    return this.reads.list(user, query);
  }

  @Get('service-requests/:id')
  @Policy('read', 'ServiceRequest')
  @ApiOkResponse({
    type: ServiceRequestResponse,
    description: 'The member and the provider with the thread; the secretariat without it (404 to others)',
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.get(user, id);
  }

  @Post('service-requests/:id/accept')
  @Policy('accept', 'ServiceRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: ServiceRequestResponse, description: 'The provider, from requested' })
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ServiceRequestStepDto) {
    return this.services.accept(user, id, dto);
  }

  @Post('service-requests/:id/deliver')
  @Policy('deliver', 'ServiceRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: ServiceRequestResponse, description: 'The provider, from accepted' })
  deliver(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ServiceRequestStepDto) {
    return this.services.deliver(user, id, dto);
  }

  @Post('service-requests/:id/decline')
  @Policy('accept', 'ServiceRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: ServiceRequestResponse, description: 'The provider, before delivery, with a reason' })
  decline(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: DeclineServiceRequestDto,
  ) {
    return this.services.decline(user, id, dto);
  }

  @Post('service-requests/:id/rate')
  @Policy('rate', 'ServiceRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: ServiceRequestResponse, description: 'The member that asked, once delivered, once' })
  rate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RateServiceRequestDto) {
    return this.services.rate(user, id, dto);
  }

  @Get('service-requests/:id/messages')
  // The thread's own check answers 404 to anyone outside the two organizations, the secretariat included.
  @Authenticated()
  @ApiOkResponse({
    type: ServiceRequestMessageList,
    description: 'The private thread: the two organizations only (404 to others)',
  })
  thread(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.thread(user, id);
  }

  @Post('service-requests/:id/messages')
  // The thread's own check answers 404 to anyone outside the two organizations, the secretariat included.
  @Authenticated()
  @ApiCreatedResponse({
    type: ServiceRequestMessageResponse,
    description: 'In the private thread, by either organization (404 to anyone else)',
  })
  message(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: PostServiceMessageDto) {
    return this.services.message(user, id, dto);
  }
}
