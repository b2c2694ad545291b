import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy, Public } from '../../common/policy/policy.decorator';
import { CountryRatingPage, CountryRatingResponse } from './dto/country-response.dto';
import { ListRatingsQueryDto, RejectRatingDto } from './dto/country.dto';
import { CountriesService } from './countries.service';

@ApiTags('countries')
@Controller('country-ratings')
export class CountryRatingsController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @Policy('create', 'CountryRating')
  @ApiOkResponse({
    type: CountryRatingPage,
    description: "The secretariat's: every change; a proposer's: its organization's",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListRatingsQueryDto) {
    return this.countries.list(user, query);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: CountryRatingResponse })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.countries.get(viewer, id);
  }

  @Post(':id/publish')
  @Policy('review', 'CountryRating')
  @HttpCode(200)
  @ApiOkResponse({ type: CountryRatingResponse, description: "A new row of the country's history" })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.countries.decide(user, id, 'publish');
  }

  @Post(':id/reject')
  @Policy('review', 'CountryRating')
  @HttpCode(200)
  @ApiOkResponse({ type: CountryRatingResponse })
  reject(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: RejectRatingDto) {
    return this.countries.decide(user, id, 'reject', dto.reason);
  }
}
