import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../../common/http/uuid-param';
import { Authenticated, Policy } from '../../../common/policy/policy.decorator';
import { CooperationMatchesService } from './cooperation-matches.service';
import { DismissMatchDto } from './dto/match.dto';
import { OrganizationMatchResponse, ProjectMatchResponse } from './dto/match-response.dto';

@ApiTags('cooperation-matches')
@Controller('cooperation')
export class CooperationMatchesController {
  constructor(private readonly matches: CooperationMatchesService) {}

  // Those who may express interest are those matched: members, never the secretariat (403).
  @Get('matches')
  @Policy('express', 'CooperationProject')
  @ApiOkResponse({
    type: [ProjectMatchResponse],
    description: "Open projects of other members for the reader's organization, best first, explained",
  })
  forOrganization(@CurrentUser() user: AuthenticatedUser) {
    return this.matches.forOrganization(user);
  }

  // The project's owner only: the service reads the project within the reader's organization (404 otherwise).
  @Get('projects/:id/matches')
  @Authenticated()
  @ApiOkResponse({
    type: [OrganizationMatchResponse],
    description: 'Organizations to approach for an open or in-talks project, best first, explained (empty otherwise)',
  })
  forProject(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.matches.forProject(user, id);
  }

  @Post('matches/dismissals')
  @Policy('express', 'CooperationProject')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Dismissed for the whole organization (again: nothing changes)' })
  async dismiss(@CurrentUser() user: AuthenticatedUser, @Body() dto: DismissMatchDto): Promise<void> {
    await this.matches.dismiss(user, dto);
  }
}
