import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Policy } from '../../common/policy/policy.decorator';
import { GovernmentBodyList, GovernmentBodyResponse } from './dto/member-issue-response.dto';
import { GovernmentBodyDtoIn, ListGovernmentBodiesQueryDto } from './dto/member-issue.dto';
import { GovernmentBodiesService } from './government-bodies.service';

@ApiTags('member-issues')
@Controller('government-bodies')
export class GovernmentBodiesController {
  constructor(private readonly bodies: GovernmentBodiesService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({
    type: GovernmentBodyList,
    description: 'The active ones; the secretariat with all=true also the others',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListGovernmentBodiesQueryDto) {
    return this.bodies.list(user, query.all ?? false);
  }

  @Post()
  @Policy('create', 'GovernmentBody')
  @ApiCreatedResponse({ type: GovernmentBodyResponse })
  create(@Body() dto: GovernmentBodyDtoIn) {
    return this.bodies.create(dto);
  }

  @Patch(':id')
  @Policy('update', 'GovernmentBody')
  @ApiOkResponse({ type: GovernmentBodyResponse })
  update(@Param('id', uuid) id: string, @Body() dto: GovernmentBodyDtoIn) {
    return this.bodies.update(id, dto);
  }
}
