import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Authenticated } from '../../common/policy/policy.decorator';
import { WorkResponse } from './dto/work-response.dto';
import { WorkService } from './work.service';

@ApiTags('work')
@Controller('me')
export class WorkController {
  constructor(private readonly work: WorkService) {}

  @Get('work')
  @Authenticated()
  @ApiOkResponse({
    type: WorkResponse,
    description:
      "What waits for the signed-in user: per item, the total of the list it links to (the user's role decides the items)",
  })
  get(@CurrentUser() user: AuthenticatedUser): Promise<WorkResponse> {
    return this.work.forUser(user);
  }
}
