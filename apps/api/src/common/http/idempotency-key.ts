import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN } from '@alliance/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const MESSAGE = `${IDEMPOTENCY_KEY_HEADER} must be 8 to 128 letters, digits, "-" or "_" (a UUID, say)`;

/** The request's Idempotency-Key, checked; undefined when it sent none (the create then runs as always). */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(value))
    throw new AppError(400, 'IDEMPOTENCY_KEY_INVALID', MESSAGE, [
      { field: IDEMPOTENCY_KEY_HEADER, constraint: 'idempotencyKey', message: MESSAGE },
    ]);
  return value;
});

/** Documents the header on a create that takes one. */
export const AcceptsIdempotencyKey = (scope = 'by the same user'): MethodDecorator =>
  ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description:
      `A key the client makes once per submission (a UUID). Sent again ${scope}, the answer is the record ` +
      'first created with it, as it is now, and nothing new is created, whatever the body says.',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
  });
