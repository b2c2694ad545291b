import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { Authenticated, Policy, Public } from '../../common/policy/policy.decorator';
import type { Organization } from '../organizations/entities/organization.entity';
import { User } from '../users/entities/user.entity';
import { AuthService } from './auth.service';
import { PasswordResetsService } from './password-resets.service';
import {
  AcceptInvitationDto,
  ChangePasswordDto,
  ForgotPasswordDto,
  LoginDto,
  MessageResponse,
  ResetPasswordDto,
  UpdateMeDto,
} from './dto/auth.dto';
import { MeResponseDto, SessionResponseDto } from './dto/me.response';
import { LocalAuthGuard } from './local-auth.guard';
import { SESSION_COOKIE, SessionService } from './session.service';

const meta = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetsService,
    private readonly sessions: SessionService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiOkResponse({ type: MeResponseDto })
  async login(
    @Body() _body: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<MeResponseDto> {
    // The strategy loaded the user with their organization, so the new session needs no second lookup.
    const user = req.user as User & { organization: Organization };
    // A browser that already holds a session gives it up: to another account, or to a fresh one of the same.
    const { token, session } = await this.auth.startSession(user, meta(req), req.auth);
    res.setCookie(SESSION_COOKIE, token, this.sessions.cookieOptions());
    return MeResponseDto.from(this.sessions.authenticated(user, user.organization, session.id));
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    res.clearCookie(SESSION_COOKIE, { ...this.sessions.cookieOptions(), maxAge: undefined });
  }

  @Get('session')
  @Public()
  @ApiOkResponse({
    type: SessionResponseDto,
    description: 'Who is signed in, or me: null for a visitor: a page asks this without a 401 in the console',
  })
  session(@OptionalUser() user: AuthenticatedUser | null): SessionResponseDto {
    return { me: user ? MeResponseDto.from(user) : null };
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentUser() user: AuthenticatedUser): MeResponseDto {
    return MeResponseDto.from(user);
  }

  @Patch('me')
  @Policy('update', 'Account')
  @ApiOkResponse({ type: MeResponseDto })
  async updateMe(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateMeDto): Promise<MeResponseDto> {
    return MeResponseDto.from(await this.auth.updateMe(user, dto));
  }

  @Post('password')
  @Policy('update', 'Account')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; every other session ends and a fresh cookie is set' })
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    const { token } = await this.auth.changePassword(user, dto, meta(req));
    res.setCookie(SESSION_COOKIE, token, this.sessions.cookieOptions());
  }

  @Post('password/forgot')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageResponse })
  async forgotPassword(@Body() dto: ForgotPasswordDto, @Req() req: FastifyRequest): Promise<MessageResponse> {
    await this.resets.request(dto.email, req.ip);
    return { message: 'If the address belongs to an account, a link to reset the password is on its way.' };
  }

  @Post('password/reset')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.auth.resetPassword(dto);
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<void> {
    await this.auth.acceptInvitation(dto);
  }
}
