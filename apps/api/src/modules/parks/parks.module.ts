import { Module } from '@nestjs/common';
import { ParkImportService } from './park-import.service';
import { ParksController } from './parks.controller';
import { ParksService } from './parks.service';

@Module({
  controllers: [ParksController],
  providers: [ParksService, ParkImportService],
})
export class ParksModule {}
