import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { OptionalUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/policy/policy.decorator';
import { SearchQueryDto, SearchResponse } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: SearchResponse, description: 'Ranked results the reader may see, in either language' })
  search(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: SearchQueryDto) {
    return this.searchService.search(viewer, query);
  }
}
