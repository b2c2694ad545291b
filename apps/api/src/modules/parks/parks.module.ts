import { Module } from '@nestjs/common';
import { ParkImportService } from './park-import.service';
import { ParksController } from './parks.controller';
import { ParksQueries } from './parks.queries';
import { ParksService } from './parks.service';

@Module({
  controllers: [ParksController],
  providers: [ParksService, ParksQueries, ParkImportService],
})
export class ParksModule {}
