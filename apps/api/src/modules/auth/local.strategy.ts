import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import type { User } from '../users/entities/user.entity';

/** Passport's local strategy: e-mail and password, checked by AuthService (which also throttles). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: FastifyRequest, email: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(email, password, req.ip);
  }
}
