import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../../common/http/uuid-param';
import { Policy, Public } from '../../../common/policy/policy.decorator';
import { CooperationProjectReadsService } from './cooperation-project-reads.service';
import { CooperationProjectsService } from './cooperation-projects.service';
import { CooperationProjectPage, CooperationProjectResponse } from './dto/cooperation-project-response.dto';
import {
  CloseCooperationProjectDto,
  CreateCooperationProjectDto,
  ListCooperationProjectsQueryDto,
  ProjectVersionDto,
  ReturnCooperationProjectDto,
  UpdateCooperationProjectDto,
} from './dto/cooperation-project.dto';

@ApiTags('cooperation')
@Controller('cooperation/projects')
export class CooperationProjectsController {
  constructor(
    private readonly projects: CooperationProjectsService,
    private readonly reads: CooperationProjectReadsService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: CooperationProjectPage,
    description: "Published projects newest first (visitors: public ones); or your organization's, or the review queue",
  })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListCooperationProjectsQueryDto) {
    return this.reads.list(viewer, query);
  }

  @Post()
  @Policy('create', 'CooperationProject')
  @ApiCreatedResponse({ type: CooperationProjectResponse, description: "A draft of the caller's organization" })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateCooperationProjectDto) {
    return this.projects.create(user, dto);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({
    type: CooperationProjectResponse,
    description: 'Visitors: public published projects, summary only; another organization’s unpublished one is 404',
  })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.reads.get(viewer, id);
  }

  @Patch(':id')
  @Policy('update', 'CooperationProject')
  @ApiOkResponse({ type: CooperationProjectResponse, description: 'A draft, open or in talks project of your own' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateCooperationProjectDto,
  ) {
    return this.projects.update(user, id, dto);
  }

  @Post(':id/submit')
  @Policy('submit', 'CooperationProject')
  @HttpCode(200)
  @ApiOkResponse({ type: CooperationProjectResponse, description: "To the secretariat's review" })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ProjectVersionDto) {
    return this.projects.submit(user, id, dto.version);
  }

  @Post(':id/approve')
  @Policy('review', 'CooperationProject')
  @HttpCode(200)
  @ApiOkResponse({
    type: CooperationProjectResponse,
    description: 'Published: open until its deadline or for twelve months; its followers hear of it',
  })
  approve(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ProjectVersionDto) {
    return this.projects.approve(user, id, dto.version);
  }

  @Post(':id/return')
  @Policy('review', 'CooperationProject')
  @HttpCode(200)
  @ApiOkResponse({ type: CooperationProjectResponse, description: 'Back to its owner as a draft, with the reason' })
  sendBack(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: ReturnCooperationProjectDto,
  ) {
    return this.projects.return(user, id, dto);
  }

  @Post(':id/reopen')
  @Policy('update', 'CooperationProject')
  @HttpCode(200)
  @ApiOkResponse({ type: CooperationProjectResponse, description: 'From talks back to open' })
  reopen(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ProjectVersionDto) {
    return this.projects.reopen(user, id, dto.version);
  }

  @Post(':id/close')
  @Policy('close', 'CooperationProject')
  @HttpCode(200)
  @ApiOkResponse({
    type: CooperationProjectResponse,
    description: 'Concluded or withdrawn, with a reason; open expressions lapse',
  })
  close(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: CloseCooperationProjectDto,
  ) {
    return this.projects.close(user, id, dto);
  }

  @Post(':id/renew')
  @Policy('renew', 'CooperationProject')
  @HttpCode(200)
  @ApiOkResponse({
    type: CooperationProjectResponse,
    description: 'Twelve months more, in the 30 days before it expires',
  })
  renew(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ProjectVersionDto) {
    return this.projects.renew(user, id, dto.version);
  }
}
