import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { ExpressionReadsService } from './expression-reads.service';
import { ExpressionsController } from './expressions.controller';
import { ExpressionsQueries } from './expressions.queries';
import { ExpressionsService } from './expressions.service';

/** Expressions of interest in cooperation projects, and the private thread an accepted one opens. */
@Module({
  imports: [NotificationsModule],
  controllers: [ExpressionsController],
  providers: [ExpressionsService, ExpressionReadsService, ExpressionsQueries],
  exports: [ExpressionReadsService],
})
export class CooperationExpressionsModule {}
