import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { ERROR_CODE_BY_STATUS, IllegalTransitionError, type ApiErrorBody } from '@alliance/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { LOGGER } from '../logging/logger';
import { AppError, illegalTransition } from './app-error';
import { fromDatabaseError, isDatabaseUnavailable } from './database-errors';

/** Seconds a client is asked to wait while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

/** The one place that shapes errors: `{ statusCode, error, message, details?, requestId }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const res = http.getResponse<FastifyReply>();
    const requestId = String(req.id ?? '');
    if (isDatabaseUnavailable(exception)) {
      // An outage, not a bug: a warning per request (the health check answers 503 too). A released
      // query runner is an outage mid-transaction, or a manager used after its transaction: an error, so that it is looked at.
      const level = exception instanceof QueryRunnerAlreadyReleasedError ? 'error' : 'warn';
      this.logger[level]({ err: exception }, 'database unreachable: answered 503');
      if (res.sent) return;
      res.header('Retry-After', String(RETRY_AFTER_SECONDS));
      res.code(503).send({
        statusCode: 503,
        error: 'SERVICE_UNAVAILABLE',
        message: 'The portal cannot reach its database right now. Try again in a moment.',
        requestId,
      } satisfies ApiErrorBody);
      return;
    }
    const database = fromDatabaseError(exception, requestId);
    if (database?.gap)
      this.logger.error({ err: exception }, 'the database refused a value that validation let through');
    const body = database?.body ?? this.toBody(exception, requestId);
    if (body.statusCode >= 500) this.logger.error({ err: exception }, body.message);
    if (res.sent) return;
    if (exception instanceof AppError && exception.headers) res.headers(exception.headers);
    res.code(body.statusCode).send(body);
  }

  private toBody(exception: unknown, requestId: string): ApiErrorBody {
    if (exception instanceof IllegalTransitionError)
      exception = illegalTransition(exception.action, exception.status, exception.allowed);
    if (exception instanceof AppError) {
      return {
        statusCode: exception.statusCode,
        error: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
        ...(exception.reason ? { reason: exception.reason } : {}),
        requestId,
      };
    }
    const http = httpError(exception);
    if (http)
      return {
        statusCode: http.status,
        error: ERROR_CODE_BY_STATUS[http.status] ?? 'BAD_REQUEST',
        message: http.message,
        requestId,
      };
    return { statusCode: 500, error: 'INTERNAL', message: 'Internal server error', requestId };
  }
}

/**
 * An HTTP error that is the client's: Nest's HttpException (by shape too: the adapter's copy of
 * @nestjs/common may not be the one this file imports), or an http-errors one from the body
 * parser (malformed JSON, too large, a charset it does not read) that it may expose.
 */
function httpError(exception: unknown): { status: number; message: string } | null {
  if (
    exception instanceof HttpException ||
    (typeof (exception as HttpException)?.getStatus === 'function' &&
      typeof (exception as HttpException).getResponse === 'function')
  ) {
    const e = exception as HttpException;
    const response = e.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response
        ? String((response as { message: unknown }).message)
        : e.message;
    return { status: e.getStatus(), message };
  }
  const { status, expose, message } = (exception ?? {}) as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500 && expose === true)
    return { status, message: String(message) };
  return null;
}
