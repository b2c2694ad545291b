import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { Policy, Public } from '../../common/policy/policy.decorator';
import { CountryGradeList, CountryProfileResponse, CountryRatingResponse } from './dto/country-response.dto';
import { ProposeRatingDto, UpdateCountryNotesDto } from './dto/country.dto';
import { countryParam } from './country-param';
import { CountriesService } from './countries.service';

@ApiTags('countries')
@Controller('countries')
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: CountryGradeList,
    description: "Every rated country's current grade and outlook (the map layer)",
  })
  grades() {
    return this.countries.grades();
  }

  @Get(':country')
  @Public()
  @ApiOkResponse({
    type: CountryProfileResponse,
    description: 'Grade for everyone; rationale, history and notes for members',
  })
  profile(@OptionalUser() viewer: AuthenticatedUser | null, @Param('country', countryParam) country: string) {
    return this.countries.profile(viewer, country);
  }

  @Patch(':country')
  @Policy('update', 'CountryProfile')
  @ApiOkResponse({ type: CountryProfileResponse })
  updateNotes(
    @CurrentUser() user: AuthenticatedUser,
    @Param('country', countryParam) country: string,
    @Body() dto: UpdateCountryNotesDto,
  ) {
    return this.countries.updateNotes(user, country, dto);
  }

  @Post(':country/ratings')
  @Policy('create', 'CountryRating')
  @ApiCreatedResponse({
    type: CountryRatingResponse,
    description: 'A proposed change, for another secretariat user to publish',
  })
  propose(
    @CurrentUser() user: AuthenticatedUser,
    @Param('country', countryParam) country: string,
    @Body() dto: ProposeRatingDto,
  ) {
    return this.countries.propose(user, country, dto);
  }
}
