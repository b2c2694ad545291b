import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy } from '../../common/policy/policy.decorator';
import { EndorseDto, EndorsementReasonDto, ProposeEndorsementDto } from './dto/initiative.dto';
import { InitiativeResponse } from './dto/initiative-response.dto';
import { EndorsementsService } from './endorsements.service';

/** An organization's endorsement of an initiative: its admins sign and withdraw, its members propose. */
@ApiTags('initiatives')
@Controller('initiatives/:id')
export class EndorsementsController {
  constructor(private readonly endorsements: EndorsementsService) {}

  @Post('endorsement')
  @Policy('create', 'Endorsement')
  @HttpCode(200)
  @ApiOkResponse({
    type: InitiativeResponse,
    description: 'An admin signs for the organization, with an optional statement (once: a second signature is 409)',
  })
  endorse(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: EndorseDto) {
    return this.endorsements.endorse(user, id, dto);
  }

  @Post('endorsement/withdraw')
  @Policy('withdraw', 'Endorsement')
  @HttpCode(200)
  @ApiOkResponse({ type: InitiativeResponse, description: 'While open; the reason goes to the audit log only' })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: EndorsementReasonDto) {
    return this.endorsements.withdraw(user, id, dto);
  }

  @Post('proposal')
  @Policy('create', 'EndorsementProposal')
  @HttpCode(200)
  @ApiOkResponse({
    type: InitiativeResponse,
    description: 'A member proposes that the organization endorse; its admins are told',
  })
  propose(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ProposeEndorsementDto) {
    return this.endorsements.propose(user, id, dto);
  }

  @Post('proposal/decline')
  @Policy('sign', 'EndorsementProposal')
  @HttpCode(200)
  @ApiOkResponse({
    type: InitiativeResponse,
    description: 'An admin declines the pending proposal; the proposer is told',
  })
  decline(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.endorsements.decline(user, id);
  }
}
