import { Module } from '@nestjs/common';
import { ResultsController } from './results.controller';
import { ResultsQueries } from './results.queries';
import { ResultsService } from './results.service';

/** The alliance's results across its platforms: the secretariat's charts and CSV files, the public figures. */
@Module({
  controllers: [ResultsController],
  providers: [ResultsService, ResultsQueries],
  exports: [ResultsService],
})
export class ResultsModule {}
