import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../../../common/http/idempotency-key';
import { uuidParam as uuid } from '../../../common/http/uuid-param';
import { Authenticated, Policy } from '../../../common/policy/policy.decorator';
import { ExpressionMessageResponse, ExpressionPage, ExpressionResponse } from './dto/expression-response.dto';
import {
  DeclineExpressionDto,
  ExpressInterestDto,
  PostExpressionMessageDto,
  ListExpressionsQueryDto,
  ListProjectExpressionsQueryDto,
} from './dto/expression.dto';
import { ExpressionReadsService } from './expression-reads.service';
import { ExpressionsService } from './expressions.service';

@ApiTags('cooperation')
@Controller('cooperation')
export class ExpressionsController {
  constructor(
    private readonly expressions: ExpressionsService,
    private readonly reads: ExpressionReadsService,
  ) {}

  @Get('projects/:id/expressions')
  @Authenticated()
  @ApiOkResponse({
    type: ExpressionPage,
    description: "The project's expressions of interest, newest first: its owner's organization only (404 to others)",
  })
  listForProject(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Query() query: ListProjectExpressionsQueryDto,
  ) {
    return this.reads.listForProject(user, id, query);
  }

  @Post('projects/:id/expressions')
  @Policy('express', 'CooperationProject')
  @ApiCreatedResponse({
    type: ExpressionResponse,
    description: 'Another active member organization, on a published project; one open per organization (else 409)',
  })
  @AcceptsIdempotencyKey()
  express(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: ExpressInterestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.expressions.express(user, id, dto, idempotencyKey);
  }

  @Get('expressions')
  @Policy('read', 'ExpressionOfInterest')
  @ApiOkResponse({
    type: ExpressionPage,
    description: "Your organization's expressions, newest first: sent, received on its projects, or both",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListExpressionsQueryDto) {
    return this.reads.list(user, query);
  }

  @Get('expressions/:id')
  @Authenticated()
  @ApiOkResponse({
    type: ExpressionResponse,
    description: 'The two organizations only (404 to anyone else); contacts, thread and deal once accepted',
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.get(user, id);
  }

  @Post('expressions/:id/accept')
  @Policy('accept', 'ExpressionOfInterest')
  @HttpCode(200)
  @ApiOkResponse({
    type: ExpressionResponse,
    description: "The project's owner: opens the thread and the deal, starts the project's talks",
  })
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.expressions.accept(user, id);
  }

  @Post('expressions/:id/decline')
  @Policy('accept', 'ExpressionOfInterest')
  @HttpCode(200)
  @ApiOkResponse({ type: ExpressionResponse, description: "The project's owner, with an optional reason" })
  decline(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: DeclineExpressionDto) {
    return this.expressions.decline(user, id, dto);
  }

  @Post('expressions/:id/withdraw')
  @Policy('withdraw', 'ExpressionOfInterest')
  @HttpCode(200)
  @ApiOkResponse({ type: ExpressionResponse, description: 'The organization that expressed it, while it is open' })
  withdraw(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.expressions.withdraw(user, id);
  }

  @Post('expressions/:id/messages')
  @Authenticated()
  @ApiCreatedResponse({
    type: ExpressionMessageResponse,
    description: 'In the private thread of an accepted expression, by either organization (404 to anyone else)',
  })
  message(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: PostExpressionMessageDto,
  ) {
    return this.expressions.message(user, id, dto);
  }
}
