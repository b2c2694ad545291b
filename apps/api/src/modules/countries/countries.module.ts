import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CountriesController } from './countries.controller';
import { CountriesQueries } from './countries.queries';
import { CountriesService } from './countries.service';
import { CountryRatingsController } from './country-ratings.controller';

/** Country profiles and risk ratings (the policy research platform). */
@Module({
  imports: [NotificationsModule],
  controllers: [CountriesController, CountryRatingsController],
  providers: [CountriesService, CountriesQueries],
  exports: [CountriesQueries, CountriesService],
})
export class CountriesModule {}
