import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import type { AuthenticatedUser } from './authenticated-user';

/** The signed-in user, passed explicitly to services. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const req = context.switchToHttp().getRequest<FastifyRequest>();
  if (!req.auth) throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to continue');
  return req.auth;
});

/** The signed-in user on a public route, or null for a visitor. */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser | null =>
    context.switchToHttp().getRequest<FastifyRequest>().auth ?? null,
);
