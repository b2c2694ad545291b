import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import {
  AcknowledgeRiskAlertDto,
  CreateRiskAlertDto,
  ListRiskAlertsQueryDto,
  ReleaseRiskAlertDto,
  UpdateRiskAlertDto,
  WithdrawRiskAlertDto,
} from './dto/risk-alert.dto';
import {
  RemindResponse,
  RiskAlertPage,
  RiskAlertReportResponse,
  RiskAlertResponse,
} from './dto/risk-alert-response.dto';
import { RiskAlertReadsService } from './risk-alert-reads.service';
import { RiskAlertsService } from './risk-alerts.service';

@ApiTags('risk-alerts')
@Controller('risk-alerts')
export class RiskAlertsController {
  constructor(
    private readonly alerts: RiskAlertsService,
    private readonly reads: RiskAlertReadsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: RiskAlertPage, description: 'In force first, gravest first, newest first' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListRiskAlertsQueryDto) {
    return this.reads.list(user, query);
  }

  @Post()
  @Policy('create', 'RiskAlert')
  @ApiCreatedResponse({
    type: RiskAlertResponse,
    description: "Active at once, or a member's critical alert waiting for release",
  })
  issue(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateRiskAlertDto) {
    return this.alerts.issue(user, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: RiskAlertResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.get(user, id);
  }

  @Get(':id/report')
  @Policy('remind', 'RiskAlert')
  @ApiOkResponse({ type: RiskAlertReportResponse, description: 'Who was reached, who acknowledged and who has not' })
  report(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.report(user, id);
  }

  @Post(':id/updates')
  @Policy('update', 'RiskAlert')
  @HttpCode(200)
  @ApiOkResponse({ type: RiskAlertResponse, description: 'A numbered update, told to everyone exposed or following' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateRiskAlertDto) {
    return this.alerts.update(user, id, dto);
  }

  @Post(':id/release')
  @Policy('release', 'RiskAlert')
  @HttpCode(200)
  @ApiOkResponse({ type: RiskAlertResponse })
  release(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ReleaseRiskAlertDto) {
    return this.alerts.release(user, id, dto.version);
  }

  @Post(':id/withdraw')
  @Policy('withdraw', 'RiskAlert')
  @HttpCode(200)
  @ApiOkResponse({ type: RiskAlertResponse, description: 'The all clear reaches everyone the alert reached' })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: WithdrawRiskAlertDto) {
    return this.alerts.withdraw(user, id, dto);
  }

  @Post(':id/acknowledge')
  @Policy('acknowledge', 'RiskAlert')
  @HttpCode(200)
  @ApiOkResponse({ type: RiskAlertResponse })
  acknowledge(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: AcknowledgeRiskAlertDto,
  ) {
    return this.alerts.acknowledge(user, id, dto);
  }

  @Post(':id/remind')
  @Policy('remind', 'RiskAlert')
  @HttpCode(200)
  @ApiOkResponse({ type: RemindResponse })
  remind(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.alerts.remind(user, id);
  }
}
