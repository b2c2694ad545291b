import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@alliance/contracts';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logger';
import { AppError } from './app-error';
import { fromDatabaseError, isDatabaseUnavailable } from './database-errors';

/** Seconds a client is asked to wait while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** The one place that shapes errors: `{ statusCode, error, message, details?, requestId }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const requestId = String(req.id ?? '');
    if (isDatabaseUnavailable(exception)) {
      // An outage, not a bug: logged as a warning per request; the health check answers 503 too.
      this.logger.warn({ err: exception }, 'database unreachable: answered 503');
      if (res.headersSent) return;
      res.set('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({
        statusCode: 503,
        error: 'SERVICE_UNAVAILABLE',
        message: 'The portal cannot reach its database right now. Try again in a moment.',
        requestId,
      } satisfies ApiErrorBody);
      return;
    }
    const database = fromDatabaseError(exception, requestId);
    if (database?.gap) this.logger.error({ err: exception }, 'the database refused a value that validation let through');
    const body = database?.body ?? this.toBody(exception, requestId);
    if (body.statusCode >= 500) this.logger.error({ err: exception }, body.message);
    if (res.headersSent) return;
    if (exception instanceof AppError && exception.headers) res.set(exception.headers);
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, requestId: string): ApiErrorBody {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.statusCode,
        error: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response && 'message' in response
          ? String((response as { message: unknown }).message)
          : exception.message;
      return { statusCode, error: CODE_BY_STATUS[statusCode] ?? 'BAD_REQUEST', message, requestId };
    }
    const status = (exception as { status?: number; statusCode?: number })?.status;
    if (status === 413 || status === 400) {
      // body-parser errors (malformed JSON, body too large) are client errors, not crashes.
      return { statusCode: status, error: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: (exception as Error).message, requestId };
    }
    return { statusCode: 500, error: 'INTERNAL', message: 'Internal server error', requestId };
  }
}
