import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchQueries } from './search.queries';
import { SearchService } from './search.service';

@Module({ controllers: [SearchController], providers: [SearchService, SearchQueries] })
export class SearchModule {}
