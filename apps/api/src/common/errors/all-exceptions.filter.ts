import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@alliance/contracts';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { LOGGER } from '../logging/logger';
import { AppError } from './app-error';

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
    const body = this.toBody(exception, requestId);
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
    const database = fromDatabaseError(exception, requestId);
    if (database) return database;
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

/**
 * A constraint the database enforced that validation let through (a race between two requests,
 * or a rule only the schema states) is the client's error, not a crash: 400 or 409, field named.
 */
function fromDatabaseError(exception: unknown, requestId: string): ApiErrorBody | null {
  if (!(exception instanceof QueryFailedError)) return null;
  const driverError = exception.driverError as { code?: string; column?: string; constraint?: string };
  if (driverError.code === '23502') {
    const field = camelCase(driverError.column ?? 'field');
    return {
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: `Invalid input: ${field} cannot be empty`,
      details: [{ field, constraint: 'isDefined', message: `${field} cannot be empty` }],
      requestId,
    };
  }
  if (driverError.code === '23505') {
    return {
      statusCode: 409,
      error: 'CONFLICT',
      message: 'This record already exists, or was just created by another request',
      details: [{ field: driverError.constraint ?? 'record', constraint: 'unique', message: 'Already exists' }],
      requestId,
    };
  }
  return null;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
