import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { datedFilename, sendCsv } from '../../common/csv/csv';
import { csvLocale } from '../../common/csv/csv-language.dto';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ORGANIZATION_CSV_COLUMNS,
  ORGANIZATION_CSV_HEADERS,
  csvHeaders,
  type OrganizationAction,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { Policy, Public } from '../../common/policy/policy.decorator';
import {
  CreateOrganizationDto,
  ExportOrganizationsQueryDto,
  ListOrganizationsQueryDto,
  OrganizationPage,
  OrganizationResponse,
  OrganizationTransitionDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';
import { ApiFileResponse } from '../../common/openapi/file-response';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: OrganizationPage,
    description: 'Active organizations; contacts for signed-in members; every status for the secretariat',
  })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListOrganizationsQueryDto) {
    return this.organizations.list(viewer, query);
  }

  @Get('export')
  @Policy('export', 'Organization')
  @ApiFileResponse(
    'text/csv',
    'CSV (UTF-8 with BOM) of the filtered organizations, with headers and labels in the language asked for',
  )
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ExportOrganizationsQueryDto,
    @Res() res: FastifyReply,
  ) {
    const locale = csvLocale(query.lang, user);
    sendCsv(
      res,
      datedFilename('organizations'),
      csvHeaders(ORGANIZATION_CSV_HEADERS, ORGANIZATION_CSV_COLUMNS, locale),
      await this.organizations.exportRows(user, query, locale),
    );
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: OrganizationResponse })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.organizations.get(viewer, id);
  }

  @Post()
  @Policy('create', 'Organization')
  @ApiOkResponse({ type: OrganizationResponse })
  create(@Body() dto: CreateOrganizationDto) {
    return this.organizations.create(dto);
  }

  @Patch(':id')
  @Policy('update', 'Organization')
  @ApiOkResponse({ type: OrganizationResponse })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateOrganizationDto) {
    return this.organizations.update(user, id, dto);
  }

  @Post(':id/activate')
  @Policy('activate', 'Organization')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationResponse })
  activate(@Param('id', uuid) id: string, @Body() dto: OrganizationTransitionDto) {
    return this.transition(id, 'activate', dto);
  }

  @Post(':id/suspend')
  @Policy('suspend', 'Organization')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationResponse })
  suspend(@Param('id', uuid) id: string, @Body() dto: OrganizationTransitionDto) {
    return this.transition(id, 'suspend', dto);
  }

  @Post(':id/reinstate')
  @Policy('reinstate', 'Organization')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationResponse })
  reinstate(@Param('id', uuid) id: string, @Body() dto: OrganizationTransitionDto) {
    return this.transition(id, 'reinstate', dto);
  }

  @Post(':id/withdraw')
  @Policy('withdraw', 'Organization')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationResponse })
  withdraw(@Param('id', uuid) id: string, @Body() dto: OrganizationTransitionDto) {
    return this.transition(id, 'withdraw', dto);
  }

  private transition(id: string, action: OrganizationAction, dto: OrganizationTransitionDto) {
    return this.organizations.transition(id, action, dto.reason);
  }
}
