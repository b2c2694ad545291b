import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import passport from 'passport';
import { createValidationPipe } from '../../common/errors/validation';
import { LoginDto } from './dto/auth.dto';
import { LocalStrategy } from './local.strategy';

/** Validates the body like every other endpoint before Passport sees it. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  constructor(private readonly strategy: LocalStrategy) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Passport keeps strategies in one registry per process: with two apps in one process (tests),
    // the one made last would check every app's sign-ins against its own database. Use this app's.
    passport.use('local', this.strategy as unknown as passport.Strategy);
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    req.body = await this.pipe.transform(req.body ?? {}, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    if (err) throw err;
    return user;
  }
}
