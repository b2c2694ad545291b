import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must carry `X-Requested-With: XMLHttpRequest`. Browsers do not let
 * another site set that header without a CORS preflight, which this API never grants, so a
 * forged form post or image request cannot act with the user's cookie.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (req.headers['x-requested-with'] === 'XMLHttpRequest') return true;
    throw new AppError(
      403,
      'CSRF_HEADER_MISSING',
      'State-changing requests must send X-Requested-With: XMLHttpRequest',
    );
  }
}
