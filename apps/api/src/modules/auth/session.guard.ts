import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequestContext } from '../../common/context/request-context';
import { SESSION_COOKIE, SessionService } from './session.service';

/** Attaches the signed-in user when a valid session cookie came along. Whether one is required is the policy guard's call. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return true;
    const auth = await this.sessions.resolve(token);
    if (auth) {
      req.auth = auth;
      const ctx = RequestContext.current();
      if (ctx) ctx.principal = { ...auth.principal, email: auth.user.email };
    }
    return true;
  }
}
