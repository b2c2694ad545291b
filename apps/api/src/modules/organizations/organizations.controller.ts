import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OrganizationAction } from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Policy } from '../../common/policy/policy.decorator';
import {
  CreateOrganizationDto,
  ListOrganizationsQueryDto,
  OrganizationPage,
  OrganizationResponse,
  OrganizationTransitionDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';


@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Policy('read', 'Organization')
  @ApiOkResponse({ type: OrganizationPage })
  list(@Query() query: ListOrganizationsQueryDto) {
    return this.organizations.list(query);
  }

  @Get(':id')
  @Policy('read', 'Organization')
  @ApiOkResponse({ type: OrganizationResponse })
  get(@Param('id', uuid) id: string) {
    return this.organizations.get(id);
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
  @Policy('manage', 'Organization')
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
