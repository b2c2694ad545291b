import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthQueries } from './auth.queries';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetsService } from './password-resets.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

@Module({
  imports: [PassportModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthQueries,
    PasswordResetsService,
    PasswordService,
    SessionService,
    LoginThrottleService,
    LocalStrategy,
  ],
  exports: [AuthService, SessionService, PasswordService],
})
export class AuthModule {}
