import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../../common/http/idempotency-key';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy, Public } from '../../common/policy/policy.decorator';
import {
  ApplicationReceiptResponse,
  CreateMembershipApplicationDto,
  ListApplicationsQueryDto,
  MembershipApplicationPage,
  MembershipApplicationResponse,
  RejectApplicationDto,
} from './dto/membership-application.dto';
import { MembershipService } from './membership.service';

@ApiTags('membership')
@Controller('membership-applications')
export class MembershipController {
  constructor(private readonly membership: MembershipService) {}

  @Post()
  @Public()
  @ApiCreatedResponse({
    type: ApplicationReceiptResponse,
    description: 'The reference is also e-mailed to the contact',
  })
  @AcceptsIdempotencyKey('with the same contact e-mail (another address: 422 IDEMPOTENCY_KEY_REUSED)')
  submit(
    @Body() dto: CreateMembershipApplicationDto,
    @Req() req: FastifyRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.membership.submit(dto, req.ip, idempotencyKey);
  }

  @Get()
  @Policy('review', 'MembershipApplication')
  @ApiOkResponse({ type: MembershipApplicationPage })
  list(@Query() query: ListApplicationsQueryDto) {
    return this.membership.list(query);
  }

  @Get(':id')
  @Policy('review', 'MembershipApplication')
  @ApiOkResponse({ type: MembershipApplicationResponse })
  get(@Param('id', uuid) id: string) {
    return this.membership.get(id);
  }

  @Post(':id/approve')
  @Policy('review', 'MembershipApplication')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipApplicationResponse })
  approve(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.membership.approve(user, id);
  }

  @Post(':id/reject')
  @Policy('review', 'MembershipApplication')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipApplicationResponse })
  reject(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RejectApplicationDto) {
    return this.membership.reject(user, id, dto.reason);
  }
}
