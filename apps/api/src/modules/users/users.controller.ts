import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam } from '../../common/http/uuid-param';
import { Policy } from '../../common/policy/policy.decorator';
import { ChangeRoleDto, InviteUserDto, ListUsersQueryDto, UserPage, UserResponse } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy('read', 'User')
  @ApiOkResponse({ type: UserPage })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListUsersQueryDto) {
    return this.users.list(user, query);
  }

  @Post()
  @Policy('invite', 'User')
  @ApiCreatedResponse({
    type: UserResponse,
    description: 'The user is created as invited and receives an e-mailed link',
  })
  invite(@CurrentUser() user: AuthenticatedUser, @Body() dto: InviteUserDto) {
    return this.users.invite(user, dto);
  }

  @Post(':id/disable')
  @Policy('disable', 'User')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  disable(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam) id: string) {
    return this.users.setStatus(user, id, 'disable');
  }

  @Post(':id/enable')
  @Policy('enable', 'User')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  enable(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam) id: string) {
    return this.users.setStatus(user, id, 'enable');
  }

  @Patch(':id/role')
  @Policy('changeRole', 'User')
  @ApiOkResponse({ type: UserResponse })
  changeRole(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam) id: string, @Body() dto: ChangeRoleDto) {
    return this.users.changeRole(user, id, dto.orgRole);
  }
}
