import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy } from '../../common/policy/policy.decorator';
import { OfferDto } from './dto/financing-offer.dto';
import { DeclarationDto, MessageDto, QueueQueryDto, ReasonDto, RequiredVersionDto } from './dto/financing-request.dto';
import { FinancingQueuePage, FinancingReviewDetailResponse } from './dto/financing-response.dto';
import { FinancingReviewsService } from './financing-reviews.service';

class AnswerResponse {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty() status: string;
  @ApiProperty() version: number;
}

@ApiTags('financing')
@Controller('financing-reviews')
export class FinancingReviewsController {
  constructor(private readonly reviews: FinancingReviewsService) {}

  @Get()
  @Policy('review', 'FinancingReview')
  @ApiOkResponse({
    type: FinancingQueuePage,
    description: "The institution's queue: requests shared with it, oldest first",
  })
  queue(@CurrentUser() user: AuthenticatedUser, @Query() query: QueueQueryDto) {
    return this.reviews.queue(user, query);
  }

  @Get(':id')
  @Policy('review', 'FinancingReview')
  @ApiOkResponse({ type: FinancingReviewDetailResponse })
  detail(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reviews.detail(user, id);
  }

  @Post(':id/declaration')
  @Policy('review', 'FinancingReview')
  @HttpCode(200)
  @ApiOkResponse({
    type: FinancingReviewDetailResponse,
    description: 'Conflict of interest: none opens the request, one bars this reviewer from it',
  })
  declare(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: DeclarationDto) {
    return this.reviews.declare(user, id, dto);
  }

  @Post(':id/request-info')
  @Policy('review', 'FinancingReview')
  @HttpCode(200)
  @ApiOkResponse({
    type: FinancingReviewDetailResponse,
    description: 'A question to the requester in the private thread',
  })
  requestInfo(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MessageDto) {
    return this.reviews.requestInfo(user, id, dto);
  }

  @Post(':id/answer')
  @Policy('update', 'FinancingRequest')
  @HttpCode(200)
  @ApiOkResponse({ type: AnswerResponse, description: "The requester answers the institution's question" })
  answer(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: MessageDto) {
    return this.reviews.answer(user, id, dto);
  }

  @Post(':id/offer')
  @Policy('review', 'FinancingReview')
  @HttpCode(200)
  @ApiOkResponse({
    type: FinancingReviewDetailResponse,
    description: 'Prepares (or revises) the offer; an admin of the institution releases it',
  })
  prepareOffer(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: OfferDto) {
    return this.reviews.prepareOffer(user, id, dto);
  }

  @Post(':id/offer/release')
  @Policy('release', 'FinancingOffer')
  @HttpCode(200)
  @ApiOkResponse({
    type: FinancingReviewDetailResponse,
    description: 'Releases the prepared offer to the requester (never by the person who prepared it)',
  })
  release(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RequiredVersionDto) {
    return this.reviews.releaseOffer(user, id, dto);
  }

  @Post(':id/decline')
  @Policy('review', 'FinancingReview')
  @HttpCode(200)
  @ApiOkResponse({ type: FinancingReviewDetailResponse })
  decline(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: ReasonDto) {
    return this.reviews.decline(user, id, dto);
  }
}
