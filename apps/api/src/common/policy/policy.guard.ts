import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppError, forbidden } from '../errors/app-error';
import { POLICY_KEY, type RoutePolicy } from './policy.decorator';

/**
 * Runs after the session guard. A route without a declared policy is refused (and the
 * route-policy test fails), so nothing is open by omission.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw forbidden('This route declares no policy');
    if (policy.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (!req.auth) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to continue');
    if (policy.kind === 'authenticated') return true;
    if (!req.auth.ability.can(policy.action, policy.subject)) throw forbidden();
    return true;
  }
}
